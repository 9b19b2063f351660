import { Link, useSearchParams } from 'react-router';
import { useQueries } from '@tanstack/react-query';
import type { KpiId } from '@cpea/shared/catalog';
import { DEFAULT_KPI_WEIGHTS, type KpiWeights } from '@cpea/shared/scoring';
import { CheckboxField } from '../../components/form-field';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import { ExportCsvLinks } from '../../features/exports/components/export-csv-links';
import { useHasRole } from '../../features/auth/api/get-me';
import { useMissions } from '../../features/missions/api/get-missions';
import { GettingStarted } from '../../features/missions/components/getting-started';
import { MissionsTable, type OverviewRow } from '../../features/missions/components/missions-table';
import { NotReportedList } from '../../features/missions/components/not-reported-list';
import { AwaitingApprovalList } from '../../features/missions/components/awaiting-approval-list';
import { PortfolioSummary } from '../../features/missions/components/portfolio-summary';
import { OverviewFilters } from '../../features/missions/components/overview-filters';
import { WhatIfWeights } from '../../features/missions/components/what-if-weights';
import {
  awaitingApproval,
  bandCounts,
  filterMissions,
  filterOptions,
  filtersFromSearch,
  latestPortfolioPeriods,
  NO_FILTERS,
  notReportedForLatest,
  searchWithFilters,
} from '../../features/missions/lib/portfolio';
import {
  searchWithWeights,
  weightsFromSearch,
  whatIfRanking,
  type RankInput,
} from '../../features/missions/lib/what-if';
import { missionScoresQueryOptions } from '../../features/trends/api/get-mission-scores';
import { useT } from '../../lib/i18n';
import { useSearchFlag } from '../use-search-flag';
import '../../features/missions/missions.css';

export function OverviewPage() {
  const t = useT();
  const canManage = useHasRole('admin');
  const canEnter = useHasRole('analyst');
  const [searchParams, setSearchParams] = useSearchParams();
  // Approved assessments are ranked; `?unapproved=1` adds drafts and submitted ones, labelled.
  const [includeUnapproved, setIncludeUnapproved] = useSearchFlag('unapproved');
  const missions = useMissions({ includeUnapproved });
  const filters = filtersFromSearch(searchParams);
  const whatIf = weightsFromSearch(searchParams);
  // The first slider move is a step Back can undo; dragging on only updates that step.
  const setWhatIf = (weights: KpiWeights | null) =>
    setSearchParams(searchWithWeights(searchParams, weights), { replace: whatIf != null && weights != null });

  const portfolio = missions.data ?? [];
  const shown = filterMissions(portfolio, filters);
  const scored = shown.filter((mission) => mission.latest != null);
  // Each mission's latest KPI scores, fetched only once a what-if weight moves.
  const scores = useQueries({
    queries: scored.map((mission) => ({ ...missionScoresQueryOptions(mission.id), enabled: whatIf != null })),
  });
  const latestKpis = new Map(
    scored.map((mission, i) => {
      const latest = scores[i]?.data?.periods.findLast((period) => period.period === mission.latest?.period);
      const kpis = latest
        ? (Object.fromEntries(latest.kpis.map((kpi) => [kpi.kpi, kpi.score])) as Partial<Record<KpiId, number | null>>)
        : null;
      return [mission.id, kpis];
    }),
  );
  const inputs: RankInput[] = shown.map((mission) => ({
    id: mission.id,
    acronym: mission.acronym,
    savedOverall: mission.latest?.overall ?? null,
    completeness: mission.latest?.completeness ?? null,
    kpiScores: latestKpis.get(mission.id) ?? null,
  }));
  const ranking = whatIfRanking(inputs, whatIf ?? DEFAULT_KPI_WEIGHTS);
  const byId = new Map(shown.map((mission) => [mission.id, mission]));
  const awaiting = awaitingApproval(shown);
  const notReported = notReportedForLatest(shown);
  const rows: OverviewRow[] = ranking.flatMap((rank) => {
    const mission = byId.get(rank.id);
    if (!mission) return [];
    return [{ mission, rank, pending: whatIf != null && mission.latest != null && latestKpis.get(rank.id) == null }];
  });
  if (!whatIf) {
    rows.sort(
      (a, b) =>
        (a.rank.savedRank ?? Number.POSITIVE_INFINITY) - (b.rank.savedRank ?? Number.POSITIVE_INFINITY) ||
        a.mission.acronym.localeCompare(b.mission.acronym, 'en'),
    );
  }
  const loading = scores.filter((query) => query.isPending && query.fetchStatus !== 'idle').length;
  const failed = scores.filter((query) => query.isError).length;
  const status = !whatIf
    ? ''
    : loading > 0
      ? t('overview.rescoring', { loading, total: scored.length })
      : failed > 0
        ? t('overview.failed', { failed })
        : t('overview.ranked', { total: scored.length });

  return (
    <div className="page">
      <title>{t('overview.title')}</title>
      <div className="page-header">
        <div>
          <h1>{t('overview.heading')}</h1>
          <p className="page-header__lead">{t('overview.lead')}</p>
        </div>
        <div className="page-header__actions">
          {shown.length > 0 ? <ExportCsvLinks missions={shown.map((mission) => mission.id)} /> : null}
          {canManage ? (
            <Link to="/missions/new" className="button button--primary">
              {t('overview.newMission')}
            </Link>
          ) : null}
        </div>
      </div>
      {missions.isPending ? (
        <LoadingState label={t('overview.loading')} />
      ) : missions.isError ? (
        <ErrorState error={missions.error} onRetry={() => void missions.refetch()} />
      ) : portfolio.length === 0 ? (
        <GettingStarted canManage={canManage} canEnter={canEnter} />
      ) : (
        <>
          {portfolio.some((mission) => mission.illustrative) ? (
            <p className="note" role="note">
              <strong>{t('overview.demoStrong')}</strong> {t('overview.demoRest')}
            </p>
          ) : null}
          <OverviewFilters
            filters={filters}
            options={filterOptions(portfolio, filters)}
            shown={shown.length}
            total={portfolio.length}
            onChange={(next) => setSearchParams(searchWithFilters(searchParams, next))}
          />
          <CheckboxField
            id="overview-unapproved"
            label={t('published.includeUnapproved')}
            hint={t('published.includeUnapprovedHint')}
          >
            {(control) => (
              <input
                {...control}
                type="checkbox"
                checked={includeUnapproved}
                onChange={(event) => setIncludeUnapproved(event.target.checked)}
              />
            )}
          </CheckboxField>
          <PortfolioSummary
            missions={shown.length}
            bands={bandCounts(shown)}
            awaiting={awaiting.length}
            notReported={notReported.length}
          />
          <WhatIfWeights
            weights={whatIf ?? DEFAULT_KPI_WEIGHTS}
            active={whatIf != null}
            status={status}
            onChange={(kpi, weight) => setWhatIf({ ...(whatIf ?? DEFAULT_KPI_WEIGHTS), [kpi]: weight })}
            onReset={() => setWhatIf(null)}
          />
          {shown.length === 0 ? (
            <EmptyState title={t('overview.noMatch')}>
              <button
                type="button"
                className="button"
                onClick={() => setSearchParams(searchWithFilters(searchParams, NO_FILTERS))}
              >
                {t('overview.clearFilters')}
              </button>
            </EmptyState>
          ) : (
            <MissionsTable rows={rows} whatIf={whatIf != null} />
          )}
          <AwaitingApprovalList items={awaiting} />
          <NotReportedList items={notReported} latest={latestPortfolioPeriods(portfolio)} />
        </>
      )}
    </div>
  );
}
