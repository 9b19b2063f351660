import type { z } from 'zod';
import { issuesFromZod, type ErrorIssue } from '@cpea/shared/api-error';
import {
  comparisonQuerySchema,
  comparisonReportSchema,
  type ComparisonQuery,
  type ComparisonReport,
  type FrozenReportSummary,
} from '@cpea/shared/comparison';
import { DomainError } from '../domain-error';
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

/**
 * One stored JSON column through its schema. A report that no longer reads (written by a version
 * whose report had another shape, or changed by hand) is named with what failed, and left as it is.
 */
function readColumn<T>(schema: z.ZodType<T>, row: FrozenReportRow, column: 'parameters' | 'payload', text: string): T {
  const unreadable = (issues: ErrorIssue[]) =>
    new DomainError(
      'unreadable',
      `Frozen report ${row.id} cannot be read: it is stored in a form this version does not recognise ` +
        `(methodology ${row.methodology_version}). The stored copy is left unchanged; ask an administrator to look into it.`,
      issues,
    );
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch {
    throw unreadable([{ path: column, message: 'Not JSON' }]);
  }
  const parsed = schema.safeParse(stored);
  if (parsed.success) return parsed.data;
  throw unreadable(
    issuesFromZod(parsed.error).map((issue) => ({
      path: issue.path ? `${column}.${issue.path}` : column,
      message: issue.message,
    })),
  );
}

function toSummary(row: FrozenReportRow): FrozenReportSummary {
  return {
    id: row.id,
    title: row.title,
    parameters: readColumn(comparisonQuerySchema, row, 'parameters', row.parameters),
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
    /** Throws an `unreadable` DomainError when the stored JSON no longer matches its schema. */
    get(id: number): (FrozenReportSummary & { payload: ComparisonReport }) | null {
      const row = get.get(id) as (FrozenReportRow & { payload: string }) | undefined;
      return row
        ? { ...toSummary(row), payload: readColumn(comparisonReportSchema, row, 'payload', row.payload) }
        : null;
    },
  };
}
export type FrozenReportsRepo = ReturnType<typeof frozenReportsRepo>;
