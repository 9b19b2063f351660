import { assessmentInputSchema } from '../../shared/src/assessment';
import { missionInputSchema } from '../../shared/src/mission';
import type { Role } from '../../shared/src/user';
import { createAssessment } from '../../server/src/services/assessments';
import { createMission } from '../../server/src/services/missions';
import { submitAssessment } from '../../server/src/services/workflow';
import { freezeComparison } from '../../server/src/services/frozen-reports';
import type { Store } from '../../server/src/db/store';
import type { Actor } from '../../server/src/services/actor';
import { wideColumns } from '../../shared/src/imports';
import { sampleMission } from './helpers';

// Every route the API mounts, with a request that succeeds for a caller with the right role.
// The role matrix and the audit test both walk this table: a new route belongs here.

export interface Fixture {
  missionId: number;
  otherMissionId: number;
  frozenId: number;
  draftId: number;
  submittedId: number;
  userId: number;
}

/**
 * A mission with a draft and a submitted assessment, made fresh for each request. The
 * assessments are the author's (the system's unless said): only their author or an admin may
 * change them.
 */
export function fixture(store: Store, author: Actor = { userId: null }): Fixture {
  const system = { userId: null };
  const mission = createMission(
    store,
    system,
    missionInputSchema.parse({ ...sampleMission, acronym: `M${Math.random()}`.slice(0, 8) }),
  );
  const draft = createAssessment(store, author, mission.id, assessmentInputSchema.parse({ period: '2024Q1' }));
  const submitted = createAssessment(store, author, mission.id, assessmentInputSchema.parse({ period: '2024Q2' }));
  submitAssessment(store, author, submitted.id, { version: 1, comment: '' });
  const other = createMission(store, system, missionInputSchema.parse({ ...sampleMission, acronym: 'OTHER' }));
  const frozen = freezeComparison(store, system, {
    title: 'Fixture report',
    missions: [mission.id, other.id],
    approvedOnly: false,
    rescored: false,
  });
  const user = store.users.list()[0];
  return {
    missionId: mission.id,
    otherMissionId: other.id,
    frozenId: frozen.id,
    draftId: draft.id,
    submittedId: submitted.id,
    userId: user.id,
  };
}

/** Ids for naming test cases before any fixture exists. */
export const NAMING_FIXTURE: Fixture = {
  missionId: 1,
  otherMissionId: 2,
  frozenId: 1,
  draftId: 1,
  submittedId: 2,
  userId: 1,
};

/** A test name such as "POST /api/missions/1/assessments". */
export const routeName = (route: RouteCase) => `${route.method.toUpperCase()} ${route.path(NAMING_FIXTURE)}`;

export interface RouteCase {
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  path: (f: Fixture) => string;
  body?: (f: Fixture) => object | string;
  /** Sent with the body; JSON unless said otherwise. */
  contentType?: string;
  /** The least role that may call it; null = anyone, signed in or not. */
  needs: Role | null;
}

const targetsBody = {
  targets: { violent_incidents: { baseline: 100, target: 50, weight: 1 } },
  kpiWeights: { violence_reduction: 0.4, dispute_resolution: 0.2, local_capacity: 0.2, civilian_protection: 0.2 },
};

export const ROUTES: RouteCase[] = [
  { method: 'get', path: () => '/api/health', needs: null },
  { method: 'get', path: () => '/api/catalog', needs: null },
  { method: 'get', path: () => '/api/openapi.json', needs: null },
  { method: 'post', path: () => '/api/auth/logout', body: () => ({}), needs: null },
  { method: 'get', path: () => '/api/auth/me', needs: 'viewer' },
  { method: 'get', path: () => '/api/missions', needs: 'viewer' },
  { method: 'post', path: () => '/api/missions', body: () => ({ ...sampleMission, acronym: 'NEW' }), needs: 'admin' },
  { method: 'get', path: (f) => `/api/missions/${f.missionId}`, needs: 'viewer' },
  {
    method: 'patch',
    path: (f) => `/api/missions/${f.missionId}`,
    body: () => ({ mandate: 'New mandate' }),
    needs: 'admin',
  },
  { method: 'delete', path: (f) => `/api/missions/${f.missionId}`, needs: 'admin' },
  { method: 'get', path: (f) => `/api/missions/${f.missionId}/targets`, needs: 'viewer' },
  { method: 'put', path: (f) => `/api/missions/${f.missionId}/targets`, body: () => targetsBody, needs: 'admin' },
  { method: 'get', path: (f) => `/api/missions/${f.missionId}/assessments`, needs: 'viewer' },
  {
    method: 'post',
    path: (f) => `/api/missions/${f.missionId}/assessments`,
    body: () => ({ period: '2025Q1' }),
    needs: 'analyst',
  },
  { method: 'get', path: (f) => `/api/missions/${f.missionId}/scores`, needs: 'viewer' },
  { method: 'get', path: (f) => `/api/assessments/${f.draftId}`, needs: 'viewer' },
  {
    method: 'patch',
    path: (f) => `/api/assessments/${f.draftId}`,
    body: () => ({ version: 1, values: { violent_incidents: 3 } }),
    needs: 'analyst',
  },
  { method: 'delete', path: (f) => `/api/assessments/${f.draftId}`, needs: 'analyst' },
  {
    method: 'post',
    path: (f) => `/api/assessments/${f.draftId}/submit`,
    body: () => ({ version: 1 }),
    needs: 'analyst',
  },
  {
    method: 'post',
    path: (f) => `/api/assessments/${f.submittedId}/approve`,
    body: () => ({ version: 2 }),
    needs: 'admin',
  },
  {
    method: 'post',
    path: (f) => `/api/assessments/${f.submittedId}/reopen`,
    body: () => ({ version: 2, comment: 'Check the casualty count' }),
    needs: 'admin',
  },
  { method: 'get', path: (f) => `/api/export/assessments.csv?missions=${f.missionId}`, needs: 'viewer' },
  {
    method: 'post',
    path: () => '/api/import/assessments',
    body: () => `${wideColumns().join(',')}\n`,
    contentType: 'text/csv',
    needs: 'analyst',
  },
  {
    method: 'post',
    path: () => '/api/import/ucdp-ged',
    body: () => 'id,country,adm_1,date_start,best,deaths_civilians\n',
    contentType: 'text/csv',
    needs: 'analyst',
  },
  {
    method: 'get',
    path: (f) => `/api/reports/comparison?missions=${f.missionId},${f.otherMissionId}`,
    needs: 'viewer',
  },
  {
    method: 'get',
    path: (f) => `/api/reports/comparison.csv?missions=${f.missionId},${f.otherMissionId}`,
    needs: 'viewer',
  },
  {
    method: 'post',
    path: () => '/api/reports/frozen',
    body: (f) => ({ title: 'Quarterly review', missions: [f.missionId, f.otherMissionId] }),
    needs: 'analyst',
  },
  { method: 'get', path: () => '/api/reports/frozen', needs: 'viewer' },
  { method: 'get', path: (f) => `/api/reports/frozen/${f.frozenId}`, needs: 'viewer' },
  { method: 'get', path: () => '/api/audit', needs: 'admin' },
  { method: 'get', path: () => '/api/users', needs: 'admin' },
  {
    method: 'post',
    path: () => '/api/users',
    body: () => ({
      username: `u${Date.now()}`,
      displayName: 'New',
      role: 'viewer',
      password: 'a long enough password',
    }),
    needs: 'admin',
  },
  { method: 'patch', path: (f) => `/api/users/${f.userId}`, body: () => ({ displayName: 'Renamed' }), needs: 'admin' },
];
