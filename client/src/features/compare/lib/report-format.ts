import { MISSING, formatLocale, type FormatLocale } from '../../../lib/format';
import { NO_CHANGE } from './report-series';

// Formats for the report's own numbers, in the screen's language; scores, periods and
// completeness use lib/format.

function formatters(locale: FormatLocale) {
  return {
    locale,
    signed: new Intl.NumberFormat(locale, {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
      signDisplay: 'exceptZero',
    }),
    points: new Intl.NumberFormat(locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' }),
    rho: new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    severity: new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    timestamp: new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'UTC',
      timeZoneName: 'short',
    }),
  };
}

let current = formatters(formatLocale());

function format() {
  if (current.locale !== formatLocale()) current = formatters(formatLocale());
  return current;
}

/** A difference in score points with its sign: `+3.2`, `-0.4`, `0.0` (noise below 0.05 reads as none). */
export function formatDifference(value: number | null | undefined): string {
  if (value == null || !Number.isFinite(value)) return MISSING;
  return format().signed.format(Math.abs(value) < NO_CHANGE ? 0 : value);
}

/** Whole score points with their sign, for an axis: `+40`, `-20`, `0`. */
export function formatPoints(value: number): string {
  return format().points.format(value);
}

/** Spearman's rho to two decimals: `-0.43`. */
export function formatRho(value: number | null | undefined): string {
  if (value == null || !Number.isFinite(value)) return MISSING;
  return format().rho.format(value);
}

/** A mean severity on 0–4 to one decimal. */
export function formatSeverity(value: number | null | undefined): string {
  if (value == null || !Number.isFinite(value)) return MISSING;
  return format().severity.format(value);
}

/** An ISO timestamp as `3 May 2026, 14:02 UTC` (French `3 mai 2026, 14:02 UTC`). */
export function formatTimestamp(iso: string | null | undefined): string {
  if (!iso) return MISSING;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : format().timestamp.format(date);
}
