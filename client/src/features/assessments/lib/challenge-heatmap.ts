import type { Assessment } from '@cpea/shared/assessment';
import { CHALLENGES, type Challenge } from '@cpea/shared/catalog';
import type { CatalogText } from '@cpea/shared/i18n/catalog-text';
import { comparePeriods, periodRange } from '@cpea/shared/periods';
import type { HeatMapData } from '../../../components/heat-map-export';
import { MISSING, formatPeriod } from '../../../lib/format';
import type { Translate } from '../../../lib/i18n';

export interface HeatmapCell {
  period: string;
  /** 0–4, or null when not rated (or the period has no assessment). */
  severity: number | null;
  note: string;
}

export interface HeatmapRow {
  challenge: Challenge;
  cells: HeatmapCell[];
}

export interface ChallengeHeatmap {
  periods: { period: string; label: string; assessed: boolean }[];
  rows: HeatmapRow[];
}

/**
 * Challenge categories × periods, from the first assessed period to the last with every period
 * between (an unassessed period is a column of "not rated", never of zeros), categories in
 * catalog order.
 */
export function buildChallengeHeatmap(assessments: readonly Assessment[]): ChallengeHeatmap {
  if (assessments.length === 0) return { periods: [], rows: [] };
  const ordered = [...assessments].sort((a, b) => comparePeriods(a.period, b.period));
  const byPeriod = new Map(ordered.map((assessment) => [assessment.period, assessment]));
  const range = periodRange(ordered[0].period, ordered[ordered.length - 1].period);
  return {
    periods: range.map((period) => ({ period, label: formatPeriod(period), assessed: byPeriod.has(period) })),
    rows: CHALLENGES.map((challenge) => ({
      challenge,
      cells: range.map((period) => {
        const rating = byPeriod.get(period)?.challenges[challenge.id];
        return { period, severity: rating?.severity ?? null, note: rating?.note ?? '' };
      }),
    })),
  };
}

/** The heat-map as the shared HeatMap draws it: the severity (0–4) as a number, the note as a tooltip. */
export function challengeHeatMapData(heatmap: ChallengeHeatmap, t: Translate, catalog: CatalogText): HeatMapData {
  const severityLabel = (severity: number | null) =>
    severity == null ? t('charts.notRated') : (catalog.severities[severity] ?? String(severity));
  return {
    columns: heatmap.periods.map((period) => ({
      key: period.period,
      label: period.label,
      lines: period.label.split(' '),
      muted: !period.assessed,
      note: period.assessed ? undefined : t('charts.notAssessed'),
    })),
    rows: heatmap.rows.map((row) => ({
      key: row.challenge.id,
      name: catalog.challenges[row.challenge.id].name,
      cells: row.cells.map((cell) => ({
        key: cell.period,
        severity: cell.severity,
        text: cell.severity == null ? MISSING : String(cell.severity),
        spoken: severityLabel(cell.severity),
        title: cell.note ? `${severityLabel(cell.severity)}: ${cell.note}` : severityLabel(cell.severity),
      })),
    })),
  };
}
