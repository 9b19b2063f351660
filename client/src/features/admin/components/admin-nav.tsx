import { NavLink } from 'react-router';
import '../admin.css';

/** Between the admin screens. */
export function AdminNav() {
  return (
    <nav aria-label="Admin" className="admin-nav">
      <ul>
        <li>
          <NavLink to="/admin/users">Users</NavLink>
        </li>
        <li>
          <NavLink to="/admin/audit">Audit trail</NavLink>
        </li>
      </ul>
    </nav>
  );
}
