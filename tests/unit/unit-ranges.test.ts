import { describe, expect, it } from 'vitest';
import { valuesSchema } from '../../shared/src/assessment';
import { ENTERED_INDICATORS, UNITS, UNIT_RANGES } from '../../shared/src/catalog';
import { DEFAULT_KPI_WEIGHTS } from '../../shared/src/scoring';
import { targetsInputSchema } from '../../shared/src/targets';

// Entered values and a mission's baselines and targets are held to one range per unit.

const valueAccepted = (id: string, value: number) => valuesSchema.safeParse({ [id]: value }).success;
const boundAccepted = (id: string, value: number) =>
  targetsInputSchema.safeParse({
    targets: { [id]: { baseline: value, target: null, weight: 1 } },
    kpiWeights: DEFAULT_KPI_WEIGHTS,
  }).success;

// A custom indicator in a number of its own has the range its admin states (custom-indicators tests).
describe.each(UNITS.filter((unit) => unit !== 'number'))('the %s range', (unit) => {
  const indicator = ENTERED_INDICATORS.find((candidate) => candidate.unit === unit && candidate.scored);
  if (!indicator) throw new Error(`No scored indicator is a ${unit}`);
  const { min, max } = UNIT_RANGES[unit];

  it.each([
    ['the least', min, true],
    ['the most', max, true],
    ['just below', min - 1, false],
    ['just above', max + 1, false],
  ] as const)('takes %s value (%s) as a value and as a baseline alike', (_where, value, accepted) => {
    expect(valueAccepted(indicator.id, value)).toBe(accepted);
    expect(boundAccepted(indicator.id, value)).toBe(accepted);
  });
});
