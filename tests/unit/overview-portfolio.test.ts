import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, alpha2Of, regionOf } from '../../shared/src/countries';
import { formatCountry, setFormatLocale } from '../../client/src/lib/format';
import { UNIT_LABELS } from '../../shared/src/catalog';
import { latestReported, reportingOf, type MissionSummary } from '../../shared/src/portfolio';
import {
  awaitingApproval,
  bandCounts,
  filterMissions,
  filterOptions,
  filtersFromSearch,
  latestPortfolioPeriods,
  NO_FILTERS,
  notReportedForLatest,
  searchWithFilters,
  type OverviewFilters,
} from '../../client/src/features/missions/lib/portfolio';

function mission(id: number, patch: Partial<MissionSummary>): MissionSummary {
  return {
    id,
    name: `Mission ${id}`,
    acronym: `M${id}`,
    country: 'CAF',
    areas: [],
    missionType: 'peacekeeping',
    leadOrganisation: 'UN',
    partners: [],
    setting: 'mixed',
    multiEthnic: false,
    mandate: '',
    nameFr: '',
    mandateFr: '',
    startDate: '2020-01-01',
    endDate: null,
    periodType: 'quarter',
    archived: false,
    illustrative: false,
    version: 1,
    createdAt: '',
    updatedAt: '',
    assessmentCount: 1,
    latestPeriod: null,
    latest: null,
    trend: 'insufficient_data',
    awaitingApproval: [],
    reporting: { expected: null, late: false },
    sparkline: [],
    ...patch,
  };
}

const today = new Date('2025-02-10T12:00:00Z');

/** The portfolio as the server answers it: each mission's reporting judged against all of them. */
function withReporting(missions: MissionSummary[]): MissionSummary[] {
  const latest = latestReported(missions);
  return missions.map((m) => ({ ...m, reporting: reportingOf(m, latest, today) }));
}

const portfolio = [
  mission(1, { acronym: 'BETA', latestPeriod: '2024Q4', country: 'MLI', leadOrganisation: 'AU' }),
  mission(2, { acronym: 'ALPHA', latestPeriod: '2024Q2', missionType: 'mediation_support' }),
  mission(3, { acronym: 'GAMMA', latestPeriod: null, assessmentCount: 0 }),
  mission(4, { acronym: 'DELTA', periodType: 'month', latestPeriod: '2024-11' }),
  mission(5, { acronym: 'EPS', periodType: 'month', latestPeriod: '2025-01' }),
  mission(6, { acronym: 'KFOR', latestPeriod: '2024Q4', country: 'XKX', leadOrganisation: 'NATO' }),
];

describe('overview filters in the URL', () => {
  it('reads known values and ignores the rest', () => {
    expect(filtersFromSearch(new URLSearchParams('type=peacekeeping&lead=AU&region=africa&country=caf'))).toEqual({
      type: 'peacekeeping',
      lead: 'AU',
      region: 'africa',
      country: 'CAF',
    });
    expect(filtersFromSearch(new URLSearchParams('type=war&lead=xyz&region=atlantis&country=12'))).toEqual(NO_FILTERS);
  });

  it('writes the filters and keeps other parameters', () => {
    const next = searchWithFilters(new URLSearchParams('lead=UN&tab=x'), {
      ...NO_FILTERS,
      type: 'peacekeeping',
      region: 'africa',
      country: 'CAF',
    });
    expect(next.toString()).toBe('tab=x&type=peacekeeping&region=africa&country=CAF');
  });

  it('narrows by every filter at once', () => {
    const only = (filters: Partial<OverviewFilters>) =>
      filterMissions(portfolio, { ...NO_FILTERS, ...filters }).map((m) => m.id);
    expect(only({ type: 'peacekeeping', lead: 'UN', country: 'CAF' })).toEqual([3, 4, 5]);
    expect(only({ lead: 'AU' })).toEqual([1]);
    // By the M49 region of the country: KFOR's Kosovo is in Europe, Mali and the CAR in Africa.
    expect(only({ region: 'europe' })).toEqual([6]);
    expect(only({ region: 'africa', type: 'mediation_support' })).toEqual([2]);
    expect(only({ region: 'asia' })).toEqual([]);
  });

  it('offers the values present plus the one chosen', () => {
    const options = filterOptions(portfolio, { ...NO_FILTERS, type: 'crisis_response', region: 'oceania' });
    expect(options.types).toEqual(['crisis_response', 'mediation_support', 'peacekeeping']);
    expect(options.leads).toEqual(['UN', 'NATO', 'AU']);
    expect(options.regions).toEqual(['africa', 'europe', 'oceania']);
    expect(options.countries).toEqual(['CAF', 'MLI', 'XKX']);
  });
});

