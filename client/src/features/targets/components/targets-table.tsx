import { INDICATORS, KPIS, KPI_IDS, type Indicator, type IndicatorId } from '@cpea/shared/catalog';
import { DataTable, type Column } from '../../../components/data-table';
import { formatValue, unitLabel } from '../../../lib/format';
import { describeOrigins } from '../../../lib/target-origins';
import { formulaNumber } from '../../../lib/formula-number';
import type { MissionTargetsResponse } from '../api/get-targets';

const SCORED = INDICATORS.filter((indicator) => indicator.scored);

/** The baselines, targets and weights in force, with where each comes from; read-only. */
export function TargetsTable({
  data,
  firstValuePeriods,
}: {
  data: MissionTargetsResponse;
  firstValuePeriods: Partial<Record<IndicatorId, string>>;
}) {
  const origin = (indicator: Indicator) =>
    describeOrigins(
      indicator.id,
      data.targets[indicator.id],
      data.resolved[indicator.id],
      firstValuePeriods[indicator.id] ?? null,
    );
  const columns: Column<Indicator>[] = [
    {
      key: 'indicator',
      header: 'Indicator',
      rowHeader: true,
      cell: (indicator) => (
        <>
          {indicator.name} <span className="muted">({unitLabel(indicator.unit)})</span>
        </>
      ),
    },
    { key: 'kpi', header: 'KPI', cell: (indicator) => KPIS.find((kpi) => kpi.id === indicator.kpi)?.name },
    {
      key: 'baseline',
      header: 'Baseline',
      numeric: true,
      cell: (indicator) => (
        <>
          {formatValue(data.resolved[indicator.id].baseline, indicator.unit)}
          <span className="target-origin">{origin(indicator).baseline}</span>
        </>
      ),
    },
    {
      key: 'target',
      header: 'Target',
      numeric: true,
      cell: (indicator) => (
        <>
          {formatValue(data.resolved[indicator.id].target, indicator.unit)}
          <span className="target-origin">{origin(indicator).target}</span>
        </>
      ),
    },
    {
      key: 'weight',
      header: 'Weight',
      numeric: true,
      cell: (indicator) => formulaNumber(data.resolved[indicator.id].weight),
    },
  ];
  return (
    <>
      <DataTable
        caption="Baselines and targets in force for each scored indicator"
        columns={columns}
        rows={SCORED}
        rowKey={(indicator) => indicator.id}
        className="targets-table"
      />
      <DataTable
        caption="KPI weights in the overall score"
        columns={[
          { key: 'kpi', header: 'KPI', rowHeader: true, cell: (id) => KPIS.find((kpi) => kpi.id === id)?.name },
          { key: 'weight', header: 'Weight', numeric: true, cell: (id) => formulaNumber(data.kpiWeights[id]) },
        ]}
        rows={KPI_IDS}
        rowKey={(id) => id}
        className="data-table--narrow"
      />
    </>
  );
}
