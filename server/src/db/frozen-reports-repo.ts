import type { ComparisonQuery, ComparisonReport, FrozenReportSummary } from '@cpea/shared/comparison';
import type { Db } from './connection';

interface FrozenReportRow {
  id: number;
  title: string;
  parameters: string;
  methodology_version: string;
  created_by: number | null;
  created_at: string;
  username: string | null;
  display_name: string | null;
}

export interface NewFrozenReport {
  title: string;
  parameters: ComparisonQuery;
  payload: ComparisonReport;
  methodologyVersion: string;
  createdBy: number | null;
  createdAt: string;
}

function toSummary(row: FrozenReportRow): FrozenReportSummary {
  return {
    id: row.id,
    title: row.title,
    parameters: JSON.parse(row.parameters),
    methodologyVersion: row.methodology_version,
    frozenAt: row.created_at,
    createdBy:
      row.created_by != null && row.username != null
        ? { id: row.created_by, username: row.username, displayName: row.display_name ?? row.username }
        : null,
  };
}

export function frozenReportsRepo(db: Db) {
  const summaryColumns = `f.id, f.title, f.parameters, f.methodology_version, f.created_by, f.created_at,
    u.username, u.display_name`;
  const insert = db.prepare(`INSERT INTO frozen_reports
    (title, parameters, payload, methodology_version, created_by, created_at)
    VALUES (@title, @parameters, @payload, @methodologyVersion, @createdBy, @createdAt) RETURNING id`);
  const list = db.prepare(
    `SELECT ${summaryColumns} FROM frozen_reports f LEFT JOIN users u ON u.id = f.created_by ORDER BY f.id DESC`,
  );
  const get = db.prepare<[number]>(
    `SELECT ${summaryColumns}, f.payload FROM frozen_reports f LEFT JOIN users u ON u.id = f.created_by WHERE f.id = ?`,
  );

  return {
    insert(report: NewFrozenReport): number {
      const row = insert.get({
        title: report.title,
        parameters: JSON.stringify(report.parameters),
        payload: JSON.stringify(report.payload),
        methodologyVersion: report.methodologyVersion,
        createdBy: report.createdBy,
        createdAt: report.createdAt,
      }) as { id: number };
      return row.id;
    },
    /** Newest first, without the payloads. */
    list(): FrozenReportSummary[] {
      return (list.all() as FrozenReportRow[]).map(toSummary);
    },
    get(id: number): (FrozenReportSummary & { payload: ComparisonReport }) | null {
      const row = get.get(id) as (FrozenReportRow & { payload: string }) | undefined;
      return row ? { ...toSummary(row), payload: JSON.parse(row.payload) } : null;
    },
  };
}
export type FrozenReportsRepo = ReturnType<typeof frozenReportsRepo>;
