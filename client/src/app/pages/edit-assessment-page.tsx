import { useNavigate } from 'react-router';
import { formatPeriod } from '../../lib/format';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { DISCARDING_CHANGES } from '../../components/unsaved-changes';
import { ErrorState, LoadingState } from '../../components/states';
import { useAssessment } from '../../features/assessments/api/get-assessment';
import { useAssessments } from '../../features/assessments/api/get-assessments';
import { AssessmentForm } from '../../features/assessments/components/assessment-form';
import { DeleteDraft } from '../../features/assessments/components/delete-draft';
import { useHasRole, useMe } from '../../features/auth/api/get-me';
import { useMission } from '../../features/missions/api/get-mission';
import { useMissionScores } from '../../features/trends/api/get-mission-scores';
import { isApiError } from '../../lib/api';
import { useIndicatorSet } from '../../lib/indicator-set';
import { useIdParam } from '../use-id-param';
import { NotFoundPage } from './not-found-page';
import { useT } from '../../lib/i18n';

export function EditAssessmentPage() {
  const assessmentId = useIdParam('assessmentId');
  const navigate = useNavigate();
  const canEnter = useHasRole('analyst');
  const me = useMe();
  const t = useT();
  const assessment = useAssessment(assessmentId ?? 0);
  const missionId = assessment.data?.missionId;
  const mission = useMission(missionId);
  const assessments = useAssessments(missionId);
  const scores = useMissionScores(missionId);
  const indicatorSet = useIndicatorSet(missionId);

  if (assessmentId == null || (assessment.isError && isApiError(assessment.error) && assessment.error.status === 404)) {
    return <NotFoundPage what="assessment" />;
  }
  const failed = assessment.error ?? mission.error ?? assessments.error;
  if (failed) return <ErrorState error={failed} onRetry={() => void assessment.refetch()} />;
  if (!assessment.data || !mission.data || !assessments.data || scores.isPending || indicatorSet.isPending) {
    return <LoadingState label={t('mission.loadingAssessment')} />;
  }

  const a = assessment.data;
  const m = mission.data;
  const period = formatPeriod(a.period);
  return (
    <div className="page page--form">
      <title>{t('mission.periodAssessmentTitle', { period, acronym: m.acronym })}</title>
      <Breadcrumbs
        items={[
          { label: t('mission.breadcrumbOverview'), to: '/' },
          { label: m.acronym, to: `/missions/${m.id}` },
          { label: t('mission.periodAssessment', { period }) },
        ]}
      />
      <h1>
        {t('mission.periodAssessment', { period })} <span className="acronym">· {m.acronym}</span>
      </h1>
      <div className="page-header">
        <p className="page-header__lead">
          {t('mission.editLead', { status: t(`mission.status.${a.status}`), version: String(a.version) })}
        </p>
        <DeleteDraft
          assessment={a}
          user={me.data ?? null}
          archived={m.archived}
          className="button button--danger"
          onDeleted={() => navigate(`/missions/${m.id}`, { state: DISCARDING_CHANGES })}
        />
      </div>
      <AssessmentForm
        canEdit={canEnter}
        key={`${a.id}-${a.version}`}
        mission={m}
        existing={assessments.data}
        scores={scores.data}
        indicators={indicatorSet.indicators}
        assessment={a}
        onSaved={() => navigate(`/missions/${m.id}`)}
        onReloadLatest={() => void assessment.refetch()}
      />
    </div>
  );
}
