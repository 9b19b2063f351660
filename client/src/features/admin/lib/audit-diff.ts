// An audit entry's before and after, field by field: nested objects (an assessment's values,
// challenges, narrative) are opened into dotted paths; lists are compared whole.

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

/** `displayName` → `Display name`, `values.violent_incidents` → `Values › Violent incidents`. */
export function fieldLabel(path: string): string {
  return path
    .split('.')
    .map((part) => {
      const words = part
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .replace(/_/g, ' ')
        .toLowerCase();
      return words.charAt(0).toUpperCase() + words.slice(1);
    })
    .join(' › ');
}

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const timestampFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  fractionalSecondDigits: 3,
  timeZone: 'UTC',
  timeZoneName: 'short',
});

/** Milliseconds kept: two saves in the same second must still read as different times. */
function formatTimestamp(iso: string): string {
  return timestampFormat.format(new Date(iso));
}

/** A stored value in words: empty text and missing values said so, lists joined. */
export function formatAuditValue(value: unknown): string {
  if (value === undefined) return '(not set)';
  if (value === null) return '(none)';
  if (value === '') return '(empty)';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return value.toLocaleString('en', { maximumFractionDigits: 6 });
  if (typeof value === 'string') return ISO_TIMESTAMP.test(value) ? formatTimestamp(value) : value;
  if (Array.isArray(value)) {
    if (value.length === 0) return '(empty list)';
    return value.every((item) => typeof item !== 'object' || item === null)
      ? value.map((item) => String(item)).join(', ')
      : JSON.stringify(value);
  }
  return JSON.stringify(value);
}
