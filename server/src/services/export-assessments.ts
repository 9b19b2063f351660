import type { IndicatorValues } from '@cpea/shared/assessment';
import {
  CHALLENGE_IDS,
  ENTERED_INDICATORS,
  INDICATORS,
  KPI_IDS,
  indicatorsOf,
  isStandardIndicator,
  type Indicator,
  type IndicatorId,
} from '@cpea/shared/catalog';
import { longColumns, wideColumns, type ExportQuery } from '@cpea/shared/imports';
import type { Mission } from '@cpea/shared/mission';
import { periodsDue } from '@cpea/shared/mission-life';
import { periodBounds, periodOfDate, periodOrdinal, type PeriodType } from '@cpea/shared/periods';
import {
  resolveTargets,
  resolveVersions,
  versionInForce,
  scoreAssessment,
  scoreIndicatorValue,
  type AssessmentScore,
  type IndicatorScore,
} from '@cpea/shared/scoring';
import type { RateRatio } from '@cpea/shared/method/rate-ratio';
import type { ResolvedTarget } from '@cpea/shared/targets';
import type { ExportedValues } from '../db/exports-repo';
import type { Store } from '../db/store';
import { CSV_EOL, csvCell, csvLine, chunked, type CsvCell } from '../csv/writer';
import { invalid, notFound } from '../domain-error';
import { indicatorSetOf } from './indicator-set';

export interface CsvFile {
  filename: string;
  /** The file in chunks, produced as they are consumed. */
  chunks: Iterable<string>;
}

const round2 = (x: number | null | undefined) => (x == null ? null : Math.round(x * 100) / 100);
const round4 = (x: number | null | undefined) => (x == null ? null : Math.round(x * 10000) / 10000);

/** The rate ratio cells of a long row: ratio, lower and upper, empty where there is none. */
function rateRatioCells(rateRatio: RateRatio | null | undefined): string {
  if (!rateRatio) return ',,';
  return `${csvCell(round4(rateRatio.ratio))},${csvCell(round4(rateRatio.lower))},${csvCell(round4(rateRatio.upper))}`;
}

/**
 * Assessments as a wide or long CSV. The query is checked before this returns, so a bad one is
 * refused before a byte is sent; the rows are read one mission at a time as the file is consumed.
 */
export function exportAssessmentsCsv(store: Store, query: ExportQuery, today = new Date()): CsvFile {
  const missions = selectMissions(store, query.missions);
  // The custom indicators of the missions exported, retired ones included: their history is exported.
  const selected = new Set(missions.map((mission) => mission.id));
  const customIds = store.customIndicators
    .list()
    .filter((indicator) => indicator.missionId == null || selected.has(indicator.missionId))
    .map((indicator) => indicator.id);
  const header = csvLine(query.format === 'wide' ? wideColumns(query.names, customIds) : longColumns(query.names));
  function* lines() {
    yield header;
    for (const mission of missions) {
      yield* query.format === 'wide' ? wideRows(store, mission, query, customIds) : longRows(store, mission, query);
    }
  }
  return {
    filename: `cpea-assessments-${query.format}-${today.toISOString().slice(0, 10)}.csv`,
    chunks: chunked(lines()),
  };
}

/**
 * A mission's file to fill in: the wide header, then a row for each period due (the periods of
 * its life without an assessment, oldest first) with only the mission and the period written.
 */
export function assessmentTemplateCsv(store: Store, missionId: number, today = new Date()): CsvFile {
  const mission = store.missions.get(missionId);
  if (!mission) throw notFound('Mission');
  const columns = wideColumns();
  const entered = [...store.assessments.idsByPeriod(mission.id).keys()];
  const due = periodsDue(mission, entered, today).periods.reverse();
  const empty = ','.repeat(columns.length - 3);
  const prefix = missionCells(mission, false);
  function* lines() {
    yield csvLine(columns);
    for (const period of due) yield `${prefix},${csvCell(period)}${empty}${CSV_EOL}`;
  }
  return {
    filename: `cpea-template-${mission.acronym.replace(/[^\w-]+/g, '_')}-${today.toISOString().slice(0, 10)}.csv`,
    chunks: chunked(lines()),
  };
}

function selectMissions(store: Store, ids: number[] | undefined): Mission[] {
  if (!ids) return store.missions.list(false).sort((a, b) => a.id - b.id);
  const missions = ids.map((id) => store.missions.get(id));
  const unknown = ids.filter((_id, i) => missions[i] == null);
  if (unknown.length > 0) {
    throw invalid(`No mission with id ${unknown.join(', ')}`, [
      { path: 'missions', message: `Unknown mission ${unknown.length === 1 ? 'id' : 'ids'}: ${unknown.join(', ')}` },
    ]);
  }
  return (missions as Mission[]).sort((a, b) => a.id - b.id);
}

