import { KPI_IDS, type KpiId } from '@cpea/shared/catalog';
import {
  DEFAULT_KPI_WEIGHTS,
  bandFor,
  hasEnoughKpis,
  overallScore,
  type Band,
  type KpiWeights,
} from '@cpea/shared/scoring';
import { en } from '../../../locales/en';
import { createTranslate, type Translate } from '../../../lib/i18n';

const ENGLISH = createTranslate(en, 'en');

// What-if weights (DESIGN §5): the overall score is the weighted mean of the KPI scores
// present, so re-weighting the latest period's KPI scores with the shared overallScore is
// exactly what the server would compute under those weights. Nothing here is saved.

export interface RankInput {
  id: number;
  acronym: string;
  /** The latest overall score under the mission's saved weights, as the server computed it. */
  savedOverall: number | null;
  /** Share of the KPIs the latest overall score rests on: too few, and it is not ranked. */
  completeness: number | null;
  /** The latest period's KPI scores; null while they are still loading. */
  kpiScores: Partial<Record<KpiId, number | null>> | null;
}

export interface RankedMission {
  id: number;
  acronym: string;
  savedOverall: number | null;
  savedRank: number | null;
  whatIfOverall: number | null;
  whatIfBand: Band | null;
  whatIfRank: number | null;
  /** Places moved up (positive) or down (negative) against the saved ranking; null if either is unranked. */
  rankChange: number | null;
}

/**
 * Competition ranking ("1, 2, 2, 4"), highest score first. Scores are compared to one decimal,
 * as shown, so two missions that read the same share a rank. Unscored missions are unranked.
 */
export function rankScores(items: readonly { id: number; score: number | null }[]): Map<number, number | null> {
  const shown = (score: number) => Math.round(score * 10);
  const scored = items.flatMap((item) => (item.score == null ? [] : [shown(item.score)]));
  return new Map(
    items.map((item) => [
      item.id,
      item.score == null ? null : 1 + scored.filter((other) => other > shown(item.score as number)).length,
    ]),
  );
}

/**
 * Ranks missions under their saved weights and under what-if weights (the same for every
 * mission), ordered by the what-if rank, then by acronym; unranked missions last. A score on
 * fewer than three of the four KPIs is not ranked.
 */
export function whatIfRanking(missions: readonly RankInput[], weights: KpiWeights): RankedMission[] {
  const rankable = (mission: RankInput) => mission.completeness != null && hasEnoughKpis(mission.completeness);
  const savedRanks = rankScores(
    missions.map((mission) => ({ id: mission.id, score: rankable(mission) ? mission.savedOverall : null })),
  );
  const rescored = missions.map((mission) => ({
    mission,
    overall: mission.kpiScores ? overallScore(mission.kpiScores, weights) : null,
  }));
  const whatIfRanks = rankScores(
    rescored.map(({ mission, overall }) => ({ id: mission.id, score: rankable(mission) ? overall : null })),
  );
  return rescored
    .map(({ mission, overall }) => {
      const savedRank = savedRanks.get(mission.id) ?? null;
      const whatIfRank = whatIfRanks.get(mission.id) ?? null;
      return {
        id: mission.id,
        acronym: mission.acronym,
        savedOverall: mission.savedOverall,
        savedRank,
        whatIfOverall: overall,
        whatIfBand: bandFor(overall, mission.completeness ?? 0),
        whatIfRank,
        rankChange: savedRank != null && whatIfRank != null ? savedRank - whatIfRank : null,
      };
    })
    .sort(
      (a, b) =>
        (a.whatIfRank ?? Number.POSITIVE_INFINITY) - (b.whatIfRank ?? Number.POSITIVE_INFINITY) ||
        a.acronym.localeCompare(b.acronym, 'en'),
    );
}

/** A rank change in words, with the arrow as a second cue: "▲ 2 up", "▼ 1 down", "No change". */
export function describeRankChange(change: number | null, t: Translate = ENGLISH): string {
  if (change == null) return t('misc.notRanked');
  if (change === 0) return t('misc.noChange');
  return change > 0 ? t('misc.up', { count: change }) : t('misc.down', { count: -change });
}

/** The URL parameter holding what-if weights, e.g. `?weights=violence_reduction:1,civilian_protection:0.5`. */
export const WEIGHTS_PARAM = 'weights';

const isKpiId = (id: string): id is KpiId => (KPI_IDS as readonly string[]).includes(id);

/**
 * What-if weights from the URL, or null when there are none. KPIs left out keep their default
 * weight; a malformed pair is ignored, and weights are clamped to the sliders' 0–1 range.
 */
export function weightsFromSearch(params: URLSearchParams): KpiWeights | null {
  const raw = params.get(WEIGHTS_PARAM);
  if (!raw) return null;
  const weights = { ...DEFAULT_KPI_WEIGHTS };
  let found = false;
  for (const pair of raw.split(',')) {
    const [kpi = '', text = ''] = pair.split(':');
    const weight = text.trim() === '' ? Number.NaN : Number(text);
    if (!isKpiId(kpi) || !Number.isFinite(weight)) continue;
    weights[kpi] = Math.min(1, Math.max(0, weight));
    found = true;
  }
  return found ? weights : null;
}

/** The URL parameters with these what-if weights (or none), keeping every other parameter. */
export function searchWithWeights(current: URLSearchParams, weights: KpiWeights | null): URLSearchParams {
  const next = new URLSearchParams(current);
  if (weights) next.set(WEIGHTS_PARAM, KPI_IDS.map((kpi) => `${kpi}:${weights[kpi]}`).join(','));
  else next.delete(WEIGHTS_PARAM);
  return next;
}
