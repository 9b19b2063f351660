import { Link } from 'react-router';
import { periodRange } from '@cpea/shared/periods';
import type { MissionSummary } from '@cpea/shared/portfolio';
import type { Band } from '@cpea/shared/scoring';
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
          cell: ({ rank, pending }) => (pending ? '…' : (rank.whatIfRank ?? MISSING)),
        },
        {
          key: 'change',
          header: t('table.change'),
          nowrap: true,
          cell: ({ rank, pending }) => (pending ? t('table.loading') : <RankChange change={rank.rankChange} />),
        },
        {
          key: 'what-if',
          header: t('table.whatIfScore'),
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
        { key: 'rank', header: t('table.rank'), numeric: true, cell: ({ rank }) => rank.savedRank ?? MISSING },
        {
          key: 'overall',
          header: t('table.overall'),
          numeric: true,
          cell: ({ mission }) => formatScore(mission.latest?.overall),
        },
        {
          key: 'band',
          header: t('table.band'),
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
      nowrap: true,
      cell: ({ mission }) => <TrendLabel trend={mission.trend} />,
    },
    {
      key: 'history',
      header: t('table.history'),
      cell: ({ mission }) =>
        mission.sparkline.some((p) => p.overall != null) ? <Sparkline points={sparklinePoints(mission)} /> : MISSING,
    },
    {
      key: 'completeness',
      header: t('table.completeness'),
      numeric: true,
      cell: ({ mission }) => formatCompleteness(mission.latest?.completeness),
    },
    {
      key: 'period',
      header: t('table.latestPeriod'),
      nowrap: true,
      cell: ({ mission }) =>
        mission.latest && mission.latest.status !== 'approved'
          ? `${formatPeriod(mission.latestPeriod)} · ${t(`mission.status.${mission.latest.status}`)}`
          : formatPeriod(mission.latestPeriod),
    },
    {
      key: 'country',
      header: t('table.country'),
      cell: ({ mission }) => <abbr title={formatCountry(mission.country)}>{mission.country}</abbr>,
    },
    { key: 'type', header: t('table.type'), cell: ({ mission }) => catalog.missionTypes[mission.missionType] },
    { key: 'lead', header: t('table.lead'), cell: ({ mission }) => catalog.organisations[mission.leadOrganisation] },
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
    />
  );
}
