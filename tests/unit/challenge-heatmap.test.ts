import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../shared/src/assessment';
import { CHALLENGE_IDS } from '../../shared/src/catalog';
import { CATALOG_FR } from '../../shared/src/i18n/catalog-fr';
import { CATALOG_EN } from '../../shared/src/i18n/catalog-text';
import { buildChallengeHeatmap, heatmapSvgBody } from '../../client/src/features/assessments/lib/challenge-heatmap';
import { setFormatLocale } from '../../client/src/lib/format';
import { createTranslate } from '../../client/src/lib/i18n';
import { en } from '../../client/src/locales/en';
import { fr } from '../../client/src/locales/fr';

function assessment(period: string, challenges: Assessment['challenges']): Assessment {
  return {
    id: 1,
    missionId: 1,
    period,
    status: 'draft',
    values: {},
    provenance: {},
    challenges,
    narrative: { achievements: '', setbacks: '', lessons: '' },
    authorId: null,
    lastEditorId: null,
    version: 1,
    createdAt: '',
    updatedAt: '',
  };
}

describe('buildChallengeHeatmap', () => {
  it('is empty without assessments', () => {
    expect(buildChallengeHeatmap([])).toEqual({ periods: [], rows: [] });
  });

  it('has every category in catalog order and every period from first to last', () => {
    const heatmap = buildChallengeHeatmap([
      assessment('2024Q3', { resources: { severity: 4, note: 'No fuel & no pay' } }),
      assessment('2024Q1', { resources: { severity: 0, note: '' }, coordination: { severity: 2, note: '' } }),
    ]);
    expect(heatmap.rows.map((row) => row.challenge.id)).toEqual([...CHALLENGE_IDS]);
    expect(heatmap.periods).toEqual([
      { period: '2024Q1', label: '2024 Q1', assessed: true },
      { period: '2024Q2', label: '2024 Q2', assessed: false },
      { period: '2024Q3', label: '2024 Q3', assessed: true },
    ]);
    const resources = heatmap.rows.find((row) => row.challenge.id === 'resources');
    // 0 (none) is a rating, not a gap; the unassessed quarter is not rated.
    expect(resources?.cells.map((cell) => cell.severity)).toEqual([0, null, 4]);
    expect(resources?.cells[2].note).toBe('No fuel & no pay');
    const coordination = heatmap.rows.find((row) => row.challenge.id === 'coordination');
    expect(coordination?.cells.map((cell) => cell.severity)).toEqual([2, null, null]);
  });

  it('draws the same cells for export, a number or a dash in each', () => {
    const heatmap = buildChallengeHeatmap([assessment('2024-01', { resources: { severity: 3, note: '' } })]);
    const body = heatmapSvgBody(heatmap, createTranslate(en, 'en'), CATALOG_EN);
    expect(body.markup).toContain('>3</text>');
    expect(body.markup).toContain('>—</text>');
    expect(body.markup).toContain('Resource limitations');
    expect(body.markup).toContain('>Jan</text>');
    expect(body.markup).toContain('>3 High</text>');
    expect(body.markup).toContain('>— not rated</text>');
    expect(body.width).toBeGreaterThan(0);
    expect(body.height).toBeGreaterThan(10 * 20);
  });

  it('draws the export in French, with room for the longer names', () => {
    setFormatLocale('fr', CATALOG_FR.units);
    try {
      const heatmap = buildChallengeHeatmap([assessment('2024Q1', { resources: { severity: 3, note: '' } })]);
      const body = heatmapSvgBody(heatmap, createTranslate(fr, 'fr'), CATALOG_FR);
      expect(body.markup).toContain('>Limites des ressources</text>');
      expect(body.markup).toContain('>3 Élevée</text>');
      expect(body.markup).toContain('>— non notée</text>');
      expect(body.markup).toContain('>T1</text>');
      expect(body.markup).not.toContain('Resource limitations');
      // The first cell starts after the longest name, here “Équilibre entre action militaire et diplomatique”.
      expect(body.markup).toMatch(/<rect x="(29\d|3\d\d)" y="34"/);
    } finally {
      setFormatLocale('en', CATALOG_EN.units);
    }
  });
});
