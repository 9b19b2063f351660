import type {
  Assessment,
  AssessmentStatus,
  ChallengeRatings,
  IndicatorValues,
  Narrative,
  Provenance,
} from '@cpea/shared/assessment';
import type { ChallengeId, IndicatorId } from '@cpea/shared/catalog';
import { periodOrdinal } from '@cpea/shared/periods';
import type Database from 'better-sqlite3';
import type { Db } from './connection';

interface AssessmentRow {
  id: number;
  mission_id: number;
  period: string;
  status: AssessmentStatus;
  achievements: string;
  setbacks: string;
  lessons: string;
  author_id: number | null;
  last_editor_id: number | null;
  version: number;
  created_at: string;
  updated_at: string;
}
interface ValueRow {
  assessment_id: number;
  indicator_id: IndicatorId;
  value: number;
  provenance: Provenance;
}
interface ChallengeRow {
  assessment_id: number;
  challenge_id: ChallengeId;
  severity: number | null;
  note: string;
}

export interface NewAssessment {
  missionId: number;
  period: string;
  status: AssessmentStatus;
  narrative: Narrative;
  authorId: number | null;
}

function assemble(rows: AssessmentRow[], values: ValueRow[], challenges: ChallengeRow[]): Assessment[] {
  const byId = new Map<number, Assessment>();
  const assessments = rows.map((row) => {
    const assessment: Assessment = {
      id: row.id,
      missionId: row.mission_id,
      period: row.period,
      status: row.status,
      values: {},
      provenance: {},
      challenges: {},
      narrative: { achievements: row.achievements, setbacks: row.setbacks, lessons: row.lessons },
      authorId: row.author_id,
      lastEditorId: row.last_editor_id,
      version: row.version,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
    byId.set(row.id, assessment);
    return assessment;
  });
  for (const v of values) {
    const assessment = byId.get(v.assessment_id);
    if (!assessment) continue;
    assessment.values[v.indicator_id] = v.value;
    assessment.provenance[v.indicator_id] = v.provenance;
  }
  for (const c of challenges) {
    const assessment = byId.get(c.assessment_id);
    if (assessment) assessment.challenges[c.challenge_id] = { severity: c.severity, note: c.note };
  }
  return assessments;
}

/** `INSERT … VALUES (…), (…), …` for `count` rows of `width` parameters each. */
function multiRowInsert(db: Db, into: string, width: number, count: number) {
  const row = `(${Array(width).fill('?').join(', ')})`;
  return db.prepare(`INSERT INTO ${into} VALUES ${Array(count).fill(row).join(', ')}`);
}

/**
 * One statement per number of rows, prepared on first use, so an assessment's values or
 * challenges go in with one call into SQLite instead of one per row: in a large import the
 * calls, more than the rows, were the cost.
 */
function multiRowInserts(db: Db, into: string, width: number) {
  const statements = new Map<number, Database.Statement>();
  return (params: unknown[]) => {
    const count = params.length / width;
    if (count === 0) return;
    let statement = statements.get(count);
    if (!statement) {
      statement = multiRowInsert(db, into, width, count);
      statements.set(count, statement);
    }
    statement.run(params);
  };
}

/** A draft or submission, as the reporting calendar and "my work" need it. */
export interface OpenAssessment {
  id: number;
  missionId: number;
  period: string;
  status: 'draft' | 'submitted';
  authorId: number | null;
  updatedAt: string;
  /** For a draft an admin sent back: the reason and who. */
  sentBack: { comment: string; by: string | null } | null;
}

interface OpenRow {
  id: number;
  mission_id: number;
  period: string;
  status: 'draft' | 'submitted';
  author_id: number | null;
  updated_at: string;
  last_step: string | null;
  step_comment: string | null;
  step_by: string | null;
}

const MIN_ORDINAL = -1;
const MAX_ORDINAL = Number.MAX_SAFE_INTEGER;

/** Who last wrote the assessment's content, by the audit trail: its creation or its last update. */
const LAST_EDITOR = `(SELECT l.user_id FROM audit_log l WHERE l.entity = 'assessment' AND l.entity_id = a.id
  AND l.action IN ('create', 'update') ORDER BY l.id DESC LIMIT 1) AS last_editor_id`;

export function assessmentsRepo(db: Db) {
  const rangeFilter = 'mission_id = @missionId AND period_ordinal BETWEEN @from AND @to';
  const listRows = db.prepare(
    `SELECT a.*, ${LAST_EDITOR} FROM assessments a WHERE ${rangeFilter.replace(/(mission_id|period_ordinal)/g, 'a.$1')} ORDER BY a.period_ordinal`,
  );
  const listValues = db.prepare(
    `SELECT v.* FROM assessment_values v JOIN assessments a ON a.id = v.assessment_id WHERE ${rangeFilter.replace(/(mission_id|period_ordinal)/g, 'a.$1')}`,
  );
  const listChallenges = db.prepare(
    `SELECT c.* FROM assessment_challenges c JOIN assessments a ON a.id = c.assessment_id WHERE ${rangeFilter.replace(/(mission_id|period_ordinal)/g, 'a.$1')}`,
  );
  const getRow = db.prepare<[number]>(`SELECT a.*, ${LAST_EDITOR} FROM assessments a WHERE a.id = ?`);
  const getValues = db.prepare<[number]>('SELECT * FROM assessment_values WHERE assessment_id = ?');
  const getChallenges = db.prepare<[number]>('SELECT * FROM assessment_challenges WHERE assessment_id = ?');
  const findByPeriod = db.prepare<[number, string]>('SELECT id FROM assessments WHERE mission_id = ? AND period = ?');
  const listIds = db.prepare<[number]>('SELECT period, id, status FROM assessments WHERE mission_id = ?');
  const countByMission = db.prepare<[], { mission_id: number; n: number }>(
    'SELECT mission_id, count(*) AS n FROM assessments GROUP BY mission_id',
  );
  const listSubmitted = db.prepare<[], { id: number; mission_id: number; period: string }>(
    "SELECT id, mission_id, period FROM assessments WHERE status = 'submitted' ORDER BY mission_id, period_ordinal",
  );
  // Drafts and submissions, each with its last workflow step: a draft whose last step is a
  // reopen was sent back, with the reopen's comment.
  const listOpen = db.prepare(`SELECT a.id, a.mission_id, a.period, a.status, a.author_id, a.updated_at,
      s.action AS last_step, json_extract(s.after, '$.comment') AS step_comment, u.username AS step_by
    FROM assessments a
    LEFT JOIN audit_log s ON s.id = (SELECT l.id FROM audit_log l WHERE l.entity = 'assessment'
      AND l.entity_id = a.id AND l.action IN ('submit', 'reopen') ORDER BY l.id DESC LIMIT 1)
    LEFT JOIN users u ON u.id = s.user_id
    WHERE a.status IN ('draft', 'submitted') ORDER BY a.updated_at DESC, a.id DESC`);
  const insertRow = db.prepare(`INSERT INTO assessments
    (mission_id, period, period_ordinal, status, achievements, setbacks, lessons, author_id, version, created_at, updated_at)
    VALUES (@missionId, @period, @ordinal, @status, @achievements, @setbacks, @lessons, @authorId, 1, @now, @now)
    RETURNING *, author_id AS last_editor_id`);
  const insertValues = multiRowInserts(db, 'assessment_values (assessment_id, indicator_id, value, provenance)', 4);
  const insertChallenges = multiRowInserts(
    db,
    'assessment_challenges (assessment_id, challenge_id, severity, note)',
    4,
  );
  const bumpVersion = db.prepare(`UPDATE assessments
    SET achievements = @achievements, setbacks = @setbacks, lessons = @lessons, status = @status,
        version = version + 1, updated_at = @now
    WHERE id = @id AND version = @version`);
  const upsertValue = db.prepare(`INSERT INTO assessment_values (assessment_id, indicator_id, value, provenance)
    VALUES (?, ?, ?, ?) ON CONFLICT (assessment_id, indicator_id) DO UPDATE SET value = excluded.value, provenance = excluded.provenance`);
  const deleteValue = db.prepare('DELETE FROM assessment_values WHERE assessment_id = ? AND indicator_id = ?');
  const upsertChallenge = db.prepare(`INSERT INTO assessment_challenges (assessment_id, challenge_id, severity, note)
    VALUES (?, ?, ?, ?) ON CONFLICT (assessment_id, challenge_id) DO UPDATE SET severity = excluded.severity, note = excluded.note`);
  const deleteRow = db.prepare<[number]>('DELETE FROM assessments WHERE id = ?');

  const insertHeader = (a: NewAssessment) =>
    insertRow.get({
      missionId: a.missionId,
      period: a.period,
      ordinal: periodOrdinal(a.period),
      status: a.status,
      ...a.narrative,
      authorId: a.authorId,
      now: new Date().toISOString(),
    }) as AssessmentRow;

  return {
    listByMission(missionId: number, from?: string, to?: string): Assessment[] {
      const params = {
        missionId,
        from: from ? periodOrdinal(from) : MIN_ORDINAL,
        to: to ? periodOrdinal(to) : MAX_ORDINAL,
      };
      return assemble(
        listRows.all(params) as AssessmentRow[],
        listValues.all(params) as ValueRow[],
        listChallenges.all(params) as ChallengeRow[],
      );
    },
    /** How many assessments each mission has, for the missions that have any. */
    countsByMission(): Map<number, number> {
      return new Map(countByMission.all().map((row) => [row.mission_id, row.n]));
    },
    /** Each mission's submitted assessments, awaiting approval, in period order. */
    submittedByMission(): Map<number, { assessmentId: number; period: string }[]> {
      const byMission = new Map<number, { assessmentId: number; period: string }[]>();
      for (const row of listSubmitted.all()) {
        byMission.set(row.mission_id, [
          ...(byMission.get(row.mission_id) ?? []),
          { assessmentId: row.id, period: row.period },
        ]);
      }
      return byMission;
    },
    get(id: number): Assessment | null {
      const row = getRow.get(id) as AssessmentRow | undefined;
      if (!row) return null;
      return assemble([row], getValues.all(id) as ValueRow[], getChallenges.all(id) as ChallengeRow[])[0];
    },
    idForPeriod(missionId: number, period: string): number | null {
      return (findByPeriod.get(missionId, period) as { id: number } | undefined)?.id ?? null;
    },
    /** Every draft and submission, most recently changed first. */
    listOpen(): OpenAssessment[] {
      return (listOpen.all() as OpenRow[]).map((row) => ({
        id: row.id,
        missionId: row.mission_id,
        period: row.period,
        status: row.status,
        authorId: row.author_id,
        updatedAt: row.updated_at,
        sentBack:
          row.status === 'draft' && row.last_step === 'reopen'
            ? { comment: row.step_comment ?? '', by: row.step_by }
            : null,
      }));
    },
    /** The mission's assessment ids by period. */
    idsByPeriod(missionId: number): Map<string, number> {
      const rows = listIds.all(missionId) as { period: string; id: number }[];
      return new Map(rows.map((row) => [row.period, row.id]));
    },
    /** The mission's assessments by period: id and status only. */
    statusesByPeriod(missionId: number): Map<string, { id: number; status: AssessmentStatus }> {
      const rows = listIds.all(missionId) as { period: string; id: number; status: AssessmentStatus }[];
      return new Map(rows.map(({ period, id, status }) => [period, { id, status }]));
    },
    insert(a: NewAssessment): number {
      return insertHeader(a).id;
    },
    /** A new assessment with its values (null ones left out) and challenges, as stored. */
    create(
      a: NewAssessment,
      values: IndicatorValues,
      provenance: Provenance,
      challenges: ChallengeRatings,
    ): Assessment {
      const row = insertHeader(a);
      const valueRows: ValueRow[] = [];
      const valueParams: unknown[] = [];
      for (const [indicator, value] of Object.entries(values) as [IndicatorId, number | null | undefined][]) {
        if (value == null) continue;
        valueRows.push({ assessment_id: row.id, indicator_id: indicator, value, provenance });
        valueParams.push(row.id, indicator, value, provenance);
      }
      const challengeRows: ChallengeRow[] = [];
      const challengeParams: unknown[] = [];
      for (const [challenge, rating] of Object.entries(challenges) as [ChallengeId, ChallengeRatings[ChallengeId]][]) {
        if (!rating) continue;
        const note = rating.note ?? '';
        challengeRows.push({ assessment_id: row.id, challenge_id: challenge, severity: rating.severity, note });
        challengeParams.push(row.id, challenge, rating.severity, note);
      }
      insertValues(valueParams);
      insertChallenges(challengeParams);
      return assemble([row], valueRows, challengeRows)[0];
    },
    /** Bumps the version only if it is still `version`; false when someone saved first. */
    updateHeader(id: number, version: number, status: AssessmentStatus, narrative: Narrative): boolean {
      const result = bumpVersion.run({ id, version, status, ...narrative, now: new Date().toISOString() });
      return result.changes === 1;
    },
    /** Sets the given values; null deletes (not measured). Absent keys are left as they are. */
    setValues(id: number, values: IndicatorValues, provenance: Provenance) {
      for (const [indicator, value] of Object.entries(values)) {
        if (value == null) deleteValue.run(id, indicator);
        else upsertValue.run(id, indicator, value, provenance);
      }
    },
    setChallenges(id: number, challenges: ChallengeRatings) {
      for (const [challenge, rating] of Object.entries(challenges)) {
        if (rating) upsertChallenge.run(id, challenge, rating.severity, rating.note ?? '');
      }
    },
    delete(id: number) {
      deleteRow.run(id);
    },
  };
}
export type AssessmentsRepo = ReturnType<typeof assessmentsRepo>;
