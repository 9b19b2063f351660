import { describe, expect, it } from 'vitest';
import type { IndicatorValues } from '../../shared/src/assessment';
import { DEFAULT_KPI_WEIGHTS, resolveTargets, scoreAssessment, type KpiWeights } from '../../shared/src/scoring';
import {
  describeRankChange,
  rankScores,
  searchWithWeights,
  weightsFromSearch,
  whatIfRanking,
  type RankInput,
} from '../../client/src/features/missions/lib/what-if';

const weights = (v: number, d: number, l: number, c: number): KpiWeights => ({
  violence_reduction: v,
  dispute_resolution: d,
  local_capacity: l,
  civilian_protection: c,
});

describe('what-if overall', () => {
  it('is exactly the overall the server computes under the what-if weights', () => {
    const values: IndicatorValues = {
      violent_incidents: 30,
      conflict_fatalities: 12,
      disputes_recorded: 10,
      disputes_resolved: 6,
      local_led_operations_pct: 45,
      capability_rating: 3,
      threat_response_pct: 72,
    };
    const targets = resolveTargets(
      {
        violent_incidents: { baseline: 40, target: 20, weight: 2 },
        conflict_fatalities: { baseline: 20, target: 5, weight: 1 },
      },
      [{ period: '2024Q1', values }],
    );
    const saved = scoreAssessment(values, targets, DEFAULT_KPI_WEIGHTS);
    const kpiScores = Object.fromEntries(saved.kpis.map((kpi) => [kpi.kpi, kpi.score]));
    for (const w of [DEFAULT_KPI_WEIGHTS, weights(1, 0, 0.5, 0.05), weights(0.1, 0.9, 0.3, 0.7)]) {
      const [ranked] = whatIfRanking(
        [{ id: 1, acronym: 'A', savedOverall: saved.overall, completeness: saved.completeness, kpiScores }],
        w,
      );
      expect(ranked.whatIfOverall).toBe(scoreAssessment(values, targets, w).overall);
    }
  });

  it('leaves an unscored KPI out rather than counting it as zero', () => {
    // (1 × 100 + 0.25 × 0) / 1.25 = 80
    const [ranked] = whatIfRanking(
      [
        {
          id: 1,
          acronym: 'A',
          savedOverall: 50,
          completeness: 0.75,
          kpiScores: { violence_reduction: 100, civilian_protection: 0, dispute_resolution: null },
        },
      ],
      weights(1, 0.25, 0.25, 0.25),
    );
    expect(ranked.whatIfOverall).toBeCloseTo(80, 10);
    expect(ranked.whatIfBand).toBe('on_track');
  });
});

describe('rankScores', () => {
  it('ranks highest first, ties share a rank, unscored are unranked', () => {
    const ranks = rankScores([
      { id: 1, score: 50 },
      { id: 2, score: 80 },
      { id: 3, score: null },
      { id: 4, score: 50.04 }, // shown as 50.0, the same as mission 1
      { id: 5, score: 10 },
    ]);
    expect(Object.fromEntries(ranks)).toEqual({ 1: 2, 2: 1, 3: null, 4: 2, 5: 4 });
  });
});

