import type { Db } from './connection';

export interface AuditInput {
  userId: number | null;
  action: string;
  entity: string;
  entityId: number | null;
  before: unknown;
  after: unknown;
}

export interface AuditEntry extends AuditInput {
  id: number;
  at: string;
  username: string | null;
  missionId: number | null;
  missionAcronym: string | null;
  period: string | null;
}

export interface AuditFilter {
  entity?: string;
  entityId?: number;
  userId?: number;
  from?: string;
  to?: string;
  missionId?: number;
  /** Only entries with a smaller id. */
  before?: number;
  limit: number;
}

export function auditRepo(db: Db) {
  const insert = db.prepare(
    'INSERT INTO audit_log (at, user_id, action, entity, entity_id, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  // The mission and period an entry is about: an assessment's from its row, or from the JSON
  // the entry stored once the assessment is deleted (a deletion's after is the JSON null).
  const list = db.prepare(`WITH entries AS (
      SELECT a.*, u.username,
        CASE WHEN a.entity IN ('mission', 'targets') THEN a.entity_id
          WHEN a.entity = 'assessment' THEN coalesce(s.mission_id, json_extract(coalesce(nullif(a.after, 'null'), a.before), '$.missionId'))
        END AS mission_id,
        CASE WHEN a.entity = 'assessment' THEN coalesce(s.period, json_extract(coalesce(nullif(a.after, 'null'), a.before), '$.period'))
        END AS period
      FROM audit_log a
      LEFT JOIN users u ON u.id = a.user_id
      LEFT JOIN assessments s ON a.entity = 'assessment' AND s.id = a.entity_id)
    SELECT e.*, m.acronym AS mission_acronym FROM entries e LEFT JOIN missions m ON m.id = e.mission_id
    WHERE (@entity IS NULL OR e.entity = @entity) AND (@entityId IS NULL OR e.entity_id = @entityId)
      AND (@userId IS NULL OR e.user_id = @userId) AND (@from IS NULL OR e.at >= @from) AND (@to IS NULL OR e.at <= @to)
      AND (@missionId IS NULL OR e.mission_id = @missionId) AND (@before IS NULL OR e.id < @before)
    ORDER BY e.id DESC LIMIT @limit`);

  return {
    /** Call inside the transaction of the mutation it records. */
    record(entry: AuditInput) {
      insert.run(
        new Date().toISOString(),
        entry.userId,
        entry.action,
        entry.entity,
        entry.entityId,
        entry.before === undefined ? null : JSON.stringify(entry.before),
        entry.after === undefined ? null : JSON.stringify(entry.after),
      );
    },
    list(filter: AuditFilter): AuditEntry[] {
      const rows = list.all({
        entity: filter.entity ?? null,
        entityId: filter.entityId ?? null,
        userId: filter.userId ?? null,
        from: filter.from ?? null,
        to: filter.to ?? null,
        missionId: filter.missionId ?? null,
        before: filter.before ?? null,
        limit: filter.limit,
      }) as {
        id: number;
        at: string;
        user_id: number | null;
        username: string | null;
        action: string;
        entity: string;
        entity_id: number | null;
        before: string | null;
        after: string | null;
        mission_id: number | null;
        mission_acronym: string | null;
        period: string | null;
      }[];
      return rows.map((r) => ({
        id: r.id,
        at: r.at,
        userId: r.user_id,
        username: r.username,
        action: r.action,
        entity: r.entity,
        entityId: r.entity_id,
        missionId: r.mission_id,
        missionAcronym: r.mission_acronym,
        period: r.period,
        before: r.before == null ? null : JSON.parse(r.before),
        after: r.after == null ? null : JSON.parse(r.after),
      }));
    },
  };
}
export type AuditRepo = ReturnType<typeof auditRepo>;
