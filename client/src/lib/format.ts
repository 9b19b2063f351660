import { KPI_IDS, UNIT_LABELS, type Unit } from '@cpea/shared/catalog';
import { formatPeriod as formatPeriodKey } from '@cpea/shared/periods';

// The one set of formatters for the screen: numbers in English, scores to one decimal (so a
// 69.6 never reads "70" beside "Partially on track"), periods as `2024 Q1`.

export const MISSING = '—';

const integer = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
const score = new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export function formatNumber(value: number | null | undefined): string {
  if (value == null || !Number.isFinite(value)) return MISSING;
  return Number.isInteger(value) ? integer.format(value) : decimal.format(value);
}

export function formatScore(value: number | null | undefined): string {
  if (value == null || !Number.isFinite(value)) return MISSING;
  return score.format(value);
}

/** A value with its unit: `1,204`, `62.5 %`, `3 of 5`. */
export function formatValue(value: number | null | undefined, unit: Unit): string {
  if (value == null || !Number.isFinite(value)) return MISSING;
  switch (unit) {
    case 'count':
      return formatNumber(value);
    case 'percent':
      return `${decimal.format(value)} %`;
    case 'rating_1_5':
      return `${decimal.format(value)} of 5`;
  }
}

export function unitLabel(unit: Unit): string {
  return UNIT_LABELS[unit];
}

export function formatPeriod(period: string | null | undefined): string {
  return period ? formatPeriodKey(period) : MISSING;
}

/** Completeness (share of KPIs scored) as `3/4 KPIs`. */
export function formatCompleteness(completeness: number | null | undefined): string {
  if (completeness == null) return MISSING;
  return `${Math.round(completeness * KPI_IDS.length)}/${KPI_IDS.length} KPIs`;
}

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** An ISO date (`2024-03-31`) as `31 Mar 2024`. */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return MISSING;
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : dateFormat.format(date);
}

/** `post_conflict_reconstruction` as `Post conflict reconstruction`, for enums without a label table. */
export function humanize(id: string): string {
  const words = id.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
