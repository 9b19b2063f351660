import type { AssessmentStatus, IndicatorValues, Narrative, Provenance } from '@cpea/shared/assessment';
import type { ChallengeId, IndicatorId } from '@cpea/shared/catalog';
import type { Db } from './connection';

/** An assessment's values as the long CSV export writes them. */
export interface ExportedValues {
  id: number;
  period: string;
  values: IndicatorValues;
  provenance: Partial<Record<IndicatorId, Provenance>>;
  /** Approved values feed baseline windows; no other does. */
  status: AssessmentStatus;
}

/** An assessment as the wide CSV export writes it: no author or version. */
export interface ExportedAssessment extends ExportedValues {
  severities: Partial<Record<ChallengeId, number | null>>;
  /** The challenges' notes, those not empty. */
  notes: Partial<Record<ChallengeId, string>>;
  narrative: Narrative;
  updatedAt: string;
}

type ValuesRow = [id: number, period: string, valueList: string | null, status: AssessmentStatus];
type AssessmentRow = [
  ...ValuesRow,
  severityList: string | null,
  noteObject: string | null,
  achievements: string,
  setbacks: string,
  lessons: string,
  updatedAt: string,
];

// Each assessment's values and severities come folded into one text cell, "id value source id
// value source …": reading them as a row each would cross from SQLite into JavaScript ten times
// as often, and folding into text is cheaper than into JSON, which SQLite then has to re-parse.
// Catalog ids and sources have no spaces, and SQLite writes REALs with all the digits they
// need, so values come back exactly as stored.
const VALUE_LIST = `(SELECT group_concat(v.indicator_id || ' ' || v.value || ' ' || v.provenance, ' ')
  FROM assessment_values v WHERE v.assessment_id = a.id)`;
const SEVERITY_LIST = `(SELECT group_concat(c.challenge_id || ' ' || ifnull(c.severity, ''), ' ')
  FROM assessment_challenges c WHERE c.assessment_id = a.id)`;
// Notes are free text, spaces included: they come as a JSON object, null when there is none.
const NOTE_OBJECT = `(SELECT json_group_object(c.challenge_id, c.note)
  FROM assessment_challenges c WHERE c.assessment_id = a.id AND c.note <> '' HAVING count(*) > 0)`;

function readValues([id, period, valueList, status]: ValuesRow): ExportedValues {
  const values: IndicatorValues = {};
  const provenance: ExportedValues['provenance'] = {};
  if (valueList) {
    const cells = valueList.split(' ');
    for (let i = 0; i < cells.length; i += 3) {
      const indicator = cells[i] as IndicatorId;
      values[indicator] = Number(cells[i + 1]);
      provenance[indicator] = cells[i + 2] as Provenance;
    }
  }
  return { id, period, values, provenance, status };
}

function readSeverities(severityList: string | null): ExportedAssessment['severities'] {
  const severities: ExportedAssessment['severities'] = {};
  if (severityList) {
    const cells = severityList.split(' ');
    for (let i = 0; i < cells.length; i += 2) {
      severities[cells[i] as ChallengeId] = cells[i + 1] === '' ? null : Number(cells[i + 1]);
    }
  }
  return severities;
}

export function exportsRepo(db: Db) {
  const valueHistory = db
    .prepare<[number], ValuesRow>(
      `SELECT a.id, a.period, ${VALUE_LIST}, a.status FROM assessments a WHERE a.mission_id = ? ORDER BY a.period_ordinal`,
    )
    .raw(true);
  const history = db
    .prepare<[number], AssessmentRow>(
      `SELECT a.id, a.period, ${VALUE_LIST}, a.status, ${SEVERITY_LIST}, ${NOTE_OBJECT}, a.achievements, a.setbacks, a.lessons,
         a.updated_at
       FROM assessments a WHERE a.mission_id = ? ORDER BY a.period_ordinal`,
    )
    .raw(true);

  // Both read the whole result before returning, so the connection is free again while the
  // caller writes to a slow client.
  return {
    /** One mission's values in period order: all the long export needs. */
    missionValues(missionId: number): ExportedValues[] {
      const assessments: ExportedValues[] = [];
      for (const row of valueHistory.iterate(missionId)) assessments.push(readValues(row));
      return assessments;
    },
    /** One mission's whole history in period order. */
    missionHistory(missionId: number): ExportedAssessment[] {
      const assessments: ExportedAssessment[] = [];
      for (const row of history.iterate(missionId)) {
        const [id, period, valueList, status, severityList, noteObject, achievements, setbacks, lessons, updatedAt] =
          row;
        const { values, provenance } = readValues([id, period, valueList, status]);
        assessments.push({
          id,
          period,
          values,
          provenance,
          status,
          severities: readSeverities(severityList),
          notes: noteObject ? (JSON.parse(noteObject) as ExportedAssessment['notes']) : {},
          narrative: { achievements, setbacks, lessons },
          updatedAt,
        });
      }
      return assessments;
    },
  };
}
export type ExportsRepo = ReturnType<typeof exportsRepo>;
