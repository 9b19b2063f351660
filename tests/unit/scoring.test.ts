import { describe, expect, it } from 'vitest';
import type { IndicatorValues } from '../../shared/src/assessment';
import type { Direction, IndicatorId, KpiId } from '../../shared/src/catalog';
import {
  bandFor,
  bandOf,
  boundOrigins,
  DEFAULT_KPI_WEIGHTS,
  hasEnoughKpis,
  overallScore,
  resolveTargets,
  scoreAssessment,
  scoreDraft,
  scoreIndicator,
  scoreMission,
  scoredKpiCount,
  trendOf,
  versionInForce,
  windowBaseline,
  type AssessmentScore,
  type Band,
  type Flag,
  type IndicatorScore,
  type KpiWeights,
  type ScorableAssessment,
  type ScoringVersion,
  type TrendClass,
} from '../../shared/src/scoring';
import { modifiedZScore, outlierCheck } from '../../shared/src/method/outlier';
import { TOO_FEW_EVENTS_TEXT } from '../../shared/src/method/rate-ratio';
import type { MissionTargets } from '../../shared/src/targets';

// Every expected number below is worked out by hand from DESIGN §5 in the comment beside it,
// never computed by the code under test.

const LOWER: Direction = 'lower_is_better';
const HIGHER: Direction = 'higher_is_better';

function expectScore(actual: number | null, expected: number | null) {
  if (expected == null) expect(actual).toBeNull();
  else expect(actual).toBeCloseTo(expected, 6);
}

describe('scoreIndicator', () => {
  it.each<[string, number | null, number | null, number | null, Direction, number | null]>([
    // lower is better, baseline 100, target 50
    ['at baseline', 100, 100, 50, LOWER, 0], // (100-100)/(50-100) = 0 -> 0
    ['at target', 50, 100, 50, LOWER, 100], // (50-100)/(50-100) = 1 -> 100
    ['halfway', 75, 100, 50, LOWER, 50], // (75-100)/(50-100) = 0.5 -> 50
    ['most of the way', 60, 100, 50, LOWER, 80], // (60-100)/(50-100) = 0.8 -> 80
    ['a little of the way', 90, 100, 50, LOWER, 20], // (90-100)/(50-100) = 0.2 -> 20
    ['beyond target', 20, 100, 50, LOWER, 100], // (20-100)/(50-100) = 1.6, clamped to 1 -> 100
    ['down to zero', 0, 100, 50, LOWER, 100], // (0-100)/(50-100) = 2, clamped to 1 -> 100
    ['worse than baseline', 130, 100, 50, LOWER, 0], // (130-100)/(50-100) = -0.6, clamped to 0 -> 0
    ['other numbers', 31, 40, 10, LOWER, 30], // (31-40)/(10-40) = -9/-30 = 0.3 -> 30
    ['zero is a value, not missing', 0, 0, 0, LOWER, 100], // target = baseline = 0, 0 <= 0 -> 100
    // higher is better, baseline 0, target 80
    ['at baseline (higher)', 0, 0, 80, HIGHER, 0], // (0-0)/(80-0) = 0 -> 0
    ['at target (higher)', 80, 0, 80, HIGHER, 100], // 80/80 = 1 -> 100
    ['halfway (higher)', 40, 0, 80, HIGHER, 50], // 40/80 = 0.5 -> 50
    ['three quarters (higher)', 60, 0, 80, HIGHER, 75], // 60/80 = 0.75 -> 75
    ['beyond target (higher)', 100, 0, 80, HIGHER, 100], // 100/80 = 1.25, clamped to 1 -> 100
    ['worse than baseline (higher)', 10, 20, 60, HIGHER, 0], // (10-20)/(60-20) = -0.25, clamped to 0 -> 0
    ['rating halfway', 2.5, 1, 4, HIGHER, 50], // (2.5-1)/(4-1) = 1.5/3 = 0.5 -> 50
    ['rating two thirds', 3, 1, 4, HIGHER, 200 / 3], // (3-1)/(4-1) = 2/3 -> 66.67
    ['non-zero baseline', 48, 30, 75, HIGHER, 40], // (48-30)/(75-30) = 18/45 = 0.4 -> 40
    ['count with a mission target', 150, 0, 200, HIGHER, 75], // 150/200 = 0.75 -> 75
    // target equal to baseline: 100 when at least as good, else 0
    ['equal, lower, at it', 10, 10, 10, LOWER, 100], // 10 <= 10 -> 100
    ['equal, lower, better', 5, 10, 10, LOWER, 100], // 5 <= 10 -> 100
    ['equal, lower, worse', 11, 10, 10, LOWER, 0], // 11 > 10 -> 0
    ['equal, lower, zero baseline, worse', 1, 0, 0, LOWER, 0], // 1 > 0 -> 0
    ['equal, higher, at it', 50, 50, 50, HIGHER, 100], // 50 >= 50 -> 100
    ['equal, higher, better', 70, 50, 50, HIGHER, 100], // 70 >= 50 -> 100
    ['equal, higher, worse', 49, 50, 50, HIGHER, 0], // 49 < 50 -> 0
    // unscored, not zero
    ['missing value (lower)', null, 100, 50, LOWER, null], // not measured -> null
    ['missing value (higher)', null, 0, 80, HIGHER, null], // not measured -> null
    ['missing target', 60, 100, null, LOWER, null], // no target -> null
    ['missing baseline', 60, null, 50, LOWER, null], // no baseline -> null
    ['missing target and baseline', 120, null, null, HIGHER, null], // nothing to score against -> null
  ])('%s: value %s, baseline %s, target %s, %s -> %s', (_label, value, baseline, target, direction, expected) => {
    expectScore(scoreIndicator(value, baseline, target, direction), expected);
  });
});

