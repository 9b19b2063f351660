import { useState } from 'react';
import { KPIS } from '@cpea/shared/catalog';
import type { ComparisonReport } from '@cpea/shared/comparison';
import { TableScroll } from '../../../components/data-table';
import { formatPeriod, formatScore } from '../../../lib/format';
import { useCatalogText, useT, type MessageKey } from '../../../lib/i18n';
import type { MissionStyle } from '../lib/mission-colours';
import { kpiBarRows, type KpiMeasure } from '../lib/report-series';
import { KpiBars } from './kpi-bars';
import { MissionLegend } from './mission-swatch';
import { ReportChart } from './report-chart';

const TITLES: Record<KpiMeasure, MessageKey> = {
  latest: 'compareCharts.kpi.latestTitle',
  mean: 'compareCharts.kpi.meanTitle',
};

interface Props {
  report: ComparisonReport;
  styles: Map<number, MissionStyle>;
  sources: string[];
}

/** Grouped bars of the four KPI scores per mission, latest or mean, with the same numbers as a table. */
export function KpiComparisonChart({ report, styles, sources }: Props) {
  const t = useT();
  const catalog = useCatalogText();
  const [measure, setMeasure] = useState<KpiMeasure>('latest');
  const rows = kpiBarRows(report, measure, t, catalog);
  const series = report.missions.flatMap((mission) => {
    const style = styles.get(mission.missionId);
    return style ? [{ style, label: mission.acronym }] : [];
  });
  const title = t(TITLES[measure]);
  const toggle = (
    <div className="segmented" role="group" aria-label={t('compareCharts.kpi.shown')}>
      {(['latest', 'mean'] as const).map((option) => (
        <button
          key={option}
          type="button"
          className="button button--small"
          aria-pressed={measure === option}
          onClick={() => setMeasure(option)}
        >
          {t(`compareCharts.${option}`)}
        </button>
      ))}
    </div>
  );
  const table = (
    <TableScroll>
      <table className="data-table">
        <caption>
          {title}
          {t('charts.scoreSuffix')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('table.mission')}</th>
            {measure === 'latest' ? <th scope="col">{t('charts.period')}</th> : null}
            {KPIS.map((kpi) => (
              <th key={kpi.id} scope="col" className="num">
                {catalog.kpis[kpi.id].name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.missions.map((mission) => (
            <tr key={mission.missionId}>
              <th scope="row">{mission.acronym}</th>
              {measure === 'latest' ? <td className="nowrap">{formatPeriod(mission.latest?.period)}</td> : null}
              {KPIS.map((kpi) => (
                <td key={kpi.id} className="num">
                  {formatScore(measure === 'latest' ? mission.latest?.kpis[kpi.id] : mission.mean.kpis[kpi.id])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
  return (
    <ReportChart title={title} sources={sources} table={table} actions={toggle}>
      <div className="report-chart__body">
        <MissionLegend entries={series} />
        <div className="report-chart__plot">
          <KpiBars rows={rows} series={series} />
        </div>
        <p className="report-chart__note">{t('compareCharts.kpi.note')}</p>
      </div>
    </ReportChart>
  );
}
