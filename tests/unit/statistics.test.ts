import { describe, expect, it } from 'vitest';
import {
  ASSOCIATION_MIN_N,
  averageRanks,
  challengeAssociation,
  mean,
  pearson,
  spearmanRho,
  type AssociationPoint,
} from '../../shared/src/statistics';

// Every expected number is worked out by hand in the comment beside it.

describe('mean', () => {
  it('averages, and is null (not 0) for nothing', () => {
    expect(mean([1, 2, 3, 4])).toBe(2.5); // 10 / 4
    expect(mean([0])).toBe(0);
    expect(mean([])).toBeNull();
  });
});

describe('averageRanks', () => {
  it.each<[number[], number[]]>([
    [[], []],
    [
      [30, 10, 20],
      [3, 1, 2],
    ], // no ties: 10→1, 20→2, 30→3
    [
      [10, 20, 20, 30],
      [1, 2.5, 2.5, 4],
    ], // the 20s share positions 2 and 3 → (2+3)/2 = 2.5
    [
      [3, 1, 4, 1, 5],
      [3, 1.5, 4, 1.5, 5],
    ], // sorted 1 1 3 4 5: the 1s share (1+2)/2 = 1.5
    [
      [7, 7, 7],
      [2, 2, 2],
    ], // all tied: (1+2+3)/3 = 2
    [
      [0, 1, 1, 3, 3, 3, 4],
      [1, 2.5, 2.5, 5, 5, 5, 7],
    ], // 1s: (2+3)/2; 3s: (4+5+6)/3 = 5
  ])('%j → %j', (xs, ranks) => {
    expect(averageRanks(xs)).toEqual(ranks);
  });

  it('ranks always sum to n(n+1)/2', () => {
    expect(averageRanks([2, 2, 9, 2, 1]).reduce((a, b) => a + b, 0)).toBe(15); // 5·6/2
  });
});

describe('spearmanRho', () => {
  it('is +1 for any increasing relation and −1 for any decreasing one', () => {
    expect(spearmanRho([1, 2, 3, 4], [10, 20, 30, 40])).toBeCloseTo(1, 12);
    expect(spearmanRho([1, 2, 3, 4], [1, 4, 9, 16])).toBeCloseTo(1, 12); // monotone, not linear
    expect(spearmanRho([1, 2, 3], [30, 20, 10])).toBeCloseTo(-1, 12);
    expect(spearmanRho([4, 0, 2], [0, 100, 50])).toBeCloseTo(-1, 12); // order of the pairs is irrelevant
  });

  it('handles ties by average ranks (Pearson on the ranks), not by the 6Σd² shortcut', () => {
    // x = 1 2 2 3 → ranks 1 2.5 2.5 4 (mean 2.5); y = 1 3 2 4 → ranks 1 3 2 4 (mean 2.5)
    //   dx = −1.5  0    0   1.5
    //   dy = −1.5  0.5 −0.5 1.5
    //   Σdx·dy = 2.25 + 0 + 0 + 2.25 = 4.5;  Σdx² = 4.5;  Σdy² = 2.25 + 0.25 + 0.25 + 2.25 = 5
    //   rho = 4.5 / √(4.5 · 5) = 4.5 / √22.5 = √0.9 = 0.9486833
    // (The no-ties shortcut would say 1 − 6·0.5 / (4·15) = 0.95: wrong with ties.)
    expect(spearmanRho([1, 2, 2, 3], [1, 3, 2, 4])).toBeCloseTo(Math.sqrt(0.9), 10);
    expect(spearmanRho([1, 2, 2, 3], [1, 3, 2, 4])).toBeCloseTo(0.9486833, 6);
  });

  it('is null when either side does not vary or there are fewer than two pairs', () => {
    expect(spearmanRho([2, 2, 2], [1, 2, 3])).toBeNull();
    expect(spearmanRho([1, 2, 3], [5, 5, 5])).toBeNull();
    expect(spearmanRho([1], [1])).toBeNull();
    expect(spearmanRho([], [])).toBeNull();
  });

  it('refuses sides of different lengths', () => {
    expect(() => spearmanRho([1, 2], [1])).toThrow();
  });
});