describe('bandOf', () => {
  it.each<[number | null, Band | null]>([
    [0, 'off_track'],
    [39.99, 'off_track'],
    [40, 'partial'],
    [55, 'partial'],
    [69.99, 'partial'],
    [70, 'on_track'],
    [100, 'on_track'],
    [null, null],
  ])('%s -> %s', (score, band) => {
    expect(bandOf(score)).toBe(band);
  });
});

// Mission targets that make hand arithmetic easy; the rest fall back to the catalog
// (dispute_resolution_rate 0 -> 80, local_led_operations_pct 0 -> 75, capability_rating 1 -> 4,
// threat_response_pct 0 -> 90).
const MISSION_TARGETS: MissionTargets = {
  violent_incidents: { baseline: 100, target: 50, weight: 1 },
  conflict_fatalities: { baseline: 200, target: 100, weight: 1 },
  personnel_trained: { baseline: 0, target: 200, weight: 1 },
  civilian_casualties: { baseline: 40, target: 20, weight: 1 },
  community_engagements: { baseline: 0, target: 100, weight: 1 },
};

const VIOLENCE = { violent_incidents: 60, conflict_fatalities: 150 }; // 80 and 50 -> KPI 65
const DISPUTES = { disputes_recorded: 20, disputes_resolved: 12 }; // rate 60 % -> 60/80 = 0.75 -> KPI 75
const CAPACITY = { personnel_trained: 100, local_led_operations_pct: 30, capability_rating: 2.5 }; // 50, 40, 50 -> 140/3
const PROTECTION = { civilian_casualties: 30, threat_response_pct: 72, community_engagements: 100 }; // 50, 80, 100 -> 230/3
const ALL_FOUR = { ...VIOLENCE, ...DISPUTES, ...CAPACITY, ...PROTECTION };

interface AssessmentCase {
  label: string;
  values: IndicatorValues;
  settings?: MissionTargets;
  kpiWeights?: KpiWeights;
  kpis: Partial<Record<KpiId, number | null>>;
  overall: number | null;
  completeness: number;
  band: Band | null;
}

const kpiScoreOf = (score: AssessmentScore, kpi: KpiId) => score.kpis.find((item) => item.kpi === kpi)?.score ?? null;

