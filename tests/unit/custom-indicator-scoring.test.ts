import { describe, expect, it } from 'vitest';
import { assessmentInputSchemaFor, valuesSchemaFor } from '../../shared/src/assessment';
import { INDICATORS } from '../../shared/src/catalog';
import { asIndicator, type CustomIndicator } from '../../shared/src/custom-indicators';
import { resolveTargets, scoreAssessment, scoreMission } from '../../shared/src/scoring';

// A custom indicator is scored as a standard one is: against its own baseline, target and
// weight, under its KPI, and in the KPI's weighted mean.

const custom = (change: Partial<CustomIndicator> = {}): CustomIndicator => ({
  id: 'interethnic_incidents',
  missionId: 1,
  nameEn: 'Inter-ethnic incidents',
  nameFr: 'Incidents interethniques',
  kpi: 'civilian_protection',
  unit: 'count',
  unitLabel: null,
  min: null,
  max: null,
  direction: 'lower_is_better',
  kind: 'outcome',
  helpEn: '',
  helpFr: '',
  source: '',
  retiredAt: null,
  valueCount: 0,
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...change,
});

const SET = [...INDICATORS, asIndicator(custom())];

describe('scoring a custom indicator', () => {
  it('scores it against its own baseline and target, weighted in its KPI', () => {
    const targets = resolveTargets(
      {
        civilian_casualties: { baseline: 100, target: 50, weight: 1 },
        interethnic_incidents: { baseline: 40, target: 20, weight: 1 },
      },
      [],
      SET,
    );
    const score = scoreAssessment({ civilian_casualties: 50, interethnic_incidents: 30 }, targets, undefined, SET);
    const protection = score.kpis.find((kpi) => kpi.kpi === 'civilian_protection')!;
    const item = protection.indicators.find((i) => i.indicator === 'interethnic_incidents')!;
    expect(item).toMatchObject({ value: 30, baseline: 40, target: 20, direction: 'lower_is_better', score: 50 });
    // Casualties at target (100) and incidents halfway (50), equal weights.
    expect(protection.score).toBe(75);
  });

  it('leaves it unscored without a target, and out of the KPI', () => {
    const score = scoreAssessment(
      { civilian_casualties: 50, interethnic_incidents: 30 },
      resolveTargets({ civilian_casualties: { baseline: 100, target: 50, weight: 1 } }, [], SET),
      undefined,
      SET,
    );
    const protection = score.kpis.find((kpi) => kpi.kpi === 'civilian_protection')!;
    expect(protection.indicators.find((i) => i.indicator === 'interethnic_incidents')?.unscoredReason).toBe(
      'no_target',
    );
    expect(protection.score).toBe(100);
  });

  it('scores a mission whose settings predate the indicator, and flags its outliers', () => {
    const history = [10, 11, 9, 10, 12, 10, 90].map((value, i) => ({
      id: i + 1,
      period: `2024Q${(i % 4) + 1}`.replace('2024', String(2024 + Math.floor(i / 4))),
      status: 'approved' as const,
      values: { interethnic_incidents: value },
    }));
    const scores = scoreMission(history, [], undefined, SET);
    expect(scores.periods).toHaveLength(7);
    expect(scores.periods.at(-1)?.flags.find((flag) => flag.flag === 'outlier')?.indicators).toEqual([
      'interethnic_incidents',
    ]);
  });

  it('builds the values schema from the mission set: an unknown id is named, a number keeps its range', () => {
    const km = asIndicator(custom({ id: 'road_km', unit: 'number', unitLabel: 'km', min: 0, max: 500 }));
    const schema = valuesSchemaFor([...INDICATORS, km]);
    expect(schema.safeParse({ road_km: 120.5 }).success).toBe(true);
    expect(schema.safeParse({ road_km: 600 }).error?.issues[0].message).toMatch(/cannot exceed 500/);
    expect(schema.safeParse({ morale: 3 }).error?.issues[0].message).toBe('Unknown indicator for this mission: morale');
    const retired = asIndicator(custom({ retiredAt: '2026-02-01T00:00:00.000Z' }));
    const input = assessmentInputSchemaFor([...INDICATORS, retired]);
    expect(input.safeParse({ period: '2024Q1', values: { interethnic_incidents: 3 } }).success).toBe(false);
    expect(input.safeParse({ period: '2024Q1', values: { interethnic_incidents: null } }).success).toBe(true);
  });
});
