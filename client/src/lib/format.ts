import { KPI_IDS, UNIT_LABELS, type Unit } from '@cpea/shared/catalog';
import { alpha2Of } from '@cpea/shared/countries';
import { formatPeriod as formatPeriodKey, parsePeriod } from '@cpea/shared/periods';

// The one set of formatters for the screen, through Intl in the screen's language: scores to
// one decimal (so a 69.6 never reads "70" beside "Partially on track"), periods as `2024 Q1`
// (French `T1 2024`). The locale provider sets the language before anything re-renders in it.

export type FormatLocale = 'en' | 'fr';

export const MISSING = '—';

function formatters(locale: FormatLocale, units: Record<Unit, string>) {
  return {
    locale,
    units,
    integer: new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }),
    decimal: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }),
    score: new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    formula: new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }),
    date: new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }),
    month: new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }),
    country: new Intl.DisplayNames(locale, { type: 'region', fallback: 'none' }),
  };
}

let current = formatters('en', UNIT_LABELS);

/** Called by the locale provider with the language and its unit labels from the catalog translation. */
export function setFormatLocale(locale: FormatLocale, units: Record<Unit, string>): void {
  if (current.locale !== locale) current = formatters(locale, units);
}

export function formatLocale(): FormatLocale {
  return current.locale;
}

/** A number as it appears inside a formula or beside a weight: up to two decimals, a true minus sign. */
export function formulaNumber(x: number): string {
  return current.formula.format(x).replace('-', '−');
}

/** A country's name in the screen's language from its ISO 3166-1 alpha-3 code; the code when unknown. */
export function formatCountry(alpha3: string): string {
  const alpha2 = alpha2Of(alpha3);
  return (alpha2 && current.country.of(alpha2)) ?? alpha3;
}

export function formatNumber(value: number | null | undefined): string {
  if (value == null || !Number.isFinite(value)) return MISSING;
  return Number.isInteger(value) ? current.integer.format(value) : current.decimal.format(value);
}

export function formatScore(value: number | null | undefined): string {
  if (value == null || !Number.isFinite(value)) return MISSING;
  return current.score.format(value);
}

/** A value with its unit: `1,204`, `62.5 %`, `3 of 5` (French `1 204`, `62,5 %`, `3 sur 5`). */
export function formatValue(value: number | null | undefined, unit: Unit): string {
  if (value == null || !Number.isFinite(value)) return MISSING;
  switch (unit) {
    case 'count':
      return formatNumber(value);
    case 'percent':
      return `${current.decimal.format(value)} %`;
    case 'rating_1_5':
      return `${current.decimal.format(value)} ${current.locale === 'fr' ? 'sur' : 'of'} 5`;
    case 'number':
      return current.decimal.format(value);
  }
}

export function unitLabel(unit: Unit): string {
  return current.units[unit];
}

export function formatPeriod(period: string | null | undefined): string {
  if (!period) return MISSING;
  if (current.locale === 'en') return formatPeriodKey(period);
  const parsed = parsePeriod(period);
  if (!parsed) return period;
  return parsed.type === 'quarter'
    ? `T${parsed.index} ${parsed.year}`
    : current.month.format(new Date(Date.UTC(parsed.year, parsed.index - 1, 1)));
}

/** Completeness (share of KPIs scored) as `3/4 KPIs`. */
export function formatCompleteness(completeness: number | null | undefined): string {
  if (completeness == null) return MISSING;
  return `${Math.round(completeness * KPI_IDS.length)}/${KPI_IDS.length} ${current.locale === 'fr' ? 'KPI' : 'KPIs'}`;
}

/** An ISO date (`2024-03-31`) as `31 Mar 2024` (French `31 mars 2024`). */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return MISSING;
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : current.date.format(date);
}

/** `post_conflict_reconstruction` as `Post conflict reconstruction`, for enums without a label table. */
export function humanize(id: string): string {
  const words = id.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
