import type { AssessmentStatus, IndicatorValues, Narrative, Provenance } from '@cpea/shared/assessment';
import type { ChallengeId, IndicatorId } from '@cpea/shared/catalog';
import type { Db } from './connection';

/** An assessment as the CSV export writes it: severities without notes, no author or version. */
export interface ExportedAssessment {
  id: number;
  period: string;
  status: AssessmentStatus;
  values: IndicatorValues;
  provenance: Partial<Record<IndicatorId, Provenance>>;
  severities: Partial<Record<ChallengeId, number | null>>;
  narrative: Narrative;
  updatedAt: string;
}

interface AssessmentRow {
  id: number;
  period: string;
  status: AssessmentStatus;
  achievements: string;
  setbacks: string;
  lessons: string;
  updated_at: string;
  /** JSON object: indicator id → [value, provenance]. */
  values_json: string;
  /** JSON object: challenge id → severity. */
  severities_json: string;
}

export function exportsRepo(db: Db) {
  // One row per assessment with its values and severities folded into JSON: reading them as a
  // row each would cross from SQLite into JavaScript twenty times as often, which is most of
  // the cost of an export. SQLite writes REALs in JSON with all the digits they need, so
  // values come back exactly as stored.
  const history = db.prepare<[number], AssessmentRow>(
    `SELECT a.id, a.period, a.status, a.achievements, a.setbacks, a.lessons, a.updated_at,
       (SELECT json_group_object(v.indicator_id, json_array(v.value, v.provenance))
          FROM assessment_values v WHERE v.assessment_id = a.id) AS values_json,
       (SELECT json_group_object(c.challenge_id, c.severity)
          FROM assessment_challenges c WHERE c.assessment_id = a.id) AS severities_json
     FROM assessments a WHERE a.mission_id = ? ORDER BY a.period_ordinal`,
  );

  return {
    /**
     * One mission's whole history in period order. The statement is iterated to the end before
     * this returns, so the connection is free again while the caller writes to a slow client.
     */
    missionHistory(missionId: number): ExportedAssessment[] {
      const assessments: ExportedAssessment[] = [];
      for (const row of history.iterate(missionId)) {
        const values: IndicatorValues = {};
        const provenance: ExportedAssessment['provenance'] = {};
        const stored = JSON.parse(row.values_json) as Record<IndicatorId, [number, Provenance]>;
        for (const [id, [value, source]] of Object.entries(stored) as [IndicatorId, [number, Provenance]][]) {
          values[id] = value;
          provenance[id] = source;
        }
        assessments.push({
          id: row.id,
          period: row.period,
          status: row.status,
          values,
          provenance,
          severities: JSON.parse(row.severities_json) as ExportedAssessment['severities'],
          narrative: { achievements: row.achievements, setbacks: row.setbacks, lessons: row.lessons },
          updatedAt: row.updated_at,
        });
      }
      return assessments;
    },
  };
}
export type ExportsRepo = ReturnType<typeof exportsRepo>;
