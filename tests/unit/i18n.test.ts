import { describe, expect, it } from 'vitest';
import { CHALLENGE_IDS, INDICATOR_IDS, KPI_IDS } from '@cpea/shared/catalog';
import { CATALOG_FR } from '@cpea/shared/i18n/catalog-fr';
import { CATALOG_EN } from '@cpea/shared/i18n/catalog-text';
import { translateMessageFr } from '@cpea/shared/i18n/messages-fr';
import { valuesSchema } from '@cpea/shared/assessment';
import { en } from '../../client/src/locales/en';
import { fr } from '../../client/src/locales/fr';
import { createTranslate, initialLocale, interpolate } from '../../client/src/lib/i18n';
import { formatPeriod, formatScore, formatValue, setFormatLocale } from '../../client/src/lib/format';

/** Every leaf of a nested message object as `[dotted.key, value]`. */
function leaves(node: unknown, prefix = ''): [string, unknown][] {
  if (typeof node !== 'object' || node === null) return [[prefix, node]];
  return Object.entries(node).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
}

describe('message catalogs', () => {
  it('French has exactly the English keys', () => {
    const keys = (messages: unknown) =>
      leaves(messages)
        .map(([key]) => key)
        .sort();
    expect(keys(fr)).toEqual(keys(en));
  });

  it.each([
    ['en', en],
    ['fr', fr],
  ])('%s has no empty message', (_name, messages) => {
    for (const [key, value] of leaves(messages)) {
      expect(typeof value, key).toBe('string');
      expect((value as string).trim(), key).not.toBe('');
    }
  });

  it('the French catalog names every KPI, indicator and challenge, differently from English', () => {
    for (const id of KPI_IDS) expect(CATALOG_FR.kpis[id].name).not.toBe(CATALOG_EN.kpis[id].name);
    for (const id of INDICATOR_IDS) expect(CATALOG_FR.indicators[id].help.length).toBeGreaterThan(0);
    for (const id of CHALLENGE_IDS) expect(CATALOG_FR.challenges[id].covers.length).toBeGreaterThan(0);
    expect(Object.keys(CATALOG_FR.indicators).sort()).toEqual([...INDICATOR_IDS].sort());
    expect(Object.keys(CATALOG_FR.challenges).sort()).toEqual([...CHALLENGE_IDS].sort());
    expect(CATALOG_FR.severities).toHaveLength(CATALOG_EN.severities.length);
  });
});

describe('translate', () => {
  it('fills {name} placeholders and leaves unknown ones', () => {
    expect(interpolate('Edit the {period} assessment', { period: '2024 Q1' })).toBe('Edit the 2024 Q1 assessment');
    expect(interpolate('{a} and {b}', { a: 'x' })).toBe('x and {b}');
    const t = createTranslate(fr, 'fr');
    expect(t('assessment.editDuplicate', { period: 'T1 2024' })).toBe('Modifier l’évaluation T1 2024');
  });

  it('picks the plural form by the locale’s rules', () => {
    const tEn = createTranslate(en, 'en');
    const tFr = createTranslate(fr, 'fr');
    expect(tEn.plural('filters.showing', 1, { shown: 1, total: 1 })).toBe('Showing 1 of 1 mission');
    expect(tEn.plural('filters.showing', 3, { shown: 2, total: 3 })).toBe('Showing 2 of 3 missions');
    expect(tFr.plural('assessment.attention', 1)).toBe('1 champ doit être corrigé avant l’enregistrement :');
    expect(tFr.plural('assessment.attention', 4)).toBe('4 champs doivent être corrigés avant l’enregistrement :');
  });

  it('opens in the URL’s language, else the stored one, else English', () => {
    expect(initialLocale('?lang=fr', 'en')).toBe('fr');
    expect(initialLocale('?lang=xx', 'fr')).toBe('fr');
    expect(initialLocale('', null)).toBe('en');
  });
});

describe('formatting by locale', () => {
  it('writes numbers and periods the French way in French', () => {
    setFormatLocale('en', CATALOG_EN.units);
    expect(formatScore(72.5)).toBe('72.5');
    expect(formatPeriod('2024Q1')).toBe('2024 Q1');
    expect(formatValue(3.5, 'rating_1_5')).toBe('3.5 of 5');
    setFormatLocale('fr', CATALOG_FR.units);
    expect(formatScore(72.5)).toBe('72,5');
    expect(formatPeriod('2024Q1')).toBe('T1 2024');
    expect(formatPeriod('2024-03')).toMatch(/^mars 2024$/);
    expect(formatValue(3.5, 'rating_1_5')).toBe('3,5 sur 5');
    setFormatLocale('en', CATALOG_EN.units);
  });
});

describe('French validation messages', () => {
  const frenchIssue = (id: string, value: number) => {
    const result = valuesSchema.safeParse({ [id]: value });
    expect(result.success).toBe(false);
    return translateMessageFr(result.error?.issues[0]?.message ?? '');
  };

  it('translates the assessment form’s messages with the French indicator name', () => {
    expect(frenchIssue('violent_incidents', -1)).toBe('Incidents violents ne peut pas être négatif');
    expect(frenchIssue('violent_incidents', 1.5)).toBe('Incidents violents : saisissez un nombre entier');
    expect(frenchIssue('threat_response_pct', 140)).toBe(
      'Menaces contre les civils traitées ne peut pas dépasser 100 %',
    );
    expect(frenchIssue('capability_rating', 7)).toBe('Note de capacité se note de 1 à 5');
    expect(translateMessageFr('Disputes resolved (5) cannot exceed disputes recorded (3)')).toBe(
      'Les différends résolus (5) ne peuvent pas dépasser les différends enregistrés (3)',
    );
    expect(translateMessageFr('Write the period as a quarter (2024Q1) or a month (2024-03)')).toMatch(/^Écrivez/);
    expect(translateMessageFr('2024Q1 is already assessed for LRSM; edit that assessment instead')).toBe(
      '2024Q1 est déjà évalué pour LRSM ; modifiez plutôt cette évaluation',
    );
    expect(translateMessageFr('Something new')).toBe('Something new');
  });
});
