import { Link, useRouteError } from 'react-router';
import { errorMessage } from '../../components/states';

/** Shown when a screen fails to render or its code cannot be loaded (after a deploy, say). */
export function RouteError() {
  const error = useRouteError();
  return (
    <main id="main" className="site-main">
      <title>Error · CPEA</title>
      <div className="page page--narrow" role="alert">
        <h1>Something went wrong</h1>
        <p>{errorMessage(error)}</p>
        <p>
          <a href={window.location.pathname}>Reload this page</a> or <Link to="/">go to the overview</Link>.
        </p>
      </div>
    </main>
  );
}
