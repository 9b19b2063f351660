import { Link } from 'react-router';

/** What a new installation shows instead of an empty table: the first three steps. */
export function GettingStarted({ canManage, canEnter }: { canManage: boolean; canEnter: boolean }) {
  return (
    <section className="getting-started" aria-labelledby="getting-started-title">
      <h2 id="getting-started-title">No missions yet: start in three steps</h2>
      <ol className="getting-started__steps">
        <li>
          <p className="getting-started__step">Create a mission</p>
          <p>
            Its name, country, mission type, lead organisation and whether it reports by quarter or by month.{' '}
            {canManage ? <Link to="/missions/new">Create the first mission</Link> : 'An admin does this.'}
          </p>
        </li>
        <li>
          <p className="getting-started__step">Set its targets</p>
          <p>
            On the mission’s page, under “Baselines, targets and weights”, give each indicator a baseline and a target.
            Where you set none, the catalog defaults apply (see the <Link to="/methodology">methodology</Link>).
          </p>
        </li>
        <li>
          <p className="getting-started__step">Enter or import an assessment</p>
          <p>
            Type one period’s values with “Add assessment” on the mission’s page, or{' '}
            {canEnter ? (
              <Link to="/import">import a CSV or a UCDP GED event file</Link>
            ) : (
              'import a CSV or a UCDP GED event file'
            )}
            . Scores, trends and this overview fill in from there.
          </p>
        </li>
      </ol>
    </section>
  );
}
