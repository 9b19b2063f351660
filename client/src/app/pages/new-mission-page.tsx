import { useNavigate } from 'react-router';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { useHasRole } from '../../features/auth/api/get-me';
import { MissionForm } from '../../features/missions/components/mission-form';

export function NewMissionPage() {
  const navigate = useNavigate();
  const canManage = useHasRole('admin');
  return (
    <div className="page page--form">
      <title>New mission · CPEA</title>
      <Breadcrumbs items={[{ label: 'Overview', to: '/' }, { label: 'New mission' }]} />
      <h1>New mission</h1>
      {canManage ? (
        <MissionForm onCreated={(mission) => navigate(`/missions/${mission.id}`)} />
      ) : (
        <p className="note">Only an admin can create missions. Ask your CPEA administrator.</p>
      )}
    </div>
  );
}
