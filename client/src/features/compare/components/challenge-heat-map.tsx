import type { ComparisonReport } from '@cpea/shared/comparison';
import { TableScroll } from '../../../components/data-table';
import { MISSING, formatNumber } from '../../../lib/format';
import { useCatalogText, useT } from '../../../lib/i18n';
import type { MissionStyle } from '../lib/mission-colours';
import { heatMapSvg } from '../lib/heat-map-svg';
import { formatSeverity } from '../lib/report-format';
import { heatMapRows, severityColour } from '../lib/report-series';
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
  const table = (
    <TableScroll>
      <table className="data-table">
        <caption>
          {title}
          {t('charts.heatmapScale')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('compareCharts.challengeCategory')}</th>
            {missions.map((m) => (
              <th key={m.missionId} scope="col" className="num">
                {m.acronym}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.challenge}>
              <th scope="row">{row.name}</th>
              {row.cells.map((cell) => (
                <td key={cell.missionId} className="num">
                  {cell.value == null ? t('compareCharts.notRated') : formatSeverity(cell.value)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
  return (
    <ReportChart
      title={title}
      sources={sources}
      table={table}
      autoHeight
      exportBody={() => heatMapSvg(rows, missions, t, catalog)}
      printTable={false}
    >
      <div className="heat-map-scroll">
        <div
          className="heat-map"
          style={{ gridTemplateColumns: `minmax(10rem, 16rem) repeat(${missions.length}, minmax(max-content, 1fr))` }}
        >
          <div className="heat-map__corner">{t('compareCharts.category')}</div>
          {missions.map((m) => (
            <div key={m.missionId} className="heat-map__mission">
              {m.style ? <MissionSwatch style={m.style} /> : null}
              {m.acronym}
            </div>
          ))}
          {rows.map((row) => [
            <div key={`${row.challenge}-name`} className="heat-map__category">
              {row.name}
            </div>,
            ...row.cells.map((cell) => (
              <div
                key={`${row.challenge}-${cell.missionId}`}
                className={['heat-map__cell', cell.colour ? '' : 'heat-map__cell--none'].filter(Boolean).join(' ')}
                style={cell.colour ? { background: cell.colour.fill, color: cell.colour.ink } : undefined}
              >
                {cell.value == null ? MISSING : formatSeverity(cell.value)}
              </div>
            )),
          ])}
        </div>
      </div>
      <ul className="heat-map-legend" aria-hidden="true">
        {catalog.severities.map((label, severity) => {
          const colour = severityColour(severity);
          return (
            <li key={label}>
              <span className="heat-map-legend__swatch" style={{ background: colour?.fill, color: colour?.ink }}>
                {formatNumber(severity)}
              </span>
              {label}
            </li>
          );
        })}
        <li>
          <span className="heat-map-legend__swatch heat-map__cell--none">{MISSING}</span>
          {t('charts.notRated')}
        </li>
      </ul>
    </ReportChart>
  );
}
