import { describe, expect, it } from 'vitest';
import type { MissionSummary } from '../../shared/src/portfolio';
import {
  filterMissions,
  filterOptions,
  filtersFromSearch,
  latestPortfolioPeriods,
  notReportedForLatest,
  searchWithFilters,
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
    startDate: '2020-01-01',
    endDate: null,
    periodType: 'quarter',
    archived: false,
    illustrative: false,
    createdAt: '',
    updatedAt: '',
    assessmentCount: 1,
    latestPeriod: null,
    latest: null,
    trend: 'insufficient_data',
    sparkline: [],
    ...patch,
  };
}

const portfolio = [
  mission(1, { acronym: 'BETA', latestPeriod: '2024Q4', country: 'MLI', leadOrganisation: 'AU' }),
  mission(2, { acronym: 'ALPHA', latestPeriod: '2024Q2', missionType: 'mediation_support' }),
  mission(3, { acronym: 'GAMMA', latestPeriod: null, assessmentCount: 0 }),
  mission(4, { acronym: 'DELTA', periodType: 'month', latestPeriod: '2024-11' }),
  mission(5, { acronym: 'EPS', periodType: 'month', latestPeriod: '2025-01' }),
];

describe('overview filters in the URL', () => {
  it('reads known values and ignores the rest', () => {
    expect(filtersFromSearch(new URLSearchParams('type=peacekeeping&lead=AU&country=caf'))).toEqual({
      type: 'peacekeeping',
      lead: 'AU',
      country: 'CAF',
    });
    expect(filtersFromSearch(new URLSearchParams('type=war&lead=xyz&country=12'))).toEqual({
      type: null,
      lead: null,
      country: null,
    });
  });

  it('writes the filters and keeps other parameters', () => {
    const next = searchWithFilters(new URLSearchParams('lead=UN&tab=x'), {
      type: 'peacekeeping',
      lead: null,
      country: 'CAF',
    });
    expect(next.toString()).toBe('tab=x&type=peacekeeping&country=CAF');
  });

  it('narrows by every filter at once', () => {
    expect(filterMissions(portfolio, { type: 'peacekeeping', lead: 'UN', country: 'CAF' }).map((m) => m.id)).toEqual([
      3, 4, 5,
    ]);
    expect(filterMissions(portfolio, { type: null, lead: 'AU', country: null }).map((m) => m.id)).toEqual([1]);
  });

  it('offers the values present plus the one chosen', () => {
    const options = filterOptions(portfolio, { type: 'crisis_response', lead: null, country: null });
    expect(options.types).toEqual(['crisis_response', 'mediation_support', 'peacekeeping']);
    expect(options.leads).toEqual(['UN', 'AU']);
    expect(options.countries).toEqual(['CAF', 'MLI']);
  });
});

describe('not reported for the latest period', () => {
  it('finds the latest period per period type', () => {
    expect(latestPortfolioPeriods(portfolio)).toEqual({ quarter: '2024Q4', month: '2025-01' });
  });

  it('names missions behind the latest period of their own period type, and those never assessed', () => {
    const late = notReportedForLatest(portfolio, portfolio);
    expect(late.map((item) => [item.mission.acronym, item.expected])).toEqual([
      ['ALPHA', '2024Q4'],
      ['DELTA', '2025-01'],
      ['GAMMA', '2024Q4'],
    ]);
  });

  it('judges the missions shown against the whole portfolio, not against each other', () => {
    const shown = filterMissions(portfolio, { type: 'mediation_support', lead: null, country: null });
    expect(notReportedForLatest(portfolio, shown).map((item) => item.mission.acronym)).toEqual(['ALPHA']);
  });
});
