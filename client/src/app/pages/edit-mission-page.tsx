import { useNavigate } from 'react-router';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { ErrorState, LoadingState } from '../../components/states';
import { useHasRole } from '../../features/auth/api/get-me';
import { useMission } from '../../features/missions/api/get-mission';
import { MissionForm } from '../../features/missions/components/mission-form';
import { MissionLifecycle } from '../../features/missions/components/mission-lifecycle';
import { isApiError } from '../../lib/api';
import { useT } from '../../lib/i18n';
import { useIdParam } from '../use-id-param';
import { NotFoundPage } from './not-found-page';
import '../../features/missions/missions.css';

/** An admin edits a mission's facts, ends it, archives or restores it. */
export function EditMissionPage() {
  const missionId = useIdParam('missionId');
  const navigate = useNavigate();
  const canManage = useHasRole('admin');
  const t = useT();
  const mission = useMission(missionId ?? undefined);

  if (missionId == null || (mission.isError && isApiError(mission.error) && mission.error.status === 404)) {
    return <NotFoundPage what="mission" />;
  }
  if (mission.isPending) return <LoadingState label={t('mission.loading')} />;
  if (mission.isError) return <ErrorState error={mission.error} onRetry={() => void mission.refetch()} />;

  const m = mission.data;
  return (
    <div className="page page--form">
      <title>{t('editMission.title', { acronym: m.acronym })}</title>
      <Breadcrumbs
        items={[
          { label: t('mission.breadcrumbOverview'), to: '/' },
          { label: m.acronym, to: `/missions/${m.id}` },
          { label: t('editMission.heading') },
        ]}
      />
      <h1>
        {t('editMission.heading')} <span className="acronym">· {m.acronym}</span>
      </h1>
      {canManage ? (
        <>
          {m.archived ? (
            <p className="note" role="note">
              {t('editMission.archivedNote')}
            </p>
          ) : null}
          {/* Keyed by the stored version, so a save elsewhere on the page or a reload refills the form. */}
          <MissionForm
            key={m.version}
            mission={m}
            onSaved={(saved) => navigate(`/missions/${saved.id}`)}
            onReloadLatest={() => void mission.refetch()}
          />
          <MissionLifecycle mission={m} onReloadLatest={() => void mission.refetch()} />
        </>
      ) : (
        <p className="note">{t('editMission.adminOnly')}</p>
      )}
    </div>
  );
}
