import { auditQuerySchema } from '@cpea/shared/audit';
import type { Translate } from '../../../lib/i18n';
import type { AuditFilters } from '../api/get-audit';

export const AUDIT_FILTER_FIELDS = ['entity', 'id', 'mission', 'user', 'from', 'to'] as const;
export type AuditFilterField = (typeof AUDIT_FILTER_FIELDS)[number];
/** The filters as a form and the address bar hold them: text, empty when not set. */
export type AuditFilterValues = Record<AuditFilterField, string>;

/** Entries on one page of the trail; older ones are a page further on. */
export const AUDIT_PAGE_SIZE = 50;

export function filterValuesFromSearch(search: URLSearchParams): AuditFilterValues {
  return Object.fromEntries(
    AUDIT_FILTER_FIELDS.map((field) => [field, search.get(field)?.trim() ?? '']),
  ) as AuditFilterValues;
}

export type ParsedAuditFilters =
  { ok: true; filters: AuditFilters } | { ok: false; errors: Partial<Record<AuditFilterField, string>> };

/**
 * Checks the filters with the server's own query schema, and that from is not after to. The
 * schema's own messages stay in English, for the screen to translate like any API message.
 */
export function parseAuditFilters(values: AuditFilterValues, t: Translate): ParsedAuditFilters {
  const present = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== ''));
  const parsed = auditQuerySchema.safeParse(present);
  const errors: Partial<Record<AuditFilterField, string>> = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0]) as AuditFilterField;
      if (!(AUDIT_FILTER_FIELDS as readonly string[]).includes(field) || errors[field]) continue;
      errors[field] = field === 'from' || field === 'to' ? issue.message : t('audit.wholeNumber');
    }
  }
  if (values.from && values.to && !errors.from && !errors.to && values.from > values.to) {
    errors.to = t('audit.toBeforeFrom');
  }
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  const { entity, id, mission, user, from, to } = parsed.data;
  return { ok: true, filters: { entity, id, mission, user, from, to } };
}
