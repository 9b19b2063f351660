import type { ErrorIssue } from '@cpea/shared/api-error';
import { comparisonQuerySchema, type ComparisonQuery } from '@cpea/shared/comparison';
import { issuesFromZod } from '@cpea/shared/api-error';
import { normaliseTypedPeriod } from '@cpea/shared/periods';

// The comparison lives in the URL (`?missions=1,2,3&from=2024Q1&to=2024Q4&approvedOnly=0`), so
// a report is shared as a link and back/forward step through the comparisons made. Approved
// assessments only and published scores are the defaults, so the URL names only a departure.

/** What the controls hold; periods as typed, so a half-typed one is not lost. */
export interface ComparisonSelection {
  missions: number[];
  from: string;
  to: string;
  approvedOnly: boolean;
  /** Approved assessments scored again under today's settings instead of their published scores. */
  rescored: boolean;
}

export type SelectionField = 'missions' | 'from' | 'to' | 'approvedOnly' | 'rescored';
export type FieldErrors = Partial<Record<SelectionField, string>> & { other?: string[] };

function missionIdsOf(raw: string | null): number[] {
  if (!raw) return [];
  const ids = raw
    .split(',')
    .map((part) => part.trim())
    .filter((part) => /^[1-9]\d{0,14}$/.test(part))
    .map(Number);
  return [...new Set(ids)].sort((a, b) => a - b);
}

function isOn(raw: string | null, byDefault = false): boolean {
  if (raw === null) return byDefault;
  return raw === '1' || raw === 'true';
}

/** The controls' state read from the URL; anything unreadable is left out (the errors say why). */
export function selectionFromSearch(params: URLSearchParams): ComparisonSelection {
  return {
    missions: missionIdsOf(params.get('missions')),
    from: (params.get('from') ?? '').trim(),
    to: (params.get('to') ?? '').trim(),
    approvedOnly: isOn(params.get('approvedOnly'), true),
    rescored: isOn(params.get('rescored')),
  };
}

/** The query string for a selection: ids in ascending order, so one comparison has one address. */
export function searchFromSelection(selection: ComparisonSelection): string {
  const params = new URLSearchParams();
  const ids = [...new Set(selection.missions)].sort((a, b) => a - b);
  if (ids.length > 0) params.set('missions', ids.join(','));
  const from = normaliseTypedPeriod(selection.from);
  const to = normaliseTypedPeriod(selection.to);
  if (from) params.set('from', from);
  if (to) params.set('to', to);
  if (!selection.approvedOnly) params.set('approvedOnly', '0');
  if (selection.rescored) params.set('rescored', '1');
  // Commas need no escaping in a query string, and `missions=1,2,3` is what people read and type.
  return params.toString().replace(/%2C/gi, ',');
}

export type ParsedSelection = { query: ComparisonQuery; errors: null } | { query: null; errors: FieldErrors };

/** Checks the selection with the schema the server uses, so both refuse the same things in the same words. */
export function parseSelection(selection: ComparisonSelection): ParsedSelection {
  const result = comparisonQuerySchema.safeParse({
    missions: selection.missions.join(','),
    from: normaliseTypedPeriod(selection.from) || undefined,
    to: normaliseTypedPeriod(selection.to) || undefined,
    approvedOnly: selection.approvedOnly,
    rescored: selection.rescored,
  });
  if (result.success) return { query: result.data, errors: null };
  return { query: null, errors: fieldErrors(issuesFromZod(result.error)) };
}

/**
 * The comparison the URL asks for: null with no errors when it asks for none yet (no missions
 * parameter), null with errors when what it asks for cannot be compared.
 */
export function parseSearch(params: URLSearchParams): ParsedSelection | { query: null; errors: null } {
  if (!params.has('missions')) return { query: null, errors: null };
  const raw = params.get('missions') ?? '';
  const result = comparisonQuerySchema.safeParse({
    missions: raw,
    from: normaliseTypedPeriod(params.get('from') ?? '') || undefined,
    to: normaliseTypedPeriod(params.get('to') ?? '') || undefined,
    approvedOnly: isOn(params.get('approvedOnly'), true),
    rescored: isOn(params.get('rescored')),
  });
  if (result.success) return { query: result.data, errors: null };
  return { query: null, errors: fieldErrors(issuesFromZod(result.error)) };
}

/** API or schema issues keyed by the control they belong to; the first message per control wins. */
export function fieldErrors(issues: readonly ErrorIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = issue.path.split('.')[0];
    if (
      field === 'missions' ||
      field === 'from' ||
      field === 'to' ||
      field === 'approvedOnly' ||
      field === 'rescored'
    ) {
      errors[field] ??= issue.message;
    } else {
      (errors.other ??= []).push(issue.message);
    }
  }
  return errors;
}
