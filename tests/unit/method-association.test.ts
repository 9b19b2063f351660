import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  associationSentence,
  challengeAssociation,
  challengeAssociationSchema,
  quantile,
  rankChallengeAssociations,
  type ChallengeAssociation,
  type SeverityScoreRow,
} from '../../shared/src/method/association';
import { mulberry32, type Random } from '../../shared/src/method/random';
import { fr } from '../../client/src/locales/fr';

// Point estimates: scipy.stats.spearmanr and numpy means (tests/fixtures/method/generate.py).
// The bootstrap cannot be matched to Python (another generator), so it is tested for
// determinism and for its coverage on data whose true gap is known.
const fixture = JSON.parse(
  fs.readFileSync(new URL('../fixtures/method/association.json', import.meta.url), 'utf8'),
) as {
  cases: {
    name: string;
    rows: SeverityScoreRow[];
    expected: { betweenRho: number; withinRho: number; gap: number };
  }[];
};

function expectClose(actual: number | null, expected: number) {
  expect(actual).not.toBeNull();
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(Math.max(1e-6 * Math.abs(expected), 1e-12));
}

describe('challengeAssociation against scipy', () => {
  it.each(fixture.cases)('$name: between-mission rho, within-mission rho and gap', ({ rows, expected }) => {
    const association = challengeAssociationSchema.parse(challengeAssociation('resources', rows, { resamples: 200 }));
    expectClose(association.betweenRho.estimate, expected.betweenRho);
    expectClose(association.withinRho.estimate, expected.withinRho);
    expectClose(association.gap.estimate, expected.gap);
  });
});

describe('challengeAssociation', () => {
  const rows = fixture.cases[0].rows;

  it('gives the same numbers for the same rows, in any order', () => {
    const shuffled = [...rows].reverse();
    expect(challengeAssociation('resources', shuffled)).toEqual(challengeAssociation('resources', rows));
  });

  it('draws its intervals from the seed, and they bracket the estimate', () => {
    const association = challengeAssociation('resources', rows);
    expect(association.resamples).toBe(2000);
    for (const statistic of [association.betweenRho, association.withinRho, association.gap]) {
      expect(statistic.lower).not.toBeNull();
      expect(statistic.lower as number).toBeLessThanOrEqual(statistic.estimate as number);
      expect(statistic.upper as number).toBeGreaterThanOrEqual(statistic.estimate as number);
    }
    expect(challengeAssociation('resources', rows, { seed: 1 }).gap.lower).not.toBe(association.gap.lower);
  });

  it("compares only with at least 5 assessments from at least 2 missions on each side: 'too few to compare'", () => {
    // Mission 1: five severe assessments; mission 2: five mild ones. Five a side, but one mission each.
    const oneMissionEach: SeverityScoreRow[] = [
      ...[40, 42, 44, 46, 48].map((overall) => ({ missionId: 1, severity: 4, overall })),
      ...[60, 62, 64, 66, 68].map((overall) => ({ missionId: 2, severity: 0, overall })),
    ];
    const association = challengeAssociation('resources', oneMissionEach);
    expect(association.gap).toEqual({ estimate: null, lower: null, upper: null });
    expect(association.gapReason).toBe('too_few_to_compare');
    expect(association.high).toEqual({ assessments: 5, missions: 1, meanOverall: 44 });
    expect(association.betweenRho.estimate).toBeNull(); // two missions are too few for a rank correlation

    const twoMissionsEach = oneMissionEach.map((row, i) => ({ ...row, missionId: row.missionId + 10 * (i % 2) }));
    const compared = challengeAssociation('resources', twoMissionsEach);
    expect(compared.gapReason).toBeNull();
    expect(compared.gap.estimate).toBe(-20); // 44 − 64
  });

  it('removes each mission’s own level before the within-mission rho', () => {
    // Between missions severity and score rise together; within each, a worse period scores lower.
    const rows: SeverityScoreRow[] = [1, 2, 3, 4].flatMap((m) => [
      { missionId: m, severity: m - 1, overall: 20 * m + 5 },
      { missionId: m, severity: m, overall: 20 * m },
    ]);
    const association = challengeAssociation('resources', rows);
    expect(association.betweenRho.estimate).toBeCloseTo(1, 12);
    expect(association.withinRho.estimate).toBeCloseTo(-1, 12);
  });

  it('covers a known gap about 95 % of the time (cluster bootstrap sanity check)', () => {
    // Severity 0, 1, 3 or 4 at random, overall = 60 + mission effect − 6 × severity + noise: the
    // true gap is −6 × (3.5 − 0.5) = −18.
    const random = mulberry32(99);
    const normal = (r: Random) => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
    const datasets = 100;
    let covered = 0;
    for (let d = 0; d < datasets; d++) {
      const data: SeverityScoreRow[] = [];
      for (let m = 1; m <= 12; m++) {
        const effect = 10 * normal(random);
        for (let k = 0; k < 6; k++) {
          const severity = [0, 1, 3, 4][Math.floor(random() * 4)];
          data.push({ missionId: m, severity, overall: 60 + effect - 6 * severity + 8 * normal(random) });
        }
      }
      const { gap } = challengeAssociation('resources', data, { resamples: 400, seed: d + 1 });
      if ((gap.lower as number) <= -18 && -18 <= (gap.upper as number)) covered++;
    }
    expect(covered / datasets).toBeGreaterThanOrEqual(0.85);
    expect(covered / datasets).toBeLessThanOrEqual(1);
  });
});