describe('whatIfRanking', () => {
  // Mission A: local capacity 100, protection 0 -> saved (100 + 0) / 2 = 50, rank 1
  // Mission B: local capacity 0, protection 90 -> saved (0 + 90) / 2 = 45, rank 2
  const missions: RankInput[] = [
    // The completeness the server reported; the ranking reads it only to leave thin scores out.
    {
      id: 1,
      acronym: 'A',
      savedOverall: 50,
      completeness: 1,
      kpiScores: { local_capacity: 100, civilian_protection: 0 },
    },
    {
      id: 2,
      acronym: 'B',
      savedOverall: 45,
      completeness: 1,
      kpiScores: { local_capacity: 0, civilian_protection: 90 },
    },
    { id: 3, acronym: 'C', savedOverall: null, completeness: 0, kpiScores: {} },
  ];

  it('does not rank a score built on fewer than three of the four KPIs, however high', () => {
    const oneKpi: RankInput = {
      id: 4,
      acronym: 'D',
      savedOverall: 100,
      completeness: 0.25,
      kpiScores: { civilian_protection: 100 },
    };
    const ranked = whatIfRanking([...missions, oneKpi], DEFAULT_KPI_WEIGHTS);
    expect(ranked.map((row) => [row.acronym, row.savedRank, row.whatIfRank, row.whatIfBand])).toEqual([
      ['A', 1, 1, 'partial'],
      ['B', 2, 2, 'partial'],
      ['C', null, null, null],
      ['D', null, null, null],
    ]);
  });

  it('keeps the saved ranking under the saved (equal) weights', () => {
    const ranked = whatIfRanking(missions, DEFAULT_KPI_WEIGHTS);
    expect(ranked.map((row) => [row.acronym, row.savedRank, row.whatIfRank, row.rankChange])).toEqual([
      ['A', 1, 1, 0],
      ['B', 2, 2, 0],
      ['C', null, null, null],
    ]);
  });

  it('re-ranks when protection of civilians weighs 1 and the others 0.25', () => {
    // A: (0.25 × 100 + 1 × 0) / 1.25 = 20; B: (0.25 × 0 + 1 × 90) / 1.25 = 72
    const ranked = whatIfRanking(missions, weights(0.25, 0.25, 0.25, 1));
    expect(ranked.map((row) => row.acronym)).toEqual(['B', 'A', 'C']);
    const [b, a] = ranked;
    expect(b.whatIfOverall).toBeCloseTo(72, 10);
    expect(b.whatIfBand).toBe('on_track');
    expect(b.rankChange).toBe(1);
    expect(a.whatIfOverall).toBeCloseTo(20, 10);
    expect(a.whatIfBand).toBe('off_track');
    expect(a.rankChange).toBe(-1);
  });

  it('leaves missions whose KPI scores are still loading unranked, at the end', () => {
    const ranked = whatIfRanking([{ ...missions[0], kpiScores: null }, missions[1]], DEFAULT_KPI_WEIGHTS);
    expect(ranked.map((row) => [row.acronym, row.whatIfRank, row.rankChange])).toEqual([
      ['B', 1, 1],
      ['A', null, null],
    ]);
  });
});

describe('describeRankChange', () => {
  it('says the change in words with an arrow', () => {
    expect(describeRankChange(2)).toBe('▲ 2 up');
    expect(describeRankChange(-1)).toBe('▼ 1 down');
    expect(describeRankChange(0)).toBe('No change');
    expect(describeRankChange(null)).toBe('Not ranked');
  });
});

describe('what-if weights in the URL', () => {
  it('round-trips through the search parameters, keeping the other parameters', () => {
    const chosen = weights(1, 0.25, 0, 0.95);
    const search = searchWithWeights(new URLSearchParams('country=CAF&lang=fr'), chosen);
    expect(search.get('country')).toBe('CAF');
    expect(search.get('lang')).toBe('fr');
    expect(weightsFromSearch(new URLSearchParams(search.toString()))).toEqual(chosen);
    expect(searchWithWeights(search, null).has('weights')).toBe(false);
  });

  it('has no weights when the parameter is absent or holds nothing usable', () => {
    expect(weightsFromSearch(new URLSearchParams(''))).toBeNull();
    expect(weightsFromSearch(new URLSearchParams('weights=nonsense,other:x,civilian_protection:'))).toBeNull();
  });

  it('keeps the default for KPIs left out or malformed, and clamps to the sliders’ range', () => {
    expect(
      weightsFromSearch(new URLSearchParams('weights=civilian_protection:7,local_capacity:-1,dispute_resolution:x')),
    ).toEqual({ ...DEFAULT_KPI_WEIGHTS, civilian_protection: 1, local_capacity: 0 });
  });
});
