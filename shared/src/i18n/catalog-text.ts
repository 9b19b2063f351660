import {
  CHALLENGES,
  INDICATORS,
  KPIS,
  SEVERITY_LABELS,
  UNIT_LABELS,
  type ChallengeId,
  type Indicator,
  type IndicatorId,
  type StandardIndicatorId,
  type KpiId,
  type Unit,
} from '../catalog';
import { LEAD_ORGANISATIONS, MISSION_TYPE_LABELS, SETTINGS, type MISSION_TYPES } from '../mission';
import { BAND_LABELS, FLAG_LABELS, TREND_LABELS, type Band, type Flag, type TrendClass } from '../scoring';
import type { Region } from '../countries';
import { ROLE_LABELS, type Role } from '../user';

// The words of the catalog a person reads, in one language. The catalog stays the single
// source of ids; a translation is keyed by those ids, so the compiler names any it misses.

type MissionType = (typeof MISSION_TYPES)[number];
type LeadOrganisation = (typeof LEAD_ORGANISATIONS)[number];
type Setting = (typeof SETTINGS)[number];

export interface IndicatorText {
  name: string;
  help: string;
}

export interface CatalogText {
  kpis: Record<KpiId, { name: string; description: string }>;
  /** Every standard indicator's words, and those of the custom indicators a screen has loaded. */
  indicators: Record<StandardIndicatorId, IndicatorText> & Partial<Record<IndicatorId, IndicatorText>>;
  challenges: Record<ChallengeId, { name: string; covers: string }>;
  bands: Record<Band, string>;
  trends: Record<TrendClass, string>;
  flags: Record<Flag, string>;
  units: Record<Unit, string>;
  severities: readonly [string, string, string, string, string];
  roles: Record<Role, string>;
  missionTypes: Record<MissionType, string>;
  organisations: Record<LeadOrganisation, string>;
  settings: Record<Setting, string>;
  regions: Record<Region, string>;
}

const byId = <Id extends string, T extends { id: Id }, V>(items: readonly T[], pick: (item: T) => V) =>
  Object.fromEntries(items.map((item) => [item.id, pick(item)])) as Record<Id, V>;

function humanize(id: string): string {
  const words = id.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** English, read straight from the catalog. */
export const CATALOG_EN: CatalogText = {
  kpis: byId(KPIS, (kpi) => ({ name: kpi.name, description: kpi.description })),
  indicators: byId<StandardIndicatorId, (typeof INDICATORS)[number], IndicatorText>(INDICATORS, (indicator) => ({
    name: indicator.name,
    help: indicator.help,
  })),
  challenges: byId(CHALLENGES, (challenge) => ({ name: challenge.name, covers: challenge.covers })),
  bands: BAND_LABELS,
  trends: TREND_LABELS,
  flags: FLAG_LABELS,
  units: UNIT_LABELS,
  severities: SEVERITY_LABELS,
  roles: ROLE_LABELS,
  missionTypes: MISSION_TYPE_LABELS,
  organisations: Object.fromEntries(
    LEAD_ORGANISATIONS.map((lead) => [lead, lead.length <= 4 ? lead : humanize(lead)]),
  ) as Record<LeadOrganisation, string>,
  settings: Object.fromEntries(SETTINGS.map((setting) => [setting, humanize(setting)])) as Record<Setting, string>,
  regions: { africa: 'Africa', americas: 'Americas', asia: 'Asia', europe: 'Europe', oceania: 'Oceania' },
};

/** An indicator's words: the catalog's, a custom indicator's own, or its id until those are loaded. */
export function indicatorText(catalog: CatalogText, id: IndicatorId): IndicatorText {
  return catalog.indicators[id] ?? { name: humanize(id), help: '' };
}

/** The catalog with the words of some custom indicators, in French when `french`. */
export function withCustomIndicators(
  catalog: CatalogText,
  indicators: readonly Indicator[],
  french: boolean,
): CatalogText {
  const custom = indicators.flatMap((indicator) =>
    indicator.custom
      ? [
          [
            indicator.id,
            french
              ? { name: indicator.custom.nameFr, help: indicator.custom.helpFr || indicator.help }
              : { name: indicator.name, help: indicator.help },
          ] as const,
        ]
      : [],
  );
  if (custom.length === 0) return catalog;
  return { ...catalog, indicators: { ...catalog.indicators, ...Object.fromEntries(custom) } };
}