describe('scoreAssessment', () => {
  it.each<AssessmentCase>([
    {
      label: 'two violence indicators at equal weight',
      values: VIOLENCE,
      // (60-100)/(50-100) = 0.8 -> 80; (150-200)/(100-200) = 0.5 -> 50; (80+50)/2 = 65
      kpis: { violence_reduction: 65, dispute_resolution: null },
      overall: 65, // only KPI present
      completeness: 0.25, // 1 of 4
      band: null, // fewer than three of four KPIs: no band
    },
    {
      label: 'a missing indicator is left out of its KPI, not counted as zero',
      values: { violent_incidents: 60, conflict_fatalities: null },
      kpis: { violence_reduction: 80 }, // 80 alone, not (80+0)/2 = 40
      overall: 80,
      completeness: 0.25,
      band: null, // fewer than three of four KPIs: no band
    },
    {
      label: 'indicator weights within a KPI',
      values: VIOLENCE,
      settings: { ...MISSION_TARGETS, violent_incidents: { baseline: 100, target: 50, weight: 3 } },
      kpis: { violence_reduction: 72.5 }, // (3*80 + 1*50)/(3+1) = 290/4 = 72.5
      overall: 72.5,
      completeness: 0.25,
      band: null, // fewer than three of four KPIs: no band
    },
    {
      label: 'dispute resolution rate is derived from resolved / recorded',
      values: DISPUTES,
      kpis: { dispute_resolution: 75 }, // 12/20*100 = 60 %; 60/80 = 0.75 -> 75
      overall: 75,
      completeness: 0.25,
      band: null, // fewer than three of four KPIs: no band
    },
    {
      label: 'a low dispute resolution rate',
      values: { disputes_recorded: 8, disputes_resolved: 2 },
      kpis: { dispute_resolution: 31.25 }, // 2/8*100 = 25 %; 25/80 = 0.3125 -> 31.25
      overall: 31.25,
      completeness: 0.25,
      band: null, // fewer than three of four KPIs: no band
    },
    {
      label: 'every dispute resolved is above the 80 % target and clamps to 100',
      values: { disputes_recorded: 10, disputes_resolved: 10 },
      kpis: { dispute_resolution: 100 }, // 100 %; 100/80 = 1.25 -> clamped to 1 -> 100
      overall: 100,
      completeness: 0.25,
      band: null, // fewer than three of four KPIs: no band
    },
    {
      label: 'no disputes recorded leaves the KPI unscored',
      values: { disputes_recorded: 0, disputes_resolved: 0 },
      kpis: { dispute_resolution: null }, // 0/0 is no rate at all
      overall: null,
      completeness: 0, // 0 of 4
      band: null,
    },
    {
      label: 'local capacity from three indicators',
      values: CAPACITY,
      // 100/200 = 0.5 -> 50; 30/75 = 0.4 -> 40; (2.5-1)/(4-1) = 0.5 -> 50; (50+40+50)/3 = 46.67
      kpis: { local_capacity: 140 / 3 },
      overall: 140 / 3,
      completeness: 0.25,
      band: null, // fewer than three of four KPIs: no band
    },
    {
      label: 'civilian protection from three indicators',
      values: PROTECTION,
      // (30-40)/(20-40) = 0.5 -> 50; 72/90 = 0.8 -> 80; 100/100 -> 100; (50+80+100)/3 = 76.67
      kpis: { civilian_protection: 230 / 3 },
      overall: 230 / 3,
      completeness: 0.25,
      band: null, // fewer than three of four KPIs: no band
    },
    {
      label: 'all four KPIs at default weights',
      values: ALL_FOUR,
      kpis: { violence_reduction: 65, dispute_resolution: 75, local_capacity: 140 / 3, civilian_protection: 230 / 3 },
      // (65 + 75 + 140/3 + 230/3)/4 = (420/3 + 370/3)/4 = 790/12 = 65.83
      overall: 790 / 12,
      completeness: 1,
      band: 'partial',
    },
    {
      label: 'KPI weights in the overall score',
      values: ALL_FOUR,
      kpiWeights: { violence_reduction: 0.1, dispute_resolution: 0.7, local_capacity: 0.1, civilian_protection: 0.1 },
      kpis: { dispute_resolution: 75 },
      // 0.1*65 + 0.7*75 + 0.1*140/3 + 0.1*230/3 = 6.5 + 52.5 + 14/3 + 23/3 = 59 + 37/3 = 71.33, weights sum to 1
      overall: 59 + 37 / 3,
      completeness: 1,
      band: 'on_track',
    },
    {
      label: 'two of four KPIs: the overall is the mean of the present ones only',
      values: { violent_incidents: 60, threat_response_pct: 36 },
      kpis: { violence_reduction: 80, civilian_protection: 40 }, // 80; 36/90 = 0.4 -> 40
      overall: 60, // (80+40)/2 = 60, not (80+40+0+0)/4 = 30
      completeness: 0.5, // 2 of 4
      band: null, // fewer than three of four KPIs: no band
    },
    {
      label: 'two of four KPIs under other KPI weights',
      values: { violent_incidents: 60, threat_response_pct: 36 },
      kpiWeights: { violence_reduction: 0.6, dispute_resolution: 0.1, local_capacity: 0.1, civilian_protection: 0.2 },
      kpis: { violence_reduction: 80, civilian_protection: 40 },
      overall: 70, // (0.6*80 + 0.2*40)/(0.6+0.2) = (48+8)/0.8 = 70
      completeness: 0.5,
      band: null, // fewer than three of four KPIs: no band
    },
    {
      label: 'a higher-is-better count with no mission target is unscored',
      values: { personnel_trained: 150 },
      settings: {},
      kpis: { local_capacity: null }, // no target for personnel_trained
      overall: null,
      completeness: 0,
      band: null,
    },
    {
      label: 'a lower-is-better count with no baseline set is unscored',
      values: { violent_incidents: 60 },
      settings: {},
      kpis: { violence_reduction: null }, // no baseline: the first value is no longer a default
      overall: null,
      completeness: 0,
      band: null,
    },
    {
      label: 'target equal to baseline and the value worse',
      values: { violent_incidents: 13 },
      settings: { violent_incidents: { baseline: 10, target: 10, weight: 1 } },
      kpis: { violence_reduction: 0 }, // 13 > 10 -> 0
      overall: 0,
      completeness: 0.25,
      band: null, // fewer than three of four KPIs: no band
    },
  ])('$label', ({ values, settings, kpiWeights, kpis, overall, completeness, band }) => {
    const score = scoreAssessment(values, resolveTargets(settings ?? MISSION_TARGETS, []), kpiWeights);
    for (const [kpi, expected] of Object.entries(kpis) as [KpiId, number | null][]) {
      expectScore(kpiScoreOf(score, kpi), expected);
    }
    expectScore(score.overall, overall);
    expect(score.completeness).toBe(completeness);
    expect(score.band).toBe(band);
  });

  const indicatorScore = (score: AssessmentScore, id: IndicatorId) =>
    score.kpis.flatMap((kpi) => kpi.indicators).find((item) => item.indicator === id);

  it('gives the reason an indicator is unscored', () => {
    const score = scoreAssessment(
      { disputes_recorded: 0, disputes_resolved: 0, personnel_trained: 40 },
      resolveTargets({}, []),
    );
    expect(indicatorScore(score, 'dispute_resolution_rate')).toMatchObject({
      value: null,
      score: null,
      unscoredReason: 'no_disputes_recorded',
    });
    expect(indicatorScore(score, 'disputes_recorded')?.unscoredReason).toBe('context_only');
    expect(indicatorScore(score, 'disputes_resolved')?.unscoredReason).toBe('context_only');
    expect(indicatorScore(score, 'personnel_trained')).toMatchObject({ score: null, unscoredReason: 'no_target' });
    expect(indicatorScore(score, 'threat_response_pct')).toMatchObject({ score: null, unscoredReason: 'not_measured' });
  });

  it('carries the inputs of every indicator score', () => {
    const score = scoreAssessment(DISPUTES, resolveTargets(MISSION_TARGETS, []));
    expect(indicatorScore(score, 'dispute_resolution_rate')).toEqual({
      indicator: 'dispute_resolution_rate',
      value: 60, // 12/20*100
      baseline: 0,
      target: 80,
      direction: 'higher_is_better',
      weight: 1,
      origin: 'catalog',
      score: 75, // 60/80 = 0.75 -> 75
      unscoredReason: null,
      rateRatio: null, // a percent, not a count
    });
    expect(score.kpis.find((kpi) => kpi.kpi === 'dispute_resolution')?.weight).toBe(0.25);
  });

  it('uses weights of 0.25 per KPI by default', () => {
    expect(DEFAULT_KPI_WEIGHTS).toEqual({
      violence_reduction: 0.25,
      dispute_resolution: 0.25,
      local_capacity: 0.25,
      civilian_protection: 0.25,
    });
  });
});

