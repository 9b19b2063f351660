import { Link, useRouteError } from 'react-router';
import { errorMessage } from '../../components/states';
import { useT, useTranslateMessage } from '../../lib/i18n';

/** Shown when a screen fails to render or its code cannot be loaded (after a deploy, say). */
export function RouteError() {
  const error = useRouteError();
  const t = useT();
  const translate = useTranslateMessage();
  return (
    <main id="main" className="site-main">
      <title>{t('routeError.title')}</title>
      <div className="page page--narrow" role="alert">
        <h1>{t('routeError.heading')}</h1>
        <p>{translate(errorMessage(error))}</p>
        <p>
          <a href={window.location.pathname}>{t('routeError.reload')}</a> {t('routeError.or')}{' '}
          <Link to="/">{t('routeError.overview')}</Link>.
        </p>
      </div>
    </main>
  );
}
