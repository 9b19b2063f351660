import { describe, expect, it } from 'vitest';
import { CATALOG_FR } from '../../shared/src/i18n/catalog-fr';
import { CATALOG_EN } from '../../shared/src/i18n/catalog-text';
import { diffRecords, fieldLabel, formatAuditValue } from '../../client/src/features/admin/lib/audit-diff';
import { parseAuditFilters } from '../../client/src/features/admin/lib/audit-filters';
import { auditActionLabel, auditEntityLabel } from '../../client/src/features/admin/lib/audit-labels';
import { createTranslate } from '../../client/src/lib/i18n';
import { en } from '../../client/src/locales/en';
import { fr } from '../../client/src/locales/fr';

const tEn = createTranslate(en, 'en');
const tFr = createTranslate(fr, 'fr');

describe('diffRecords', () => {
  it('opens nested objects into dotted fields and says what happened to each', () => {
    const before = { role: 'analyst', values: { violent_incidents: 4, civilian_casualties: null }, partners: ['EU'] };
    const after = { role: 'viewer', values: { violent_incidents: 4, conflict_fatalities: 9 }, partners: ['EU', 'AU'] };
    expect(diffRecords(before, after)).toEqual([
      { path: 'role', before: 'analyst', after: 'viewer', change: 'changed' },
      { path: 'values.violent_incidents', before: 4, after: 4, change: 'unchanged' },
      { path: 'values.conflict_fatalities', before: undefined, after: 9, change: 'added' },
      { path: 'partners', before: ['EU'], after: ['EU', 'AU'], change: 'changed' },
      { path: 'values.civilian_casualties', before: null, after: undefined, change: 'removed' },
    ]);
  });

  it('treats a creation as every field added and an action without records as nothing', () => {
    expect(diffRecords(null, { username: 'amina' })).toEqual([
      { path: 'username', before: undefined, after: 'amina', change: 'added' },
    ]);
    expect(diffRecords(null, null)).toEqual([]);
  });
});

describe('labels and values', () => {
  it('turns field paths and stored values into words', () => {
    expect(fieldLabel('displayName', tEn, CATALOG_EN)).toBe('Display name');
    expect(fieldLabel('values.violent_incidents', tEn, CATALOG_EN)).toBe('Values › Violent incidents');
    expect(fieldLabel('challenges.resources.severity', tEn, CATALOG_EN)).toBe(
      'Challenges › Resource limitations › Severity',
    );
    expect(fieldLabel('someNew_field', tEn, CATALOG_EN)).toBe('Some new field');
    expect(formatAuditValue('', tEn)).toBe('(empty)');
    expect(formatAuditValue(null, tEn)).toBe('(none)');
    expect(formatAuditValue(true, tEn)).toBe('Yes');
    expect(formatAuditValue(['EU', 'AU'], tEn)).toBe('EU, AU');
    expect(auditActionLabel('reset_password', tEn)).toBe('Reset password');
    expect(auditActionLabel('something_new', tEn)).toBe('Something new');
    expect(auditEntityLabel('frozen_report', tEn)).toBe('Frozen report');
  });

  it('says them in French', () => {
    expect(fieldLabel('displayName', tFr, CATALOG_FR)).toBe('Nom affiché');
    expect(fieldLabel('values.violent_incidents', tFr, CATALOG_FR)).toBe('Valeurs › Incidents violents');
    expect(formatAuditValue(undefined, tFr)).toBe('(non défini)');
    expect(formatAuditValue(false, tFr)).toBe('Non');
    expect(auditActionLabel('create', tFr)).toBe('Création');
    expect(auditEntityLabel('assessment', tFr)).toBe('Évaluation');
  });
});

describe('parseAuditFilters', () => {
  const empty = { entity: '', id: '', mission: '', user: '', from: '', to: '' };

  it('passes valid filters on and leaves out the empty ones', () => {
    expect(parseAuditFilters({ ...empty, entity: 'user', id: '12', from: '2024-01-01' }, tEn)).toEqual({
      ok: true,
      filters: { entity: 'user', id: 12, mission: undefined, user: undefined, from: '2024-01-01', to: undefined },
    });
    expect(parseAuditFilters({ ...empty, mission: '3' }, tEn)).toMatchObject({ ok: true, filters: { mission: 3 } });
  });

  it('says which filter is wrong', () => {
    expect(parseAuditFilters({ ...empty, id: 'abc', from: '2024-05-01', to: '2024-01-01' }, tEn)).toEqual({
      ok: false,
      errors: { id: 'Write a whole number of 1 or more', to: 'To is before from' },
    });
    expect(parseAuditFilters({ ...empty, user: '0', mission: 'x' }, tFr)).toEqual({
      ok: false,
      errors: {
        user: 'Saisissez un nombre entier égal ou supérieur à 1',
        mission: 'Saisissez un nombre entier égal ou supérieur à 1',
      },
    });
  });
});
