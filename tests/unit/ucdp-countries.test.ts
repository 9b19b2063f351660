import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES } from '../../shared/src/countries';
import { GLEDITSCH_WARD_STATES, gleditschWardState } from '../../shared/src/gleditsch-ward';
import { gedCountryCode, gedVersionOfFileName, isInKosovo, placeKey } from '../../shared/src/ucdp';

describe('Gleditsch–Ward states', () => {
  // The Import screen names the country of each mission a GED file touches: every country the
  // importer can match must be one the interface can name.
  it('map to countries the interface knows, by their ISO alpha-3 code, each number once', () => {
    expect(GLEDITSCH_WARD_STATES.filter((state) => !COUNTRY_CODES.has(state.alpha3))).toEqual([]);
    const codes = GLEDITSCH_WARD_STATES.map((state) => state.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('hold every state in a country a mission was in before, and the ones the old list missed', () => {
    const alpha3 = new Set(GLEDITSCH_WARD_STATES.map((state) => state.alpha3));
    for (const code of ['CAF', 'CIV', 'COD', 'CYP', 'EGY', 'HTI', 'KHM', 'LBN', 'LBR', 'MLI', 'SDN', 'SLE', 'SOM']) {
      expect(alpha3).toContain(code);
    }
    for (const code of ['SRB', 'SSD', 'TLS', 'XKX', 'BIH', 'AFG', 'COG', 'SYR']) expect(alpha3).toContain(code);
    expect(GLEDITSCH_WARD_STATES.length).toBeGreaterThan(190);
  });

  it('name the numbers GED uses', () => {
    expect(gleditschWardState(482)?.alpha3).toBe('CAF');
    expect(gleditschWardState(652)?.alpha3).toBe('SYR');
    expect(gleditschWardState(346)?.alpha3).toBe('BIH');
    expect(gleditschWardState(345)?.alpha3).toBe('SRB');
    expect(gleditschWardState(347)?.alpha3).toBe('XKX');
    expect(gleditschWardState(484)?.alpha3).toBe('COG');
    expect(gleditschWardState(490)?.alpha3).toBe('COD');
    expect(gleditschWardState(1)).toBeNull();
  });
});

describe('gedCountryCode', () => {
  it('reads the country by its number first', () => {
    expect(gedCountryCode(652, 'Syria')).toBe('SYR');
    expect(gedCountryCode(700, 'a name GED never wrote')).toBe('AFG');
  });

  it('falls back on the name as GED writes it, or as Gleditsch and Ward do', () => {
    const names: Record<string, string> = {
      'DR Congo (Zaire)': 'COD',
      Congo: 'COG',
      'Bosnia-Herzegovina': 'BIH',
      'Ivory Coast': 'CIV',
      'Serbia (Yugoslavia)': 'SRB',
      'Russia (Soviet Union)': 'RUS',
      'Cambodia (Kampuchea)': 'KHM',
      'Yemen (North Yemen)': 'YEM',
      'Myanmar (Burma)': 'MMR',
      'Kingdom of eSwatini (Swaziland)': 'SWZ',
      'United States of America': 'USA',
      'East Timor': 'TLS',
      'central african republic': 'CAF',
      Syria: 'SYR',
    };
    for (const [name, code] of Object.entries(names)) expect([name, gedCountryCode(null, name)]).toEqual([name, code]);
    expect(gedCountryCode(null, 'Atlantis')).toBeNull();
    expect(gedCountryCode(9999, 'Mali')).toBe('MLI');
  });
});

describe('isInKosovo', () => {
  it('knows Kosovo and its districts in either language, and nothing else of Serbia', () => {
    for (const adm1 of [
      'Kosovo',
      'Kosovsko-Mitrovački okrug',
      'Prizrenski okrug',
      'Pećki okrug',
      'Prishtinë',
      'Ferizaj',
    ]) {
      expect([adm1, isInKosovo(adm1)]).toEqual([adm1, true]);
    }
    for (const adm1 of ['Belgrade', 'Pčinjski okrug', 'Vojvodina', ''])
      expect([adm1, isInKosovo(adm1)]).toEqual([adm1, false]);
  });
});

describe('placeKey', () => {
  it('ignores accents, case, spacing and the words province, prefecture, region and state', () => {
    expect(placeKey('Ouaka prefecture')).toBe(placeKey('Ouaka province'));
    expect(placeKey('OUAKA')).toBe(placeKey('Ouaka province'));
    expect(placeKey('Nana-Grebizi')).toBe(placeKey('Nana-Grébizi prefecture'));
    expect(placeKey('Haute Kotto')).toBe(placeKey('Haute-Kotto prefecture'));
    expect(placeKey('Upper Nile state')).toBe(placeKey('Upper Nile'));
    expect(placeKey('Ouaka-Nord province')).not.toBe(placeKey('Ouaka'));
  });
});

describe('gedVersionOfFileName', () => {
  it('reads the version UCDP writes into its file names', () => {
    expect(gedVersionOfFileName('GEDEvent_v25_1.csv')).toBe('25.1');
    expect(gedVersionOfFileName('GEDEvent_v24_0_3.csv')).toBe('24.0.3');
    expect(gedVersionOfFileName('ucdp_ged_v23_1_central_african_republic.csv')).toBe('23.1');
    expect(gedVersionOfFileName('events.csv')).toBeNull();
    expect(gedVersionOfFileName('dev_2024.csv')).toBeNull();
  });
});
