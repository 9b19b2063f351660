import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listMissionSummaries } from '../../server/src/services/missions';
import {
  PUBLISHED_UNDER_2026_2,
  approvedDemoScores,
  demoStore,
  publishedUnder2026_2,
} from '../fixtures/published/approved-demo-scores';

// The scores of the demo portfolio's approved assessments as a freshly seeded demo publishes
// them under today's methodology (tests/fixtures/published/generate.ts). A change to scoring,
// targets, seeding or imports that moves any of them fails here: an approved number never
// changes silently.
const published = JSON.parse(
  fs.readFileSync(new URL('../fixtures/published/demo-approved-scores.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

describe('approved scores', () => {
  it('are exactly those published, for every approved assessment of the demo portfolio', () => {
    expect(Object.keys(published).length).toBeGreaterThan(50);
    expect(approvedDemoScores()).toEqual(published);
  });

  it('published under an earlier methodology keep their numbers: a new method does not recompute them', () => {
    // A database whose approved assessments were published under 2026.2, as it stands on upgrade.
    const shown = approvedDemoScores(publishedUnder2026_2(demoStore()));
    expect(shown).toEqual(PUBLISHED_UNDER_2026_2);
    // and they differ from what today's method would publish, so the test has something to hold
    expect(shown).not.toEqual(published);
  });

  it('are what the overview shows, latest and sparkline, read as published and not scored again', () => {
    const store = publishedUnder2026_2(demoStore());
    const overview = listMissionSummaries(store, { includeArchived: true, includeUnapproved: false });
    const shown = Object.fromEntries(
      overview.flatMap((mission) =>
        mission.sparkline.map((point) => [`${mission.acronym} ${point.period}`, point.overall]),
      ),
    );
    const stored = Object.fromEntries(
      Object.entries(PUBLISHED_UNDER_2026_2).map(([key, score]) => [
        key,
        (score as { overall: number | null }).overall,
      ]),
    );
    expect(shown).toEqual(stored);
    for (const mission of overview) {
      const last = mission.sparkline.at(-1);
      expect(mission.latest?.overall ?? null).toBe(last?.overall ?? null);
      if (mission.latest) expect(mission.latest).toMatchObject({ status: 'approved', scoreBasis: 'published' });
    }
  });
});
