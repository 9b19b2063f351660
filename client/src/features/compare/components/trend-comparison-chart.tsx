import { useState } from 'react';
import type { ComparisonReport } from '@cpea/shared/comparison';
import { DataTable, TableScroll, type Column } from '../../../components/data-table';
import { NEWEST_FIRST } from '../../../components/table-view';
import { EmptyState } from '../../../components/states';
import { MISSING, formatPeriod, formatScore } from '../../../lib/format';
import { useT, type MessageKey } from '../../../lib/i18n';
import type { MissionStyle } from '../lib/mission-colours';
import { printedTrendLines } from '../lib/printed-trend';
import { assessedRows, hasUnapprovedPoints, trendRows, type TrendAlignment, type TrendRow } from '../lib/report-series';
import { MissionLegend } from './mission-swatch';
import { ReportChart } from './report-chart';
import type { BarSeries as LineSeries } from './kpi-bars';
import { TrendLines } from './trend-lines';

const TITLES: Record<TrendAlignment, MessageKey> = {
  calendar: 'compareCharts.trend.calendarTitle',
  since_first: 'compareCharts.trend.sinceFirstTitle',
};

const OPTIONS: Record<TrendAlignment, MessageKey> = {
  calendar: 'compareCharts.trend.calendar',
  since_first: 'compareCharts.trend.sinceFirst',
};

interface Props {
  report: ComparisonReport;
  styles: Map<number, MissionStyle>;
  sources: string[];
}

/** The missions' overall scores over time on one chart; calendar time, or aligned on each mission's start. */
export function TrendComparisonChart({ report, styles, sources }: Props) {
  const t = useT();
  const [alignment, setAlignment] = useState<TrendAlignment>('calendar');
  const periodType = report.parameters.periodType;
  const rows = trendRows(report.trendSeries, alignment, periodType, t);
  const series = report.missions.flatMap((mission) => {
    const style = styles.get(mission.missionId);
    return style ? [{ style, label: mission.acronym }] : [];
  });
  const title = t(TITLES[alignment]);
  // With drafts and submitted assessments in the report, every point says its status.
  const showStatus = !report.parameters.approvedOnly && hasUnapprovedPoints(report.trendSeries);
  if (rows.length === 0) {
    return (
      <section className="chart-frame" aria-labelledby="trend-empty-title">
        <h2 id="trend-empty-title" className="chart-frame__title">
          {title}
        </h2>
        <EmptyState title={t('compareCharts.trend.noAssessments')}>
          <p>{t('compareCharts.trend.noneInRange')}</p>
        </EmptyState>
      </section>
    );
  }
  const toggle = (
    <div className="segmented" role="group" aria-label={t('compareCharts.trend.timeAxis')}>
      {(['calendar', 'since_first'] as const).map((option) => (
        <button
          key={option}
          type="button"
          className="button button--small"
          aria-pressed={alignment === option}
          onClick={() => setAlignment(option)}
        >
          {t(OPTIONS[option])}
        </button>
      ))}
    </div>
  );
  const tableRows = assessedRows(rows);
  // Missions of different eras share no period: say so, and point to the aligned view.
  const apart = !tableRows.some((row) => Object.values(row.assessed).filter(Boolean).length >= 2);
  const statusColumn = (s: LineSeries): Column<TrendRow> => ({
    key: `${s.style.key}-status`,
    header: t('compareCharts.trend.statusColumn', { mission: s.label }),
    sortValue: (row) => {
      const status = row.statuses[s.style.key];
      return status ? t(`mission.status.${status}`) : null;
    },
    cell: (row) => {
      const status = row.statuses[s.style.key];
      return status ? (
        <span className={`status status--${status}`}>{t(`mission.status.${status}`)}</span>
      ) : (
        <span className="muted">{MISSING}</span>
      );
    },
  });
  const columns: Column<TrendRow>[] = [
    {
      key: 'period',
      header: alignment === 'calendar' ? t('charts.period') : t('compareCharts.trend.sinceFirstColumn'),
      rowHeader: true,
      nowrap: true,
      firstSort: 'descending',
      sortValue: (row) => (alignment === 'calendar' ? row.key : Number(row.key)),
      cell: (row) => row.label,
    },
    ...series.flatMap((s): Column<TrendRow>[] => [
      {
        key: s.style.key,
        header: s.label,
        numeric: true,
        firstSort: 'descending',
        sortValue: (row) => (row.assessed[s.style.key] ? row.values[s.style.key] : null),
        cell: (row) => {
          const key = s.style.key;
          if (!row.assessed[key]) return <span className="muted">{MISSING}</span>;
          const value = row.values[key];
          return (
            <>
              {value == null ? <span className="muted">{t('compareCharts.notScored')}</span> : formatScore(value)}
              {alignment === 'since_first' ? <span className="muted"> ({formatPeriod(row.periods[key])})</span> : null}
            </>
          );
        },
      },
      ...(showStatus ? [statusColumn(s)] : []),
    ]),
  ];
  const table = (
    <DataTable
      caption={t('compareCharts.trend.caption', { title })}
      columns={columns}
      rows={tableRows}
      rowKey={(row) => row.key}
      defaultSort={alignment === 'calendar' ? NEWEST_FIRST : undefined}
      name={t('charts.periodsName')}
    />
  );
  const printed = (
    <TableScroll>
      <table className="data-table printed-trend">
        <caption>{t('compareCharts.trend.printedCaption', { title })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('compareCharts.trend.missionColumn')}</th>
            <th scope="col">{t('compareCharts.trend.scoresColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {printedTrendLines(
            tableRows,
            series.map((s) => s.style.key),
          ).map((line, i) => (
            <tr key={line.key}>
              <th scope="row">{series[i].label}</th>
              <td>
                {line.points
                  .map(
                    (point) =>
                      `${formatPeriod(point.period)} ${point.score == null ? t('compareCharts.notScored') : formatScore(point.score)}` +
                      (showStatus && point.status ? ` (${t(`mission.status.${point.status}`)})` : ''),
                  )
                  .join(' · ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
  return (
    <ReportChart title={title} sources={sources} table={table} printedTable={printed} actions={toggle}>
      <div className="report-chart__body">
        <MissionLegend entries={series} />
        <div className="report-chart__plot">
          <TrendLines rows={rows} series={series} showStatus={showStatus} />
        </div>
        <p className="report-chart__note">
          {t('compareCharts.trend.note')}
          {showStatus ? ` ${t('compareCharts.trend.statusNote')}` : null}
          {apart && alignment === 'calendar' && series.length > 1
            ? ` ${t('compareCharts.trend.apart', { option: t(OPTIONS.since_first) })}`
            : null}
        </p>
      </div>
    </ReportChart>
  );
}
