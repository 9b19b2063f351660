import { indicatorText } from '@cpea/shared/i18n/catalog-text';
import type { Provenance } from '@cpea/shared/assessment';
import { Fragment } from 'react';
import { KPIS, type IndicatorId, type Kpi } from '@cpea/shared/catalog';
import { ChartFrame } from '../../../components/chart-frame';
import { DataTable, type Column } from '../../../components/data-table';
import { NEWEST_FIRST } from '../../../components/table-view';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { UCDP_GED_CITATION } from '@cpea/shared/ucdp';
import { UcdpTag } from '../../../components/ucdp-tag';
import { formatValue, unitLabel } from '../../../lib/format';
import { useIndicatorSet } from '../../../lib/indicator-set';
import { useMissionEventSeries } from '../api/get-event-series';
import { useMissionScores } from '../api/get-mission-scores';
import {
  buildIndicatorPanels,
  RANGED_INDICATOR,
  type IndicatorPanel,
  type IndicatorRow,
} from '../lib/indicator-series';
import { SCORE_SERIES } from '../lib/score-series';
import { EffectsPanel } from './effects-panel';
import { IndicatorLines } from './indicator-lines';
import '../trends.css';
import { useCatalogText, useT } from '../../../lib/i18n';

/** Where each value came from, by period: manual, CSV or UCDP GED. */
export type ProvenanceByPeriod = Record<string, Partial<Record<IndicatorId, Provenance>>>;

interface IndicatorChartsProps {
  missionId: number;
  /** The mission's own source line ("Illustrative demo data"); UCDP GED is cited where its counts appear. */
  sources: string[];
  provenance: ProvenanceByPeriod;
  subject?: string;
}

const kpiColor = (kpi: Kpi) => SCORE_SERIES.find((series) => series.key === kpi.id)?.color ?? '#000000';

/** One chart per KPI: its indicators' values over periods against their baselines and targets. */
export function IndicatorCharts({ missionId, sources, provenance, subject }: IndicatorChartsProps) {
  const scores = useMissionScores(missionId);
  // Without the series (still loading, or failed) the charts show the assessments alone.
  const events = useMissionEventSeries(missionId).data;
  const { indicators } = useIndicatorSet(missionId);
  const t = useT();
  const catalog = useCatalogText();
  const titleOf = (kpi: Kpi) => t('charts.indicatorTitle', { kpi: catalog.kpis[kpi.id].name });
  if (scores.isPending) return <LoadingState label={t('charts.loadingIndicators')} />;
  if (scores.isError) return <ErrorState error={scores.error} onRetry={() => void scores.refetch()} />;
  if (scores.data.periods.length === 0) return null;
  return (
    <section className="section" aria-labelledby="indicator-charts-title">
      <h2 id="indicator-charts-title">{t('charts.indicatorsByKpi')}</h2>
      <p className="section__lead">{t('charts.indicatorsLead')}</p>
      {KPIS.map((kpi) => {
        const panels = buildIndicatorPanels(kpi.id, scores.data.periods, scores.data.targets, events, indicators);
        if (panels.length === 0) {
          return (
            <section key={kpi.id} className="chart-frame" aria-labelledby={`indicators-${kpi.id}`}>
              <h3 id={`indicators-${kpi.id}`} className="chart-frame__title">
                {titleOf(kpi)}
              </h3>
              <EmptyState title={t('charts.noValues')}>
                <p>{t('charts.noneMeasured')}</p>
              </EmptyState>
            </section>
          );
        }
        const fromUcdp = panels.some((panel) =>
          panel.rows.some((row) => provenance[row.period]?.[panel.indicator.id] === 'ucdp_ged'),
        );
        const fromSeries = panels.some((panel) => panel.ranged || panel.rows.some((row) => row.series != null));
        const citations = fromSeries && events ? events.source.citations : fromUcdp ? [UCDP_GED_CITATION] : [];
        const notes = [
          ...(panels.some((panel) => panel.missionStartLabel != null || panel.rows.some((row) => row.series != null))
            ? [t('charts.beforeMissionNote')]
            : []),
          ...(panels.some((panel) => panel.ranged) ? [t('charts.rangeNote')] : []),
        ];
        return (
          <Fragment key={kpi.id}>
            <ChartFrame
              headingLevel={3}
              title={titleOf(kpi)}
              exportTitle={subject ? `${subject}: ${titleOf(kpi)}` : undefined}
              sources={
                citations.length > 0
                  ? [...sources, t('charts.countsUcdp', { citation: citations.join('; ') })]
                  : sources
              }
              table={<IndicatorTable title={titleOf(kpi)} panels={panels} provenance={provenance} notes={notes} />}
              chartClassName="chart-frame__chart--auto"
            >
              {notes.length > 0 ? (
                <p className="indicator-panels__note" data-export-text>
                  {notes.join(' ')}
                </p>
              ) : null}
              <div className="indicator-panels">
                {panels.map((panel) => (
                  <IndicatorLines key={panel.indicator.id} panel={panel} color={kpiColor(kpi)} />
                ))}
              </div>
            </ChartFrame>
            {panels
              .filter((panel) => panel.indicator.unit === 'count')
              .map((panel) => (
                <EffectsPanel
                  key={panel.indicator.id}
                  missionId={missionId}
                  indicator={panel.indicator}
                  rows={panel.rows}
                  color={kpiColor(kpi)}
                />
              ))}
          </Fragment>
        );
      })}
    </section>
  );
}

