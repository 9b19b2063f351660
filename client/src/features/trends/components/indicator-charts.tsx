import type { Provenance } from '@cpea/shared/assessment';
import { KPIS, type IndicatorId, type Kpi } from '@cpea/shared/catalog';
import { ChartFrame } from '../../../components/chart-frame';
import { TableScroll } from '../../../components/data-table';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { UCDP_GED_CITATION } from '@cpea/shared/ucdp';
import { UcdpTag } from '../../../components/ucdp-tag';
import { formatValue, unitLabel } from '../../../lib/format';
import { useMissionScores } from '../api/get-mission-scores';
import { buildIndicatorPanels, type IndicatorPanel } from '../lib/indicator-series';
import { SCORE_SERIES } from '../lib/score-series';
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
        const panels = buildIndicatorPanels(kpi.id, scores.data.periods, scores.data.targets);
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
        return (
          <ChartFrame
            key={kpi.id}
            headingLevel={3}
            title={titleOf(kpi)}
            exportTitle={subject ? `${subject}: ${titleOf(kpi)}` : undefined}
            sources={fromUcdp ? [...sources, t('charts.countsUcdp', { citation: UCDP_GED_CITATION })] : sources}
            table={<IndicatorTable title={titleOf(kpi)} panels={panels} provenance={provenance} />}
            chartClassName="chart-frame__chart--auto"
          >
            <div className="indicator-panels">
              {panels.map((panel) => (
                <IndicatorLines key={panel.indicator.id} panel={panel} color={kpiColor(kpi)} />
              ))}
            </div>
          </ChartFrame>
        );
      })}
    </section>
  );
}

function IndicatorTable({
  title,
  panels,
  provenance,
}: {
  title: string;
  panels: IndicatorPanel[];
  provenance: ProvenanceByPeriod;
}) {
  const rows = panels[0].rows;
  const t = useT();
  const catalog = useCatalogText();
  return (
    <TableScroll>
      <table className="data-table">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('charts.period')}</th>
            {panels.map((panel) => (
              <th key={panel.indicator.id} scope="col" className="num">
                {catalog.indicators[panel.indicator.id].name} ({unitLabel(panel.indicator.unit)})
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr className="row--reference">
            <th scope="row">{t('charts.baseline')}</th>
            {panels.map((panel) => (
              <td key={panel.indicator.id} className="num">
                {panel.indicator.scored ? formatValue(panel.baseline, panel.indicator.unit) : t('charts.contextOnly')}
              </td>
            ))}
          </tr>
          <tr className="row--reference">
            <th scope="row">{t('charts.target')}</th>
            {panels.map((panel) => (
              <td key={panel.indicator.id} className="num">
                {panel.indicator.scored ? formatValue(panel.target, panel.indicator.unit) : t('charts.contextOnly')}
              </td>
            ))}
          </tr>
          {rows.map((row, i) => (
            <tr key={row.period} className={row.assessed ? undefined : 'row--muted'}>
              <th scope="row" className="nowrap">
                {row.label}
                {row.assessed ? null : <span className="muted">{t('charts.notAssessed')}</span>}
              </th>
              {panels.map((panel) => {
                const value = panel.rows[i].value;
                return (
                  <td key={panel.indicator.id} className="num">
                    {formatValue(value, panel.indicator.unit)}
                    {value != null && provenance[row.period]?.[panel.indicator.id] === 'ucdp_ged' ? <UcdpTag /> : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
