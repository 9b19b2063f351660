import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../shared/src/assessment';
import { CHALLENGE_IDS } from '../../shared/src/catalog';
import { CATALOG_FR } from '../../shared/src/i18n/catalog-fr';
import { CATALOG_EN } from '../../shared/src/i18n/catalog-text';
import {
  buildChallengeHeatmap,
  challengeHeatMapData,
} from '../../client/src/features/assessments/lib/challenge-heatmap';
import { heatMapSvg, type HeatMapData } from '../../client/src/components/heat-map-export';
import { SEVERITY_SCALE, relativeLuminance, severityColour } from '../../client/src/components/severity-scale';
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

describe('mission heat-map', () => {
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
    const t = createTranslate(en, 'en');
    const body = heatMapSvg(challengeHeatMapData(heatmap, t, CATALOG_EN), t, CATALOG_EN);
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
      const tFr = createTranslate(fr, 'fr');
      const body = heatMapSvg(challengeHeatMapData(heatmap, tFr, CATALOG_FR), tFr, CATALOG_FR);
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

describe('the shared heat-map export', () => {
  const t = createTranslate(en, 'en');
  const comparison: HeatMapData = {
    columns: [
      { key: '1', label: 'MINUSCA', lines: ['MINUSCA'], line: { colour: '#0072B2' } },
      { key: '2', label: 'UNTAC', lines: ['UNTAC'], line: { colour: '#E69F00', dashArray: '6 3' } },
    ],
    rows: [
      {
        key: 'resources',
        name: 'Resource limitations',
        cells: [
          { key: '1', severity: 3.5, text: '3.5' },
          { key: '2', severity: null, text: '—' },
        ],
      },
    ],
  };

  it('draws the comparison’s missions with their line, mean severities on the shared scale', () => {
    const body = heatMapSvg(comparison, t, CATALOG_EN);
    expect(body.markup).toContain('stroke="#0072B2"');
    expect(body.markup).toContain('stroke-dasharray="6 3"');
    expect(body.markup).toContain('>MINUSCA</text>');
    expect(body.markup).toContain(`fill="${severityColour(3.5)?.fill}"`);
    expect(body.markup).toContain('>3.5</text>');
    expect(body.markup).toContain('>—</text>');
    expect(body.markup).toContain('>— not rated</text>');
  });

  it('colours a mission page’s whole severities with the same scale', () => {
    const heatmap = buildChallengeHeatmap([assessment('2024Q1', { resources: { severity: 4, note: '' } })]);
    const body = heatMapSvg(challengeHeatMapData(heatmap, t, CATALOG_EN), t, CATALOG_EN);
    expect(body.markup).toContain(`fill="${SEVERITY_SCALE[4]}"`);
    // The legend swatches are the scale's own colours.
    for (const colour of SEVERITY_SCALE) expect(body.markup).toContain(`fill="${colour}" stroke="#8c96a1"`);
  });
});

describe('severity colours', () => {
  it('runs light to dark over 0–4 and hits the scale’s own colours at whole severities', () => {
    expect(severityColour(0)?.fill).toBe(SEVERITY_SCALE[0]);
    expect(severityColour(4)?.fill).toBe(SEVERITY_SCALE[4]);
    expect(severityColour(2)?.fill).toBe(SEVERITY_SCALE[2]);
    const lightness = [0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4].map((v) => relativeLuminance(severityColour(v)?.fill ?? ''));
    for (let i = 1; i < lightness.length; i++) expect(lightness[i]).toBeLessThan(lightness[i - 1]);
  });

  it('writes the number in black on light cells and white on dark ones, and has no colour for "not rated"', () => {
    expect(severityColour(0.4)?.ink).toBe('#000000');
    expect(severityColour(3.8)?.ink).toBe('#ffffff');
    expect(severityColour(7)?.fill).toBe(SEVERITY_SCALE[4]); // clamped
    expect(severityColour(null)).toBeNull();
  });
});
