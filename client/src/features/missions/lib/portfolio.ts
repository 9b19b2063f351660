import { LEAD_ORGANISATIONS, MISSION_TYPES, MISSION_TYPE_LABELS } from '@cpea/shared/mission';
import type { PeriodType } from '@cpea/shared/periods';
import { latestReported, type MissionSummary } from '@cpea/shared/portfolio';
import { REGIONS, regionOf, type Region } from '@cpea/shared/countries';
import type { Band } from '@cpea/shared/scoring';

export type MissionType = (typeof MISSION_TYPES)[number];
export type LeadOrganisation = (typeof LEAD_ORGANISATIONS)[number];

/** The overview's filters, as they are kept in the URL (`?type=&lead=&region=&country=`). */
export interface OverviewFilters {
  type: MissionType | null;
  lead: LeadOrganisation | null;
  /** The UN M49 region of the mission's country. */
  region: Region | null;
  country: string | null;
}

export const FILTER_PARAMS = { type: 'type', lead: 'lead', region: 'region', country: 'country' } as const;

export const NO_FILTERS: OverviewFilters = { type: null, lead: null, region: null, country: null };

function oneOf<T extends string>(values: readonly T[], raw: string | null): T | null {
  return raw != null && (values as readonly string[]).includes(raw) ? (raw as T) : null;
}

/** Reads the filters from the URL; anything unknown is ignored rather than matching nothing. */
export function filtersFromSearch(params: URLSearchParams): OverviewFilters {
  const country = params.get(FILTER_PARAMS.country)?.trim().toUpperCase() ?? null;
  return {
    type: oneOf(MISSION_TYPES, params.get(FILTER_PARAMS.type)),
    lead: oneOf(LEAD_ORGANISATIONS, params.get(FILTER_PARAMS.lead)),
    region: oneOf(REGIONS, params.get(FILTER_PARAMS.region)),
    country: country && /^[A-Z]{3}$/.test(country) ? country : null,
  };
}

/** The URL parameters for a set of filters, keeping any other parameter already there. */
export function searchWithFilters(current: URLSearchParams, filters: OverviewFilters): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const key of Object.keys(FILTER_PARAMS) as (keyof OverviewFilters)[]) {
    const value = filters[key];
    if (value) next.set(FILTER_PARAMS[key], value);
    else next.delete(FILTER_PARAMS[key]);
  }
  return next;
}

export function hasFilters(filters: OverviewFilters): boolean {
  return Object.values(filters).some((value) => value != null);
}

export function filterMissions<M extends MissionSummary>(missions: readonly M[], filters: OverviewFilters): M[] {
  return missions.filter(
    (mission) =>
      (filters.type == null || mission.missionType === filters.type) &&
      (filters.lead == null || mission.leadOrganisation === filters.lead) &&
      (filters.region == null || regionOf(mission.country) === filters.region) &&
      (filters.country == null || mission.country === filters.country),
  );
}

export interface FilterOptions {
  types: MissionType[];
  leads: LeadOrganisation[];
  regions: Region[];
  countries: string[];
}

/**
 * The choices each filter offers: the values present in the portfolio (so no choice leads to
 * an empty table), plus the one chosen, so a shared link always shows what it filters on.
 */
export function filterOptions(missions: readonly MissionSummary[], chosen: OverviewFilters): FilterOptions {
  const types = new Set<MissionType>(missions.map((mission) => mission.missionType));
  const leads = new Set<LeadOrganisation>(missions.map((mission) => mission.leadOrganisation));
  const regions = new Set(missions.map((mission) => regionOf(mission.country)));
  const countries = new Set(missions.map((mission) => mission.country));
  if (chosen.type) types.add(chosen.type);
  if (chosen.lead) leads.add(chosen.lead);
  if (chosen.region) regions.add(chosen.region);
  if (chosen.country) countries.add(chosen.country);
  return {
    types: MISSION_TYPES.filter((type) => types.has(type)).sort((a, b) =>
      MISSION_TYPE_LABELS[a].localeCompare(MISSION_TYPE_LABELS[b], 'en'),
    ),
    leads: LEAD_ORGANISATIONS.filter((lead) => leads.has(lead)),
    regions: REGIONS.filter((region) => regions.has(region)),
    countries: [...countries].sort(),
  };
}

export interface NotReported {
  mission: MissionSummary;
  /** The portfolio's latest period of the mission's period type, or null when none has reported. */
  expected: string | null;
}

/** The latest period any mission not archived has reported, per period type (quarters and months never compare). */
export function latestPortfolioPeriods(missions: readonly MissionSummary[]): Partial<Record<PeriodType, string>> {
  return latestReported(missions);
}

/**
 * Missions among `shown` the server finds late: they ran in the whole portfolio's latest period
 * of their period type and have nothing for it. Filtering the table does not move that period,
 * and an ended mission (whose life stops before it) or an archived one is never late.
 */
export function notReportedForLatest(shown: readonly MissionSummary[]): NotReported[] {
  return shown
    .filter((mission) => mission.reporting.late)
    .map((mission) => ({ mission, expected: mission.reporting.expected }))
    .sort((a, b) => a.mission.acronym.localeCompare(b.mission.acronym, 'en'));
}

export interface AwaitingApproval {
  mission: MissionSummary;
  assessmentId: number;
  period: string;
}

/** The submitted assessments of the missions shown, by mission acronym and then period. */
export function awaitingApproval(shown: readonly MissionSummary[]): AwaitingApproval[] {
  return [...shown]
    .sort((a, b) => a.acronym.localeCompare(b.acronym, 'en'))
    .flatMap((mission) => mission.awaitingApproval.map((item) => ({ mission, ...item })));
}

/** How many of the missions shown are in each band of their latest period; `none` when not scored. */
export function bandCounts(shown: readonly MissionSummary[]): Record<Band | 'none', number> {
  const counts: Record<Band | 'none', number> = { on_track: 0, partial: 0, off_track: 0, none: 0 };
  for (const mission of shown) counts[mission.latest?.band ?? 'none']++;
  return counts;
}
