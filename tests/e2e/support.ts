import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import type { Mission, MissionInput } from '@cpea/shared/mission';
import type { MissionSummary } from '@cpea/shared/portfolio';

/** The first admin's password, given to the server started by playwright.config.ts. */
export const E2E_ADMIN_PASSWORD = 'e2e-admin-password';
/** The signed-in admin's cookies, written by auth.setup.ts and reused by every test. */
export const ADMIN_STATE = 'test-results/.auth/admin.json';

/** Sets a mission's violent-incidents baseline (target 50 % of it) through the API: counts have no default baseline. */
export async function setIncidentsBaseline(request: APIRequestContext, missionId: number, baseline: number) {
  const response = await request.put(`/api/missions/${missionId}/targets`, {
    data: {
      targets: { violent_incidents: { baseline, target: null, weight: 1 } },
      kpiWeights: {
        violence_reduction: 0.25,
        dispute_resolution: 0.25,
        local_capacity: 0.25,
        civilian_protection: 0.25,
      },
    },
  });
  expect(response.status(), await response.text()).toBe(200);
}

/** A mission made through the API, for tests about something else than the mission form. */
export async function createMission(request: APIRequestContext, input: Partial<MissionInput> = {}): Promise<Mission> {
  const suffix = Math.random().toString(36).slice(2, 7).toUpperCase();
  const response = await request.post('/api/missions', {
    data: {
      name: `Test mission ${suffix}`,
      acronym: `T${suffix}`,
      country: 'CAF',
      missionType: 'peacekeeping',
      leadOrganisation: 'UN',
      setting: 'mixed',
      startDate: '2023-01-01',
      ...input,
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as Mission;
}

/** The page as it stands passes axe's WCAG 2.1 A and AA rules; each violation is named with where it is. */
export async function expectNoAxeViolations(page: Page) {
  // A scan of a large screen takes seconds on a slow machine: a test that runs one gets three times the time.
  test.slow();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
  ).toEqual([]);
}

/** The comparison of these demo missions, by acronym, in the overview's order. */
export async function demoComparisonAddress(request: APIRequestContext, acronyms: readonly string[]): Promise<string> {
  const missions = (await (await request.get('/api/missions')).json()) as MissionSummary[];
  const ids = missions.filter((m) => acronyms.includes(m.acronym)).map((m) => m.id);
  expect(ids, acronyms.join(', ')).toHaveLength(acronyms.length);
  return `/compare?missions=${ids.join(',')}`;
}
