import { describe, expect, it } from 'vitest';
import { buildIndicatorPanels } from '../../client/src/features/trends/lib/indicator-series';
import type { EventSeriesPeriod, MissionEventSeries } from '../../shared/src/event-series';
import { scoreMission } from '../../shared/src/scoring';

const period = (name: string, counts: Partial<EventSeriesPeriod>): EventSeriesPeriod => ({
  period: name,
  beforeMission: name < '2024Q2',
  events: 0,
  best: 0,
  low: 0,
  high: 0,
  deathsCivilians: 0,
  byType: { stateBased: 0, nonState: 0, oneSided: 0 },
  gedVersion: '25.1',
  importedAt: '2025-06-01T00:00:00.000Z',
  ...counts,
});

const events: MissionEventSeries = {
  missionId: 1,
  periodType: 'quarter',
  missionStart: '2024Q2',
  source: {
    dataset: 'UCDP Georeferenced Event Dataset (GED)',
    licence: 'CC BY 4.0',
    versions: ['25.1'],
    citations: [],
  },
  periods: [
    period('2023Q4', { events: 9, best: 40, low: 30, high: 70, deathsCivilians: 12 }),
    period('2024Q1', { events: 7, best: 20, low: null, high: null, deathsCivilians: 5 }),
    period('2024Q2', { events: 5, best: 10, low: 8, high: 15, deathsCivilians: 2 }),
    period('2024Q3', { events: 4, best: 6, low: 6, high: 9, deathsCivilians: 1 }),
  ],
};

// The assessment of 2024Q3 holds the same counts as the series; 2024Q2 was not assessed.
const scores = scoreMission(
  [
    {
      id: 1,
      status: 'draft',
      period: '2024Q3',
      values: { violent_incidents: 4, conflict_fatalities: 6, civilian_casualties: 1, threat_response_pct: 60 },
    },
  ],
  {},
);

describe('indicator panels over an event series', () => {
  it('reach back to the series’ first period, its counts before the mission drawn apart from the assessed values', () => {
    const [incidents, fatalities] = buildIndicatorPanels('violence_reduction', scores.periods, scores.targets, events);
    expect(incidents.rows.map((row) => [row.period, row.beforeMission, row.value, row.series])).toEqual([
      ['2023Q4', true, null, 9],
      ['2024Q1', true, null, 7],
      // Not assessed, in the mission's life: the series speaks for it, muted, as before the mission.
      ['2024Q2', false, null, 5],
      ['2024Q3', false, 4, null],
    ]);
    expect(incidents.missionStartLabel).toBe('2024 Q2');
    // Only conflict fatalities carry UCDP's range; a period without low and high has no band.
    expect(incidents.ranged).toBe(false);
    expect(incidents.rows.every((row) => row.range == null)).toBe(true);
    expect(fatalities.ranged).toBe(true);
    expect(fatalities.rows.map((row) => [row.low, row.high, row.range])).toEqual([
      [30, 70, [30, 70]],
      [null, null, null],
      [8, 15, [8, 15]],
      [6, 9, [6, 9]],
    ]);
    // The axis makes room for the highest high estimate (70 × 1.08, rounded up to the next tick of 20).
    expect(fatalities.domain).toEqual([0, 80]);
  });

  it('leave a KPI the series does not count, and a mission without a series, as they were', () => {
    const [threats] = buildIndicatorPanels('civilian_protection', scores.periods, scores.targets, {
      ...events,
      periods: [],
    });
    expect(threats.rows.map((row) => row.period)).toEqual(['2024Q3']);
    expect(threats.missionStartLabel).toBeNull();
    const plain = buildIndicatorPanels('violence_reduction', scores.periods, scores.targets);
    expect(plain[0].rows.map((row) => [row.period, row.series, row.beforeMission])).toEqual([['2024Q3', null, false]]);
  });

  it('give civilian casualties the series’ civilian deaths, in a KPI whose other indicators stay unmeasured there', () => {
    const panels = buildIndicatorPanels('civilian_protection', scores.periods, scores.targets, events);
    const casualties = panels.find((panel) => panel.indicator.id === 'civilian_casualties')!;
    expect(casualties.rows.map((row) => row.series)).toEqual([12, 5, 2, null]);
    const threats = panels.find((panel) => panel.indicator.id === 'threat_response_pct')!;
    expect(threats.rows.map((row) => row.value)).toEqual([null, null, null, 60]);
  });
});
