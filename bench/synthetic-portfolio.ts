import type { IndicatorValues } from '@cpea/shared/assessment';
import {
  CHALLENGE_IDS,
  ENTERED_INDICATORS,
  MAX_SEVERITY,
  type ChallengeId,
  type Indicator,
} from '@cpea/shared/catalog';
import { LEAD_ORGANISATIONS, MISSION_TYPES, SETTINGS, type MissionInput } from '@cpea/shared/mission';
import { periodRange } from '@cpea/shared/periods';
import { mulberry32, pick, type Random } from '../server/src/demo/prng';

// A synthetic portfolio for the benchmarks: every mission assessed every quarter, every entered
// indicator and every challenge filled. Each mission has its own generator seeded from the
// portfolio seed and its number, so mission 7 is the same at every scale and in every file.

export const BENCH_SEED = 20240401;
export const QUARTERS = periodRange('2015Q1', '2024Q4');

const COUNTRIES = ['CAF', 'COD', 'MLI', 'SSD', 'SOM', 'LBN', 'CYP', 'XKX', 'HTI', 'SDN', 'BIH', 'AFG'];

export interface SyntheticAssessment {
  period: string;
  values: IndicatorValues;
  severities: Record<ChallengeId, number>;
}

export function syntheticMission(number: number): MissionInput {
  const random = mulberry32(BENCH_SEED ^ Math.imul(number, 0x9e3779b1));
  const tag = String(number).padStart(5, '0');
  return {
    name: `Synthetic Mission ${tag}`,
    acronym: `SYN${tag}`,
    country: pick(random, COUNTRIES),
    missionType: pick(random, MISSION_TYPES),
    leadOrganisation: pick(random, LEAD_ORGANISATIONS),
    setting: pick(random, SETTINGS),
    startDate: '2015-01-01',
  };
}

/** A level per indicator that drifts from quarter to quarter, kept inside the indicator's range. */
function walk(random: Random, indicator: Indicator) {
  const [low, high] = indicator.unit === 'percent' ? [0, 100] : indicator.unit === 'rating_1_5' ? [1, 5] : [0, 400];
  let level = low + random() * (high - low);
  const drift = (random() - 0.5) * (high - low) * 0.02;
  return () => {
    level = Math.min(high, Math.max(low, level + drift + (random() - 0.5) * (high - low) * 0.05));
    return indicator.unit === 'percent' ? Math.round(level * 10) / 10 : Math.round(level);
  };
}

export function syntheticAssessments(number: number): SyntheticAssessment[] {
  const random = mulberry32(BENCH_SEED + number);
  const walks = ENTERED_INDICATORS.map((indicator) => [indicator.id, walk(random, indicator)] as const);
  return QUARTERS.map((period) => {
    const values: IndicatorValues = {};
    for (const [id, next] of walks) values[id] = next();
    // Disputes resolved can never exceed disputes recorded (a value rule).
    values.disputes_resolved = Math.min(values.disputes_resolved as number, values.disputes_recorded as number);
    const severities = {} as Record<ChallengeId, number>;
    for (const id of CHALLENGE_IDS) severities[id] = Math.floor(random() * (MAX_SEVERITY + 1));
    return { period, values, severities };
  });
}
