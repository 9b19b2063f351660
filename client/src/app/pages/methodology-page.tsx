import { useMissions } from '../../features/missions/api/get-missions';
import { Methodology } from '../../features/methodology/components/methodology';
import { useT } from '../../lib/i18n';

export function MethodologyPage() {
  const t = useT();
  const missions = useMissions({ includeArchived: true });
  const acronymOf = (id: number) => missions.data?.find((mission) => mission.id === id)?.acronym ?? `#${id}`;
  return (
    <div className="page page--prose">
      <title>{t('methodology.title')}</title>
      <h1>{t('methodology.heading')}</h1>
      <p className="page-header__lead">{t('methodology.lead')}</p>
      <Methodology acronymOf={acronymOf} />
    </div>
  );
}
