import { Link, useNavigate } from 'react-router';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { ErrorState, LoadingState } from '../../components/states';
import { useAssessments } from '../../features/assessments/api/get-assessments';
import { AssessmentForm } from '../../features/assessments/components/assessment-form';
import { useHasRole, useMe } from '../../features/auth/api/get-me';
import { useMission } from '../../features/missions/api/get-mission';
import { useMissionScores } from '../../features/trends/api/get-mission-scores';
import { isApiError } from '../../lib/api';
import { useIndicatorSet } from '../../lib/indicator-set';
import { useIdParam } from '../use-id-param';
import { NotFoundPage } from './not-found-page';
import { useT } from '../../lib/i18n';

export function NewAssessmentPage() {
  const missionId = useIdParam('missionId');
  const navigate = useNavigate();
  const canEnter = useHasRole('analyst');
  const me = useMe();
  // Only a known viewer is told so: while the session is read again (after it ended mid-form,
  // say) the form stays, with what was typed.
  const readOnly = me.data != null && !canEnter;
  const t = useT();
  const mission = useMission(missionId ?? undefined);
  const assessments = useAssessments(missionId ?? undefined);
  const scores = useMissionScores(missionId ?? undefined);
  const indicatorSet = useIndicatorSet(missionId ?? undefined);

  if (missionId == null || (mission.isError && isApiError(mission.error) && mission.error.status === 404)) {
    return <NotFoundPage what="mission" />;
  }
  const failed = mission.error ?? assessments.error;
  if (failed) {
    return <ErrorState error={failed} onRetry={() => void Promise.all([mission.refetch(), assessments.refetch()])} />;
  }
  // Scores only feed the preview's targets; if they fail the form still works, with catalog defaults.
  if (!mission.data || !assessments.data || scores.isPending || indicatorSet.isPending)
    return <LoadingState label={t('mission.loading')} />;

  const m = mission.data;
  return (
    <div className="page page--form">
      <title>{t('mission.newAssessmentTitle', { acronym: m.acronym })}</title>
      <Breadcrumbs
        items={[
          { label: t('mission.breadcrumbOverview'), to: '/' },
          { label: m.acronym, to: `/missions/${m.id}` },
          { label: t('mission.newAssessment') },
        ]}
      />
      <h1>
        {t('mission.newAssessment')} <span className="acronym">· {m.acronym}</span>
      </h1>
      {!readOnly ? (
        <>
          <p className="page-header__lead">
            {t('mission.newAssessmentLead', { periodType: t(`mission.${m.periodType}`) })}
          </p>
          <AssessmentForm
            canEdit={canEnter}
            mission={m}
            existing={assessments.data}
            scores={scores.data}
            indicators={indicatorSet.indicators}
            onSaved={() => navigate(`/missions/${m.id}`)}
          />
        </>
      ) : (
        // A viewer is told at the top, in words, rather than shown a form that looks editable.
        <section className="read-only-notice" aria-labelledby="read-only-title">
          <h2 id="read-only-title">{t('assessment.viewerTitle')}</h2>
          <p>{t('assessment.viewerLead', { acronym: m.acronym })}</p>
          <p>
            <Link to={`/missions/${m.id}`}>{t('assessment.viewerBack', { acronym: m.acronym })}</Link>
          </p>
        </section>
      )}
    </div>
  );
}
