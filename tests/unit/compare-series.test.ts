import { describe, expect, it } from 'vitest';
import type { ComparisonReport, TrendSeries } from '../../shared/src/comparison';
import { CATALOG_FR } from '../../shared/src/i18n/catalog-fr';
import { CATALOG_EN } from '../../shared/src/i18n/catalog-text';
import { createTranslate } from '../../client/src/lib/i18n';
import { en } from '../../client/src/locales/en';
import { fr } from '../../client/src/locales/fr';
import {
  assessedRows,
  chartSourceLines,
  heatMapRows,
  kpiBarRows,
  trendRows,
  hasUnapprovedPoints,
} from '../../client/src/features/compare/lib/report-series';

const t = createTranslate(en, 'en');
const tFr = createTranslate(fr, 'fr');

// Mission 1 assessed 2024Q1 (60), 2024Q2 (not scored), 2024Q4 (70): 2024Q3 is a gap.
// Mission 2 assessed 2023Q4 (40) and 2024Q1 (50).
const series: TrendSeries = {
  periods: ['2023Q4', '2024Q1', '2024Q2', '2024Q3', '2024Q4'],
  missions: [
    {
      missionId: 1,
      points: [
        { period: '2024Q4', overall: 70 },
        { period: '2024Q1', overall: 60 },
        { period: '2024Q2', overall: null },
      ],
    },
    {
      missionId: 2,
      points: [
        { period: '2023Q4', overall: 40 },
        { period: '2024Q1', overall: 50 },
      ],
    },
  ],
};

describe('trendRows', () => {
  it('lays calendar periods side by side: gaps and unscored periods are null, never zero', () => {
    const rows = trendRows(series, 'calendar', 'quarter', t);
    expect(rows.map((r) => r.label)).toEqual(['2023 Q4', '2024 Q1', '2024 Q2', '2024 Q3', '2024 Q4']);
    expect(rows.map((r) => r.values.m1)).toEqual([null, 60, null, null, 70]);
    expect(rows.map((r) => r.values.m2)).toEqual([40, 50, null, null, null]);
    // 2024Q2 was assessed but not scored; 2024Q3 was not assessed at all.
    expect(rows[2].assessed).toEqual({ m1: true, m2: false });
    expect(rows[3].assessed).toEqual({ m1: false, m2: false });
  });

  it('aligns each mission on its own first assessed period', () => {
    const rows = trendRows(series, 'since_first', 'quarter', t);
    // Mission 1 spans 2024Q1..2024Q4 (4 quarters), mission 2 spans 2023Q4..2024Q1 (2).
    expect(rows.map((r) => r.label)).toEqual(['Quarter 1', 'Quarter 2', 'Quarter 3', 'Quarter 4']);
    expect(rows.map((r) => r.values.m1)).toEqual([60, null, null, 70]);
    expect(rows.map((r) => r.values.m2)).toEqual([40, 50, null, null]);
    expect(rows[0].periods).toEqual({ m1: '2024Q1', m2: '2023Q4' });
    expect(trendRows({ ...series, missions: [] }, 'since_first', 'month', t)).toEqual([]);
    expect(trendRows(series, 'since_first', 'month', tFr)[1].label).toBe('Mois 2');
  });

  it('carries each point’s status, and says when any point is not approved', () => {
    const withStatus = {
      ...series,
      missions: [
        { missionId: 1, points: [{ period: '2024Q1', overall: 60, status: 'approved' as const }] },
        { missionId: 2, points: [{ period: '2024Q1', overall: 50, status: 'draft' as const }] },
      ],
    };
    expect(trendRows(withStatus, 'calendar', 'quarter', t).find((r) => r.key === '2024Q1')?.statuses).toEqual({
      m1: 'approved',
      m2: 'draft',
    });
    expect(trendRows(withStatus, 'since_first', 'quarter', t)[0].statuses).toEqual({ m1: 'approved', m2: 'draft' });
    expect(hasUnapprovedPoints(withStatus)).toBe(true);
    // A report frozen before points carried a status says nothing of it.
    expect(hasUnapprovedPoints(series)).toBe(false);
    expect(trendRows(series, 'calendar', 'quarter', t)[1].statuses).toEqual({});
  });

  it('keeps only assessed periods for the table', () => {
    const rows = assessedRows(trendRows(series, 'calendar', 'quarter', t));
    expect(rows.map((r) => r.key)).toEqual(['2023Q4', '2024Q1', '2024Q2', '2024Q4']);
  });
});

describe('kpiBarRows', () => {
  const report = {
    kpiComparison: [
      {
        kpi: 'violence_reduction',
        missions: [
          { missionId: 1, latest: 80, mean: 55.5 },
          { missionId: 2, latest: null, mean: 20 },
        ],
      },
    ],
  } as Pick<ComparisonReport, 'kpiComparison'>;

  it('gives one row per KPI with each mission’s latest or mean score, null where unscored', () => {
    expect(kpiBarRows(report, 'latest', t, CATALOG_EN)).toEqual([
      {
        kpi: 'violence_reduction',
        label: 'Violent incidents',
        name: 'Reduction in violent incidents',
        values: { m1: 80, m2: null },
      },
    ]);
    expect(kpiBarRows(report, 'mean', t, CATALOG_EN)[0].values).toEqual({ m1: 55.5, m2: 20 });
    expect(kpiBarRows(report, 'latest', tFr, CATALOG_FR)[0]).toMatchObject({
      label: 'Incidents violents',
      name: 'Réduction des incidents violents',
    });
  });
});

describe('heatMapRows', () => {
  it('turns the heat-map to one row per category, one cell per mission', () => {
    const rows = heatMapRows(
      {
        challenges: ['resources', 'political_will'],
        rows: [
          { missionId: 1, meanSeverity: [3.5, null] },
          { missionId: 2, meanSeverity: [1, 0] },
        ],
      },
      CATALOG_EN,
    );
    expect(rows.map((r) => r.name)).toEqual(['Resource limitations', 'Political will and commitment']);
    expect(rows[1].cells.map((c) => [c.missionId, c.value])).toEqual([
      [1, null],
      [2, 0],
    ]);
  });
});

describe('chartSourceLines', () => {
  const sources = { illustrative: ['UNTAC', 'MFO'], ucdp: ['MINUSCA'], entered: ['MINUSCA'] };

  it('names the missions behind each source, in the screen’s language', () => {
    expect(chartSourceLines(sources, t)).toEqual([
      'Illustrative demo data (UNTAC, MFO)',
      'Assessments entered for MINUSCA',
      'Violence and civilian-casualty counts for MINUSCA: UCDP GED 23.1',
    ]);
    expect(chartSourceLines(sources, tFr)[0]).toBe('Données de démonstration (UNTAC, MFO)');
    expect(chartSourceLines({ illustrative: [], ucdp: [], entered: [] }, t)).toEqual([]);
  });
});