describe('resolveTargets', () => {
  const history = [
    { period: '2024Q2', status: 'approved' as const, values: { violent_incidents: 80, conflict_fatalities: 45 } },
    { period: '2024Q1', status: 'approved' as const, values: { violent_incidents: 120, conflict_fatalities: null } },
    { period: '2023Q4', status: 'approved' as const, values: { violent_incidents: null } },
  ];

  it('gives a count no baseline until the mission sets one, whatever the history', () => {
    const targets = resolveTargets({}, history);
    for (const id of ['violent_incidents', 'conflict_fatalities', 'civilian_casualties'] as const) {
      expect(targets[id]).toEqual({ baseline: null, target: null, weight: 1, origin: 'none' });
    }
    const score = scoreAssessment({ violent_incidents: 60 }, targets);
    expect(score.kpis[0].indicators[0]).toMatchObject({ value: 60, score: null, unscoredReason: 'no_baseline' });
  });

  it('uses the fixed catalog defaults for percents and ratings', () => {
    const targets = resolveTargets({}, []);
    expect(targets.dispute_resolution_rate).toEqual({ baseline: 0, target: 80, weight: 1, origin: 'catalog' });
    expect(targets.local_led_operations_pct).toEqual({ baseline: 0, target: 75, weight: 1, origin: 'catalog' });
    expect(targets.threat_response_pct).toEqual({ baseline: 0, target: 90, weight: 1, origin: 'catalog' });
    expect(targets.capability_rating).toEqual({ baseline: 1, target: 4, weight: 1, origin: 'catalog' });
  });

  it('sets no target for higher-is-better counts', () => {
    const targets = resolveTargets({}, [
      { period: '2024Q1', values: { personnel_trained: 300, community_engagements: 12 } },
    ]);
    expect(targets.personnel_trained).toEqual({ baseline: null, target: null, weight: 1, origin: 'none' });
    expect(targets.community_engagements).toEqual({ baseline: null, target: null, weight: 1, origin: 'none' });
    // a higher-is-better count without target keeps its reason: no target, not no baseline
    const score = scoreAssessment({ personnel_trained: 300 }, targets);
    const trained = score.kpis.flatMap((kpi) => kpi.indicators).find((i) => i.indicator === 'personnel_trained');
    expect(trained?.unscoredReason).toBe('no_target');
  });

  it('lets the mission settings override the defaults', () => {
    const targets = resolveTargets(
      {
        violent_incidents: { baseline: 200, target: 100, weight: 2 },
        threat_response_pct: { baseline: 50, target: 95, weight: 1 },
        personnel_trained: { baseline: 0, target: 400, weight: 0.5 },
      },
      history,
    );
    expect(targets.violent_incidents).toEqual({ baseline: 200, target: 100, weight: 2, origin: 'mission' });
    expect(targets.threat_response_pct).toEqual({ baseline: 50, target: 95, weight: 1, origin: 'mission' });
    expect(targets.personnel_trained).toEqual({ baseline: 0, target: 400, weight: 0.5, origin: 'mission' });
  });

  it('fills in what a mission leaves unset from the default rule', () => {
    const targets = resolveTargets(
      {
        violent_incidents: { baseline: null, target: 30, weight: 1 },
        conflict_fatalities: { baseline: 200, target: null, weight: 1 },
        local_led_operations_pct: { baseline: 20, target: null, weight: 1 },
        capability_rating: { baseline: null, target: null, weight: 2 },
      },
      history,
    );
    // a target alone: still no baseline, so nothing to score against
    expect(targets.violent_incidents).toEqual({ baseline: null, target: 30, weight: 1, origin: 'mission' });
    // target = 50 % of the baseline the mission set: 200*0.5 = 100
    expect(targets.conflict_fatalities).toEqual({ baseline: 200, target: 100, weight: 1, origin: 'mission' });
    // catalog target 75 kept
    expect(targets.local_led_operations_pct).toEqual({ baseline: 20, target: 75, weight: 1, origin: 'mission' });
    // only a weight: the catalog's 1 -> 4
    expect(targets.capability_rating).toEqual({ baseline: 1, target: 4, weight: 2, origin: 'catalog' });
  });

  it('reads a first value written down as the baseline, and says where it came from', () => {
    const targets = resolveTargets(
      {
        violent_incidents: {
          baseline: 120,
          baselineSource: { kind: 'first_value', period: '2024Q1' },
          target: null,
          weight: 1,
        },
      },
      [],
    );
    expect(targets.violent_incidents).toEqual({ baseline: 120, target: 60, weight: 1, origin: 'first_value' });
  });

  it('works a window baseline out as the mean of the approved values in it, never a draft or a submitted one', () => {
    const window = { kind: 'window' as const, from: '2023Q4', to: '2024Q3' };
    const withUnapproved = [
      ...history,
      { period: '2024Q3', status: 'draft' as const, values: { violent_incidents: 1000 } },
      { period: '2024Q4', status: 'approved' as const, values: { violent_incidents: 2000 } }, // outside the window
    ];
    const targets = resolveTargets(
      { violent_incidents: { baseline: 5, baselineSource: window, target: null, weight: 1 } },
      withUnapproved,
    );
    // (120 + 80) / 2 = 100; the typed 5 is ignored for a window; target 50 % of it
    expect(targets.violent_incidents).toEqual({
      baseline: 100,
      baselineWindow: { events: 200, periods: 2 },
      target: 50,
      weight: 1,
      origin: 'mission',
    });
    expect(windowBaseline('violent_incidents', window, withUnapproved)).toBe(100);
    const submitted = withUnapproved.map((point) => ({ ...point, status: 'submitted' as const }));
    expect(windowBaseline('violent_incidents', window, submitted)).toBeNull();
    expect(
      resolveTargets(
        { violent_incidents: { baseline: null, baselineSource: window, target: null, weight: 1 } },
        submitted,
      ).violent_incidents.baseline,
    ).toBeNull();
  });
});

