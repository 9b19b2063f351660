import { NavLink } from 'react-router';
import '../admin.css';
import { useT } from '../../../lib/i18n';

/** Between the admin screens. */
export function AdminNav() {
  const t = useT();
  return (
    <nav aria-label={t('admin.nav')} className="admin-nav">
      <ul>
        <li>
          <NavLink to="/admin/users">{t('admin.users')}</NavLink>
        </li>
        <li>
          <NavLink to="/admin/indicators">{t('customIndicators.nav')}</NavLink>
        </li>
        <li>
          <NavLink to="/admin/audit">{t('admin.audit')}</NavLink>
        </li>
        <li>
          <NavLink to="/admin/published">{t('published.republishNav')}</NavLink>
        </li>
      </ul>
    </nav>
  );
}
