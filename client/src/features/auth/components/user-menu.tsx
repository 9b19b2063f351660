import { useRoleNames, useT } from '../../../lib/i18n';
import { useMe } from '../api/get-me';
import { useLogOut } from '../api/log-out';

export function UserMenu() {
  const me = useMe();
  const logOut = useLogOut();
  const t = useT();
  const roles = useRoleNames();
  if (!me.data) return null;
  return (
    <div className="user-menu">
      <span className="user-menu__name">
        {me.data.displayName} <span className="user-menu__role">({roles[me.data.role]})</span>
      </span>
      <button
        type="button"
        className="button button--quiet"
        onClick={() => logOut.mutate()}
        disabled={logOut.isPending}
      >
        {t('user.signOut')}
      </button>
    </div>
  );
}