/**
 * The range applies by calendar, so one export can hold quarterly and monthly missions: a
 * mission's period is in when it overlaps the span from `from`'s first day to `to`'s last.
 */
function inRange(query: ExportQuery, periodType: PeriodType): ((period: string) => boolean) | null {
  if (!query.from && !query.to) return null;
  const first = query.from
    ? periodOrdinal(periodOfDate(periodBounds(query.from).start, periodType) as string)
    : -Infinity;
  const last = query.to ? periodOrdinal(periodOfDate(periodBounds(query.to).end, periodType) as string) : Infinity;
  return (period) => {
    const ordinal = periodOrdinal(period);
    return ordinal >= first && ordinal <= last;
  };
}

/**
 * Every period of the mission in the range: an approved assessment with its published score,
 * any other scored against the mission's whole history as scoreMission does.
 */
function* scoredHistory(store: Store, mission: Mission, query: ExportQuery) {
  const history = store.exports.missionHistory(mission.id);
  const published = store.publishedScores.forMission(mission.id);
  // resolveVersions + scoreAssessment are scoreMission without its data-quality flags, which a
  // file has no column for and which cost time quadratic in the length of a mission's history.
  const indicators = indicatorSetOf(store, mission.id);
  const versions = resolveVersions(store.targets.versions(mission.id), history, indicators);
  // What a period before any settings version is scored under: the catalog alone.
  const noSettings = resolveTargets({}, [], indicators);
  const wanted = inRange(query, mission.periodType);
  for (const assessment of history) {
    if (!wanted || wanted(assessment.period)) {
      const version = versionInForce(versions, assessment.period);
      const score =
        published.get(assessment.id) ??
        scoreAssessment(assessment.values, version?.targets ?? noSettings, version?.kpiWeights, indicators);
      yield { assessment, score };
    }
  }
}

function missionCells(mission: Mission, names: boolean): string {
  const cells: CsvCell[] = names ? [mission.id, mission.name, mission.acronym] : [mission.id, mission.acronym];
  return cells.map(csvCell).join(',');
}

/** Where scoreAssessment puts each indicator: its KPI's place in KPI_IDS, then its place under the KPI. */
const SCORE_POSITION = new Map<IndicatorId, readonly [number, number]>(
  INDICATORS.map((indicator) => [
    indicator.id,
    [KPI_IDS.indexOf(indicator.kpi), indicatorsOf(indicator.kpi).indexOf(indicator)] as const,
  ]),
);

/** An indicator's score: a standard one's by its place; a custom one's, absent from scores published before it was added, by search. */
function scoreOf(score: AssessmentScore, id: IndicatorId): IndicatorScore | undefined {
  if (!isStandardIndicator(id)) {
    return score.kpis.flatMap((kpi) => kpi.indicators).find((item) => item.indicator === id);
  }
  const [kpi, item] = SCORE_POSITION.get(id) as readonly [number, number];
  return score.kpis[kpi].indicators[item];
}

// The two writers below build each line by concatenation rather than through arrays of cells:
// they run once per row of a file that may have millions.

function* wideRows(
  store: Store,
  mission: Mission,
  query: ExportQuery,
  customIds: readonly IndicatorId[],
): Generator<string> {
  const prefix = missionCells(mission, query.names);
  for (const { assessment, score } of scoredHistory(store, mission, query)) {
    let line = `${prefix},${csvCell(assessment.period)},${assessment.status}`;
    for (const indicator of INDICATORS) {
      const value = indicator.derived ? round2(scoreOf(score, indicator.id)?.value) : assessment.values[indicator.id];
      line += `,${csvCell(value)}`;
    }
    for (const kpi of score.kpis) line += `,${csvCell(round2(kpi.score))}`;
    line += `,${csvCell(round2(score.overall))},${csvCell(round2(score.completeness))}`;
    for (const id of CHALLENGE_IDS) line += `,${csvCell(assessment.severities[id])}`;
    for (const id of CHALLENGE_IDS) line += `,${csvCell(assessment.notes[id])}`;
    const { achievements, setbacks, lessons } = assessment.narrative;
    line += `,${csvCell(achievements)},${csvCell(setbacks)},${csvCell(lessons)}`;
    for (const indicator of ENTERED_INDICATORS) line += `,${assessment.provenance[indicator.id] ?? ''}`;
    line += `,${csvCell(assessment.updatedAt)}`;
    for (const id of customIds) line += `,${csvCell(assessment.values[id])}`;
    yield line + CSV_EOL;
  }
}

