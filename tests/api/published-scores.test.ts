import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { approvedDemoScores, demoStore } from '../fixtures/published/approved-demo-scores';

const fixture = (name: string) =>
  JSON.parse(fs.readFileSync(new URL(`../fixtures/published/${name}`, import.meta.url), 'utf8')) as Record<
    string,
    unknown
  >;

// The scores of the demo portfolio's approved assessments as a freshly seeded demo publishes
// them under today's methodology (tests/fixtures/published/generate.ts). A change to scoring,
// targets, seeding or imports that moves any of them fails here: an approved number never
// changes silently.
const published = fixture('demo-approved-scores.json');
// The same, as methodology 2026.2 published them (the file written at the commit that first published them).
const publishedUnder2026_2 = fixture('demo-approved-scores-2026.2.json');

describe('approved scores', () => {
  it('are exactly those published, for every approved assessment of the demo portfolio', () => {
    expect(Object.keys(published).length).toBeGreaterThan(50);
    expect(approvedDemoScores()).toEqual(published);
  });

  it('published under an earlier methodology keep their numbers: a new method does not recompute them', () => {
    // A database whose approved assessments were published under 2026.2, as it stands on upgrade.
    const store = demoStore();
    store.db.transaction(() => {
      for (const [key, score] of Object.entries(publishedUnder2026_2)) {
        const [acronym, period] = key.split(' ');
        store.db
          .prepare(
            `UPDATE published_scores SET methodology_version = '2026.2',
               score = json_patch(score, ?), settings = json_set(settings, '$.methodologyVersion', '2026.2')
             WHERE assessment_id = (SELECT a.id FROM assessments a JOIN missions m ON m.id = a.mission_id
                                     WHERE m.acronym = ? AND a.period = ?)`,
          )
          .run(JSON.stringify(score), acronym, period);
      }
    })();
    const shown = approvedDemoScores(store);
    expect(shown).toEqual(publishedUnder2026_2);
    // and they differ from what today's method would publish, so the test has something to hold
    expect(shown).not.toEqual(published);
  });
});
