import { useState } from 'react';
import { KPIS, type KpiId } from '@cpea/shared/catalog';
import type { ComparisonReport } from '@cpea/shared/comparison';
import { DataTable, type Column } from '../../../components/data-table';
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

type Mission = ComparisonReport['missions'][number];

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
  const scoreOf = (mission: Mission, kpi: KpiId) =>
    measure === 'latest' ? mission.latest?.kpis[kpi] : mission.mean.kpis[kpi];
  const columns: Column<Mission>[] = [
    {
      key: 'mission',
      header: t('table.mission'),
      rowHeader: true,
      sortValue: (mission) => mission.acronym,
      cell: (mission) => mission.acronym,
    },
    ...(measure === 'latest'
      ? [
          {
            key: 'period',
            header: t('charts.period'),
            nowrap: true,
            firstSort: 'descending',
            sortValue: (mission) => mission.latest?.period,
            cell: (mission) => formatPeriod(mission.latest?.period),
          } satisfies Column<Mission>,
        ]
      : []),
    ...KPIS.map((kpi): Column<Mission> => ({
      key: kpi.id,
      header: catalog.kpis[kpi.id].name,
      numeric: true,
      firstSort: 'descending',
      sortValue: (mission) => scoreOf(mission, kpi.id),
      cell: (mission) => formatScore(scoreOf(mission, kpi.id)),
    })),
  ];
  const table = (
    <DataTable
      caption={`${title}${t('charts.scoreSuffix')}`}
      columns={columns}
      rows={report.missions}
      rowKey={(mission) => mission.missionId}
      name={t('table.missions')}
    />
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
