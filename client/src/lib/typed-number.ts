import type { FormatLocale } from './format';

// Numbers as a person types them into a field and reads them back there, in the screen's
// language: the one parser of the forms, and its inverse.

/**
 * Empty is null (not measured, or the default); text that is not a plain number stays NaN so
 * the schema names it. French also takes a decimal comma (12,5); English does not, as 1,500
 * there would mean fifteen hundred.
 */
export function parseTypedNumber(input: unknown, locale: FormatLocale): number | null {
  if (typeof input === 'number') return input;
  if (typeof input !== 'string' || input.trim() === '') return null;
  const text = locale === 'fr' ? input.trim().replace(',', '.') : input.trim();
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
}

/** A number as it can be typed back into a field (no grouping, no rounding), not a formatted display. */
export function typedNumber(value: number, locale: FormatLocale): string {
  return locale === 'fr' ? String(value).replace('.', ',') : String(value);
}
