import { assessmentInputSchema } from '../../shared/src/assessment';
import { missionInputSchema } from '../../shared/src/mission';
import type request from 'supertest';
import { urlOf, type Endpoint, type WireValue } from '../../shared/src/api/endpoint';
import { API, type OperationId } from '../../shared/src/api/registry';
import { createAssessment } from '../../server/src/services/assessments';
import { createMission } from '../../server/src/services/missions';
import { createCustomIndicator } from '../../server/src/services/custom-indicators';
import { customIndicatorInputSchema } from '../../shared/src/custom-indicators';
import { submitAssessment } from '../../server/src/services/workflow';
import { freezeComparison } from '../../server/src/services/frozen-reports';
import type { Store } from '../../server/src/db/store';
import type { Actor } from '../../server/src/services/actor';
import { wideColumns } from '../../shared/src/imports';
import { periodRange } from '../../shared/src/periods';
import { TEST_PASSWORD, sampleMission } from './helpers';

// A request that succeeds, for a caller with the right role, for every endpoint the registry
// declares: the role matrix, the OpenAPI test, the audit test and the fuzzer walk the registry
// and take their requests from here. A new endpoint needs its sample, or this does not compile.

export interface Fixture {
  missionId: number;
  otherMissionId: number;
  frozenId: number;
  draftId: number;
  submittedId: number;
  userId: number;
  /** A custom indicator of the mission, without values. */
  indicatorId: string;
  /** The first user's, whose password is the tests' one. */
  username: string;
  /** The data version once the fixture is made, as a re-publish preview would name it. */
  dataVersion: number;
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
  // Sixteen quarters of events on each side of its start (2020Q1), for the change since it began.
  store.eventSeries.put(
    other.id,
    periodRange('2016Q1', '2023Q4').map((period, i) => ({
      period,
      events: 10 + (i % 5) + (i >= 16 ? 6 : 0),
      best: 20 + i,
      low: null,
      high: null,
      deathsCivilians: i % 3,
      stateBased: null,
      nonState: null,
      oneSided: null,
      gedVersion: '23.1',
      importedAt: '2024-01-01T00:00:00.000Z',
    })),
  );
  const frozen = freezeComparison(store, system, {
    title: 'Fixture report',
    missions: [mission.id, other.id],
    approvedOnly: false,
    rescored: false,
  });
  const indicator = createCustomIndicator(
    store,
    system,
    customIndicatorInputSchema.parse({
      id: `fixture_${Math.random().toString(36).slice(2, 10)}`,
      missionId: mission.id,
      nameEn: 'Checkpoints dismantled',
      nameFr: 'Barrages démantelés',
      kpi: 'violence_reduction',
      unit: 'count',
      direction: 'higher_is_better',
      kind: 'output',
    }),
  );
  const user = store.users.list()[0];
  return {
    indicatorId: indicator.id,
    missionId: mission.id,
    otherMissionId: other.id,
    frozenId: frozen.id,
    draftId: draft.id,
    submittedId: submitted.id,
    userId: user.id,
    username: user.username,
    dataVersion: store.dataVersion.current(),
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
  indicatorId: 'fixture_indicator',
  username: 'admin',
  dataVersion: 0,
};

export interface Sample {
  params?: (f: Fixture) => { id: number | string };
  query?: (f: Fixture) => Record<string, WireValue>;
  /** JSON, or the text of a CSV file. */
  body?: (f: Fixture) => object | string;
}

const targetsBody = {
  targets: { violent_incidents: { baseline: 100, target: 50, weight: 1 } },
  kpiWeights: { violence_reduction: 0.4, dispute_resolution: 0.2, local_capacity: 0.2, civilian_protection: 0.2 },
};
const mission = (f: Fixture) => ({ id: f.missionId });
const draft = (f: Fixture) => ({ id: f.draftId });
const submitted = (f: Fixture) => ({ id: f.submittedId });
const pair = (f: Fixture) => ({ missions: [f.missionId, f.otherMissionId] });

export const SAMPLES: Record<OperationId, Sample> = {
  getHealth: {},
  getCatalog: {},
  getOpenApiDocument: {},
  logIn: { body: (f) => ({ username: f.username, password: TEST_PASSWORD }) },
  logOut: {},
  getMe: {},
  listMissions: {},
  createMission: { body: () => ({ ...sampleMission, acronym: 'NEW' }) },
  getMission: { params: mission },
  updateMission: { params: mission, body: () => ({ version: 1, mandate: 'New mandate' }) },
  archiveMission: { params: mission },
  getMissionView: { params: (f) => ({ id: f.otherMissionId }) },
  getMissionTargets: { params: mission },
  replaceMissionTargets: { params: mission, body: () => targetsBody },
  previewMissionTargets: { params: mission, body: () => targetsBody },
  listAssessments: { params: mission },
  createAssessment: { params: mission, body: () => ({ period: '2025Q1' }) },
  getMissionEventSeries: { params: mission },
  getMissionIndicators: { params: mission },
  listCustomIndicators: {},
  createCustomIndicator: {
    body: (f) => ({
      id: `sample_${Math.random().toString(36).slice(2, 10)}`,
      missionId: f.missionId,
      nameEn: 'Local peace committees functioning',
      nameFr: 'Comités locaux de paix en fonctionnement',
      kpi: 'dispute_resolution',
      unit: 'count',
      direction: 'higher_is_better',
      kind: 'output',
    }),
  },
  updateCustomIndicator: {
    params: (f) => ({ id: f.indicatorId }),
    body: () => ({ version: 1, source: 'Mission civil affairs' }),
  },
  retireCustomIndicator: { params: (f) => ({ id: f.indicatorId }) },
  getMissionEffects: { params: (f) => ({ id: f.otherMissionId }), query: () => ({ indicator: 'violent_incidents' }) },
  getMissionScores: { params: mission },
  previewRepublish: {},
  republishScores: { body: (f) => ({ dataVersion: f.dataVersion }) },
  getAssessment: { params: draft },
  updateAssessment: { params: draft, body: () => ({ version: 1, values: { violent_incidents: 3 } }) },
  deleteAssessment: { params: draft },
  submitAssessment: { params: draft, body: () => ({ version: 1 }) },
  approveAssessment: { params: submitted, body: () => ({ version: 2 }) },
  reopenAssessment: { params: submitted, body: () => ({ version: 2, comment: 'Check the casualty count' }) },
  getComparison: { query: pair },
  getComparisonCsv: { query: pair },
  getReportingGrid: {},
  getMyWork: {},
  freezeComparison: { body: (f) => ({ title: 'Quarterly review', missions: [f.missionId, f.otherMissionId] }) },
  listFrozenReports: {},
  getFrozenReport: { params: (f) => ({ id: f.frozenId }) },
  exportAssessmentsCsv: { query: (f) => ({ missions: [f.missionId] }) },
  getAssessmentTemplateCsv: { params: mission },
  importAssessmentsCsv: { body: () => `${wideColumns().join(',')}\n` },
  importUcdpGed: { body: () => 'id,country,adm_1,date_start,best,deaths_civilians\n' },
  readAudit: {},
  exportAuditCsv: {},
  listUsers: {},
  createUser: {
    body: () => ({
      username: `u${Date.now()}`,
      displayName: 'New',
      role: 'viewer',
      password: 'a long enough password',
    }),
  },
  updateUser: { params: (f) => ({ id: f.userId }), body: () => ({ displayName: 'Renamed' }) },
};

export interface RouteCase {
  endpoint: Endpoint;
  sample: Sample;
}

/** Every declared endpoint with its sample, in the registry's order. */
export const ROUTES: RouteCase[] = (Object.keys(API) as OperationId[]).map((id) => ({
  endpoint: API[id],
  sample: SAMPLES[id],
}));

/** The sample's address for a fixture. */
export const urlFor = ({ endpoint, sample }: RouteCase, f: Fixture) =>
  urlOf(endpoint, { params: sample.params?.(f), query: sample.query?.(f) });

/** A test name such as "POST /api/missions/1/assessments". */
export const routeName = (route: RouteCase) =>
  `${route.endpoint.method.toUpperCase()} ${urlFor(route, NAMING_FIXTURE)}`;

type Agent = ReturnType<typeof request.agent> | ReturnType<typeof request>;

/** The sample request of a route, sent by `agent`: a CSV body as `text/csv`, any other as JSON. */
export function send(agent: Agent, route: RouteCase, f: Fixture) {
  const req = agent[route.endpoint.method](urlFor(route, f));
  const body = route.sample.body?.(f);
  if (body === undefined) return req;
  return req.set('Content-Type', typeof body === 'string' ? 'text/csv' : 'application/json').send(body);
}
