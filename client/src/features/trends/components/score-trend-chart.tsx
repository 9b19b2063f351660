import { ChartFrame } from '../../../components/chart-frame';
import { DataTable, type Column } from '../../../components/data-table';
import { NEWEST_FIRST } from '../../../components/table-view';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { MISSING, formatScore } from '../../../lib/format';
import { useMissionScores } from '../api/get-mission-scores';
import { SCORE_SERIES, buildScoreRows, type ScoreRow } from '../lib/score-series';
import { ScoreTrendLines } from './score-trend-lines';
import { useCatalogText, useT } from '../../../lib/i18n';

interface ScoreTrendChartProps {
  missionId: number;
  sources: string[];
  /** Names the mission in exported images: "MINUSCA: Overall and KPI scores over time". */
  subject?: string;
  /** Approved assessments rescored under current settings instead of their published scores. */
  rescored?: boolean;
}

/** The mission's score trend: owns the query and its loading, empty and error states. */
export function ScoreTrendChart({ missionId, sources, subject, rescored = false }: ScoreTrendChartProps) {
  const scores = useMissionScores(missionId, { rescored });
  const t = useT();
  const title = rescored ? `${t('charts.scoreTrend')} · ${t('published.rescored')}` : t('charts.scoreTrend');
  if (scores.isPending) return <LoadingState label={t('charts.loadingScores')} />;
  if (scores.isError) return <ErrorState error={scores.error} onRetry={() => void scores.refetch()} />;
  const rows = buildScoreRows(scores.data.periods);
  if (rows.length === 0) {
    return (
      <section className="chart-frame" aria-labelledby="score-trend-empty">
        <h2 id="score-trend-empty" className="chart-frame__title">
          {title}
        </h2>
        <EmptyState title={t('charts.noAssessments')}>
          <p>{t('charts.scoresAppear')}</p>
        </EmptyState>
      </section>
    );
  }
  return (
    <ChartFrame
      title={title}
      exportTitle={subject ? `${subject}: ${title}${t('charts.scoreSuffix')}` : undefined}
      sources={sources}
      table={<ScoreTable rows={rows} />}
    >
      <ScoreTrendLines rows={rows} />
    </ChartFrame>
  );
}

function ScoreTable({ rows }: { rows: ScoreRow[] }) {
  const t = useT();
  const catalog = useCatalogText();
  const columns: Column<ScoreRow>[] = [
    {
      key: 'period',
      header: t('charts.period'),
      rowHeader: true,
      nowrap: true,
      firstSort: 'descending',
      sortValue: (row) => row.period,
      cell: (row) => (
        <>
          {row.label}
          {row.assessed ? null : <span className="muted">{t('charts.notAssessed')}</span>}
        </>
      ),
    },
    ...SCORE_SERIES.map((series): Column<ScoreRow> => ({
      key: series.key,
      header: series.key === 'overall' ? t('charts.overall') : catalog.kpis[series.key].name,
      numeric: true,
      firstSort: 'descending',
      sortValue: (row) => (row.assessed ? row[series.key] : null),
      cell: (row) => (row.assessed ? formatScore(row[series.key]) : MISSING),
    })),
  ];
  return (
    <DataTable
      caption={`${t('charts.scoreTrend')}${t('charts.scoreSuffix')}`}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.period}
      rowClassName={(row) => (row.assessed ? undefined : 'row--muted')}
      defaultSort={NEWEST_FIRST}
      name={t('charts.periodsName')}
    />
  );
}
