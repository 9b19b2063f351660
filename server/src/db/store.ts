import type { Db } from './connection';
import { assessmentsRepo } from './assessments-repo';
import { auditRepo } from './audit-repo';
import { customIndicatorsRepo } from './custom-indicators-repo';
import { dataVersionRepo } from './data-version-repo';
import { eventSeriesRepo } from './event-series-repo';
import { exportsRepo } from './exports-repo';
import { frozenReportsRepo } from './frozen-reports-repo';
import { missionsRepo } from './missions-repo';
import { publishedScoresRepo } from './published-scores-repo';
import { targetsRepo } from './targets-repo';
import { usersRepo } from './users-repo';
import { writeGateOf } from './write-gate';

/** Every repository over one connection, statements prepared once. */
export function createStore(db: Db) {
  return {
    db,
    missions: missionsRepo(db),
    assessments: assessmentsRepo(db),
    targets: targetsRepo(db),
    customIndicators: customIndicatorsRepo(db),
    publishedScores: publishedScoresRepo(db),
    eventSeries: eventSeriesRepo(db),
    audit: auditRepo(db),
    dataVersion: dataVersionRepo(db),
    users: usersRepo(db),
    exports: exportsRepo(db),
    frozenReports: frozenReportsRepo(db),
    /** Await `whenFree()` before a write that follows an `await`: see write-gate.ts. */
    writeGate: writeGateOf(db),
    /** Runs fn in one transaction: everything it writes lands together or not at all. */
    transaction<T>(fn: () => T): T {
      return db.transaction(fn)();
    },
  };
}
export type Store = ReturnType<typeof createStore>;
