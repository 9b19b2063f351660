import type {
  AssessmentStatus,
  ChallengeRatings,
  IndicatorValues,
  Narrative,
  Provenance,
} from '@cpea/shared/assessment';
import {
  CHALLENGE_IDS,
  CHALLENGES,
  INDICATORS,
  MAX_SEVERITY,
  SEVERITY_LABELS,
  type IndicatorId,
} from '@cpea/shared/catalog';
import type { MissionInput } from '@cpea/shared/mission';
import { periodRange } from '@cpea/shared/periods';
import { clamp } from '@cpea/shared/scoring';
import type { MissionTargets } from '@cpea/shared/targets';
import { UCDP_GED_VERSION } from '@cpea/shared/ucdp';
import {
  aggregateGedByPeriod,
  aggregateGedSeries,
  GED_INDICATORS,
  noEvents,
  parseGedEvents,
  type GedPeriodTotals,
  type GedSeriesTotals,
} from '../ucdp/ged';
import { seriesPeriods } from '../ucdp/ged-coverage';
import { MISSION_PROFILES, type MissionProfile, type Trajectory } from './mission-profiles';
import { jitter, mulberry32, type Random } from './prng';

// The demo portfolio seeded into an empty database. Every value is invented (deterministically,
// from a seeded generator) except MINUSCA's three violence indicators, which are counted from
// the bundled UCDP GED 23.1 extract.

export type DemoProvenance = Extract<Provenance, 'manual' | 'ucdp_ged'>;

export interface DemoAssessment {
  period: string;
  status: AssessmentStatus;
  values: IndicatorValues;
  provenance: Partial<Record<IndicatorId, DemoProvenance>>;
  challenges: ChallengeRatings;
  narrative: Narrative;
}

/** A mission's event series as an import of the extract stores it. */
export interface DemoEventSeries {
  gedVersion: string;
  periods: [string, GedSeriesTotals][];
}

export interface DemoMission {
  mission: MissionInput;
  illustrative: boolean;
  targets: MissionTargets;
  assessments: DemoAssessment[];
  eventSeries: DemoEventSeries | null;
}

/**
 * GED 23.1 is UCDP's complete record from 1989 to 2022 (the extract's first event is in 1991):
 * the span the README tells a user to give when importing a yearly release.
 */
export const GED_23_1_COVERAGE = { from: '1989-01-01', to: '2022-12-31', given: true };

export interface DemoPortfolio {
  missions: DemoMission[];
}

export function buildDemoPortfolio(gedCsv: string, today = new Date()): DemoPortfolio {
  const { events, errors, measures } = parseGedEvents(gedCsv);
  if (errors.length > 0) {
    const first = errors[0];
    throw new Error(
      `The UCDP GED extract has ${errors.length} bad rows; first: row ${first.row}, ${first.column ?? 'record'}: ${first.message}`,
    );
  }
  return {
    missions: MISSION_PROFILES.map((profile) => {
      const ged = profile.violenceFromGed
        ? aggregateGedByPeriod(events, {
            country: profile.mission.country,
            areas: profile.mission.areas,
            periodType: profile.mission.periodType,
          })
        : null;
      const series = profile.violenceFromGed ? aggregateGedSeries(events, profile.mission, measures) : null;
      const eventSeries: DemoEventSeries | null = series && {
        gedVersion: UCDP_GED_VERSION,
        periods: seriesPeriods(GED_23_1_COVERAGE, profile.mission.periodType, today).map((period) => [
          period,
          series.get(period) ?? noEvents(measures),
        ]),
      };
      return { ...buildMission(profile, ged), eventSeries };
    }),
  };
}

const NO_EVENTS: GedPeriodTotals = { violent_incidents: 0, conflict_fatalities: 0, civilian_casualties: 0 };