describe('settings versions', () => {
  const v1: ScoringVersion = {
    id: 1,
    effectiveFrom: '2024Q1',
    targets: { violent_incidents: { baseline: 100, target: 50, weight: 1 } },
    kpiWeights: DEFAULT_KPI_WEIGHTS,
  };
  const v2: ScoringVersion = {
    id: 2,
    effectiveFrom: '2024Q3',
    targets: { violent_incidents: { baseline: 100, target: 0, weight: 1 } },
    kpiWeights: DEFAULT_KPI_WEIGHTS,
  };
  const v3: ScoringVersion = { ...v2, id: 3, targets: { violent_incidents: { baseline: 80, target: 40, weight: 1 } } };

  it('finds the version in force at a period: the latest effective-from not after it, the later saved on a tie', () => {
    expect(versionInForce([v2, v1], '2024Q1')?.id).toBe(1);
    expect(versionInForce([v2, v1], '2024Q2')?.id).toBe(1);
    expect(versionInForce([v2, v1], '2024Q3')?.id).toBe(2);
    expect(versionInForce([v2, v1], '2026Q1')?.id).toBe(2);
    expect(versionInForce([v3, v1, v2], '2024Q4')?.id).toBe(3);
    // a period before every version takes the first
    expect(versionInForce([v2, v1], '2023Q1')?.id).toBe(1);
    expect(versionInForce([], '2023Q1')).toBeUndefined();
  });

  it('scores each period under the version in force at it', () => {
    const history: ScorableAssessment[] = [
      { id: 1, period: '2024Q1', status: 'approved', values: { violent_incidents: 75 } },
      { id: 2, period: '2024Q2', status: 'draft', values: { violent_incidents: 75 } },
      { id: 3, period: '2024Q3', status: 'draft', values: { violent_incidents: 75 } },
    ];
    const scores = scoreMission(history, [v2, v1]);
    // v1: (75 − 100) / (50 − 100) = 0.5 -> 50; v2: (75 − 100) / (0 − 100) = 0.25 -> 25
    expect(scores.periods.map((p) => p.kpis[0].indicators[0].score)).toEqual([50, 50, 25]);
    expect(scores.targets.violent_incidents).toMatchObject({ baseline: 100, target: 0 });
    expect(scores.settingsVersions.map((v) => v.id)).toEqual([1, 2]);
  });
});

describe('overallScore', () => {
  it('is the weighted mean of the KPI scores present', () => {
    // (1 × 100 + 0.25 × 0) / 1.25 = 80; the unscored KPIs are left out, not counted as zero
    expectScore(
      overallScore(
        { violence_reduction: 100, civilian_protection: 0, dispute_resolution: null },
        { ...DEFAULT_KPI_WEIGHTS, violence_reduction: 1 },
      ),
      80,
    );
    // equal weights: (20 + 60) / 2 = 40
    expectScore(overallScore({ local_capacity: 20, civilian_protection: 60 }, DEFAULT_KPI_WEIGHTS), 40);
  });

  it('is unscored when no KPI is scored or every weight present is zero', () => {
    expect(overallScore({}, DEFAULT_KPI_WEIGHTS)).toBeNull();
    expect(overallScore({ violence_reduction: 50 }, { ...DEFAULT_KPI_WEIGHTS, violence_reduction: 0 })).toBeNull();
  });
});

describe('boundOrigins', () => {
  const history = [{ period: '2024Q1', values: { violent_incidents: 44 } }];

  it.each([
    ['violent_incidents', 'no_baseline', 'no_baseline'],
    ['threat_response_pct', 'catalog', 'catalog'],
    ['personnel_trained', 'none', 'none'],
    ['civilian_casualties', 'no_baseline', 'no_baseline'],
  ] as const)('names the catalog rule behind %s when the mission set neither bound', (id, baseline, target) => {
    expect(boundOrigins(id, undefined, resolveTargets({}, history)[id])).toEqual({ baseline, target });
  });

  it('tells a bound the mission set from one the catalog fills in', () => {
    const setting = { baseline: 40, target: null, weight: 1 };
    const resolved = resolveTargets({ violent_incidents: setting }, history).violent_incidents;
    // target 40 × 0.5 = 20, from the mission's baseline, and the indicator counts as the mission's
    expect(resolved).toEqual({ baseline: 40, target: 20, weight: 1, origin: 'mission' });
    expect(boundOrigins('violent_incidents', setting, resolved)).toEqual({
      baseline: 'mission',
      target: 'half_of_baseline',
    });
  });

  it('names a window and a first value written down', () => {
    const window = {
      baseline: null,
      baselineSource: { kind: 'window' as const, from: '2024Q1', to: '2024Q4' },
      target: null,
      weight: 1,
    };
    expect(boundOrigins('violent_incidents', window, { baseline: 10, target: 5 })).toEqual({
      baseline: 'window',
      target: 'half_of_baseline',
    });
    const first = {
      baseline: 44,
      baselineSource: { kind: 'first_value' as const, period: '2024Q1' },
      target: 10,
      weight: 1,
    };
    expect(boundOrigins('violent_incidents', first, { baseline: 44, target: 10 })).toEqual({
      baseline: 'first_value',
      target: 'mission',
    });
  });
});

