import { MISSING } from '../../../lib/format';
import { NO_CHANGE } from './report-series';

// Formats for the report's own numbers; scores, periods and completeness use lib/format.

const signed = new Intl.NumberFormat('en', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
  signDisplay: 'exceptZero',
});
const rho = new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const severity = new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A difference in score points with its sign: `+3.2`, `-0.4`, `0.0` (noise below 0.05 reads as none). */
export function formatDifference(value: number | null | undefined): string {
  if (value == null || !Number.isFinite(value)) return MISSING;
  return signed.format(Math.abs(value) < NO_CHANGE ? 0 : value);
}

/** Spearman's rho to two decimals: `-0.43`. */
export function formatRho(value: number | null | undefined): string {
  if (value == null || !Number.isFinite(value)) return MISSING;
  return rho.format(value);
}

/** A mean severity on 0–4 to one decimal. */
export function formatSeverity(value: number | null | undefined): string {
  if (value == null || !Number.isFinite(value)) return MISSING;
  return severity.format(value);
}

const timestamp = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
  timeZoneName: 'short',
});

/** An ISO timestamp as `3 May 2026, 14:02 UTC`. */
export function formatTimestamp(iso: string | null | undefined): string {
  if (!iso) return MISSING;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : timestamp.format(date);
}
