import { Suspense, useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, ScrollRestoration, useLocation } from 'react-router';
import { LoadingState } from '../components/states';
import { useHasRole } from '../features/auth/api/get-me';
import { SessionGate } from '../features/auth/components/session-gate';
import { UserMenu } from '../features/auth/components/user-menu';

export function Layout() {
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  const canImport = useHasRole('analyst');
  const isAdmin = useHasRole('admin');

  // After a client-side navigation, move focus to the new content as a full page load would.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    main.current?.focus({ preventScroll: true });
  }, [pathname]);

  return (
    <SessionGate>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="brand">
            <span className="brand__mark">CPEA</span>
            <span className="brand__name">Conflict Prevention Effectiveness Assessment</span>
          </Link>
          <nav aria-label="Main" className="main-nav">
            <ul>
              <li>
                <NavLink to="/" end>
                  Overview
                </NavLink>
              </li>
              <li>
                <NavLink to="/compare">Compare</NavLink>
              </li>
              <li>
                <NavLink to="/methodology">Methodology</NavLink>
              </li>
              {canImport ? (
                <li>
                  <NavLink to="/import">Import</NavLink>
                </li>
              ) : null}
              {isAdmin ? (
                <li>
                  <NavLink to="/admin">Admin</NavLink>
                </li>
              ) : null}
            </ul>
          </nav>
          <UserMenu />
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="site-main">
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>
          CPEA — scores are computed with the published <Link to="/methodology">methodology</Link>.
        </p>
      </footer>
      <ScrollRestoration />
    </SessionGate>
  );
}