describe('scoreDraft', () => {
  const saved: ScorableAssessment[] = [
    { id: 1, period: '2024Q1', status: 'approved', values: { violent_incidents: 100 } },
    { id: 2, period: '2024Q2', status: 'draft', values: { violent_incidents: 80 } },
  ];
  const settings: MissionTargets = {
    violent_incidents: {
      baseline: null,
      baselineSource: { kind: 'window', from: '2024Q1', to: '2024Q4' },
      target: null,
      weight: 1,
    },
    threat_response_pct: { baseline: 50, target: 100, weight: 1 },
  };
  const values: IndicatorValues = { violent_incidents: 60, threat_response_pct: 75 };

  it('scores a draft exactly as the server does once it is saved', () => {
    const scores = scoreMission(saved, settings);
    const draft = scoreDraft({ values, period: '2024Q3' }, scores);
    const server = scoreMission([...saved, { id: 3, period: '2024Q3', status: 'draft', values }], settings);
    const { assessmentId: _id, period: _p, status: _s, flags: _f, scoreBasis: _b, ...serverScore } = server.periods[2];
    expect(draft).toEqual(serverScore);
    // violent incidents: baseline 100 (the only approved value in the window), target 50; (60 − 100) / (50 − 100) = 0.8 -> 80
    expectScore(draft.kpis[0].indicators[0].score, 80);
    // threat response against the mission's own 50 -> 100: (75 − 50) / 50 = 0.5 -> 50
    const protection = draft.kpis.find((kpi) => kpi.kpi === 'civilian_protection');
    expectScore(protection?.indicators.find((i) => i.indicator === 'threat_response_pct')?.score ?? null, 50);
  });

  it('scores a draft under the version in force at its period', () => {
    const versions: ScoringVersion[] = [
      { id: 1, effectiveFrom: '2024Q1', targets: settings, kpiWeights: DEFAULT_KPI_WEIGHTS },
      {
        id: 2,
        effectiveFrom: '2024Q3',
        targets: { violent_incidents: { baseline: 60, target: 30, weight: 1 } },
        kpiWeights: DEFAULT_KPI_WEIGHTS,
      },
    ];
    const scores = scoreMission(saved, versions);
    expect(scoreDraft({ values, period: '2024Q2' }, scores).kpis[0].indicators[0]).toMatchObject({
      baseline: 100,
      score: 80,
    });
    expect(scoreDraft({ values, period: '2024Q3' }, scores).kpis[0].indicators[0]).toMatchObject({
      baseline: 60,
      score: 0,
    });
    // no period yet: the latest version
    expect(scoreDraft({ values, period: null }, scores).kpis[0].indicators[0]).toMatchObject({ baseline: 60 });
  });

  it('gives a draft of a mission without a baseline no score on its counts', () => {
    const alone = scoreDraft({ values, period: null }, undefined);
    expect(alone.kpis[0].indicators[0]).toMatchObject({ baseline: null, score: null, unscoredReason: 'no_baseline' });
  });
});

const quarters = (...overall: (number | null)[]) =>
  overall.map((score, i) => ({ period: `${2023 + Math.floor(i / 4)}Q${(i % 4) + 1}`, overall: score }));

describe('trendOf', () => {
  it.each<[string, { period: string; overall: number | null }[], TrendClass, number | null]>([
    // slope 2 points a quarter (x deviations -1.5..1.5, y deviations -3..3: 10/5) = 8 a year: the edge, stable
    ['a slope of exactly +8 points a year is stable', quarters(50, 52, 54, 56), 'stable', 8],
    // slope 2.15 a quarter (worked out in full: 10.75/5) = 8.6 a year
    ['a slope just above +8 a year is improving', quarters(50, 52, 54, 56.5), 'improving', 8.6],
    // -3 a quarter = -12 a year
    ['a slope below -8 a year is deteriorating', quarters(60, 57, 54, 51), 'deteriorating', -12],
    ['two scored periods are not enough', quarters(40, 60), 'insufficient_data', null],
    ['no periods at all', [], 'insufficient_data', null],
    // only 2023Q2–2024Q1 are in the year ending 2024Q1: 50, 52, 54, 56 → 8 a year (all five would be far steeper)
    ['only the last year counts', quarters(0, 50, 52, 54, 56), 'stable', 8],
    // the year ending 2024Q1 holds 2023Q2, 2023Q3, 2024Q1 (2023Q4 unscored): 30, 30, 30 → 0
    ['an unscored period leaves a gap, not a place', quarters(90, 30, 30, null, 30), 'stable', 0],
  ])('%s', (_label, points, trend, slopePerYear) => {
    const result = trendOf(points);
    expect(result.trend).toBe(trend);
    expectScore(result.slopePerYear, slopePerYear);
  });

  it('reads months on the same yearly scale', () => {
    // -4 points a month, y deviations 4, 0, -4 against x -1, 0, 1: -8/2 = -4; × 12 = -48 a year
    const result = trendOf([
      { period: '2023-12', overall: 70 },
      { period: '2024-01', overall: 66 },
      { period: '2024-02', overall: 62 },
    ]);
    expect(result.slopePerYear).toBeCloseTo(-48, 6);
    expect(result.trend).toBe('deteriorating');
    expect(result.periods).toEqual(['2023-12', '2024-01', '2024-02']);
  });
});

describe('modifiedZScore', () => {
  it.each<[string, number, number[], number | null]>([
    // median 14; |deviations| 4, 2, 0, 2, 4 -> MAD 2; 0.6745*(18-14)/2 = 1.349
    ['an ordinary value', 18, [10, 12, 14, 16, 18], 1.349],
    // median 14; |deviations| 4, 2, 0, 2, 86 -> MAD 2; 0.6745*(100-14)/2 = 0.6745*43 = 29.0035
    ['a far value', 100, [10, 12, 14, 16, 100], 29.0035],
    // median 14; 0.6745*(10-14)/2 = -1.349
    ['below the median', 10, [10, 12, 14, 16, 18], -1.349],
    // median 10, MAD 0; mean |deviation| 40/5 = 8; (50-10)/(1.253314*8) = 40/10.026512 = 3.98942
    ['MAD of zero falls back to the mean absolute deviation', 50, [10, 10, 10, 10, 50], 3.98942],
    ['every value the same', 7, [7, 7, 7, 7, 7], null],
  ])('%s', (_label, x, sample, expected) => {
    const z = modifiedZScore(x, sample);
    if (expected == null) expect(z).toBeNull();
    else expect(z).toBeCloseTo(expected, 4);
  });
});

function assessments(values: IndicatorValues[]): ScorableAssessment[] {
  return values.map((v, i) => ({
    id: i + 1,
    period: `2024-${String(i + 1).padStart(2, '0')}`,
    status: 'approved',
    values: v,
  }));
}

