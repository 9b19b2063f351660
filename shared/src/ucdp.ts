import type { IndicatorId } from './catalog';
import { GLEDITSCH_WARD_STATES, gleditschWardState } from './gleditsch-ward';

// The UCDP Georeferenced Event Dataset (GED) as CPEA uses it (DESIGN §7): its citation, the
// indicators it measures, and how its events find a mission's country and areas.

export const UCDP_GED_VERSION = '23.1';

/** As the licence (CC BY 4.0) asks, wherever its figures appear. */
export const UCDP_GED_CITATION =
  'UCDP Georeferenced Event Dataset (GED) 23.1 — Sundberg & Melander (2013); Davies, Pettersson & Öberg (2023); CC BY 4.0';

export const UCDP_GED_DATASET = 'UCDP Georeferenced Event Dataset (GED)';
export const UCDP_GED_LICENCE = 'CC BY 4.0';

/**
 * The citation of a GED version: the dataset's article always, and for the bundled 23.1 the
 * year's article on it as well; a version not given is said to be so.
 */
export function gedCitation(version: string | null): string {
  if (version === UCDP_GED_VERSION) return UCDP_GED_CITATION;
  return `${UCDP_GED_DATASET} ${version ?? '(version not given)'} — Sundberg & Melander (2013); ${UCDP_GED_LICENCE}`;
}

export const GED_INDICATORS = [
  'violent_incidents',
  'conflict_fatalities',
  'civilian_casualties',
] as const satisfies readonly IndicatorId[];
export type GedIndicatorId = (typeof GED_INDICATORS)[number];

/**
 * A name without accents, case, spacing, punctuation or the words GED and users add to an
 * admin-1 name: "Ouaka prefecture", "OUAKA Province" and "Ouaka" are one key.
 */
export function placeKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\b(province|prefecture|region|state)\b/g, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Country names GED writes differently from Gleditsch and Ward, by ISO 3166-1 alpha-3 code. */
const GED_NAMES: Readonly<Record<string, readonly string[]>> = {
  BIH: ['Bosnia-Herzegovina'],
  CIV: ['Ivory Coast'],
  COD: ['DR Congo (Zaire)'],
  KGZ: ['Kyrgyzstan'],
  KOR: ['South Korea'],
  MKD: ['Macedonia, FYR', 'North Macedonia'],
  PRK: ['North Korea'],
  SRB: ['Serbia (Yugoslavia)'],
  SWZ: ['Kingdom of eSwatini (Swaziland)'],
  VNM: ['Vietnam (North Vietnam)'],
  YEM: ['Yemen (North Yemen)'],
};

function nameKeys(name: string): string[] {
  const bare = name.replace(/\s*\(.*\)\s*/, '');
  return [...new Set([placeKey(name), placeKey(bare)])];
}

const BY_NAME: ReadonlyMap<string, string> = (() => {
  const byName = new Map<string, string>();
  for (const state of GLEDITSCH_WARD_STATES) {
    for (const name of [state.name, ...(GED_NAMES[state.alpha3] ?? [])]) {
      for (const key of nameKeys(name)) {
        const known = byName.get(key);
        if (known && known !== state.alpha3) throw new Error(`"${name}" would name both ${known} and ${state.alpha3}`);
        byName.set(key, state.alpha3);
      }
    }
  }
  return byName;
})();

/**
 * The ISO 3166-1 alpha-3 code of a GED event's country: by its Gleditsch–Ward `country_id`
 * when the file has one, otherwise by its name. Null when neither is known.
 */
export function gedCountryCode(countryId: number | null, name: string): string | null {
  if (countryId != null) {
    const state = gleditschWardState(countryId);
    if (state) return state.alpha3;
  }
  return BY_NAME.get(placeKey(name)) ?? BY_NAME.get(placeKey(name.replace(/\s*\(.*\)\s*/, ''))) ?? null;
}

// Kosovo, its five Serbian districts and seven Kosovar ones, in Serbian and Albanian spellings.
const KOSOVO =
  /^(kosov|kosova|pri[sš]h?tin|prizren|pe[cć]|peje|peja|mitrovic|gn?jilan|dj?akovic|gjakov|urosevac|ferizaj)/;

/**
 * GED records events in Kosovo under Serbia (Yugoslavia); only the admin-1 unit tells them
 * apart. True when `adm1` names Kosovo or one of its districts.
 */
export function isInKosovo(adm1: string): boolean {
  const words = adm1
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}]+/u);
  return words.some((word) => KOSOVO.test(word));
}

/** "GEDEvent_v25_1.csv" → "25.1", "GEDEvent_v24_0_1.csv" → "24.0.1"; null without a version. */
export function gedVersionOfFileName(fileName: string): string | null {
  const match = /(?:^|[^a-z0-9])v(\d{1,2})_(\d{1,2})(?:_(\d{1,2}))?(?![0-9])/i.exec(fileName);
  if (!match) return null;
  return [match[1], match[2], match[3]].filter((part) => part !== undefined).join('.');
}

export const GED_VERSION_PATTERN = /^\d{1,2}\.\d{1,2}(\.\d{1,2})?$/;
