import type { AuditEntity } from '@cpea/shared/audit';

export const AUDIT_ENTITY_LABELS: Record<AuditEntity, string> = {
  mission: 'Mission',
  assessment: 'Assessment',
  targets: 'Targets (by mission)',
  user: 'User',
  import: 'Import',
  frozen_report: 'Frozen report',
  portfolio: 'Portfolio',
};

export function auditEntityLabel(entity: string): string {
  return (AUDIT_ENTITY_LABELS as Record<string, string>)[entity] ?? entity;
}

const ACTION_LABELS: Record<string, string> = {
  import_csv: 'Import CSV',
  import_ucdp_ged: 'Import UCDP GED',
  reset_password: 'Reset password',
  login: 'Sign in',
};

export function auditActionLabel(action: string): string {
  const known = ACTION_LABELS[action];
  if (known) return known;
  const words = action.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const timeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZone: 'UTC',
  timeZoneName: 'short',
});

/** An ISO timestamp as `5 Mar 2025, 14:02:11 UTC`: the trail is read across time zones. */
export function formatAuditTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : timeFormat.format(date);
}
