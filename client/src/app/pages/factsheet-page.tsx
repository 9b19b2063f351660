import { Breadcrumbs } from '../../components/breadcrumbs';
import { ErrorState, LoadingState } from '../../components/states';
import { useAssessments } from '../../features/assessments/api/get-assessments';
import { FactsheetView } from '../../features/factsheet/components/factsheet-view';
import { buildFactsheet } from '../../features/factsheet/lib/factsheet';
import { useMission } from '../../features/missions/api/get-mission';
import { useMissionScores } from '../../features/trends/api/get-mission-scores';
import { isApiError } from '../../lib/api';
import { useT } from '../../lib/i18n';
import { useIdParam } from '../use-id-param';
import { NotFoundPage } from './not-found-page';
import '../../features/factsheet/factsheet.css';

/** A mission's briefing on one printed page. */
export function FactsheetPage() {
  const t = useT();
  const missionId = useIdParam('missionId');
  const mission = useMission(missionId ?? undefined);
  const scores = useMissionScores(missionId ?? undefined);
  const assessments = useAssessments(missionId ?? undefined);

  if (missionId == null || (mission.isError && isApiError(mission.error) && mission.error.status === 404)) {
    return <NotFoundPage what="mission" />;
  }
  const failed = [mission, scores, assessments].find((query) => query.isError);
  if (failed) return <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />;
  if (!mission.data || !scores.data || !assessments.data) return <LoadingState label={t('factsheet.loading')} />;

  const m = mission.data;
  return (
    <div className="page factsheet-page">
      <title>{t('factsheet.title', { acronym: m.acronym })}</title>
      <Breadcrumbs
        items={[
          { label: t('mission.breadcrumbOverview'), to: '/' },
          { label: m.acronym, to: `/missions/${m.id}` },
          { label: t('factsheet.breadcrumb') },
        ]}
      />
      <FactsheetView
        mission={m}
        sheet={buildFactsheet(scores.data.periods, assessments.data)}
        today={new Date().toISOString().slice(0, 10)}
      />
    </div>
  );
}