describe('not reported for the latest period', () => {
  it('finds the latest period per period type', () => {
    expect(latestPortfolioPeriods(portfolio)).toEqual({ quarter: '2024Q4', month: '2025-01' });
  });

  it('names missions behind the latest period of their own period type, and those never assessed', () => {
    const late = notReportedForLatest(withReporting(portfolio));
    expect(late.map((item) => [item.mission.acronym, item.expected])).toEqual([
      ['ALPHA', '2024Q4'],
      ['DELTA', '2025-01'],
      ['GAMMA', '2024Q4'],
    ]);
  });

  it('judges the missions shown against the whole portfolio, not against each other', () => {
    const shown = filterMissions(withReporting(portfolio), { ...NO_FILTERS, type: 'mediation_support' });
    expect(notReportedForLatest(shown).map((item) => item.mission.acronym)).toEqual(['ALPHA']);
  });

  it('leaves out missions that ended before the latest period, started after it, or are archived', () => {
    const judged = withReporting([
      ...portfolio,
      mission(7, { acronym: 'UNTAC', startDate: '1992-03-15', endDate: '1993-09-24', latestPeriod: '1993Q3' }),
      mission(8, { acronym: 'ENDED', endDate: '2024-08-31', latestPeriod: '2024Q2' }),
      mission(9, { acronym: 'LASTQ', endDate: '2024-11-30', latestPeriod: '2024Q3' }),
      mission(10, { acronym: 'NEW', startDate: '2025-01-15', latestPeriod: null, assessmentCount: 0 }),
      // An archived mission neither counts as late nor sets the latest period for the others.
      mission(11, { acronym: 'ARCH', archived: true, latestPeriod: '2025Q1' }),
      mission(12, { acronym: 'ARCH2', archived: true, latestPeriod: '2023Q1' }),
    ]);
    expect(notReportedForLatest(judged).map((item) => [item.mission.acronym, item.expected])).toEqual([
      ['ALPHA', '2024Q4'],
      ['DELTA', '2025-01'],
      ['GAMMA', '2024Q4'],
      ['LASTQ', '2024Q4'],
    ]);
  });

  it('before any mission reports, chases only running missions without an assessment', () => {
    const judged = withReporting([
      mission(1, { acronym: 'RUN' }),
      mission(2, { acronym: 'OVER', endDate: '2021-06-30' }),
    ]);
    expect(notReportedForLatest(judged).map((item) => [item.mission.acronym, item.expected])).toEqual([['RUN', null]]);
  });
});

describe('regionOf', () => {
  it('places every ISO 3166-1 alpha-3 code of the demo portfolio and a few neighbours in its M49 region', () => {
    expect(['CAF', 'SOM', 'SLE', 'EGY', 'MLI', 'COD'].map(regionOf)).toEqual(Array(6).fill('africa'));
    expect(['KHM', 'TLS', 'AFG', 'CYP', 'LBN'].map(regionOf)).toEqual(Array(5).fill('asia'));
    expect(['XKX', 'BIH', 'UKR'].map(regionOf)).toEqual(Array(3).fill('europe'));
    expect(['HTI', 'COL'].map(regionOf)).toEqual(['americas', 'americas']);
    expect(['SLB', 'PNG'].map(regionOf)).toEqual(['oceania', 'oceania']);
    expect(regionOf(' caf ')).toBe('africa');
  });

  it('holds every ISO 3166-1 country once, with an alpha-2 code Intl can name', () => {
    expect(COUNTRY_CODES.size).toBe(249); // 249 assigned codes, less Antarctica, plus Kosovo
    const alpha2 = [...COUNTRY_CODES.values()].map((country) => country.alpha2);
    expect(new Set(alpha2).size).toBe(alpha2.length);
    const names = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
    for (const [alpha3, country] of COUNTRY_CODES) {
      expect(alpha3, alpha3).toMatch(/^[A-Z]{3}$/);
      expect(names.of(country.alpha2), alpha3).toBeTruthy();
    }
    expect(['CAF', 'COD', 'COG', 'XKX', 'TLS', 'SSD', 'PSE'].map(alpha2Of)).toEqual([
      'CF',
      'CD',
      'CG',
      'XK',
      'TL',
      'SS',
      'PS',
    ]);
  });

  it('names a country in the screen’s language, and keeps an unknown code as it is', () => {
    expect(formatCountry('CAF')).toBe('Central African Republic');
    expect(formatCountry('ZZZ')).toBe('ZZZ');
    setFormatLocale('fr', UNIT_LABELS);
    try {
      expect(formatCountry('CAF')).toBe('République centrafricaine');
      expect(formatCountry('TLS')).toBe('Timor oriental');
    } finally {
      setFormatLocale('en', UNIT_LABELS);
    }
  });

  it('knows no region for Antarctica or an unknown code', () => {
    expect(regionOf('ATA')).toBeNull();
    expect(regionOf('ZZZ')).toBeNull();
  });
});

describe('portfolio at a glance', () => {
  it('counts the missions shown by the band of their latest period, unscored ones apart', () => {
    const latest = (band: 'on_track' | 'partial' | 'off_track' | null) => ({
      latest: {
        period: '2024Q4',
        overall: band ? 50 : null,
        band,
        completeness: 1,
        status: 'approved' as const,
        scoreBasis: 'published' as const,
      },
    });
    const shown = [
      mission(1, latest('on_track')),
      mission(2, latest('on_track')),
      mission(3, latest(null)),
      mission(4, {}),
    ];
    expect(bandCounts([...shown, mission(5, latest('off_track'))])).toEqual({
      on_track: 2,
      partial: 0,
      off_track: 1,
      none: 2,
    });
  });

  it('lists the submitted assessments by mission acronym, then period', () => {
    const items = awaitingApproval([
      mission(1, { acronym: 'ZULU', awaitingApproval: [{ assessmentId: 11, period: '2024Q1' }] }),
      mission(2, { acronym: 'ALPHA', awaitingApproval: [] }),
      mission(3, {
        acronym: 'BRAVO',
        awaitingApproval: [
          { assessmentId: 31, period: '2023Q4' },
          { assessmentId: 32, period: '2024Q1' },
        ],
      }),
    ]);
    expect(items.map((item) => [item.mission.acronym, item.period, item.assessmentId])).toEqual([
      ['BRAVO', '2023Q4', 31],
      ['BRAVO', '2024Q1', 32],
      ['ZULU', '2024Q1', 11],
    ]);
  });
});
