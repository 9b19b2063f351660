import { Link } from 'react-router';
import { periodRange } from '@cpea/shared/periods';
import type { MissionSummary } from '@cpea/shared/portfolio';
import { BANDS, TRENDS, type Band } from '@cpea/shared/scoring';
import { BandBadge } from '../../../components/band-badge';
import { DataTable, type Column } from '../../../components/data-table';
import { Sparkline } from '../../../components/sparkline';
import { TrendLabel } from '../../../components/trend-label';
import { MISSING, formatCompleteness, formatCountry, formatPeriod, formatScore } from '../../../lib/format';
import { useCatalogText, useMissionName, useT, type Translate } from '../../../lib/i18n';
import type { CatalogText } from '@cpea/shared/i18n/catalog-text';
import type { Mission } from '@cpea/shared/mission';
import { describeRankChange, type RankedMission } from '../lib/what-if';

/** Every period from the first to the last assessed, so unassessed ones show as gaps. */
function sparklinePoints(summary: MissionSummary) {
  const byPeriod = new Map(summary.sparkline.map((point) => [point.period, point.overall]));
  if (summary.sparkline.length === 0) return [];
  const periods = periodRange(summary.sparkline[0].period, summary.sparkline[summary.sparkline.length - 1].period);
  return periods.map((period) => ({ period, value: byPeriod.get(period) ?? null }));
}

export interface OverviewRow {
  mission: MissionSummary;
  rank: RankedMission;
  /** The what-if score is still loading. */
  pending: boolean;
}

function RankChange({ change }: { change: number | null }) {
  const t = useT();
  const direction = change == null || change === 0 ? 'same' : change > 0 ? 'up' : 'down';
  return <span className={`rank-change rank-change--${direction}`}>{describeRankChange(change, t)}</span>;
}

function ScoreWithBand({
  score,
  band,
  completeness,
}: {
  score: number | null;
  band: Band | null;
  completeness: number;
}) {
  return (
    <span className="score-band">
      <span className="score-band__number">{formatScore(score)}</span>
      <BandBadge band={band} completeness={completeness} />
    </span>
  );
}