describe('quantile', () => {
  it('interpolates like numpy', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([10, 20, 30, 40, 50], 0.025)).toBeCloseTo(11, 12); // h = 0.1 → 10 + 0.1 × 10
  });
});

const withRho = (challenge: string, rho: number | null): ChallengeAssociation =>
  ({ challenge, withinRho: { estimate: rho, lower: null, upper: null } }) as ChallengeAssociation;

describe('rankChallengeAssociations', () => {
  it('orders categories by the size of the within-mission rho, those without one last', () => {
    const ranked = rankChallengeAssociations([
      withRho('a', 0.1),
      withRho('b', null),
      withRho('c', -0.6),
      withRho('d', 0.3),
    ]);
    expect(ranked.map((a) => a.challenge)).toEqual(['c', 'd', 'a', 'b']);
  });
});

describe('associationSentence', () => {
  const base = {
    high: { assessments: 32, missions: 4, meanOverall: 40 },
    low: { assessments: 41, missions: 5, meanOverall: 64 },
  };
  const tooFew = {
    high: { assessments: 32, missions: 4, meanOverall: 40 },
    low: { assessments: 4, missions: 1, meanOverall: 60 },
    gap: { estimate: null, lower: null, upper: null },
  };

  it('reads as the briefing sentence, with the caveat, when severe goes with lower scores', () => {
    expect(
      associationSentence({ ...base, gap: { estimate: -24.2, lower: -37.1, upper: -10.6 } }, 'Operational limitations'),
    ).toBe(
      'Where “Operational limitations” was rated high or critical (32 assessments, 4 missions), overall effectiveness ' +
        'averaged 24 points lower (95 % CI 11 to 37) than where it was rated none or low (41 assessments, 5 missions). ' +
        'This is an association, not proof of cause.',
    );
  });

  it('says higher when severe goes with higher scores, and an interval that straddles zero, plainly', () => {
    expect(
      associationSentence({ ...base, gap: { estimate: 12.6, lower: 4.2, upper: 20.9 } }, 'Resource limitations'),
    ).toContain('averaged 13 points higher (95 % CI 4 to 21) than where');
    expect(
      associationSentence({ ...base, gap: { estimate: 3.4, lower: -5, upper: 12 } }, 'Resource limitations'),
    ).toContain('averaged 3 points higher (95 % CI 5 lower to 12 higher) than where');
    expect(
      associationSentence({ ...base, gap: { estimate: -0.8, lower: -0.9, upper: 0.2 } }, 'Resource limitations'),
    ).toContain('averaged 1 point lower (95 % CI 0 to 1) than where');
    expect(
      associationSentence({ ...base, gap: { estimate: 0.3, lower: -6, upper: 7 } }, 'Resource limitations'),
    ).toContain('averaged about the same (95 % CI 6 lower to 7 higher) as where');
  });

  it('gives the reason when there are too few to compare', () => {
    expect(associationSentence(tooFew, 'Resource limitations')).toBe(
      'Too few assessments to compare where “Resource limitations” was rated high or critical (32 assessments, ' +
        '4 missions) with where it was rated none or low (4 assessments, 1 mission): each side needs at least 5 ' +
        'assessments from at least 2 missions.',
    );
  });

  it('speaks French with French words, numbers and plural rules', () => {
    const words = fr.association.sentence;
    expect(
      associationSentence(
        { ...base, gap: { estimate: -24.2, lower: -37.1, upper: -10.6 } },
        'Contraintes opérationnelles',
        words,
        'fr',
      ),
    ).toBe(
      'Là où la difficulté « Contraintes opérationnelles » était jugée élevée ou critique (32 évaluations, 4 missions), ' +
        'l’efficacité globale était en moyenne inférieure de 24 points (IC à 95 % : 11 à 37) à celle constatée là où ' +
        'elle était jugée nulle ou faible (41 évaluations, 5 missions). Il s’agit d’une association, non d’une preuve ' +
        'de causalité.',
    );
    expect(
      associationSentence(
        { ...base, gap: { estimate: 1.2, lower: -5, upper: 8 } },
        'Limites des ressources',
        words,
        'fr',
      ),
    ).toContain('supérieure de 1 point (IC à 95 % : 5 de moins à 8 de plus)');
    expect(associationSentence(tooFew, 'Limites des ressources', words, 'fr')).toBe(
      'Trop peu d’évaluations pour comparer les cas où la difficulté « Limites des ressources » était jugée élevée ou ' +
        'critique (32 évaluations, 4 missions) à ceux où elle était jugée nulle ou faible (4 évaluations, 1 mission) : ' +
        'chaque côté doit compter au moins 5 évaluations d’au moins 2 missions.',
    );
  });
});
