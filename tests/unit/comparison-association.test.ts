import { describe, expect, it } from 'vitest';
import { CATALOG_FR } from '@cpea/shared/i18n/catalog-fr';
import { CATALOG_EN } from '@cpea/shared/i18n/catalog-text';
import { comparisonAssociation, type AssessedSeverities } from '../../shared/src/comparison';
import { briefingSentence, gapDomain, gapPoints } from '../../client/src/features/compare/lib/association';
import { createTranslate } from '../../client/src/lib/i18n';
import { en } from '../../client/src/locales/en';
import { fr } from '../../client/src/locales/fr';

// From the comparison's assessments to its association rows, chart points and sentences.
//
//   mission  (resources severity, overall)              coordination
//   1        (0, 80) (1, 70) (3, 50) (4, 40)            2 in its first two
//   2        (0, 75) (1, 65) (3, 45) (4, 35)
//   3        (1, 60) (3, 40) (4, 30), and (4, no score: left out)
//
//   high (≥ 3): 50 40 45 35 40 30 → 6 assessments, 3 missions, mean 240 / 6 = 40
//   low (≤ 1):  80 70 75 65 60    → 5 assessments, 3 missions, mean 350 / 5 = 70 → gap −30
//   within: deviations from each mission's means sort the severities exactly against the scores
//     (1: −2 −1 1 2 against 20 10 −10 −20; 3: −5/3 1/3 4/3 against 50/3 −10/3 −40/3) → rho = −1,
//     in every resample too, so its interval is −1 to −1;
//   between: mean severity 2, 2, 8/3 (ranks 1.5 1.5 3) against mean overall 60, 55, 130/3
//     (ranks 3 2 1): Σdxdy = −0.5 + 0 − 1 = −1.5, Σdx² = 1.5, Σdy² = 2 → rho = −1.5 / √3 = −√3/2.
const assessed = (missionId: number, rows: [number, number | null][]): AssessedSeverities[] =>
  rows.map(([resources, overall], i) => ({
    missionId,
    overall,
    severities: { resources, coordination: missionId === 1 && i < 2 ? 2 : null },
  }));
const association = comparisonAssociation([
  ...assessed(3, [
    [1, 60],
    [3, 40],
    [4, 30],
    [4, null],
  ]),
  ...assessed(1, [
    [0, 80],
    [1, 70],
    [3, 50],
    [4, 40],
  ]),
  ...assessed(2, [
    [0, 75],
    [1, 65],
    [3, 45],
    [4, 35],
  ]),
]);
const resources = association.rows[0];

describe('comparisonAssociation', () => {
  it('reads every category on the assessments with an overall score, with the method stated', () => {
    expect(association).toMatchObject({
      method: 'between_within_missions',
      assessments: 11,
      resamples: 2000,
      gapMinAssessments: 5,
      gapMinMissions: 2,
    });
    expect(association.rows).toHaveLength(10);
    expect(resources).toMatchObject({
      challenge: 'resources',
      assessments: 11,
      missions: 3,
      high: { assessments: 6, missions: 3, meanOverall: 40 },
      low: { assessments: 5, missions: 3, meanOverall: 70 },
      gapReason: null,
    });
    expect(resources.gap.estimate).toBeCloseTo(-30, 10);
    expect(resources.gap.lower as number).toBeLessThanOrEqual(-30);
    expect(resources.gap.upper as number).toBeGreaterThanOrEqual(-30);
    expect(resources.withinRho.estimate).toBeCloseTo(-1, 12);
    expect(resources.withinRho.lower).toBeCloseTo(-1, 12);
    expect(resources.withinRho.upper).toBeCloseTo(-1, 12);
    expect(resources.betweenRho.estimate).toBeCloseTo(-Math.sqrt(3) / 2, 12);
  });

  it('ranks by the strength of the within-mission rho, categories without one last', () => {
    expect(association.rows.map((row) => row.challenge).slice(0, 1)).toEqual(['resources']);
    expect(association.rows.slice(1).every((row) => row.withinRho.estimate == null)).toBe(true);
    // The rest keep the catalog's order.
    expect(association.rows[1].challenge).toBe('political_will');
    const coordination = association.rows.find((row) => row.challenge === 'coordination');
    expect(coordination).toMatchObject({ assessments: 2, missions: 1, gapReason: 'too_few_to_compare' });
    expect(coordination?.gap).toEqual({ estimate: null, lower: null, upper: null });
  });

  it('gives the same numbers for the same assessments in any order', () => {
    const again = comparisonAssociation([
      ...assessed(2, [
        [4, 35],
        [3, 45],
        [1, 65],
        [0, 75],
      ]),
      ...assessed(1, [
        [0, 80],
        [1, 70],
        [3, 50],
        [4, 40],
      ]),
      ...assessed(3, [
        [4, null],
        [4, 30],
        [3, 40],
        [1, 60],
      ]),
    ]);
    expect(again.rows.find((row) => row.challenge === 'resources')).toEqual(resources);
  });
});

describe('the association on the Compare screen', () => {
  it('draws a dot and whisker for each category with a gap, on a symmetric axis', () => {
    const points = gapPoints(association, CATALOG_EN);
    expect(points).toHaveLength(1);
    const [point] = points;
    expect(point).toMatchObject({ challenge: 'resources', name: 'Resource limitations' });
    expect(point.error[0]).toBeCloseTo(point.gap - (point.lower as number), 12);
    expect(point.error[1]).toBeCloseTo((point.upper as number) - point.gap, 12);
    expect(point.error.every((e) => e >= 0)).toBe(true);
    const [low, high] = gapDomain(points);
    expect(high).toBe(-low);
    expect(high % 10).toBe(0);
    expect(high).toBeGreaterThanOrEqual(Math.abs(point.lower as number));
    expect(gapDomain([])).toEqual([-10, 10]);
  });

  it('writes each category’s sentence in the screen’s language', () => {
    const english = briefingSentence(resources, CATALOG_EN, createTranslate(en, 'en'), 'en');
    expect(english).toMatch(
      /^Where “Resource limitations” was rated high or critical \(6 assessments, 3 missions\), overall effectiveness averaged 30 points lower \(95 % CI \d+ to \d+\) than where it was rated none or low \(5 assessments, 3 missions\)\. This is an association, not proof of cause\.$/,
    );
    const french = briefingSentence(resources, CATALOG_FR, createTranslate(fr, 'fr'), 'fr');
    expect(french).toMatch(
      /^Là où la difficulté « Limites des ressources » était jugée élevée ou critique \(6 évaluations, 3 missions\), l’efficacité globale était en moyenne inférieure de 30 points \(IC à 95 % : \d+ à \d+\)/,
    );
    const coordination = association.rows.find((row) => row.challenge === 'coordination');
    expect(briefingSentence(coordination as typeof resources, CATALOG_FR, createTranslate(fr, 'fr'), 'fr')).toMatch(
      /^Trop peu d’évaluations pour comparer les cas où la difficulté « Coordination opérationnelle » était jugée élevée ou critique \(0 évaluation, 0 mission\)/,
    );
  });
});
