import { Link } from 'react-router';
import type { Assessment } from '@cpea/shared/assessment';
import type { Mission } from '@cpea/shared/mission';
import { BandBadge } from '../../components/band-badge';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import { TrendLabel } from '../../components/trend-label';
import { useHasRole } from '../../features/auth/api/get-me';
import { useAssessments } from '../../features/assessments/api/get-assessments';
import { AssessmentsTable } from '../../features/assessments/components/assessments-table';
import { useMission } from '../../features/missions/api/get-mission';
import { MissionFacts } from '../../features/missions/components/mission-facts';
import { useMissionScores } from '../../features/trends/api/get-mission-scores';
import { ScoreTrendChart } from '../../features/trends/components/score-trend-chart';
import { isApiError } from '../../lib/api';
import { formatCompleteness, formatPeriod, formatScore } from '../../lib/format';
import { useIdParam } from '../use-id-param';
import { NotFoundPage } from './not-found-page';

/** The source line under the mission's charts. */
export function chartSources(mission: Mission, assessments: readonly Assessment[]): string[] {
  const sources = [mission.illustrative ? 'Illustrative demo data' : `Assessments entered for ${mission.acronym}`];
  if (assessments.some((assessment) => Object.values(assessment.provenance).includes('ucdp_ged'))) {
    sources.push('Violence and civilian-casualty counts: UCDP GED 23.1');
  }
  return sources;
}

export function MissionPage() {
  const missionId = useIdParam('missionId');
  const mission = useMission(missionId ?? undefined);
  const assessments = useAssessments(missionId ?? undefined);
  const scores = useMissionScores(missionId ?? undefined);
  const canEnter = useHasRole('analyst');

  if (missionId == null || (mission.isError && isApiError(mission.error) && mission.error.status === 404)) {
    return <NotFoundPage what="mission" />;
  }
  if (mission.isPending) return <LoadingState label="Loading mission…" />;
  if (mission.isError) return <ErrorState error={mission.error} onRetry={() => void mission.refetch()} />;

  const m = mission.data;
  const latest = scores.data?.periods.at(-1);
  return (
    <div className="page">
      <title>{`${m.acronym} · CPEA`}</title>
      <Breadcrumbs items={[{ label: 'Overview', to: '/' }, { label: m.acronym }]} />
      <div className="page-header">
        <div>
          <h1>
            {m.name} <span className="acronym">({m.acronym})</span>
          </h1>
          {m.illustrative ? <p className="tag">Illustrative demo data</p> : null}
        </div>
      </div>
      {latest && scores.data ? (
        <p className="headline">
          <span>
            Latest: <strong>{formatPeriod(latest.period)}</strong>
          </span>
          <span>
            Overall <strong className="headline__score">{formatScore(latest.overall)}</strong>
          </span>
          <BandBadge band={latest.band} />
          <span>{formatCompleteness(latest.completeness)}</span>
          <TrendLabel trend={scores.data.trend.trend} />
        </p>
      ) : null}
      <MissionFacts mission={m} />

      <ScoreTrendChart missionId={m.id} sources={chartSources(m, assessments.data ?? [])} />

      <section className="section" aria-labelledby="assessments-title">
        <div className="section-header">
          <h2 id="assessments-title">Assessments</h2>
          {m.archived || !canEnter ? null : (
            <Link to={`/missions/${m.id}/assessments/new`} className="button button--primary">
              Add assessment
            </Link>
          )}
        </div>
        {assessments.isPending ? (
          <LoadingState label="Loading assessments…" />
        ) : assessments.isError ? (
          <ErrorState error={assessments.error} onRetry={() => void assessments.refetch()} />
        ) : assessments.data.length === 0 ? (
          <EmptyState title="No assessments yet">
            <p>Add the first assessment to start scoring {m.acronym}.</p>
          </EmptyState>
        ) : (
          <AssessmentsTable
            canEdit={canEnter}
            rows={assessments.data.map((assessment) => ({
              assessment,
              score: scores.data?.periods.find((period) => period.assessmentId === assessment.id),
            }))}
          />
        )}
      </section>
    </div>
  );
}