describe('pearson', () => {
  it('is the plain correlation', () => {
    // x = 1 2 3, y = 2 4 7: means 2 and 13/3; dx = −1 0 1; dy = −7/3 −1/3 8/3
    // Σdx·dy = 7/3 + 8/3 = 5; Σdx² = 2; Σdy² = (49 + 1 + 64)/9 = 114/9
    // r = 5 / √(2 · 114/9) = 5 / √(228/9) = 15 / √228 = 0.9933993
    expect(pearson([1, 2, 3], [2, 4, 7])).toBeCloseTo(15 / Math.sqrt(228), 12);
  });
});

describe('challengeAssociation', () => {
  const point = (overall: number | null, severities: AssociationPoint['severities']): AssociationPoint => ({
    overall,
    severities,
  });
  // resources / overall:      coordination: 2 everywhere;  political_will rated 4 times
  const points = [
    point(90, { resources: 0, coordination: 2, political_will: 1 }),
    point(70, { resources: 1, coordination: 2, political_will: 2 }),
    point(60, { resources: 2, coordination: 2, political_will: 3 }),
    point(40, { resources: 3, coordination: 2, political_will: 4 }),
    point(40, { resources: 4, coordination: 2 }),
    point(null, { resources: 4, coordination: 2, political_will: 0 }), // no score: left out
    point(10, { resources: null }), // no severity: left out
  ];
  const rows = challengeAssociation(points);
  const row = (id: string) => rows.find((r) => r.challenge === id);

  it('gives a row for every challenge category', () => {
    expect(rows).toHaveLength(10);
    expect(ASSOCIATION_MIN_N).toBe(5);
  });

  it('computes n, the effectiveness gap and rho by hand', () => {
    // Pairs (severity, overall): (0,90) (1,70) (2,60) (3,40) (4,40); n = 5
    // severity ≥ 3: 40, 40 → mean 40;  severity ≤ 1: 90, 70 → mean 80;  gap = 40 − 80 = −40
    // Ranks: severity 1 2 3 4 5 (mean 3); overall 90→5, 70→4, 60→3, 40 and 40 → 1.5 each (mean 3)
    //   dx = −2 −1  0  1    2
    //   dy =  2  1  0 −1.5 −1.5
    //   Σdx·dy = −4 −1 +0 −1.5 −3 = −9.5;  Σdx² = 10;  Σdy² = 4 + 1 + 0 + 2.25 + 2.25 = 9.5
    //   rho = −9.5 / √(10 · 9.5) = −√0.95 = −0.9746794
    const resources = row('resources');
    expect(resources).toMatchObject({ n: 5, nHigh: 2, nLow: 2, meanOverallHigh: 40, meanOverallLow: 80, gap: -40 });
    expect(resources?.rho).toBeCloseTo(-Math.sqrt(0.95), 10);
    expect(resources?.suppressed).toBe(false);
    expect(resources?.reason).toBeNull();
  });

  it('suppresses a category with fewer than 5 assessments with both a score and a severity', () => {
    // political_will: four scored points (90,1) (70,2) (60,3) (40,4); the fifth rating has no score.
    expect(row('political_will')).toMatchObject({
      n: 4,
      suppressed: true,
      gap: null,
      rho: null,
      meanOverallHigh: null,
      meanOverallLow: null,
    });
    expect(row('political_will')?.reason).toMatch(/Fewer than 5 assessments with both a score and a severity/);
    expect(row('evolving_threats')).toMatchObject({ n: 0, suppressed: true });
  });

  it('leaves gap and rho null (not 0) when severity never varies', () => {
    // coordination is 2 everywhere: neither ≥ 3 nor ≤ 1 exists, and the ranks do not vary.
    const coordination = row('coordination');
    expect(coordination).toMatchObject({ n: 5, suppressed: false, gap: null, rho: null, nHigh: 0, nLow: 0 });
    expect(coordination?.reason).toMatch(/does not vary/);
  });
});
