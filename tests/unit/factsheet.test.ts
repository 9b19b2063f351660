import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../shared/src/assessment';
import { KPI_IDS } from '../../shared/src/catalog';
import type { PeriodScore } from '../../shared/src/scoring';
import {
  FACTSHEET_PERIODS,
  NARRATIVE_MAX_CHARS,
  buildFactsheet,
  shorten,
  smallMultiplePaths,
} from '../../client/src/features/factsheet/lib/factsheet';

function period(p: string, status: PeriodScore['status'], overall: number | null, kpi = overall): PeriodScore {
  return {
    assessmentId: 0,
    period: p,
    status,
    overall,
    band: null,
    completeness: 1,
    flags: [],
    scoreBasis: 'published',
    kpis: KPI_IDS.map((id) => ({ kpi: id, score: kpi, weight: 0.25, outputsOnly: false, indicators: [] })),
  } as unknown as PeriodScore;
}

function assessment(p: string, status: Assessment['status'], extra: Partial<Assessment> = {}): Assessment {
  return {
    id: 0,
    missionId: 1,
    period: p,
    status,
    values: {},
    provenance: {},
    challenges: {},
    narrative: { achievements: '', setbacks: '', lessons: '' },
    authorId: null,
    lastEditorId: null,
    version: 1,
    createdAt: '',
    updatedAt: '',
    ...extra,
  } as Assessment;
}

describe('buildFactsheet', () => {
  it('takes approved periods only: the latest score, the last eight per KPI, oldest first', () => {
    const periods = [
      ...Array.from({ length: 10 }, (_, i) => period(`${2020 + Math.floor(i / 4)}Q${(i % 4) + 1}`, 'approved', i * 10)),
      period('2022Q3', 'draft', 99),
    ];
    const sheet = buildFactsheet(periods.reverse(), []);
    expect(sheet.latest?.period).toBe('2022Q2');
    expect(sheet.approvedCount).toBe(10);
    expect(sheet.kpis).toHaveLength(4);
    expect(sheet.kpis[0].points).toHaveLength(FACTSHEET_PERIODS);
    expect(sheet.kpis[0].points[0]).toEqual({ period: '2020Q3', score: 20 });
    expect(sheet.kpis[0].latest).toBe(90);
  });

  it("lists the latest approved assessment's three most severe challenges, ties in catalog order, and its narrative", () => {
    const older = assessment('2024Q1', 'approved', {
      challenges: { evolving_threats: { severity: 4, note: 'old' } },
      narrative: { achievements: 'Old', setbacks: '', lessons: '' },
    });
    const latest = assessment('2024Q2', 'approved', {
      challenges: {
        impartiality: { severity: 3, note: '' },
        resources: { severity: 3, note: 'Fuel' },
        coordination: { severity: 4, note: 'Radios' },
        legal_ethical: { severity: 1, note: '' },
        political_will: { severity: 0, note: 'none' },
      },
      narrative: { achievements: 'x '.repeat(400), setbacks: '  ', lessons: 'Plan early' },
      provenance: { violent_incidents: 'ucdp_ged' },
    });
    const draft = assessment('2024Q3', 'draft', { narrative: { achievements: 'Draft', setbacks: '', lessons: '' } });
    const sheet = buildFactsheet([], [draft, latest, older]);
    expect(sheet.challenges.map((c) => [c.id, c.severity])).toEqual([
      ['coordination', 4],
      ['resources', 3],
      ['impartiality', 3],
    ]);
    expect(sheet.narrative.setbacks).toBeUndefined();
    expect(sheet.narrative.lessons).toBe('Plan early');
    expect(sheet.narrative.achievements!.length).toBeLessThanOrEqual(NARRATIVE_MAX_CHARS);
    expect(sheet.narrative.achievements!.endsWith('…')).toBe(true);
    expect(sheet.ucdp).toBe(true);
  });
});

describe('shorten and smallMultiplePaths', () => {
  it('cuts at a word with an ellipsis, and folds white space', () => {
    expect(shorten('one  two\nthree', 50)).toBe('one two three');
    expect(shorten('alpha beta gamma delta', 12)).toBe('alpha beta…');
  });

  it('draws 0–100 upwards and leaves a gap where a score is missing', () => {
    const { lines, dots } = smallMultiplePaths(
      [{ score: 0 }, { score: 100 }, { score: null }, { score: 50 }, { score: 50 }],
      30,
      10,
    );
    expect(lines).toEqual(['0.0,10.0 7.5,0.0', '22.5,5.0 30.0,5.0']);
    expect(dots).toHaveLength(4);
  });
});
