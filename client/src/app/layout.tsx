import { Suspense, useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, ScrollRestoration, useLocation } from 'react-router';
import { LoadingState } from '../components/states';
import { useHasRole } from '../features/auth/api/get-me';
import { SessionGate } from '../features/auth/components/session-gate';
import { UserMenu } from '../features/auth/components/user-menu';
import { useMyWork } from '../features/reporting/api/get-reporting';
import { useT } from '../lib/i18n';
import { LanguageSwitch } from './language-switch';

export function Layout() {
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  const canImport = useHasRole('analyst');
  const isAdmin = useHasRole('admin');
  const t = useT();
  // Below 640 px the navigation folds behind a Menu button; a navigation folds it again.
  const [menuOpen, setMenuOpen] = useState(false);
  const [menuPath, setMenuPath] = useState(pathname);
  if (menuPath !== pathname) {
    setMenuPath(pathname);
    setMenuOpen(false);
  }

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
        {t('layout.skip')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="brand">
            <span className="brand__mark">CPEA</span>
            <span className="brand__name">{t('layout.brandName')}</span>
          </Link>
          <button
            type="button"
            className="button button--quiet menu-button"
            aria-expanded={menuOpen}
            aria-controls="site-menu"
            onClick={() => setMenuOpen((open) => !open)}
          >
            <span aria-hidden="true">☰ </span>
            {t('layout.menu')}
          </button>
          <div id="site-menu" className="site-header__menu" data-open={menuOpen || undefined}>
            <nav aria-label={t('layout.mainNav')} className="main-nav">
              <ul>
                <li>
                  <NavLink to="/" end>
                    {t('nav.overview')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/reporting">{t('nav.reporting')}</NavLink>
                </li>
                <li>
                  <MyWorkLink />
                </li>
                <li>
                  <NavLink to="/compare">{t('nav.compare')}</NavLink>
                </li>
                <li>
                  <NavLink to="/methodology">{t('nav.methodology')}</NavLink>
                </li>
                {canImport ? (
                  <li>
                    <NavLink to="/import">{t('nav.import')}</NavLink>
                  </li>
                ) : null}
                {isAdmin ? (
                  <li>
                    <NavLink to="/admin">{t('nav.admin')}</NavLink>
                  </li>
                ) : null}
              </ul>
            </nav>
            <LanguageSwitch />
            <UserMenu />
          </div>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="site-main">
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>
          {t('layout.footerBefore')} <Link to="/methodology">{t('layout.footerLink')}</Link>.
        </p>
      </footer>
      <ScrollRestoration />
    </SessionGate>
  );
}

/** "My work", with the count of what waits for the user: sent back to them, or awaiting their approval. */
function MyWorkLink() {
  const t = useT();
  const work = useMyWork();
  const waiting = work.data ? work.data.sentBack.length + work.data.awaitingApproval.length : 0;
  return (
    <NavLink to="/my-work" aria-label={waiting > 0 ? t.plural('myWork.navWaiting', waiting) : undefined}>
      {t('myWork.nav')}
      {waiting > 0 ? (
        <span className="nav-count" aria-hidden="true">
          {waiting}
        </span>
      ) : null}
    </NavLink>
  );
}
