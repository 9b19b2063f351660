import { indicatorText } from '@cpea/shared/i18n/catalog-text';
import { INDICATORS, KPI_IDS, type Indicator, type IndicatorId } from '@cpea/shared/catalog';
import { DataTable, type Column } from '../../../components/data-table';
import { formatValue, unitLabel, formulaNumber } from '../../../lib/format';
import { describeOrigins } from '../../../lib/target-origins';
import type { MissionTargetsResponse } from '@cpea/shared/targets';
import { useCatalogText, useT } from '../../../lib/i18n';

/** The baselines, targets and weights in force, with where each comes from; read-only. */
export function TargetsTable({
  data,
  firstValuePeriods,
  indicators = INDICATORS,
}: {
  data: MissionTargetsResponse;
  firstValuePeriods: Partial<Record<IndicatorId, string>>;
  /** The mission's indicator set: the standard catalog and its custom indicators. */
  indicators?: readonly Indicator[];
}) {
  const t = useT();
  const catalog = useCatalogText();
  const origin = (indicator: Indicator) =>
    describeOrigins(
      indicator.id,
      data.targets[indicator.id],
      data.resolved[indicator.id],
      firstValuePeriods[indicator.id] ?? null,
      t,
    );
  const columns: Column<Indicator>[] = [
    {
      key: 'indicator',
      header: t('targets.indicator'),
      rowHeader: true,
      sortValue: (indicator) => indicatorText(catalog, indicator.id).name,
      cell: (indicator) => (
        <>
          {indicatorText(catalog, indicator.id).name} <span className="muted">({unitLabel(indicator.unit)})</span>
        </>
      ),
    },
    {
      key: 'kpi',
      header: t('targets.kpi'),
      sortValue: (indicator) => catalog.kpis[indicator.kpi].name,
      cell: (indicator) => catalog.kpis[indicator.kpi].name,
    },
    {
      key: 'baseline',
      header: t('targets.baseline'),
      numeric: true,
      sortValue: (indicator) => data.resolved[indicator.id].baseline,
      cell: (indicator) => (
        <>
          {formatValue(data.resolved[indicator.id].baseline, indicator.unit)}
          <span className="target-origin">{origin(indicator).baseline}</span>
        </>
      ),
    },
    {
      key: 'target',
      header: t('targets.target'),
      numeric: true,
      sortValue: (indicator) => data.resolved[indicator.id].target,
      cell: (indicator) => (
        <>
          {formatValue(data.resolved[indicator.id].target, indicator.unit)}
          <span className="target-origin">{origin(indicator).target}</span>
        </>
      ),
    },
    {
      key: 'weight',
      header: t('targets.weight'),
      numeric: true,
      sortValue: (indicator) => data.resolved[indicator.id].weight,
      cell: (indicator) => formulaNumber(data.resolved[indicator.id].weight),
    },
  ];
  return (
    <>
      <DataTable
        caption={t('targets.caption')}
        columns={columns}
        rows={indicators.filter((indicator) => indicator.scored)}
        rowKey={(indicator) => indicator.id}
        className="targets-table"
      />
      <DataTable
        caption={t('targets.weightsCaption')}
        columns={[
          { key: 'kpi', header: t('targets.kpi'), rowHeader: true, cell: (id) => catalog.kpis[id].name },
          {
            key: 'weight',
            header: t('targets.weight'),
            numeric: true,
            cell: (id) => formulaNumber(data.kpiWeights[id]),
          },
        ]}
        rows={KPI_IDS}
        rowKey={(id) => id}
        className="data-table--narrow"
      />
    </>
  );
}
