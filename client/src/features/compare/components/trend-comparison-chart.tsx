import { useState } from 'react';
import type { ComparisonReport } from '@cpea/shared/comparison';
import { TableScroll } from '../../../components/data-table';
import { EmptyState } from '../../../components/states';
import { MISSING, formatPeriod, formatScore } from '../../../lib/format';
import { useT, type MessageKey } from '../../../lib/i18n';
import type { MissionStyle } from '../lib/mission-colours';
import { printedTrendLines } from '../lib/printed-trend';
import { assessedRows, hasUnapprovedPoints, trendRows, type TrendAlignment } from '../lib/report-series';
import { MissionLegend } from './mission-swatch';
import { ReportChart } from './report-chart';
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
  const table = (
    <TableScroll>
      <table className="data-table">
        <caption>{t('compareCharts.trend.caption', { title })}</caption>
        <thead>
          <tr>
            <th scope="col">
              {alignment === 'calendar' ? t('charts.period') : t('compareCharts.trend.sinceFirstColumn')}
            </th>
            {series.map((s) => [
              <th key={s.style.key} scope="col" className="num">
                {s.label}
              </th>,
              showStatus ? (
                <th key={`${s.style.key}-status`} scope="col">
                  {t('compareCharts.trend.statusColumn', { mission: s.label })}
                </th>
              ) : null,
            ])}
          </tr>
        </thead>
        <tbody>
          {tableRows.map((row) => (
            <tr key={row.key}>
              <th scope="row" className="nowrap">
                {row.label}
              </th>
              {series.map((s) => {
                const key = s.style.key;
                const status = row.statuses[key];
                const statusCell = showStatus ? (
                  <td key={`${key}-status`}>
                    {status ? (
                      <span className={`status status--${status}`}>{t(`mission.status.${status}`)}</span>
                    ) : (
                      <span className="muted">{MISSING}</span>
                    )}
                  </td>
                ) : null;
                if (!row.assessed[key]) {
                  return [
                    <td key={key} className="num muted">
                      {MISSING}
                    </td>,
                    statusCell,
                  ];
                }
                const value = row.values[key];
                return [
                  <td key={key} className="num">
                    {value == null ? <span className="muted">{t('compareCharts.notScored')}</span> : formatScore(value)}
                    {alignment === 'since_first' ? (
                      <span className="muted"> ({formatPeriod(row.periods[key])})</span>
                    ) : null}
                  </td>,
                  statusCell,
                ];
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
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
