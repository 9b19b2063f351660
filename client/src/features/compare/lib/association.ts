import type { ChallengeId } from '@cpea/shared/catalog';
import type { ComparisonAssociation, ComparisonAssociationRow } from '@cpea/shared/comparison';
import type { CatalogText } from '@cpea/shared/i18n/catalog-text';
import { associationSentence, type AssociationSentenceWords } from '@cpea/shared/method/association';
import type { Locale, Translate } from '../../../lib/i18n';

// The challenge association shaped for its chart and its briefing sentences. Rows keep the
// report's order, which is already the ranking (strongest within-mission association first).

export interface GapPoint {
  challenge: ChallengeId;
  name: string;
  gap: number;
  lower: number | null;
  upper: number | null;
  /** Distances from the gap to the interval's ends, as Recharts' ErrorBar takes them; [0, 0] without an interval. */
  error: [number, number];
}

/** The categories that have a gap to draw, in the report's order; those too few to compare are left out. */
export function gapPoints(association: ComparisonAssociation, catalog: CatalogText): GapPoint[] {
  return association.rows.flatMap((row) => {
    const { estimate, lower, upper } = row.gap;
    if (estimate == null) return [];
    return [
      {
        challenge: row.challenge,
        name: catalog.challenges[row.challenge].name,
        gap: estimate,
        lower,
        upper,
        error: [lower == null ? 0 : estimate - lower, upper == null ? 0 : upper - estimate],
      },
    ];
  });
}

/** A gap axis symmetric about 0, out to the next 10 points past every gap and interval end (at least ±10). */
export function gapDomain(points: readonly GapPoint[]): [number, number] {
  const reach = Math.max(10, ...points.flatMap((p) => [p.gap, p.lower ?? 0, p.upper ?? 0].map(Math.abs)));
  const edge = Math.ceil(reach / 10) * 10;
  return [-edge, edge];
}

/** The sentence's words in the screen's language, from its messages. */
export function sentenceWords(t: Translate): AssociationSentenceWords {
  const pair = (key: 'assessments' | 'missions' | 'points') => ({
    one: t(`association.sentence.${key}.one`),
    other: t(`association.sentence.${key}.other`),
  });
  return {
    lower: t('association.sentence.lower'),
    higher: t('association.sentence.higher'),
    same: t('association.sentence.same'),
    tooFew: t('association.sentence.tooFew'),
    caveat: t('association.sentence.caveat'),
    interval: t('association.sentence.interval'),
    range: t('association.sentence.range'),
    straddles: t('association.sentence.straddles'),
    side: t('association.sentence.side'),
    assessments: pair('assessments'),
    missions: pair('missions'),
    points: pair('points'),
  };
}

/** The briefing sentence for one category in the screen's language. */
export function briefingSentence(
  row: ComparisonAssociationRow,
  catalog: CatalogText,
  t: Translate,
  locale: Locale,
): string {
  return associationSentence(row, catalog.challenges[row.challenge].name, sentenceWords(t), locale);
}