const flagsOf = (assessment: { flags: { flag: Flag }[] }) => assessment.flags.map((item) => item.flag);

describe('scoreMission data-quality flags', () => {
  const outliersIn = (series: (number | null)[], provenance?: 'ucdp_ged') =>
    scoreMission(
      series.map((violent_incidents, i) => ({
        id: i + 1,
        period: `${2020 + Math.floor(i / 4)}Q${(i % 4) + 1}`,
        status: 'approved' as const,
        values: violent_incidents == null ? {} : { violent_incidents },
        ...(provenance ? { provenance: { violent_incidents: provenance } } : {}),
      })),
      {},
    ).periods.map((period) => period.flags.find((item) => item.flag === 'outlier' || item.flag === 'recorded_surge'));

  it('flags a value far from the periods before it and no other', () => {
    // 100 against 10 11 12 13 14 15: median 12.5, MAD 1.5, 0.6745 × 87.5 / 1.5 = 39.3 > 3.5
    const flags = outliersIn([10, 11, 12, 13, 14, 15, 100]);
    expect(flags.slice(0, 6)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
    expect(flags[6]).toMatchObject({ flag: 'outlier', indicators: ['violent_incidents'] });
  });

  it('does not flag a value with fewer than six measured periods before it', () => {
    // five earlier values cannot tell an outlier from a change
    expect(outliersIn([10, 12, 14, 16, 18, 1000]).every((flag) => flag === undefined)).toBe(true);
  });

  it('never changes a flag when later periods arrive', () => {
    const before = outliersIn([10, 11, 12, 13, 14, 15, 100]);
    // more spikes afterwards would drag a whole-history median up and unflag 100; the earlier window does not move
    const after = outliersIn([10, 11, 12, 13, 14, 15, 100, 100, 100, 100, 100, 100]);
    expect(after.slice(0, 7)).toEqual(before);
    // and a value judged unremarkable stays unremarkable when a spike follows it
    expect(outliersIn([10, 11, 12, 13, 14, 15, 16, 500]).slice(0, 7)).toEqual(outliersIn([10, 11, 12, 13, 14, 15, 16]));
  });

  it('looks back over at most eight periods', () => {
    // 20 against 1 1 1 1 1 1 (then 8 values 18..25): only the last eight before it count
    const flags = outliersIn([1, 1, 1, 1, 1, 1, 18, 19, 20, 21, 22, 23, 24, 25, 21]);
    expect(flags[14]).toBeUndefined();
  });

  it('flags exactly the values outlierCheck flags against the whole history', () => {
    // a series with spikes, drops and gaps; the flag must be outlierCheck's on every period
    const series = [10, 12, null, 11, 13, 12, 14, 90, 12, 11, 13, null, 2, 12, 12, 12, 12, 12, 12, 40, 12, 13, 11, 12];
    const history = series.map((value, i) => ({ period: `${2020 + Math.floor(i / 4)}Q${(i % 4) + 1}`, value }));
    const expected = history.map((point) =>
      point.value != null && outlierCheck(history, point.period).flagged ? 'outlier' : undefined,
    );
    expect(outliersIn(series).map((flag) => flag?.flag)).toEqual(expected);
    expect(expected.filter(Boolean).length).toBeGreaterThan(1);
  });

  it('calls a rise in a UCDP count a surge in recorded events, not an outlier', () => {
    const [surge] = outliersIn([10, 11, 12, 13, 14, 15, 100], 'ucdp_ged').slice(6);
    expect(surge).toMatchObject({ flag: 'recorded_surge', indicators: ['violent_incidents'] });
    expect(surge?.detail).toMatch(/^Surge in recorded events/);
    // a fall in a UCDP count stays an outlier: fewer recorded events may be missing data
    const [drop] = outliersIn([100, 101, 102, 103, 104, 105, 1], 'ucdp_ged').slice(6);
    expect(drop).toMatchObject({ flag: 'outlier' });
  });

  it('flags an assessment that leaves KPIs unscored as incomplete', () => {
    const [period] = scoreMission(assessments([VIOLENCE]), MISSION_TARGETS).periods;
    expect(period.completeness).toBe(0.25);
    expect(period.flags.find((item) => item.flag === 'incomplete')?.detail).toMatch(/^3 of 4 KPIs/);
  });

  it('raises no flag on a complete, consistent assessment', () => {
    const [period] = scoreMission(assessments([ALL_FOUR]), MISSION_TARGETS).periods;
    expect(period.flags).toEqual([]);
    expect(period.overall).toBeCloseTo(790 / 12, 6); // as worked out for scoreAssessment
  });

  it('flags local capacity scored only from personnel trained as outputs only', () => {
    const values = { ...VIOLENCE, ...DISPUTES, personnel_trained: 100, ...PROTECTION };
    const [period] = scoreMission(assessments([values]), MISSION_TARGETS).periods;
    const localCapacity = period.kpis.find((kpi) => kpi.kpi === 'local_capacity');
    expect(localCapacity?.score).toBeCloseTo(50, 6); // 100/200 = 0.5 -> 50
    expect(localCapacity?.outputsOnly).toBe(true);
    expect(flagsOf(period)).toEqual(['outputs_only']);
  });

  it('does not flag a KPI with an outcome indicator beside the output as outputs only', () => {
    const values = { ...VIOLENCE, ...DISPUTES, personnel_trained: 100, capability_rating: 2.5, ...PROTECTION };
    const [period] = scoreMission(assessments([values]), MISSION_TARGETS).periods;
    expect(period.kpis.find((kpi) => kpi.kpi === 'local_capacity')?.outputsOnly).toBe(false);
    expect(flagsOf(period)).toEqual([]);
  });

  it('flags imported values that break a cross-field rule as inconsistent', () => {
    const values = { ...ALL_FOUR, disputes_recorded: 10, disputes_resolved: 15 };
    const [period] = scoreMission(assessments([values]), MISSION_TARGETS).periods;
    expect(flagsOf(period)).toEqual(['inconsistent']);
    expect(period.flags[0].detail).toMatch(/cannot exceed/);
  });

  it('scores every period against the same resolved targets and fits the trend', () => {
    // baseline 100, target 50; 100 -> 0, 90 -> 20, 80 -> 40, 70 -> 60
    const result = scoreMission(
      assessments([
        { violent_incidents: 100 },
        { violent_incidents: 90 },
        { violent_incidents: 80 },
        { violent_incidents: 70 },
      ]),
      { violent_incidents: { baseline: 100, target: null, weight: 1 } },
    );
    expect(result.targets.violent_incidents).toEqual({ baseline: 100, target: 50, weight: 1, origin: 'mission' });
    result.periods.forEach((period, i) => expect(period.overall).toBeCloseTo([0, 20, 40, 60][i], 6));
    // 20 points a month (y deviations -30, -10, 10, 30 against x -1.5..1.5: 100/5) × 12 = 240 a year
    expect(result.trend.slopePerYear).toBeCloseTo(240, 6);
    expect(result.trend.trend).toBe('improving');
  });
});

describe('counts against their baseline', () => {
  const indicatorScore = (score: AssessmentScore, id: IndicatorId) =>
    score.kpis.flatMap((kpi) => kpi.indicators).find((item) => item.indicator === id) as IndicatorScore;
  const incidents = (score: AssessmentScore) => indicatorScore(score, 'violent_incidents');

  it('carries the unclamped rate ratio beside a clamped score: worse than baseline is not a bare 0', () => {
    // typed baseline 100, target 50; 280 incidents: score clamps to 0, the rate ratio is 280/100 = 2.8
    const score = scoreAssessment({ violent_incidents: 280 }, resolveTargets(MISSION_TARGETS, []));
    expect(incidents(score)).toMatchObject({ score: 0, unscoredReason: null });
    expect(incidents(score).rateRatio).toMatchObject({
      events: 280,
      baselineMean: 100,
      ratio: 2.8,
      method: 'exact_poisson',
      scored: true,
    });
    const { lower, upper } = incidents(score).rateRatio ?? {};
    // the exact Poisson interval of 280 (about 248.2 to 314.8) divided by 100
    expect(lower).toBeCloseTo(2.482, 2);
    expect(upper).toBeCloseTo(3.148, 2);
  });

  it('uses the exact conditional interval against a window of approved periods', () => {
    const history = [
      { period: '2023Q1', status: 'approved' as const, values: { violent_incidents: 12 } },
      { period: '2023Q2', status: 'approved' as const, values: { violent_incidents: 8 } },
    ];
    const targets = resolveTargets(
      {
        violent_incidents: {
          baseline: null,
          baselineSource: { kind: 'window', from: '2023Q1', to: '2023Q2' },
          target: null,
          weight: 1,
        },
      },
      history,
    );
    // B = 20 over k = 2, x = 30: RR = 2 × 30 / 20 = 3
    const rateRatio = incidents(scoreAssessment({ violent_incidents: 30 }, targets)).rateRatio;
    expect(rateRatio).toMatchObject({ baselineEvents: 20, baselinePeriods: 2, ratio: 3, method: 'exact_conditional' });
  });

  it('does not score a count whose baseline is below 5 events a period, and still shows its rate ratio', () => {
    const targets = resolveTargets({ violent_incidents: { baseline: 4, target: 2, weight: 1 } }, []);
    const score = scoreAssessment({ violent_incidents: 6 }, targets);
    expect(incidents(score)).toMatchObject({ value: 6, score: null, unscoredReason: 'too_few_events' });
    expect(incidents(score).rateRatio).toMatchObject({ ratio: 1.5, scored: false, reason: 'too_few_events' });
    expect(TOO_FEW_EVENTS_TEXT).toMatch(/too few events/);
    // at 5 a period it is scored: (6 − 5) / (2.5 − 5) clamps to 0
    const five = resolveTargets({ violent_incidents: { baseline: 5, target: null, weight: 1 } }, []);
    expect(incidents(scoreAssessment({ violent_incidents: 6 }, five))).toMatchObject({
      score: 0,
      unscoredReason: null,
    });
  });

  it('scores an output count from a baseline of 0 against its target', () => {
    // 100 trainees from 0 towards 200: 50; the floor is for counts of events
    const score = scoreAssessment({ personnel_trained: 100 }, resolveTargets(MISSION_TARGETS, []));
    expect(indicatorScore(score, 'personnel_trained')).toMatchObject({ score: 50, unscoredReason: null });
  });
});

describe('bands and ranks need three of the four KPIs', () => {
  it('bands an overall score on three or four KPIs, and none on one or two', () => {
    expect(bandFor(80, 1)).toBe('on_track');
    expect(bandFor(50, 0.75)).toBe('partial');
    expect(bandFor(100, 0.5)).toBeNull();
    expect(bandFor(100, 0.25)).toBeNull();
    expect([0.25, 0.5, 0.75, 1].map(scoredKpiCount)).toEqual([1, 2, 3, 4]);
    expect([0.25, 0.5, 0.75, 1].map(hasEnoughKpis)).toEqual([false, false, true, true]);
  });

  it('scores three KPIs with a band', () => {
    const score = scoreAssessment(
      { violent_incidents: 60, threat_response_pct: 36, disputes_recorded: 8, disputes_resolved: 2 },
      resolveTargets(MISSION_TARGETS, []),
    );
    expect(score.completeness).toBe(0.75);
    expect(score.band).toBe(bandOf(score.overall));
    expect(score.band).not.toBeNull();
  });
});
