import type { AssessmentStatus, ChallengeRatings } from '@cpea/shared/assessment';
import { CHALLENGE_IDS } from '@cpea/shared/catalog';
import { missionInputSchema } from '@cpea/shared/mission';
import { openDatabase } from '../server/src/db/connection';
import { migrate } from '../server/src/db/migrate';
import { createStore } from '../server/src/db/store';
import { loadConfig } from '../server/src/config';
import { SYSTEM } from '../server/src/services/actor';
import { PUBLISHED_AT_MIGRATION, publishUnpublishedScores } from '../server/src/services/published-scores';
import { createUser } from '../server/src/services/users';
import { QUARTERS, syntheticAssessments, syntheticMission } from './synthetic-portfolio';

export const BENCH_ADMIN = { username: 'bench-admin', password: 'bench admin password' };

export interface GeneratedPortfolio {
  file: string;
  missions: number;
  assessments: number;
  seconds: number;
}

function statusOf(index: number): AssessmentStatus {
  if (index === QUARTERS.length - 1) return 'draft';
  return index === QUARTERS.length - 2 ? 'submitted' : 'approved';
}

/**
 * A migrated database file holding `missionCount` synthetic missions and, unless `withAssessments`
 * is false, all 40 quarters of each; written through the repositories in one transaction.
 */
export async function generatePortfolio(
  file: string,
  missionCount: number,
  withAssessments = true,
): Promise<GeneratedPortfolio> {
  const started = performance.now();
  const db = openDatabase(file);
  // A large page cache for the one big transaction, so pages are not spilled and rewritten.
  db.pragma('cache_size = -262144');
  migrate(db);
  const store = createStore(db);
  await createUser(
    store,
    { userId: null },
    { ...BENCH_ADMIN, displayName: 'Benchmark admin', role: 'admin' },
    loadConfig(),
  );
  let assessments = 0;
  store.transaction(() => {
    for (let number = 1; number <= missionCount; number++) {
      const mission = store.missions.insert(missionInputSchema.parse(syntheticMission(number)));
      if (!withAssessments) continue;
      syntheticAssessments(number).forEach((synthetic, index) => {
        const id = store.assessments.insert({
          missionId: mission.id,
          period: synthetic.period,
          status: statusOf(index),
          narrative: { achievements: '', setbacks: '', lessons: '' },
          authorId: null,
        });
        store.assessments.setValues(id, synthetic.values, 'manual');
        const challenges: ChallengeRatings = {};
        for (const challenge of CHALLENGE_IDS)
          challenges[challenge] = { severity: synthetic.severities[challenge], note: '' };
        store.assessments.setChallenges(id, challenges);
        assessments++;
      });
    }
  });
  // As the server does at start-up: every approved assessment has its published score.
  publishUnpublishedScores(store, SYSTEM, PUBLISHED_AT_MIGRATION);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return { file, missions: missionCount, assessments, seconds: (performance.now() - started) / 1000 };
}
