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
}

export interface AuditFilter {
  entity?: string;
  entityId?: number;
  userId?: number;
  from?: string;
  to?: string;
  limit: number;
}

export function auditRepo(db: Db) {
  const insert = db.prepare(
    'INSERT INTO audit_log (at, user_id, action, entity, entity_id, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const list = db.prepare(`SELECT a.*, u.username FROM audit_log a LEFT JOIN users u ON u.id = a.user_id
    WHERE (@entity IS NULL OR a.entity = @entity) AND (@entityId IS NULL OR a.entity_id = @entityId)
      AND (@userId IS NULL OR a.user_id = @userId) AND (@from IS NULL OR a.at >= @from) AND (@to IS NULL OR a.at <= @to)
    ORDER BY a.id DESC LIMIT @limit`);

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
      }[];
      return rows.map((r) => ({
        id: r.id,
        at: r.at,
        userId: r.user_id,
        username: r.username,
        action: r.action,
        entity: r.entity,
        entityId: r.entity_id,
        before: r.before == null ? null : JSON.parse(r.before),
        after: r.after == null ? null : JSON.parse(r.after),
      }));
    },
  };
}
export type AuditRepo = ReturnType<typeof auditRepo>;
