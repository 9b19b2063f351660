import { Link } from 'react-router';
import { MISSION_TYPE_LABELS } from '@cpea/shared/mission';
import { periodRange } from '@cpea/shared/periods';
import type { MissionSummary } from '@cpea/shared/portfolio';
import { BandBadge } from '../../../components/band-badge';
import { DataTable, type Column } from '../../../components/data-table';
import { Sparkline } from '../../../components/sparkline';
import { TrendLabel } from '../../../components/trend-label';
import { MISSING, formatCompleteness, formatPeriod, formatScore } from '../../../lib/format';

/** Every period from the first to the last assessed, so unassessed ones show as gaps. */
function sparklinePoints(summary: MissionSummary) {
  const byPeriod = new Map(summary.sparkline.map((point) => [point.period, point.overall]));
  if (summary.sparkline.length === 0) return [];
  const periods = periodRange(summary.sparkline[0].period, summary.sparkline[summary.sparkline.length - 1].period);
  return periods.map((period) => ({ period, value: byPeriod.get(period) ?? null }));
}

const columns: Column<MissionSummary>[] = [
  {
    key: 'mission',
    header: 'Mission',
    rowHeader: true,
    cell: (mission) => (
      <Link to={`/missions/${mission.id}`} className="mission-link">
        <span className="mission-link__acronym">{mission.acronym}</span>{' '}
        <span className="mission-link__name">{mission.name}</span>
      </Link>
    ),
  },
  { key: 'country', header: 'Country', cell: (mission) => <abbr title="ISO 3166-1 alpha-3">{mission.country}</abbr> },
  { key: 'type', header: 'Type', cell: (mission) => MISSION_TYPE_LABELS[mission.missionType] },
  { key: 'lead', header: 'Lead organisation', cell: (mission) => mission.leadOrganisation },
  { key: 'period', header: 'Latest period', nowrap: true, cell: (mission) => formatPeriod(mission.latestPeriod) },
  { key: 'overall', header: 'Overall score', numeric: true, cell: (mission) => formatScore(mission.latest?.overall) },
  {
    key: 'band',
    header: 'Band',
    cell: (mission) => (mission.latest ? <BandBadge band={mission.latest.band} /> : MISSING),
  },
  {
    key: 'completeness',
    header: 'Completeness',
    numeric: true,
    cell: (mission) => formatCompleteness(mission.latest?.completeness),
  },
  { key: 'trend', header: 'Trend', nowrap: true, cell: (mission) => <TrendLabel trend={mission.trend} /> },
  {
    key: 'history',
    header: 'History',
    cell: (mission) =>
      mission.sparkline.some((p) => p.overall != null) ? <Sparkline points={sparklinePoints(mission)} /> : MISSING,
  },
];

export function MissionsTable({ missions }: { missions: readonly MissionSummary[] }) {
  // Sorted by acronym, the name people scan for.
  const ordered = [...missions].sort((a, b) => a.acronym.localeCompare(b.acronym, 'en'));
  return (
    <DataTable
      caption="Missions and their latest assessed period"
      columns={columns}
      rows={ordered}
      rowKey={(m) => m.id}
    />
  );
}
