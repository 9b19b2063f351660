import type { GedMissionReport, GedPeriodChange } from '@cpea/shared/imports';
import { GED_INDICATORS, type GedIndicatorId } from '@cpea/shared/ucdp';

// A mission's periods in a GED import's report as the table shows them: one row per period the
// import writes or leaves because it is approved or submitted, with each indicator's old → new.

export interface GedPeriodRow {
  period: string;
  action: GedPeriodChange['action'];
  status: GedPeriodChange['status'];
  /** Null for an indicator the file leaves as it is. */
  values: Record<GedIndicatorId, { from: number | null; to: number } | null>;
}

export function gedPeriodRows(mission: GedMissionReport): GedPeriodRow[] {
  return mission.periods.map(({ period, action, status, changes }) => {
    const byIndicator = new Map(changes.map((change) => [change.indicator, change]));
    const values = Object.fromEntries(
      GED_INDICATORS.map((indicator) => {
        const change = byIndicator.get(indicator);
        return [indicator, change ? { from: change.from, to: change.to } : null];
      }),
    ) as GedPeriodRow['values'];
    return { period, action, status, values };
  });
}
