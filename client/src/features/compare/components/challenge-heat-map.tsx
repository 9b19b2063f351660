import type { ComparisonReport } from '@cpea/shared/comparison';
import { DataTable, type Column } from '../../../components/data-table';
import { HeatMap } from '../../../components/heat-map';
import { heatMapSvg, type HeatMapData } from '../../../components/heat-map-export';
import { MISSING } from '../../../lib/format';
import { useCatalogText, useT } from '../../../lib/i18n';
import type { MissionStyle } from '../lib/mission-colours';
import { formatSeverity } from '../lib/report-format';
import { heatMapRows, type HeatMapRow } from '../lib/report-series';
import { MissionSwatch } from './mission-swatch';
import { ReportChart } from './report-chart';

interface Props {
  report: ComparisonReport;
  styles: Map<number, MissionStyle>;
  sources: string[];
}

/** Missions across, challenge categories down, each cell the mean severity in a light-to-dark scale with its number. */
export function ChallengeHeatMap({ report, styles, sources }: Props) {
  const t = useT();
  const catalog = useCatalogText();
  const title = t('compareCharts.heatMap.title');
  const rows = heatMapRows(report.challengeHeatMap, catalog);
  const missions = report.challengeHeatMap.rows.map((row) => ({
    missionId: row.missionId,
    acronym:
      report.missions.find((m) => m.missionId === row.missionId)?.acronym ??
      t('compareCharts.missionFallback', { id: String(row.missionId) }),
    style: styles.get(row.missionId),
  }));
  const data: HeatMapData = {
    columns: missions.map((m) => ({
      key: String(m.missionId),
      label: m.acronym,
      lines: [m.acronym],
      marker: m.style ? <MissionSwatch style={m.style} /> : undefined,
      line: m.style,
    })),
    rows: rows.map((row) => ({
      key: row.challenge,
      name: row.name,
      cells: row.cells.map((cell) => ({
        key: String(cell.missionId),
        severity: cell.value,
        text: cell.value == null ? MISSING : formatSeverity(cell.value),
      })),
    })),
  };
  const columns: Column<HeatMapRow>[] = [
    {
      key: 'challenge',
      header: t('compareCharts.challengeCategory'),
      rowHeader: true,
      sortValue: (row) => row.name,
      cell: (row) => row.name,
    },
    ...missions.map((m, index): Column<HeatMapRow> => ({
      key: String(m.missionId),
      header: m.acronym,
      numeric: true,
      firstSort: 'descending',
      sortValue: (row) => row.cells[index].value,
      cell: (row) => {
        const value = row.cells[index].value;
        return value == null ? t('compareCharts.notRated') : formatSeverity(value);
      },
    })),
  ];
  const table = (
    <DataTable
      caption={`${title}${t('charts.heatmapScale')}`}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.challenge}
    />
  );
  return (
    <ReportChart
      title={title}
      sources={sources}
      table={table}
      autoHeight
      exportBody={() => heatMapSvg(data, t, catalog)}
      printTable={false}
    >
      <HeatMap data={data} caption={`${title}${t('charts.heatmapScale')}`} corner={t('compareCharts.category')} />
    </ReportChart>
  );
}
