import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { approvedDemoScores } from '../fixtures/published/approved-demo-scores';

// The scores of the demo portfolio's approved assessments, as written at the commit that first
// published them (tests/fixtures/published/generate.ts). A change to scoring, targets, seeding or
// imports that moves any of them fails here: an approved number never changes silently.
const published = JSON.parse(
  fs.readFileSync(new URL('../fixtures/published/demo-approved-scores.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

describe('approved scores', () => {
  it('are exactly those published, for every approved assessment of the demo portfolio', () => {
    expect(Object.keys(published).length).toBeGreaterThan(50);
    expect(approvedDemoScores()).toEqual(published);
  });
});
