import { indicatorText } from '@cpea/shared/i18n/catalog-text';
import type { Provenance } from '@cpea/shared/assessment';
import { Fragment } from 'react';
import { KPIS, type IndicatorId, type Kpi } from '@cpea/shared/catalog';
import { ChartFrame } from '../../../components/chart-frame';
import { TableScroll } from '../../../components/data-table';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { UCDP_GED_CITATION } from '@cpea/shared/ucdp';
import { UcdpTag } from '../../../components/ucdp-tag';
import { formatValue, unitLabel } from '../../../lib/format';
import { useIndicatorSet } from '../../../lib/indicator-set';
import { useMissionEventSeries } from '../api/get-event-series';
import { useMissionScores } from '../api/get-mission-scores';
import { buildIndicatorPanels, RANGED_INDICATOR, type IndicatorPanel } from '../lib/indicator-series';
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
type Column = { panel: IndicatorPanel; estimate: 'low' | 'best' | 'high' | null };

function columnsOf(panels: IndicatorPanel[]): Column[] {
  return panels.flatMap((panel): Column[] =>
    panel.ranged && panel.indicator.id === RANGED_INDICATOR
      ? (['low', 'best', 'high'] as const).map((estimate) => ({ panel, estimate }))
      : [{ panel, estimate: null }],
  );
}

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
  const rows = panels[0].rows;
  const t = useT();
  const catalog = useCatalogText();
  const columns = columnsOf(panels);
  const heading = ({ panel, estimate }: Column) => {
    const name = `${indicatorText(catalog, panel.indicator.id).name} (${panel.indicator.unitLabel || unitLabel(panel.indicator.unit)})`;
    return estimate ? t(`charts.estimate.${estimate}`, { name }) : name;
  };
  const key = ({ panel, estimate }: Column) => `${panel.indicator.id}-${estimate ?? 'value'}`;
  return (
    <>
      {notes.length > 0 ? <p className="indicator-panels__note">{notes.join(' ')}</p> : null}
      <TableScroll>
        <table className="data-table">
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('charts.period')}</th>
              {columns.map((column) => (
                <th key={key(column)} scope="col" className="num">
                  {heading(column)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr className="row--reference">
              <th scope="row">{t('charts.baseline')}</th>
              {columns.map((column) => (
                <td key={key(column)} className="num">
                  {column.estimate === 'low' || column.estimate === 'high'
                    ? null
                    : column.panel.indicator.scored
                      ? formatValue(column.panel.baseline, column.panel.indicator.unit)
                      : t('charts.contextOnly')}
                </td>
              ))}
            </tr>
            <tr className="row--reference">
              <th scope="row">{t('charts.target')}</th>
              {columns.map((column) => (
                <td key={key(column)} className="num">
                  {column.estimate === 'low' || column.estimate === 'high'
                    ? null
                    : column.panel.indicator.scored
                      ? formatValue(column.panel.target, column.panel.indicator.unit)
                      : t('charts.contextOnly')}
                </td>
              ))}
            </tr>
            {rows.map((row, i) => (
              <tr key={row.period} className={row.assessed ? undefined : 'row--muted'}>
                <th scope="row" className="nowrap">
                  {row.label}
                  {row.beforeMission ? (
                    <span className="muted">{t('charts.beforeMission')}</span>
                  ) : row.assessed ? null : (
                    <span className="muted">{t('charts.notAssessed')}</span>
                  )}
                </th>
                {columns.map((column) => {
                  const { panel, estimate } = column;
                  const cell = panel.rows[i];
                  const value =
                    estimate === 'low' ? cell.low : estimate === 'high' ? cell.high : (cell.value ?? cell.series);
                  // Low and high are UCDP's by their heading; a value is marked where it is a GED count.
                  const ucdp =
                    estimate !== 'low' &&
                    estimate !== 'high' &&
                    (cell.series != null || provenance[row.period]?.[panel.indicator.id] === 'ucdp_ged');
                  return (
                    <td key={key(column)} className="num">
                      {formatValue(value, panel.indicator.unit)}
                      {value != null && ucdp ? <UcdpTag /> : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
