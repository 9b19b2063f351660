// The UCDP Georeferenced Event Dataset (GED) as CPEA uses it (DESIGN §7): its citation and the
// name GED gives each country a mission may be in.

export const UCDP_GED_VERSION = '23.1';

/** As the licence (CC BY 4.0) asks, wherever its figures appear. */
export const UCDP_GED_CITATION =
  'UCDP Georeferenced Event Dataset (GED) 23.1 — Sundberg & Melander (2013); Davies, Pettersson & Öberg (2023); CC BY 4.0';

/**
 * The name GED gives each country a mission may be in, by ISO 3166-1 alpha-3 code. GED uses
 * Gleditsch–Ward state names, and records Kosovo's events under Serbia.
 */
export const GED_COUNTRY_NAMES: Readonly<Record<string, string>> = {
  CAF: 'Central African Republic',
  CIV: 'Ivory Coast',
  COD: 'DR Congo (Zaire)',
  CYP: 'Cyprus',
  EGY: 'Egypt',
  HTI: 'Haiti',
  KHM: 'Cambodia (Kampuchea)',
  LBN: 'Lebanon',
  LBR: 'Liberia',
  MLI: 'Mali',
  SDN: 'Sudan',
  SLE: 'Sierra Leone',
  SOM: 'Somalia',
  SRB: 'Serbia (Yugoslavia)',
  SSD: 'South Sudan',
  TLS: 'East Timor',
  XKX: 'Serbia (Yugoslavia)',
};

export function gedCountryName(alpha3: string): string | null {
  return GED_COUNTRY_NAMES[alpha3.trim().toUpperCase()] ?? null;
}