/** The columns of a panel in the table: one, or low / best / high where UCDP estimates a range. */
type ValueColumn = { panel: IndicatorPanel; estimate: 'low' | 'best' | 'high' | null };

function valueColumnsOf(panels: IndicatorPanel[]): ValueColumn[] {
  return panels.flatMap((panel): ValueColumn[] =>
    panel.ranged && panel.indicator.id === RANGED_INDICATOR
      ? (['low', 'best', 'high'] as const).map((estimate) => ({ panel, estimate }))
      : [{ panel, estimate: null }],
  );
}

/** A period's values across the panels, or the baseline or target row above them. */
type TableRow = { reference: 'baseline' | 'target' } | { reference: null; index: number; row: IndicatorRow };

function IndicatorTable({
  title,
  panels,
  provenance,
  notes,
}: {
  title: string;
  panels: IndicatorPanel[];
  provenance: ProvenanceByPeriod;
  notes: string[];
}) {
  const t = useT();
  const catalog = useCatalogText();
  const heading = ({ panel, estimate }: ValueColumn) => {
    const name = `${indicatorText(catalog, panel.indicator.id).name} (${panel.indicator.unitLabel || unitLabel(panel.indicator.unit)})`;
    return estimate ? t(`charts.estimate.${estimate}`, { name }) : name;
  };
  const valueOf = ({ panel, estimate }: ValueColumn, index: number) => {
    const cell = panel.rows[index];
    return estimate === 'low' ? cell.low : estimate === 'high' ? cell.high : (cell.value ?? cell.series);
  };
  const referenceCell = ({ panel, estimate }: ValueColumn, reference: 'baseline' | 'target') =>
    estimate === 'low' || estimate === 'high'
      ? null
      : panel.indicator.scored
        ? formatValue(panel[reference], panel.indicator.unit)
        : t('charts.contextOnly');
  const columns: Column<TableRow>[] = [
    {
      key: 'period',
      header: t('charts.period'),
      rowHeader: true,
      nowrap: true,
      firstSort: 'descending',
      sortValue: (line) => (line.reference ? null : line.row.period),
      cell: (line) =>
        line.reference ? (
          t(`charts.${line.reference}`)
        ) : (
          <>
            {line.row.label}
            {line.row.beforeMission ? (
              <span className="muted">{t('charts.beforeMission')}</span>
            ) : line.row.assessed ? null : (
              <span className="muted">{t('charts.notAssessed')}</span>
            )}
          </>
        ),
    },
    ...valueColumnsOf(panels).map((column): Column<TableRow> => {
      const { panel, estimate } = column;
      return {
        key: `${panel.indicator.id}-${estimate ?? 'value'}`,
        header: heading(column),
        numeric: true,
        firstSort: 'descending',
        sortValue: (line) => (line.reference ? null : valueOf(column, line.index)),
        cell: (line) => {
          if (line.reference) return referenceCell(column, line.reference);
          const value = valueOf(column, line.index);
          // Low and high are UCDP's by their heading; a value is marked where it is a GED count.
          const ucdp =
            estimate !== 'low' &&
            estimate !== 'high' &&
            (panel.rows[line.index].series != null || provenance[line.row.period]?.[panel.indicator.id] === 'ucdp_ged');
          return (
            <>
              {formatValue(value, panel.indicator.unit)}
              {value != null && ucdp ? <UcdpTag /> : null}
            </>
          );
        },
      };
    }),
  ];
  const rows: TableRow[] = panels[0].rows.map((row, index) => ({ reference: null, index, row }));
  return (
    <>
      {notes.length > 0 ? <p className="indicator-panels__note">{notes.join(' ')}</p> : null}
      <DataTable
        caption={title}
        columns={columns}
        rows={rows}
        rowKey={(line) => line.reference ?? line.row.period}
        pinnedRows={[{ reference: 'baseline' }, { reference: 'target' }]}
        rowClassName={(line) => (line.reference ? 'row--reference' : line.row.assessed ? undefined : 'row--muted')}
        defaultSort={NEWEST_FIRST}
        name={t('charts.periodsName')}
      />
    </>
  );
}
