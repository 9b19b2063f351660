// An audit entry's before and after, field by field: nested objects (an assessment's values,
// challenges, narrative) are opened into dotted paths; lists are compared whole.

import type { CatalogText } from '@cpea/shared/i18n/catalog-text';
import { formatLocale, humanize } from '../../../lib/format';
import type { Translate } from '../../../lib/i18n';
import { audit } from '../../../locales/en/audit';
import { formatAuditTime } from './audit-labels';

export type FieldChangeKind = 'added' | 'removed' | 'changed' | 'unchanged';

export interface FieldChange {
  /** `role`, `values.violent_incidents`, `challenges.resources.severity` */
  path: string;
  before: unknown;
  after: unknown;
  change: FieldChangeKind;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Leaf values by dotted path; a value that is not an object is one field named `value`. */
export function flattenRecord(value: unknown, prefix = ''): Map<string, unknown> {
  const fields = new Map<string, unknown>();
  if (value === null || value === undefined) return fields;
  if (!isRecord(value)) {
    fields.set(prefix || 'value', value);
    return fields;
  }
  const entries = Object.entries(value);
  if (entries.length === 0 && prefix) fields.set(prefix, value);
  for (const [key, child] of entries) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (isRecord(child) && Object.keys(child).length > 0) {
      for (const [childPath, leaf] of flattenRecord(child, path)) fields.set(childPath, leaf);
    } else fields.set(path, child);
  }
  return fields;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Every field of before and after with what happened to it, in the order the record lists its
 * fields (after's order, then any field only before had).
 */
export function diffRecords(before: unknown, after: unknown): FieldChange[] {
  const old = flattenRecord(before);
  const next = flattenRecord(after);
  const paths = [...next.keys(), ...[...old.keys()].filter((path) => !next.has(path))];
  return paths.map((path) => {
    const hadBefore = old.has(path) && old.get(path) !== undefined;
    const hasAfter = next.has(path) && next.get(path) !== undefined;
    const change: FieldChangeKind = !hadBefore
      ? 'added'
      : !hasAfter
        ? 'removed'
        : sameValue(old.get(path), next.get(path))
          ? 'unchanged'
          : 'changed';
    return { path, before: old.get(path), after: next.get(path), change };
  });
}

function isKey<T extends object>(record: T, key: string): key is Extract<keyof T, string> {
  return Object.hasOwn(record, key);
}

/**
 * `displayName` → `Display name`, `values.violent_incidents` → `Values › Violent incidents`:
 * catalog ids by their catalog name, known fields by their label, any other by its name.
 */
export function fieldLabel(path: string, t: Translate, catalog: CatalogText): string {
  return path
    .split('.')
    .map((part) => {
      const indicator = catalog.indicators[part];
      if (indicator) return indicator.name;
      if (isKey(catalog.challenges, part)) return catalog.challenges[part].name;
      if (isKey(catalog.kpis, part)) return catalog.kpis[part].name;
      if (isKey(audit.fields, part)) return t(`audit.fields.${part}`);
      return humanize(part.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase());
    })
    .join(' › ');
}

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** A stored value in words: empty text and missing values said so, lists joined. */
export function formatAuditValue(value: unknown, t: Translate): string {
  if (value === undefined) return t('audit.notSet');
  if (value === null) return t('audit.none');
  if (value === '') return t('audit.empty');
  if (typeof value === 'boolean') return value ? t('audit.yes') : t('audit.no');
  // Every digit stored, not the screen's one decimal: this is the record of what was saved.
  if (typeof value === 'number')
    return new Intl.NumberFormat(formatLocale(), { maximumFractionDigits: 6 }).format(value);
  // Milliseconds kept: two saves in the same second must still read as different times.
  if (typeof value === 'string') return ISO_TIMESTAMP.test(value) ? formatAuditTime(value, true) : value;
  if (Array.isArray(value)) {
    if (value.length === 0) return t('audit.emptyList');
    return value.every((item) => typeof item !== 'object' || item === null)
      ? value.map((item) => String(item)).join(', ')
      : JSON.stringify(value);
  }
  return JSON.stringify(value);
}
