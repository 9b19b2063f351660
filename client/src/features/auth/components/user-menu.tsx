import { ROLE_LABELS } from '@cpea/shared/user';
import { useMe } from '../api/get-me';
import { useLogOut } from '../api/log-out';

export function UserMenu() {
  const me = useMe();
  const logOut = useLogOut();
  if (!me.data) return null;
  return (
    <div className="user-menu">
      <span className="user-menu__name">
        {me.data.displayName} <span className="user-menu__role">({ROLE_LABELS[me.data.role]})</span>
      </span>
      <button
        type="button"
        className="button button--quiet"
        onClick={() => logOut.mutate()}
        disabled={logOut.isPending}
      >
        Sign out
      </button>
    </div>
  );
}
