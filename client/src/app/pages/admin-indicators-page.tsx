import { useState } from 'react';
import type { CustomIndicator } from '@cpea/shared/custom-indicators';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import { useHasRole } from '../../features/auth/api/get-me';
import { useCustomIndicators } from '../../features/admin/api/custom-indicators';
import { AdminNav } from '../../features/admin/components/admin-nav';
import { CreateIndicatorForm } from '../../features/admin/components/create-indicator-form';
import { CustomIndicatorsTable } from '../../features/admin/components/custom-indicators-table';
import { useMissions } from '../../features/missions/api/get-missions';
import { useT } from '../../lib/i18n';

export function AdminIndicatorsPage() {
  const isAdmin = useHasRole('admin');
  const t = useT();
  return (
    <div className="page">
      <title>{t('customIndicators.title')}</title>
      <Breadcrumbs
        items={[
          { label: t('mission.breadcrumbOverview'), to: '/' },
          { label: t('admin.breadcrumb') },
          { label: t('customIndicators.heading') },
        ]}
      />
      <h1>{t('customIndicators.heading')}</h1>
      {isAdmin ? (
        <>
          <AdminNav />
          <p className="page-header__lead">{t('customIndicators.lead')}</p>
          <IndicatorsSection />
        </>
      ) : (
        <p className="note">{t('customIndicators.adminOnly')}</p>
      )}
    </div>
  );
}

function IndicatorsSection() {
  const indicators = useCustomIndicators();
  const missions = useMissions();
  const [editing, setEditing] = useState<CustomIndicator | null>(null);
  const t = useT();
  /** The indicator being edited as someone else saved it; the form is keyed by its version, so it refills. */
  const reloadLatest = async (id: string) => {
    const latest = await indicators.refetch();
    setEditing(latest.data?.find((indicator) => indicator.id === id) ?? null);
  };
  if (indicators.isPending || missions.isPending) return <LoadingState label={t('customIndicators.loading')} />;
  if (indicators.isError) return <ErrorState error={indicators.error} onRetry={() => void indicators.refetch()} />;
  if (missions.isError) return <ErrorState error={missions.error} onRetry={() => void missions.refetch()} />;
  const acronyms = new Map(missions.data.map((mission) => [mission.id, mission.acronym]));
  return (
    <>
      <section aria-labelledby="indicators-title">
        <h2 id="indicators-title">{t('customIndicators.listTitle')}</h2>
        {indicators.data.length === 0 ? (
          <EmptyState title={t('customIndicators.none')} />
        ) : (
          <CustomIndicatorsTable
            indicators={indicators.data}
            acronymOf={(id) => acronyms.get(id) ?? `#${id}`}
            onEdit={setEditing}
          />
        )}
      </section>
      {editing ? (
        <CreateIndicatorForm
          key={`${editing.id}-${editing.version}`}
          missions={missions.data}
          editing={editing}
          onDone={() => setEditing(null)}
          onReloadLatest={() => void reloadLatest(editing.id)}
        />
      ) : (
        <CreateIndicatorForm missions={missions.data} />
      )}
    </>
  );
}