function buildMission(
  profile: MissionProfile,
  ged: Map<string, GedPeriodTotals> | null,
): Omit<DemoMission, 'eventSeries'> {
  const random = mulberry32(profile.seed);
  const periods = periodRange(profile.periods.from, profile.periods.to);
  const narrator = new Narrator(profile, random);
  let previous: IndicatorValues | null = null;

  const assessments = periods.map((period, index) => {
    const progress = progressAt(profile, period, index, periods.length, random);
    const values = inventValues(profile, progress, random);
    const provenance: DemoAssessment['provenance'] = {};
    for (const id of Object.keys(values) as IndicatorId[]) provenance[id] = 'manual';
    if (ged) {
      // The extract is UCDP's complete record for the country: a quarter without events had none.
      const totals = ged.get(period) ?? NO_EVENTS;
      for (const id of GED_INDICATORS) {
        values[id] = totals[id];
        provenance[id] = 'ucdp_ged';
      }
    }
    const unmeasured = profile.notMeasured?.period === period ? profile.notMeasured : null;
    for (const id of unmeasured?.indicators ?? []) {
      values[id] = null;
      delete provenance[id];
    }
    const challenges = rateChallenges(profile, progress, random);
    const narrative = narrator.write(period, values, previous, challenges, unmeasured?.reason ?? null);
    previous = values;
    const status: AssessmentStatus = index === periods.length - 1 ? profile.latestStatus : 'approved';
    return { period, status, values, provenance, challenges, narrative };
  });

  return {
    mission: profile.mission,
    illustrative: true,
    targets: withExplicitBaselines(profile.targets, assessments),
    assessments,
  };
}

/**
 * The demo's baselines, written down: a count the profile gives no baseline takes the value of
 * the mission's first assessed period, as the catalog's retired "first assessed value" default
 * did when these scores were first published, so they read the same.
 */
function withExplicitBaselines(targets: MissionTargets, assessments: readonly DemoAssessment[]): MissionTargets {
  const explicit: MissionTargets = { ...targets };
  for (const indicator of INDICATORS) {
    const set = targets[indicator.id];
    if (indicator.defaultTarget.rule !== 'half_of_baseline' || set?.baseline != null) continue;
    const first = assessments.find((a) => a.values[indicator.id] != null);
    if (!first) continue;
    explicit[indicator.id] = {
      baseline: first.values[indicator.id] ?? null,
      baselineSource: { kind: 'first_value', period: first.period },
      target: set?.target ?? null,
      weight: set?.weight ?? 1,
    };
  }
  return explicit;
}

const PROGRESS: Record<Trajectory, (t: number) => number> = {
  improving: (t) => 0.15 + 0.7 * t,
  deteriorating: (t) => 0.7 - 0.5 * t,
  stable: () => 0.55,
};

/** How far the mission has come, 0 (nothing achieved) to 1 (every target met), in one period. */
function progressAt(profile: MissionProfile, period: string, index: number, count: number, random: Random): number {
  const t = count > 1 ? index / (count - 1) : 0;
  const planned = PROGRESS[profile.trajectory](t) + (profile.shocks[period] ?? 0);
  return clamp(planned + profile.volatility * jitter(random), 0.02, 0.98);
}

function inventValues(profile: MissionProfile, progress: number, random: Random): IndicatorValues {
  const scale = profile.scale;
  const vary = (spread: number) => 1 + spread * jitter(random);
  const incidents = Math.round(scale.incidents * (1.15 - 0.75 * progress) * vary(0.12));
  const fatalities = Math.round(incidents * scale.fatalitiesPerIncident * vary(0.25));
  const civilians = Math.min(fatalities, Math.round(fatalities * scale.civilianShare * vary(0.2)));
  const recorded = Math.max(1, Math.round(scale.disputes * vary(0.2)));
  const resolvedShare = clamp(0.25 + 0.6 * progress + 0.06 * jitter(random), 0, 1);
  const localLed = scale.localLed.start + scale.localLed.span * progress + 4 * jitter(random);
  const capability = 1.2 + 3.2 * progress + 0.25 * jitter(random);
  const threatResponse = 45 + 45 * progress + 5 * jitter(random);
  return {
    violent_incidents: incidents,
    conflict_fatalities: fatalities,
    civilian_casualties: civilians,
    disputes_recorded: recorded,
    disputes_resolved: Math.min(recorded, Math.round(recorded * resolvedShare)),
    personnel_trained: Math.round(scale.trained * (0.6 + 0.7 * progress) * vary(0.15)),
    local_led_operations_pct: Math.round(clamp(localLed, 0, 100)),
    capability_rating: clamp(Math.round(capability * 2) / 2, 1, 5),
    threat_response_pct: Math.round(clamp(threatResponse, 0, 100)),
    community_engagements: Math.round(scale.engagements * (0.7 + 0.6 * progress) * vary(0.15)),
  };
}

