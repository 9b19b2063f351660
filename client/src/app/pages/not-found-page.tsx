import { Link } from 'react-router';

export function NotFoundPage({ what = 'page' }: { what?: string }) {
  return (
    <div className="page page--narrow">
      <title>Not found · CPEA</title>
      <h1>{what.charAt(0).toUpperCase() + what.slice(1)} not found</h1>
      <p>There is no {what} at this address. It may have been archived, or the link may be mistyped.</p>
      <p>
        <Link to="/">Go to the overview of missions</Link> or read the <Link to="/methodology">methodology</Link>.
      </p>
    </div>
  );
}
