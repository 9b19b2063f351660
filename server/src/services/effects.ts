import { getIndicator, type IndicatorId } from '@cpea/shared/catalog';
import type { EffectsQuery, MissionEffects } from '@cpea/shared/effects';
import { EFFECTS_DEFAULT_MAX_PERIODS } from '@cpea/shared/effects';
import {
  ITS_MIN_PERIODS_EACH_SIDE,
  interruptedTimeSeries,
  interruptedTimeSeriesSentence,
} from '@cpea/shared/method/interrupted-time-series';
import { formatPeriod, periodOfDate, periodOrdinal, periodTypeOf } from '@cpea/shared/periods';
import { gedCitation } from '@cpea/shared/ucdp';
import type { EventSeriesRow } from '../db/event-series-repo';
import type { Store } from '../db/store';
import { invalid, unprocessable } from '../domain-error';
import { getMission } from './missions';

// "Change since a mission began": an interrupted time series of one count indicator (DESIGN §5).

/** How the UCDP GED import turns a period's events into each of its indicators (ucdp/ged.ts). */
const FROM_EVENT_SERIES: Partial<Record<IndicatorId, (row: EventSeriesRow) => number>> = {
  violent_incidents: (row) => row.events,
  conflict_fatalities: (row) => row.best,
  civilian_casualties: (row) => row.deathsCivilians,
};

const PERIODS_PER_YEAR = { quarter: 4, month: 12 } as const;

export function missionEffects(store: Store, missionId: number, query: EffectsQuery): MissionEffects {
  const mission = getMission(store, missionId);
  const indicator = getIndicator(query.indicator);
  if (indicator.unit !== 'count') {
    throw unprocessable(`${indicator.name} is not a count; the change since a period is estimated for counts only`, [
      { path: 'indicator', message: `${indicator.name} is not a count` },
    ]);
  }
  const missionStart = periodOfDate(mission.startDate, mission.periodType) as string;
  const at = query.at ?? missionStart;
  if (periodTypeOf(at) !== mission.periodType) {
    throw invalid(`The mission is assessed by ${mission.periodType}; give \`at\` as one`, [
      { path: 'at', message: `Give a ${mission.periodType}` },
    ]);
  }

  // The counts by period: the stored event series where the mission has one, else its approved assessments.
  const fromSeries = FROM_EVENT_SERIES[indicator.id];
  const seriesRows = fromSeries ? store.eventSeries.forMission(mission.id) : [];
  const counts = new Map<string, number>();
  if (fromSeries && seriesRows.length > 0) {
    for (const row of seriesRows) counts.set(row.period, fromSeries(row));
  } else {
    for (const assessment of store.assessments.listByMission(mission.id)) {
      const value = assessment.values[indicator.id];
      if (assessment.status === 'approved' && value != null) counts.set(assessment.period, value);
    }
  }
  const source = fromSeries && seriesRows.length > 0 ? 'ucdp_ged' : 'approved_assessments';

  // The periods with a count, unbroken, on each side of `at`.
  const ordinals = new Map([...counts.keys()].map((period) => [periodOrdinal(period), period]));
  const atOrdinal = periodOrdinal(at);
  let availableBefore = 0;
  while (ordinals.has(atOrdinal - availableBefore - 1)) availableBefore++;
  let availableAfter = 0;
  while (ordinals.has(atOrdinal + availableAfter)) availableAfter++;
  const before = query.before ?? Math.min(availableBefore, EFFECTS_DEFAULT_MAX_PERIODS);
  const after = query.after ?? Math.min(availableAfter, EFFECTS_DEFAULT_MAX_PERIODS);
  const atLabel = formatPeriod(at);
  const sides = [
    { side: 'before', asked: before, available: availableBefore, where: `before ${atLabel}` },
    { side: 'after', asked: after, available: availableAfter, where: `from ${atLabel} on` },
  ] as const;
  for (const { side, asked, available, where } of sides) {
    if (available < ITS_MIN_PERIODS_EACH_SIDE || asked < ITS_MIN_PERIODS_EACH_SIDE) {
      const message =
        `Too few periods ${where}: the model needs at least ${ITS_MIN_PERIODS_EACH_SIDE} with a count, ` +
        (available < ITS_MIN_PERIODS_EACH_SIDE ? `and ${available} have one` : `and ${asked} were asked for`);
      throw unprocessable(message, [{ path: side, message }]);
    }
    if (asked > available) {
      const message = `Only ${available} periods ${where} have a count, not the ${asked} asked for`;
      throw unprocessable(message, [{ path: side, message }]);
    }
  }

  const first = atOrdinal - before;
  const periods = Array.from({ length: before + after }, (_, i) => ordinals.get(first + i) as string);
  const values = periods.map((period) => counts.get(period) as number);
  const result = interruptedTimeSeries({
    counts: values,
    interventionIndex: before,
    periodsPerYear: PERIODS_PER_YEAR[mission.periodType],
  });
  if (result.status === 'refused') {
    const message =
      result.reason === 'all_counts_zero'
        ? `Every count of ${indicator.name} in the periods used is zero; there is no change to estimate`
        : 'The model could not be fitted to this series';
    throw unprocessable(message, [{ path: 'indicator', message }]);
  }
  const versions = [...new Set(seriesRows.map((row) => row.gedVersion))];
  return {
    missionId: mission.id,
    indicator: indicator.id,
    periodType: mission.periodType,
    at,
    missionStart,
    source,
    citations: source === 'ucdp_ged' ? versions.map(gedCitation) : [],
    before,
    after,
    levelChange: result.levelChange,
    slopeChangePerYear: result.slopeChangePerYear,
    preTrendPerYear: result.preTrendPerYear,
    dispersion: result.dispersion,
    counterfactual: result.counterfactual.map(({ index, expected, lower, upper }) => ({
      period: periods[index],
      expected,
      lower,
      upper,
    })),
    observedAfter: result.observedAfter,
    expectedAfter: result.expectedAfter,
    differenceAfter: result.differenceAfter,
    residualAutocorrelation: result.residualAutocorrelation,
    autocorrelationWarning: result.autocorrelationWarning,
    sentence: interruptedTimeSeriesSentence(result, {
      interventionLabel: atLabel,
      countName: indicator.name.toLowerCase(),
    }),
    series: periods.map((period, i) => ({ period, count: values[i], side: i < before ? 'before' : 'after' })),
  };
}
