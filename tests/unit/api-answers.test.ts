import { afterEach, describe, expect, it, vi } from 'vitest';
import { missionScoresSchema, scoreMission } from '../../shared/src/scoring';

// The client's answers are checked against their shared schemas in development and tests, and
// trusted in a production build. The server is stood in for by the one answer each test needs.

function serverAnswers(body: unknown) {
  vi.stubGlobal('fetch', async () => Response.json(body));
}

async function apiClient() {
  return (await import('../../client/src/lib/api')).api;
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
    const api = await apiClient();
    expect(await api.get('/missions/1/scores', { answer: missionScoresSchema })).toEqual(scores);
  });

  it('refuses an answer outside its schema in tests, naming the endpoint and what is wrong', async () => {
    serverAnswers({ ...scoreMission([], {}), trend: { trend: 'upwards', slope: null, periods: [] } });
    const api = await apiClient();
    await expect(api.get('/missions/1/scores', { answer: missionScoresSchema })).rejects.toThrow(
      /^GET \/api\/missions\/1\/scores answered outside its schema:[\s\S]*trend\.trend/,
    );
  });

  it('does not check in a production build', async () => {
    vi.stubEnv('DEV', false);
    vi.stubEnv('MODE', 'production');
    const drifted = { ...scoreMission([], {}), trend: { trend: 'upwards', slope: null, periods: [] } };
    serverAnswers(drifted);
    const api = await apiClient();
    expect(await api.get('/missions/1/scores', { answer: missionScoresSchema })).toEqual(drifted);
  });
});
