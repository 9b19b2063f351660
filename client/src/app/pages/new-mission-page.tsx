import { useNavigate } from 'react-router';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { useHasRole } from '../../features/auth/api/get-me';
import { MissionForm } from '../../features/missions/components/mission-form';
import { useT } from '../../lib/i18n';

export function NewMissionPage() {
  const navigate = useNavigate();
  const canManage = useHasRole('admin');
  const t = useT();
  return (
    <div className="page page--form">
      <title>{t('newMission.title')}</title>
      <Breadcrumbs items={[{ label: t('mission.breadcrumbOverview'), to: '/' }, { label: t('newMission.heading') }]} />
      <h1>{t('newMission.heading')}</h1>
      {canManage ? (
        <MissionForm onSaved={(mission) => navigate(`/missions/${mission.id}`)} />
      ) : (
        <p className="note">{t('newMission.adminOnly')}</p>
      )}
    </div>
  );
}