/** A mission's indicators in the long file's row order: by KPI, then as catalogued under the KPI, custom ones last. */
const longOrder = (indicators: readonly Indicator[]) => KPI_IDS.flatMap((kpi) => indicatorsOf(kpi, indicators));

/**
 * The dispute resolution rate as withDerivedValues works it out. The long export cannot call
 * withDerivedValues once per assessment: on Node 20, V8 makes a new hidden class for every
 * `{ ...values, extra }`, each lands in the old generation, and an export of the whole
 * portfolio then grows the heap by a hundred megabytes. tests/api/export-long-scores.test.ts
 * holds the two to one result.
 */
function disputeResolutionRate(values: IndicatorValues): number | null {
  const recorded = values.disputes_recorded;
  const resolved = values.disputes_resolved;
  return recorded != null && resolved != null && recorded > 0 ? (100 * resolved) / recorded : null;
}

/**
 * The long rows score each value on its own, with scoreIndicator rather than scoreAssessment,
 * whose KPI and overall scores the long file has no column for: exporting a large portfolio
 * spends most of its time here. A mission's baseline and target cells are written once. An
 * approved assessment's rows carry the baselines, targets and scores it was published with.
 */
function publishedLongRows(
  rowPrefix: string,
  assessment: ExportedValues,
  score: AssessmentScore,
  order: readonly Indicator[],
): string {
  let lines = '';
  for (const indicator of order) {
    const scored = scoreOf(score, indicator.id);
    if (scored?.value == null) continue;
    const cell = indicator.derived ? round2(scored.value) : scored.value;
    const source = indicator.derived ? 'derived' : (assessment.provenance[indicator.id] ?? '');
    const targetCells = `${csvCell(scored.baseline)},${csvCell(scored.target)}`;
    lines += `${rowPrefix}${indicator.kpi},${indicator.id},${csvCell(cell)},${targetCells},${csvCell(round2(scored.score))},${source},${rateRatioCells(scored.rateRatio)}${CSV_EOL}`;
  }
  return lines;
}

function* longRows(store: Store, mission: Mission, query: ExportQuery): Generator<string> {
  const history = store.exports.missionValues(mission.id);
  const published = store.publishedScores.forMission(mission.id);
  const indicators = indicatorSetOf(store, mission.id);
  const order = longOrder(indicators);
  const versions = resolveVersions(store.targets.versions(mission.id), history, indicators);
  // A version's baseline and target cells are written once.
  const columnsOf = (resolved: Record<IndicatorId, ResolvedTarget>) =>
    order.map((indicator) => {
      const { baseline, target } = resolved[indicator.id];
      return {
        indicator,
        resolved: resolved[indicator.id],
        cells: `${indicator.kpi},${indicator.id},`,
        targetCells: `${csvCell(baseline)},${csvCell(target)}`,
      };
    });
  const versionColumns = new Map(versions.map((version) => [version, columnsOf(version.targets)]));
  const noColumns = columnsOf(resolveTargets({}, [], indicators));
  const prefix = missionCells(mission, query.names);
  const wanted = inRange(query, mission.periodType);
  for (const assessment of history) {
    if (wanted && !wanted(assessment.period)) continue;
    const rowPrefix = `${prefix},${csvCell(assessment.period)},`;
    const publishedScore = published.get(assessment.id);
    if (publishedScore) {
      yield publishedLongRows(rowPrefix, assessment, publishedScore, order);
      continue;
    }
    const version = versionInForce(versions, assessment.period);
    const columns = (version && versionColumns.get(version)) ?? noColumns;
    let lines = '';
    for (const { indicator, resolved, cells, targetCells } of columns) {
      const value = indicator.derived ? disputeResolutionRate(assessment.values) : assessment.values[indicator.id];
      if (value == null) continue;
      const scored = scoreIndicatorValue(indicator, value, resolved, assessment.values);
      const cell = indicator.derived ? round2(value) : value;
      const source = indicator.derived ? 'derived' : (assessment.provenance[indicator.id] ?? '');
      lines += `${rowPrefix}${cells}${csvCell(cell)},${targetCells},${csvCell(round2(scored.score))},${source},${rateRatioCells(scored.rateRatio)}${CSV_EOL}`;
    }
    yield lines;
  }
}
