import { Link } from 'react-router';
import { useT } from '../lib/i18n';

export interface Crumb {
  label: string;
  to?: string;
}

/** Where this screen sits: Overview › MINUSCA › New assessment. The last crumb is the current page. */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  const t = useT();
  return (
    <nav aria-label={t('misc.breadcrumb')} className="breadcrumbs">
      <ol>
        {items.map((item, i) => (
          <li key={`${item.label}-${i}`}>
            {item.to && i < items.length - 1 ? (
              <Link to={item.to}>{item.label}</Link>
            ) : (
              <span aria-current="page">{item.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
