import { describe, expect, it } from 'vitest';
import { averageRanks, mean, pearson, spearmanRho } from '../../shared/src/statistics';

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
