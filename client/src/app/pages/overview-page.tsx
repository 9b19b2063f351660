import { Link } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import { useHasRole } from '../../features/auth/api/get-me';
import { useMissions } from '../../features/missions/api/get-missions';
import { MissionsTable } from '../../features/missions/components/missions-table';

export function OverviewPage() {
  const missions = useMissions();
  const canManage = useHasRole('admin');
  return (
    <div className="page">
      <title>Overview · CPEA</title>
      <div className="page-header">
        <div>
          <h1>Missions</h1>
          <p className="page-header__lead">
            Latest overall effectiveness score of each mission, with its band and trend.
          </p>
        </div>
        {canManage ? (
          <Link to="/missions/new" className="button button--primary">
            New mission
          </Link>
        ) : null}
      </div>
      {missions.isPending ? (
        <LoadingState label="Loading missions…" />
      ) : missions.isError ? (
        <ErrorState error={missions.error} onRetry={() => void missions.refetch()} />
      ) : missions.data.length === 0 ? (
        <EmptyState title="No missions yet">
          <p>
            {canManage ? (
              <>
                <Link to="/missions/new">Create the first mission</Link> to start assessing it.
              </>
            ) : (
              'An admin must create the first mission.'
            )}
          </p>
        </EmptyState>
      ) : (
        <>
          {missions.data.some((mission) => mission.illustrative) ? (
            <p className="note" role="note">
              <strong>Values are illustrative demo data.</strong> The demo missions’ scores are invented to show how the
              tool works; they are not an assessment of any real operation.
            </p>
          ) : null}
          <MissionsTable missions={missions.data} />
        </>
      )}
    </div>
  );
}
