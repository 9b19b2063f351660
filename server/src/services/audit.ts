import type { AuditCsvQuery, AuditQuery } from '@cpea/shared/audit';
import type { AuditEntry, AuditFilter } from '../db/audit-repo';
import type { Store } from '../db/store';
import { chunked, csvLine } from '../csv/writer';
import type { CsvFile } from './export-assessments';

function filterOf(query: AuditCsvQuery): Omit<AuditFilter, 'limit'> {
  return {
    entity: query.entity,
    entityId: query.id,
    userId: query.user,
    missionId: query.mission,
    from: query.from,
    // Inclusive of the whole last day.
    to: query.to ? `${query.to}T23:59:59.999Z` : undefined,
  };
}

export function readAudit(store: Store, query: AuditQuery) {
  return store.audit.list({ ...filterOf(query), before: query.before, limit: query.limit });
}

const CSV_COLUMNS = [
  'id',
  'at',
  'username',
  'action',
  'entity',
  'entity_id',
  'mission_id',
  'mission_acronym',
  'period',
  'before',
  'after',
];
/** The export reads the trail a page at a time, so it never holds the whole of it. */
const EXPORT_PAGE = 1_000;

/** Every matching entry as CSV, newest first, before and after as the JSON stored. */
export function exportAuditCsv(store: Store, query: AuditCsvQuery, today = new Date()): CsvFile {
  const filter = filterOf(query);
  function* lines() {
    yield csvLine(CSV_COLUMNS);
    let before: number | undefined;
    for (;;) {
      const page = store.audit.list({ ...filter, before, limit: EXPORT_PAGE });
      for (const entry of page) yield csvLine(cells(entry));
      if (page.length < EXPORT_PAGE) return;
      before = page[page.length - 1].id;
    }
  }
  return { filename: `cpea-audit-${today.toISOString().slice(0, 10)}.csv`, chunks: chunked(lines()) };
}

const json = (value: unknown) => (value == null ? null : JSON.stringify(value));

function cells(entry: AuditEntry) {
  return [
    entry.id,
    entry.at,
    entry.username,
    entry.action,
    entry.entity,
    entry.entityId,
    entry.missionId,
    entry.missionAcronym,
    entry.period,
    json(entry.before),
    json(entry.after),
  ];
}
