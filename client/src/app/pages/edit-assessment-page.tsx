import { useNavigate } from 'react-router';
import { formatPeriod } from '@cpea/shared/periods';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { ErrorState, LoadingState } from '../../components/states';
import { useAssessment } from '../../features/assessments/api/get-assessment';
import { useAssessments } from '../../features/assessments/api/get-assessments';
import { AssessmentForm } from '../../features/assessments/components/assessment-form';
import { useHasRole } from '../../features/auth/api/get-me';
import { useMission } from '../../features/missions/api/get-mission';
import { useMissionScores } from '../../features/trends/api/get-mission-scores';
import { isApiError } from '../../lib/api';
import { humanize } from '../../lib/format';
import { useIdParam } from '../use-id-param';
import { NotFoundPage } from './not-found-page';

export function EditAssessmentPage() {
  const assessmentId = useIdParam('assessmentId');
  const navigate = useNavigate();
  const canEnter = useHasRole('analyst');
  const assessment = useAssessment(assessmentId ?? 0);
  const missionId = assessment.data?.missionId;
  const mission = useMission(missionId);
  const assessments = useAssessments(missionId);
  const scores = useMissionScores(missionId);

  if (assessmentId == null || (assessment.isError && isApiError(assessment.error) && assessment.error.status === 404)) {
    return <NotFoundPage what="assessment" />;
  }
  const failed = assessment.error ?? mission.error ?? assessments.error;
  if (failed) return <ErrorState error={failed} onRetry={() => void assessment.refetch()} />;
  if (!assessment.data || !mission.data || !assessments.data || scores.isPending) {
    return <LoadingState label="Loading assessment…" />;
  }

  const a = assessment.data;
  const m = mission.data;
  const period = formatPeriod(a.period);
  return (
    <div className="page page--form">
      <title>{`${period} assessment · ${m.acronym} · CPEA`}</title>
      <Breadcrumbs
        items={[
          { label: 'Overview', to: '/' },
          { label: m.acronym, to: `/missions/${m.id}` },
          { label: `${period} assessment` },
        ]}
      />
      <h1>
        {period} assessment <span className="acronym">· {m.acronym}</span>
      </h1>
      <p className="page-header__lead">
        Status: {humanize(a.status)} · version {a.version}. Leave a value empty when it was not measured.
      </p>
      <AssessmentForm
        canEdit={canEnter}
        key={`${a.id}-${a.version}`}
        mission={m}
        existing={assessments.data}
        scores={scores.data}
        assessment={a}
        onSaved={() => navigate(`/missions/${m.id}`)}
        onReloadLatest={() => void assessment.refetch()}
      />
    </div>
  );
}
