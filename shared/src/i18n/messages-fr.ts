import { INDICATORS } from '../catalog';
import { CATALOG_FR } from './catalog-fr';

// The shared schemas and the API speak English. In French, a message is translated by
// recognising the English sentence (the indicator name in it is translated too); a message
// no rule knows is shown as it came.

const indicatorFr = new Map<string, string>(
  INDICATORS.map((indicator) => [indicator.name, CATALOG_FR.indicators[indicator.id].name]),
);
const name = (english: string) => indicatorFr.get(english) ?? english;

type Rule = [RegExp, (...groups: string[]) => string];

const RULES: Rule[] = [
  [/^(.+) must be a number$/, (n) => `${name(n)} : saisissez un nombre`],
  [/^(.+) must be a whole number$/, (n) => `${name(n)} : saisissez un nombre entier`],
  [/^(.+) cannot be negative$/, (n) => `${name(n)} ne peut pas être négatif`],
  [/^(.+) is implausibly large$/, (n) => `${name(n)} est d’une taille invraisemblable`],
  [/^(.+) cannot be below 0 %$/, (n) => `${name(n)} ne peut pas être inférieur à 0 %`],
  [/^(.+) cannot exceed 100 %$/, (n) => `${name(n)} ne peut pas dépasser 100 %`],
  [/^(.+) is rated from 1 to 5$/, (n) => `${name(n)} se note de 1 à 5`],
  [/^Severity is a whole number from 0 to 4$/, () => 'La gravité est un nombre entier de 0 à 4'],
  [/^Severity is from 0 \(none\) to 4 \(critical\)$/, () => 'La gravité va de 0 (aucune) à 4 (critique)'],
  [/^At most ([\d,]+) characters$/, (n) => `${n.replace(/,/g, '\u202f')} caractères au maximum`],
  [/^At least (\d+) characters$/, (n) => `Au moins ${n} caractères`],
  [
    /^Enter the disputes recorded when you enter disputes resolved$/,
    () => 'Saisissez les différends enregistrés quand vous saisissez les différends résolus',
  ],
  [
    /^Disputes resolved \((\d+)\) cannot exceed disputes recorded \((\d+)\)$/,
    (resolved, recorded) =>
      `Les différends résolus (${resolved}) ne peuvent pas dépasser les différends enregistrés (${recorded})`,
  ],
  [
    /^Write the period as a quarter \(2024Q1\) or a month \(2024-03\)$/,
    () => 'Écrivez la période comme un trimestre (2024Q1) ou un mois (2024-03)',
  ],
  [
    /^(.+) reports by (quarter|month): write the period like (\S+)$/,
    (acronym, type, example) =>
      `${acronym} rend compte par ${type === 'quarter' ? 'trimestre' : 'mois'} : écrivez la période comme ${example}`,
  ],
  [
    /^(\S+) is already assessed for (.+); edit that assessment instead$/,
    (period, acronym) => `${period} est déjà évalué pour ${acronym} ; modifiez plutôt cette évaluation`,
  ],
  [
    /^(.+) already has an assessment for (\S+)$/,
    (acronym, period) => `${acronym} a déjà une évaluation pour ${period}`,
  ],
  [/^Say why it goes back to draft$/, () => 'Dites pourquoi elle repasse en brouillon'],
  [/^Write the date as YYYY-MM-DD$/, () => 'Écrivez la date au format AAAA-MM-JJ'],
  [/^Name is required$/, () => 'Le nom est obligatoire'],
  [/^Acronym is required$/, () => 'Le sigle est obligatoire'],
  [
    /^Use the three-letter ISO 3166-1 alpha-3 code, for example CAF$/,
    () => 'Utilisez le code ISO 3166-1 alpha-3 à trois lettres, par exemple CAF',
  ],
  [/^End date is before the start date$/, () => 'La date de fin précède la date de début'],
  [/^Weight cannot be negative$/, () => 'Le poids ne peut pas être négatif'],
  [/^At most 100$/, () => '100 au maximum'],
  [/^Give a weight for each of the four KPIs$/, () => 'Donnez un poids à chacun des quatre KPI'],
  [/^At least one KPI weight must be above 0$/, () => 'Au moins un poids de KPI doit être supérieur à 0'],
  [/^Choose the mission type$/, () => 'Choisissez le type de mission'],
  [/^Choose the lead organisation$/, () => 'Choisissez l’organisation chef de file'],
  [/^Choose the setting$/, () => 'Choisissez le milieu'],
  [/^Choose quarterly or monthly reporting$/, () => 'Choisissez un rapport trimestriel ou mensuel'],
  [/^Start date is required$/, () => 'La date de début est obligatoire'],
  [/^Username is required$/, () => 'Le nom d’utilisateur est obligatoire'],
  [/^Password is required$/, () => 'Le mot de passe est obligatoire'],
  [/^Display name is required$/, () => 'Le nom affiché est obligatoire'],
  [/^Letters, digits, dot, dash and underscore only$/, () => 'Lettres, chiffres, point, tiret et tiret bas uniquement'],
];

/** The French for an English validation message from the shared schemas or the API. */
export function translateMessageFr(message: string): string {
  for (const [pattern, translate] of RULES) {
    const match = pattern.exec(message);
    if (match) return translate(...match.slice(1));
  }
  return message;
}
