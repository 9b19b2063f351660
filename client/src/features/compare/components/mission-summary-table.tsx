import { Link } from 'react-router';
import type { ComparisonMissionSummary } from '@cpea/shared/comparison';
import { FLAG_LABELS } from '@cpea/shared/scoring';
import { BandBadge } from '../../../components/band-badge';
import { DataTable, type Column } from '../../../components/data-table';
import { TrendLabel } from '../../../components/trend-label';
import { MISSING, formatCompleteness, formatPeriod, formatScore } from '../../../lib/format';
import type { MissionStyle } from '../lib/mission-colours';
import { MissionSwatch } from './mission-swatch';

export const SUMMARY_TITLE = 'Mission summary';

function notes(mission: ComparisonMissionSummary): string[] {
  return [
    mission.illustrative ? 'Illustrative demo data' : null,
    mission.usesUcdp ? 'Violence counts from UCDP GED 23.1' : null,
    mission.archived ? 'Archived' : null,
    ...(mission.latest?.flags ?? []).map((flag) => `Latest: ${FLAG_LABELS[flag].toLowerCase()}`),
  ].filter((note): note is string => note != null);
}

function periodsCovered({ periodsCovered: p }: ComparisonMissionSummary) {
  if (p.count === 0 || !p.first || !p.last) return 'None';
  const span = p.first === p.last ? formatPeriod(p.first) : `${formatPeriod(p.first)} – ${formatPeriod(p.last)}`;
  return (
    <>
      {p.count} <span className="muted nowrap">({span})</span>
    </>
  );
}

/** One row per mission: where it stands now, on average over the range, and which way it is going. */
export function MissionSummaryTable({
  missions,
  styles,
}: {
  missions: readonly ComparisonMissionSummary[];
  styles: Map<number, MissionStyle>;
}) {
  const columns: Column<ComparisonMissionSummary>[] = [
    {
      key: 'mission',
      header: 'Mission',
      rowHeader: true,
      cell: (mission) => {
        const style = styles.get(mission.missionId);
        return (
          <span className="summary-mission">
            {style ? <MissionSwatch style={style} /> : null}
            <Link to={`/missions/${mission.missionId}`} className="mission-link">
              <span className="mission-link__acronym">{mission.acronym}</span>{' '}
              <span className="mission-link__name">{mission.name}</span>
            </Link>
          </span>
        );
      },
    },
    { key: 'latestPeriod', header: 'Latest period', nowrap: true, cell: (m) => formatPeriod(m.latest?.period) },
    { key: 'latest', header: 'Latest overall', numeric: true, cell: (m) => formatScore(m.latest?.overall) },
    { key: 'band', header: 'Band', cell: (m) => (m.latest ? <BandBadge band={m.latest.band} /> : MISSING) },
    { key: 'mean', header: 'Mean overall', numeric: true, cell: (m) => formatScore(m.mean.overall) },
    { key: 'trend', header: 'Trend', nowrap: true, cell: (m) => <TrendLabel trend={m.trend.trend} /> },
    {
      key: 'completeness',
      // A soft hyphen lets the long word break in a narrow (printed) table.
      header: 'Complete\u00ADness (mean)',
      numeric: true,
      cell: (m) => formatCompleteness(m.completeness),
    },
    { key: 'periods', header: 'Periods covered', cell: periodsCovered },
    {
      key: 'notes',
      header: 'Notes',
      cell: (mission) => {
        const list = notes(mission);
        return list.length === 0 ? (
          MISSING
        ) : (
          <ul className="flag-list summary-notes">
            {list.map((note) => (
              <li key={note} className="flag">
                {note}
              </li>
            ))}
          </ul>
        );
      },
    },
  ];
  return (
    <DataTable
      caption={`${SUMMARY_TITLE}: latest and mean overall effectiveness (score 0–100)`}
      captionHidden
      columns={columns}
      rows={missions}
      rowKey={(mission) => mission.missionId}
      className="summary-table"
    />
  );
}
