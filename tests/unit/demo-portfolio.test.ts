import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assessmentInputSchema } from '../../shared/src/assessment';
import { missionInputSchema } from '../../shared/src/mission';
import { periodRange, periodTypeOf } from '../../shared/src/periods';
import { scoreMission } from '../../shared/src/scoring';
import { buildDemoPortfolio, type DemoMission } from '../../server/src/demo/portfolio';
import { mulberry32 } from '../../server/src/demo/prng';
import { aggregateGedByPeriod, GED_INDICATORS, parseGedEvents } from '../../server/src/ucdp/ged';

const gedCsv = fs.readFileSync(
  new URL('../../data/ucdp/ucdp_ged_v23_1_central_african_republic.csv', import.meta.url),
  'utf8',
);
const portfolio = buildDemoPortfolio(gedCsv);
const byAcronym = (acronym: string) => {
  const found = portfolio.missions.find((m) => m.mission.acronym === acronym);
  if (!found) throw new Error(`No demo mission ${acronym}`);
  return found;
};
const scores = (demo: DemoMission) =>
  scoreMission(
    demo.assessments.map((a, index) => ({ id: index + 1, period: a.period, status: a.status, values: a.values })),
    demo.targets,
  );

describe('buildDemoPortfolio', () => {
  it("sets every count baseline explicitly: the profile's own, or the first assessed value written down", () => {
    for (const demo of portfolio.missions) {
      for (const id of ['violent_incidents', 'conflict_fatalities', 'civilian_casualties'] as const) {
        const set = demo.targets[id];
        const first = demo.assessments.find((a) => a.values[id] != null);
        if (!first) continue;
        expect(set?.baseline, `${demo.mission.acronym} ${id}`).not.toBeNull();
        if (set?.baselineSource?.kind === 'first_value') {
          expect(set.baselineSource.period).toBe(first.period);
          expect(set.baseline).toBe(first.values[id]);
        }
      }
    }
  });

  it('holds the seven case-study missions, all marked illustrative', () => {
    expect(portfolio.missions.map((m) => m.mission.acronym)).toEqual([
      'UNTAC',
      'MFO',
      'AMISOM',
      'KFOR',
      'UNAMSIL',
      'UNMISET',
      'MINUSCA',
    ]);
    expect(portfolio.missions.every((m) => m.illustrative)).toBe(true);
    expect(byAcronym('KFOR').mission).toMatchObject({ country: 'XKX', leadOrganisation: 'NATO' });
    expect(byAcronym('MINUSCA').mission).toMatchObject({ country: 'CAF', startDate: '2014-04-10' });
  });

  it('gives every mission valid mission fields', () => {
    for (const { mission } of portfolio.missions) {
      expect(missionInputSchema.safeParse(mission).error?.issues ?? [], mission.acronym).toEqual([]);
    }
  });

  it('produces assessments that pass the shared assessment schema', () => {
    for (const demo of portfolio.missions) {
      for (const { period, values, challenges, narrative } of demo.assessments) {
        const result = assessmentInputSchema.safeParse({ period, values, challenges, narrative });
        expect(result.error?.issues ?? [], `${demo.mission.acronym} ${period}`).toEqual([]);
        expect(narrative.achievements && narrative.setbacks && narrative.lessons).toBeTruthy();
      }
    }
  });

  it('reports each period once, in order, with only the latest not yet approved', () => {
    for (const demo of portfolio.missions) {
      const periods = demo.assessments.map((a) => a.period);
      expect(new Set(periods).size).toBe(periods.length);
      expect(periods).toEqual(periodRange(periods[0], periods[periods.length - 1]));
      expect(periods.every((p) => periodTypeOf(p) === demo.mission.periodType)).toBe(true);
      const statuses = demo.assessments.map((a) => a.status);
      expect(statuses.slice(0, -1).every((s) => s === 'approved')).toBe(true);
      expect(['submitted', 'draft']).toContain(statuses[statuses.length - 1]);
      if (demo.mission.acronym !== 'MINUSCA') {
        expect(periods.length, demo.mission.acronym).toBeGreaterThanOrEqual(6);
        expect(periods.length, demo.mission.acronym).toBeLessThanOrEqual(12);
      }
    }
    expect(byAcronym('MINUSCA').assessments.map((a) => a.period)).toEqual(periodRange('2014Q3', '2022Q4'));
  });

  it('takes MINUSCA violence figures from UCDP GED, and nothing else', () => {
    const totals = aggregateGedByPeriod(parseGedEvents(gedCsv).events, {
      country: 'CAF',
      areas: [],
      periodType: 'quarter',
    });
    for (const assessment of byAcronym('MINUSCA').assessments) {
      for (const id of GED_INDICATORS) {
        expect(assessment.values[id], `${assessment.period} ${id}`).toBe(totals.get(assessment.period)?.[id] ?? 0);
        expect(assessment.provenance[id]).toBe('ucdp_ged');
      }
    }
    for (const demo of portfolio.missions.filter((m) => m.mission.acronym !== 'MINUSCA')) {
      for (const assessment of demo.assessments) {
        expect(Object.values(assessment.provenance).every((p) => p === 'manual')).toBe(true);
      }
    }
  });

  it('records a provenance for every measured value and none for unmeasured ones', () => {
    for (const demo of portfolio.missions) {
      for (const { values, provenance } of demo.assessments) {
        const measured = Object.entries(values).filter(([, v]) => v != null);
        expect(Object.keys(provenance).sort()).toEqual(measured.map(([id]) => id).sort());
      }
    }
  });

  it('shows the range of situations a reviewer should see', () => {
    const trends = Object.fromEntries(portfolio.missions.map((m) => [m.mission.acronym, scores(m).trend.trend]));
    expect(Object.values(trends)).toContain('improving');
    expect(trends.KFOR).toBe('deteriorating');
    expect(trends.MFO).toBe('stable');
    const incomplete = portfolio.missions.flatMap((m) =>
      scores(m).periods.filter((p) => p.flags.some((f) => f.flag === 'incomplete')),
    );
    expect(incomplete.length).toBeGreaterThan(0);
    expect(portfolio.missions.filter((m) => m.targets.personnel_trained?.target != null).length).toBeGreaterThan(1);
  });

  it('is the same every time it is built', () => {
    expect(buildDemoPortfolio(gedCsv)).toEqual(portfolio);
    const a = mulberry32(42);
    const b = mulberry32(42);
    const draws = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(draws);
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(draws).size).toBe(5);
  });

  it('refuses a GED extract with bad rows', () => {
    expect(() => buildDemoPortfolio('id,country\n1,Mali\n')).toThrow(/bad rows/);
  });
});
