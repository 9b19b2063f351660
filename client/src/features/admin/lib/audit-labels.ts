import { audit } from '../../../locales/en/audit';
import { formatLocale, humanize } from '../../../lib/format';
import type { Translate } from '../../../lib/i18n';

export function auditEntityLabel(entity: string, t: Translate): string {
  return Object.hasOwn(audit.entities, entity) ? t(`audit.entities.${entity as keyof typeof audit.entities}`) : entity;
}

/** An action the trail does not know yet is shown by its stored name. */
export function auditActionLabel(action: string, t: Translate): string {
  return Object.hasOwn(audit.actions, action)
    ? t(`audit.actions.${action as keyof typeof audit.actions}`)
    : humanize(action);
}

const timeFormats = new Map<string, Intl.DateTimeFormat>();

function timeFormat(milliseconds: boolean): Intl.DateTimeFormat {
  const locale = formatLocale() === 'fr' ? 'fr-FR' : 'en-GB';
  const key = `${locale}:${milliseconds}`;
  let format = timeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      ...(milliseconds ? { fractionalSecondDigits: 3 } : {}),
      timeZone: 'UTC',
      timeZoneName: 'short',
    });
    timeFormats.set(key, format);
  }
  return format;
}

/**
 * An ISO timestamp as `5 Mar 2025, 14:02:11 UTC` (French `5 mars 2025, 14:02:11 UTC`): the trail
 * is read across time zones. With milliseconds, two saves in the same second still read apart.
 */
export function formatAuditTime(iso: string, milliseconds = false): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : timeFormat(milliseconds).format(date);
}