/** Challenges ease as the mission progresses and bite harder when it slips. */
function rateChallenges(profile: MissionProfile, progress: number, random: Random): ChallengeRatings {
  const ratings: ChallengeRatings = {};
  for (const id of CHALLENGE_IDS) {
    const raw = profile.challenges[id] + (0.5 - progress) * 1.6 + 0.45 * jitter(random);
    const severity = clamp(Math.round(raw), 0, MAX_SEVERITY);
    const note = severity >= 3 ? (profile.challengeNotes[id] ?? '') : '';
    ratings[id] = { severity, note };
  }
  return ratings;
}

const number = new Intl.NumberFormat('en-GB');
const fmt = (value: number | null | undefined) => (value == null ? 'not measured' : number.format(value));

/** Writes each period's narrative as an M&E officer would: context first, then the figures. */
class Narrator {
  private readonly pools: Record<keyof Narrative, { lines: string[]; next: number }>;

  constructor(
    private readonly profile: MissionProfile,
    random: Random,
  ) {
    const deal = (lines: string[]) => ({ lines: shuffle(lines, random), next: 0 });
    this.pools = {
      achievements: deal(profile.narrative.achievements),
      setbacks: deal(profile.narrative.setbacks),
      lessons: deal(profile.narrative.lessons),
    };
  }

  write(
    period: string,
    values: IndicatorValues,
    previous: IndicatorValues | null,
    challenges: ChallengeRatings,
    notMeasuredReason: string | null,
  ): Narrative {
    const milestone = this.profile.milestones[period] ?? {};
    const violence = this.violenceSentence(values, previous);
    const worse = previous != null && (values.violent_incidents ?? 0) > (previous.violent_incidents ?? 0);
    const achievements = [milestone.achievement ?? this.draw('achievements')];
    const setbacks = [milestone.setback ?? this.draw('setbacks')];
    if (worse) {
      achievements.push(capacitySentence(values));
      setbacks.push(violence);
    } else {
      achievements.push(violence);
      setbacks.push(mainChallengeSentence(challenges));
    }
    if (notMeasuredReason) setbacks.push(notMeasuredReason);
    return {
      achievements: achievements.join(' '),
      setbacks: setbacks.join(' '),
      lessons: this.draw('lessons'),
    };
  }

  private draw(field: keyof Narrative): string {
    const pool = this.pools[field];
    const line = pool.lines[pool.next % pool.lines.length];
    pool.next += 1;
    return line;
  }

  private violenceSentence(values: IndicatorValues, previous: IndicatorValues | null): string {
    const incidents = fmt(values.violent_incidents);
    const fatalities = fmt(values.conflict_fatalities);
    if (this.profile.violenceFromGed) {
      const tail = previous ? ` (previous quarter: ${fmt(previous.violent_incidents)} events).` : '.';
      return `UCDP GED records ${incidents} events and ${fatalities} deaths, ${fmt(values.civilian_casualties)} of them civilians, in the quarter${tail}`;
    }
    if (!previous)
      return `Baseline quarter: ${incidents} violent incidents and ${fatalities} conflict fatalities recorded.`;
    const before = previous.violent_incidents ?? 0;
    const now = values.violent_incidents ?? 0;
    const verb = now < before ? 'fell' : now > before ? 'rose' : 'held';
    const change = verb === 'held' ? `held at ${incidents}` : `${verb} from ${fmt(before)} to ${incidents}`;
    return `Violent incidents ${change} quarter on quarter, with ${fatalities} conflict fatalities.`;
  }
}

function capacitySentence(values: IndicatorValues): string {
  const trained = `${fmt(values.personnel_trained)} local personnel completed mission-supported training`;
  if (values.disputes_recorded == null) return `${trained}.`;
  return `${trained}, and ${fmt(values.disputes_resolved)} of ${fmt(values.disputes_recorded)} disputes brought to mediation were settled.`;
}

function mainChallengeSentence(challenges: ChallengeRatings): string {
  let main = CHALLENGES[0];
  for (const challenge of CHALLENGES) {
    if ((challenges[challenge.id]?.severity ?? 0) > (challenges[main.id]?.severity ?? 0)) main = challenge;
  }
  const severity = challenges[main.id]?.severity ?? 0;
  return `${main.name} remained the main constraint (rated ${SEVERITY_LABELS[severity].toLowerCase()}).`;
}

function shuffle<T>(items: readonly T[], random: Random): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j], result[i]];
  }
  return result;
}
