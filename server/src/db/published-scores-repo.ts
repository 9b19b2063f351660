import type { FlaggedScore, PeriodHeadline } from '@cpea/shared/scoring';
import type { PublishedScore } from '@cpea/shared/published';
import type { Db } from './connection';

export function publishedScoresRepo(db: Db) {
  const scoresOfMission = db.prepare<[number], { assessment_id: number; score: string }>(
    `SELECT p.assessment_id, p.score FROM published_scores p JOIN assessments a ON a.id = p.assessment_id
     WHERE a.mission_id = ?`,
  );
  // The headline numbers are read out of the JSON in SQL: the overview needs no breakdown.
  const headlines = db.prepare<
    [],
    { mission_id: number; period: string; overall: number | null; band: PeriodHeadline['band']; completeness: number }
  >(
    `SELECT a.mission_id, a.period, json_extract(p.score, '$.overall') AS overall,
       json_extract(p.score, '$.band') AS band, json_extract(p.score, '$.completeness') AS completeness
     FROM published_scores p JOIN assessments a ON a.id = p.assessment_id
     WHERE a.status = 'approved' ORDER BY a.mission_id, a.period_ordinal`,
  );
  const insert = db.prepare(`INSERT INTO published_scores
    (assessment_id, score, settings, settings_version_id, methodology_version, published_at, published_by)
    VALUES (@assessmentId, @score, @settings, @settingsVersionId, @methodologyVersion, @publishedAt, @publishedBy)`);
  const remove = db.prepare<[number]>('DELETE FROM published_scores WHERE assessment_id = ?');
  const unpublished = db.prepare<[], { id: number; mission_id: number }>(
    `SELECT a.id, a.mission_id FROM assessments a LEFT JOIN published_scores p ON p.assessment_id = a.id
     WHERE a.status = 'approved' AND p.assessment_id IS NULL ORDER BY a.mission_id, a.period_ordinal`,
  );

  const publishedUnderOther = db.prepare<
    [string],
    {
      assessment_id: number;
      mission_id: number;
      acronym: string;
      period: string;
      score: string;
      methodology_version: string;
    }
  >(
    `SELECT p.assessment_id, a.mission_id, m.acronym, a.period, p.score, p.methodology_version
     FROM published_scores p JOIN assessments a ON a.id = p.assessment_id JOIN missions m ON m.id = a.mission_id
     WHERE a.status = 'approved' AND p.methodology_version <> ?
     ORDER BY m.acronym, a.mission_id, a.period_ordinal`,
  );

  return {
    /** Approved assessments whose score was published under another methodology version, by mission and period. */
    publishedUnderOtherMethodology(methodologyVersion: string) {
      return publishedUnderOther.all(methodologyVersion).map((row) => ({
        assessmentId: row.assessment_id,
        missionId: row.mission_id,
        missionAcronym: row.acronym,
        period: row.period,
        score: JSON.parse(row.score) as FlaggedScore,
        methodologyVersion: row.methodology_version,
      }));
    },
    /** The published scores of a mission's approved assessments, by assessment id. */
    forMission(missionId: number): Map<number, FlaggedScore> {
      const rows = scoresOfMission.all(missionId);
      return new Map(rows.map((row) => [row.assessment_id, JSON.parse(row.score) as FlaggedScore]));
    },
    /** Every mission's approved periods in order, each with its published overall score, band and completeness. */
    headlinesByMission(): Map<number, PeriodHeadline[]> {
      const byMission = new Map<number, PeriodHeadline[]>();
      for (const row of headlines.all()) {
        let periods = byMission.get(row.mission_id);
        if (!periods) byMission.set(row.mission_id, (periods = []));
        periods.push({ period: row.period, overall: row.overall, band: row.band, completeness: row.completeness });
      }
      return byMission;
    },
    publish(published: PublishedScore) {
      insert.run({
        assessmentId: published.assessmentId,
        score: JSON.stringify(published.score),
        settings: JSON.stringify(published.settings),
        settingsVersionId: published.settings.settingsVersionId,
        methodologyVersion: published.settings.methodologyVersion,
        publishedAt: published.publishedAt,
        publishedBy: published.publishedBy,
      });
    },
    /** Takes an assessment's published score out of use: it is a draft again. */
    withdraw(assessmentId: number) {
      remove.run(assessmentId);
    },
    /** Approved assessments without a published score, by mission. */
    unpublished(): Map<number, number[]> {
      const byMission = new Map<number, number[]>();
      for (const row of unpublished.all()) {
        byMission.set(row.mission_id, [...(byMission.get(row.mission_id) ?? []), row.id]);
      }
      return byMission;
    },
  };
}
export type PublishedScoresRepo = ReturnType<typeof publishedScoresRepo>;
