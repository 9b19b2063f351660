import type { Stream } from 'node:stream';
import { parse } from 'csv-parse/sync';
import type { Response } from 'supertest';
import { assessmentInputSchema, type AssessmentInput } from '../../shared/src/assessment';
import { missionInputSchema, type MissionInput } from '../../shared/src/mission';
import type { Db } from '../../server/src/db/connection';
import type { Store } from '../../server/src/db/store';
import { createAssessment } from '../../server/src/services/assessments';
import { createMission } from '../../server/src/services/missions';
import { approveAssessment, submitAssessment } from '../../server/src/services/workflow';
import { sampleMission } from './helpers';

// Shared by the CSV export and import tests: fixtures made through the services (fast, audited
// like the real thing), a supertest parser that keeps a CSV body as bytes, and a dump of the
// tables an import may touch.

const SYSTEM = { userId: null };

export function addMission(store: Store, input: Partial<MissionInput> = {}) {
  return createMission(store, SYSTEM, missionInputSchema.parse({ ...sampleMission, ...input }));
}

export function addAssessment(store: Store, missionId: number, input: AssessmentInput) {
  return createAssessment(store, SYSTEM, missionId, assessmentInputSchema.parse(input));
}

export function approve(store: Store, id: number) {
  const submitted = submitAssessment(store, SYSTEM, id, { version: 1, comment: '' });
  return approveAssessment(store, SYSTEM, id, { version: submitted.version, comment: '' });
}

/** supertest's `.buffer(true).parse(asText)`: the body as the exact text the server sent. */
export function asText(res: Stream, done: (err: Error | null, body: string) => void) {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks).toString('utf8')));
}

export function records(res: Response): Record<string, string>[] {
  return parse(res.body as string, { bom: true, columns: true });
}

export function header(res: Response): string[] {
  return parse(res.body as string, { bom: true, to_line: 1 })[0];
}

/** Everything an import may write, in a stable order, for before/after comparison. */
export function dumpAssessments(db: Db) {
  return {
    assessments: db.prepare('SELECT * FROM assessments ORDER BY id').all(),
    values: db.prepare('SELECT * FROM assessment_values ORDER BY assessment_id, indicator_id').all(),
    challenges: db.prepare('SELECT * FROM assessment_challenges ORDER BY assessment_id, challenge_id').all(),
  };
}

export function auditCount(db: Db, entity?: string): number {
  const row = entity
    ? db.prepare('SELECT count(*) AS n FROM audit_log WHERE entity = ?').get(entity)
    : db.prepare('SELECT count(*) AS n FROM audit_log').get();
  return (row as { n: number }).n;
}
