import { ChartFrame } from '../../../components/chart-frame';
import { TableScroll } from '../../../components/data-table';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { MISSING, formatScore } from '../../../lib/format';
import { useMissionScores } from '../api/get-mission-scores';
import { SCORE_SERIES, buildScoreRows, type ScoreRow } from '../lib/score-series';
import { ScoreTrendLines } from './score-trend-lines';

export const SCORE_TREND_TITLE = 'Overall and KPI scores over time';

interface ScoreTrendChartProps {
  missionId: number;
  sources: string[];
  /** Names the mission in exported images: "MINUSCA: Overall and KPI scores over time". */
  subject?: string;
}

/** The mission's score trend: owns the query and its loading, empty and error states. */
export function ScoreTrendChart({ missionId, sources, subject }: ScoreTrendChartProps) {
  const scores = useMissionScores(missionId);
  if (scores.isPending) return <LoadingState label="Loading scores…" />;
  if (scores.isError) return <ErrorState error={scores.error} onRetry={() => void scores.refetch()} />;
  const rows = buildScoreRows(scores.data.periods);
  if (rows.length === 0) {
    return (
      <section className="chart-frame" aria-labelledby="score-trend-empty">
        <h2 id="score-trend-empty" className="chart-frame__title">
          {SCORE_TREND_TITLE}
        </h2>
        <EmptyState title="No assessments yet">
          <p>Scores appear here once the first assessment is saved.</p>
        </EmptyState>
      </section>
    );
  }
  return (
    <ChartFrame
      title={SCORE_TREND_TITLE}
      exportTitle={subject ? `${subject}: ${SCORE_TREND_TITLE} (score 0–100)` : undefined}
      sources={sources}
      table={<ScoreTable rows={rows} />}
    >
      <ScoreTrendLines rows={rows} />
    </ChartFrame>
  );
}

function ScoreTable({ rows }: { rows: ScoreRow[] }) {
  return (
    <TableScroll>
      <table className="data-table">
        <caption>{SCORE_TREND_TITLE} (score 0–100)</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            {SCORE_SERIES.map((series) => (
              <th key={series.key} scope="col" className="num">
                {series.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.period} className={row.assessed ? undefined : 'row--muted'}>
              <th scope="row" className="nowrap">
                {row.label}
                {row.assessed ? null : <span className="muted"> (not assessed)</span>}
              </th>
              {SCORE_SERIES.map((series) => (
                <td key={series.key} className="num">
                  {row.assessed ? formatScore(row[series.key]) : MISSING}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