function columns(
  whatIf: boolean,
  t: Translate,
  catalog: CatalogText,
  missionName: (mission: Mission) => string,
): Column<OverviewRow>[] {
  const mission: Column<OverviewRow> = {
    key: 'mission',
    header: t('table.mission'),
    rowHeader: true,
    sortValue: ({ mission }) => mission.acronym,
    filterText: ({ mission }) => `${mission.acronym} ${mission.name}`,
    cell: ({ mission }) => (
      <Link to={`/missions/${mission.id}`} className="mission-link">
        <span className="mission-link__acronym">{mission.acronym}</span>{' '}
        <span className="mission-link__name">{missionName(mission)}</span>
      </Link>
    ),
  };
  const scores: Column<OverviewRow>[] = whatIf
    ? [
        {
          key: 'rank',
          header: t('table.whatIfRank'),
          numeric: true,
          sortValue: ({ rank }) => rank.whatIfRank,
          cell: ({ rank, pending }) => (pending ? '…' : (rank.whatIfRank ?? MISSING)),
        },
        {
          key: 'change',
          header: t('table.change'),
          sortValue: ({ rank }) => rank.rankChange,
          firstSort: 'descending',
          cell: ({ rank, pending }) => (pending ? t('table.loading') : <RankChange change={rank.rankChange} />),
        },
        {
          key: 'what-if',
          header: t('table.whatIfScore'),
          sortValue: ({ rank }) => rank.whatIfOverall,
          firstSort: 'descending',
          cell: ({ rank, pending, mission }) =>
            pending ? (
              t('table.loading')
            ) : mission.latest ? (
              <ScoreWithBand
                score={rank.whatIfOverall}
                band={rank.whatIfBand}
                completeness={mission.latest.completeness}
              />
            ) : (
              MISSING
            ),
        },
        {
          key: 'overall',
          header: t('table.savedScore'),
          sortValue: ({ mission }) => mission.latest?.overall,
          firstSort: 'descending',
          cell: ({ mission }) =>
            mission.latest ? (
              <ScoreWithBand
                score={mission.latest.overall}
                band={mission.latest.band}
                completeness={mission.latest.completeness}
              />
            ) : (
              MISSING
            ),
        },
      ]
    : [
        {
          key: 'rank',
          header: t('table.rank'),
          numeric: true,
          sortValue: ({ rank }) => rank.savedRank,
          cell: ({ rank }) => rank.savedRank ?? MISSING,
        },
        {
          key: 'overall',
          header: t('table.overall'),
          numeric: true,
          sortValue: ({ mission }) => mission.latest?.overall,
          firstSort: 'descending',
          cell: ({ mission }) => formatScore(mission.latest?.overall),
        },
        {
          key: 'band',
          header: t('table.band'),
          sortValue: ({ mission }) => (mission.latest?.band ? BANDS.indexOf(mission.latest.band) : null),
          filterText: ({ mission }) => (mission.latest?.band ? catalog.bands[mission.latest.band] : ''),
          firstSort: 'descending',
          cell: ({ mission }) =>
            mission.latest ? (
              <BandBadge band={mission.latest.band} completeness={mission.latest.completeness} />
            ) : (
              MISSING
            ),
        },
      ];
  return [
    mission,
    ...scores,
    {
      key: 'trend',
      header: t('table.trend'),
      sortValue: ({ mission }) => TRENDS.indexOf(mission.trend),
      filterText: ({ mission }) => catalog.trends[mission.trend],
      cell: ({ mission }) => <TrendLabel trend={mission.trend} />,
    },
    // The what-if columns leave no room at a laptop's width for the saved scores' history.
    ...(whatIf
      ? []
      : [
          {
            key: 'history',
            header: t('table.history'),
            cell: ({ mission }: OverviewRow) =>
              mission.sparkline.some((p) => p.overall != null) ? (
                <Sparkline points={sparklinePoints(mission)} />
              ) : (
                MISSING
              ),
          },
        ]),
    {
      key: 'completeness',
      header: t('table.completeness'),
      numeric: true,
      sortValue: ({ mission }) => mission.latest?.completeness,
      firstSort: 'descending',
      cell: ({ mission }) => formatCompleteness(mission.latest?.completeness),
    },
    {
      key: 'period',
      header: t('table.latestPeriod'),
      sortValue: ({ mission }) => mission.latestPeriod,
      firstSort: 'descending',
      cell: ({ mission }) => (
        <>
          <span className="nowrap">{formatPeriod(mission.latestPeriod)}</span>
          {mission.latest && mission.latest.status !== 'approved'
            ? ` · ${t(`mission.status.${mission.latest.status}`)}`
            : null}
        </>
      ),
    },
    {
      key: 'country',
      header: t('table.country'),
      sortValue: ({ mission }) => formatCountry(mission.country),
      filterText: ({ mission }) => `${mission.country} ${formatCountry(mission.country)}`,
      cell: ({ mission }) => <abbr title={formatCountry(mission.country)}>{mission.country}</abbr>,
    },
    {
      key: 'type',
      header: t('table.type'),
      sortValue: ({ mission }) => catalog.missionTypes[mission.missionType],
      cell: ({ mission }) => catalog.missionTypes[mission.missionType],
    },
    {
      key: 'lead',
      header: t('table.lead'),
      sortValue: ({ mission }) => catalog.organisations[mission.leadOrganisation],
      cell: ({ mission }) => catalog.organisations[mission.leadOrganisation],
    },
  ];
}

/** The portfolio ranked by latest overall score, or by the what-if score while what-if weights are set. */
export function MissionsTable({ rows, whatIf }: { rows: readonly OverviewRow[]; whatIf: boolean }) {
  const t = useT();
  const catalog = useCatalogText();
  const missionName = useMissionName();
  return (
    <DataTable
      caption={whatIf ? t('table.captionWhatIf') : t('table.captionSaved')}
      columns={columns(whatIf, t, catalog, missionName)}
      rows={rows}
      rowKey={(row) => row.mission.id}
      urlState=""
      name={t('table.missions')}
    />
  );
}
