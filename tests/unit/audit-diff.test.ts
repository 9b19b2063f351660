import { describe, expect, it } from 'vitest';
import { diffRecords, fieldLabel, formatAuditValue } from '../../client/src/features/admin/lib/audit-diff';
import { parseAuditFilters } from '../../client/src/features/admin/lib/audit-filters';

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
    expect(fieldLabel('displayName')).toBe('Display name');
    expect(fieldLabel('values.violent_incidents')).toBe('Values › Violent incidents');
    expect(formatAuditValue('')).toBe('(empty)');
    expect(formatAuditValue(null)).toBe('(none)');
    expect(formatAuditValue(true)).toBe('Yes');
    expect(formatAuditValue(['EU', 'AU'])).toBe('EU, AU');
  });
});

describe('parseAuditFilters', () => {
  const empty = { entity: '', id: '', user: '', from: '', to: '' };

  it('passes valid filters on and leaves out the empty ones', () => {
    expect(parseAuditFilters({ ...empty, entity: 'user', id: '12', from: '2024-01-01' })).toEqual({
      ok: true,
      filters: { entity: 'user', id: 12, user: undefined, from: '2024-01-01', to: undefined, limit: undefined },
    });
  });

  it('says which filter is wrong', () => {
    expect(parseAuditFilters({ ...empty, id: 'abc', from: '2024-05-01', to: '2024-01-01' })).toEqual({
      ok: false,
      errors: { id: 'Write a whole number of 1 or more', to: 'To is before from' },
    });
  });
});
