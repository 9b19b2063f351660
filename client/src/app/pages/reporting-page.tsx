import { Breadcrumbs } from '../../components/breadcrumbs';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import { useReportingGrid } from '../../features/reporting/api/get-reporting';
import { ReportingGrid } from '../../features/reporting/components/reporting-grid';
import { useT } from '../../lib/i18n';

export function ReportingPage() {
  const t = useT();
  const grid = useReportingGrid();
  return (
    <div className="page">
      <title>{t('reporting.title')}</title>
      <Breadcrumbs items={[{ label: t('mission.breadcrumbOverview'), to: '/' }, { label: t('reporting.heading') }]} />
      <h1>{t('reporting.heading')}</h1>
      {grid.isPending ? (
        <LoadingState label={t('reporting.loading')} />
      ) : grid.isError ? (
        <ErrorState error={grid.error} onRetry={() => void grid.refetch()} />
      ) : (
        <>
          <p className="page-header__lead">{t('reporting.lead', { days: String(grid.data.lateAfterDays) })}</p>
          {grid.data.grids.length === 0 ? (
            <EmptyState title={t('reporting.none')} />
          ) : (
            grid.data.grids.map((g) => <ReportingGrid key={g.periodType} grid={g} />)
          )}
        </>
      )}
    </div>
  );
}
