import { afterEach, describe, expect, it, vi } from 'vitest';
import { missionEndpoints } from '../../shared/src/api/missions';
import { scoreMission } from '../../shared/src/scoring';

// The client's answers are checked against their shared schemas in development and tests, and
// trusted in a production build. The server is stood in for by the one answer each test needs.

function serverAnswers(body: unknown) {
  vi.stubGlobal('fetch', async () => Response.json(body));
}

/** A call of `GET /api/missions/1/scores` through the client, loaded afresh for the environment a test set. */
async function apiClient() {
  const { call } = await import('../../client/src/lib/api');
  return () => call(missionEndpoints.getMissionScores, { params: { id: 1 } });
}

describe('answers checked against their schema', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('hands over an answer its schema accepts, as it came', async () => {
    const scores = scoreMission([{ id: 1, period: '2024Q1', status: 'draft', values: { violent_incidents: 4 } }], {});
    serverAnswers(scores);
    const getScores = await apiClient();
    expect(await getScores()).toEqual(scores);
  });

  it('refuses an answer outside its schema in tests, naming the endpoint and what is wrong', async () => {
    serverAnswers({ ...scoreMission([], {}), trend: { trend: 'upwards', slope: null, periods: [] } });
    const getScores = await apiClient();
    await expect(getScores()).rejects.toThrow(
      /^GET \/api\/missions\/1\/scores answered outside its schema:[\s\S]*trend\.trend/,
    );
  });

  it('does not check in a production build', async () => {
    vi.stubEnv('DEV', false);
    vi.stubEnv('MODE', 'production');
    const drifted = { ...scoreMission([], {}), trend: { trend: 'upwards', slope: null, periods: [] } };
    serverAnswers(drifted);
    const getScores = await apiClient();
    expect(await getScores()).toEqual(drifted);
  });
});
