import { Link } from 'react-router';
import { MISSION_TYPE_LABELS } from '@cpea/shared/mission';
import { periodRange } from '@cpea/shared/periods';
import type { MissionSummary } from '@cpea/shared/portfolio';
import type { Band } from '@cpea/shared/scoring';
import { BandBadge } from '../../../components/band-badge';
import { DataTable, type Column } from '../../../components/data-table';
import { Sparkline } from '../../../components/sparkline';
import { TrendLabel } from '../../../components/trend-label';
import { MISSING, formatCompleteness, formatPeriod, formatScore } from '../../../lib/format';
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
  const direction = change == null || change === 0 ? 'same' : change > 0 ? 'up' : 'down';
  return <span className={`rank-change rank-change--${direction}`}>{describeRankChange(change)}</span>;
}

function ScoreWithBand({ score, band }: { score: number | null; band: Band | null }) {
  return (
    <span className="score-band">
      <span className="score-band__number">{formatScore(score)}</span>
      <BandBadge band={band} />
    </span>
  );
}

function columns(whatIf: boolean): Column<OverviewRow>[] {
  const mission: Column<OverviewRow> = {
    key: 'mission',
    header: 'Mission',
    rowHeader: true,
    cell: ({ mission }) => (
      <Link to={`/missions/${mission.id}`} className="mission-link">
        <span className="mission-link__acronym">{mission.acronym}</span>{' '}
        <span className="mission-link__name">{mission.name}</span>
      </Link>
    ),
  };
  const scores: Column<OverviewRow>[] = whatIf
    ? [
        {
          key: 'rank',
          header: 'What-if rank',
          numeric: true,
          cell: ({ rank, pending }) => (pending ? '…' : (rank.whatIfRank ?? MISSING)),
        },
        {
          key: 'change',
          header: 'Change vs saved',
          nowrap: true,
          cell: ({ rank, pending }) => (pending ? 'Loading' : <RankChange change={rank.rankChange} />),
        },
        {
          key: 'what-if',
          header: 'What-if score',
          cell: ({ rank, pending, mission }) =>
            pending ? (
              'Loading'
            ) : mission.latest ? (
              <ScoreWithBand score={rank.whatIfOverall} band={rank.whatIfBand} />
            ) : (
              MISSING
            ),
        },
        {
          key: 'overall',
          header: 'Saved score',
          cell: ({ mission }) =>
            mission.latest ? <ScoreWithBand score={mission.latest.overall} band={mission.latest.band} /> : MISSING,
        },
      ]
    : [
        { key: 'rank', header: 'Rank', numeric: true, cell: ({ rank }) => rank.savedRank ?? MISSING },
        {
          key: 'overall',
          header: 'Overall score',
          numeric: true,
          cell: ({ mission }) => formatScore(mission.latest?.overall),
        },
        {
          key: 'band',
          header: 'Band',
          cell: ({ mission }) => (mission.latest ? <BandBadge band={mission.latest.band} /> : MISSING),
        },
      ];
  return [
    mission,
    ...scores,
    { key: 'trend', header: 'Trend', nowrap: true, cell: ({ mission }) => <TrendLabel trend={mission.trend} /> },
    {
      key: 'history',
      header: 'History',
      cell: ({ mission }) =>
        mission.sparkline.some((p) => p.overall != null) ? <Sparkline points={sparklinePoints(mission)} /> : MISSING,
    },
    {
      key: 'completeness',
      header: 'Completeness',
      numeric: true,
      cell: ({ mission }) => formatCompleteness(mission.latest?.completeness),
    },
    {
      key: 'period',
      header: 'Latest period',
      nowrap: true,
      cell: ({ mission }) => formatPeriod(mission.latestPeriod),
    },
    {
      key: 'country',
      header: 'Country',
      cell: ({ mission }) => <abbr title="ISO 3166-1 alpha-3">{mission.country}</abbr>,
    },
    { key: 'type', header: 'Type', cell: ({ mission }) => MISSION_TYPE_LABELS[mission.missionType] },
    { key: 'lead', header: 'Lead organisation', cell: ({ mission }) => mission.leadOrganisation },
  ];
}

/** The portfolio ranked by latest overall score, or by the what-if score while what-if weights are set. */
export function MissionsTable({ rows, whatIf }: { rows: readonly OverviewRow[]; whatIf: boolean }) {
  return (
    <DataTable
      caption={
        whatIf
          ? 'Missions and their latest assessed period, ranked by the what-if score'
          : 'Missions and their latest assessed period, ranked by overall score'
      }
      columns={columns(whatIf)}
      rows={rows}
      rowKey={(row) => row.mission.id}
    />
  );
}
