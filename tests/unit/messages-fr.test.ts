import { describe, expect, it } from 'vitest';
import type { ZodType } from 'zod';
import { COMPARISON_MAX_MISSIONS, comparisonQuerySchema, frozenReportInputSchema } from '@cpea/shared/comparison';
import { translateMessageFr } from '@cpea/shared/i18n/messages-fr';
import { isJsonBody } from '@cpea/shared/api/endpoint';
import { ENDPOINTS } from '@cpea/shared/api/registry';
import { assessmentInputSchema } from '@cpea/shared/assessment';
import { auditQuerySchema } from '@cpea/shared/audit';
import { missionInputSchema, missionPatchSchema } from '@cpea/shared/mission';
import { targetsInputSchema } from '@cpea/shared/targets';
import { loginSchema, userInputSchema } from '@cpea/shared/user';

const ZERO_WEIGHTS = { violence_reduction: 0, dispute_resolution: 0, local_capacity: 0, civilian_protection: 0 };

/** Bad input for each schema a form or the API checks, meant to raise every kind of message it has. */
const BAD_INPUT: [string, ZodType, unknown][] = [
  [
    'targets',
    targetsInputSchema,
    { targets: { violent_incidents: { baseline: 1, target: 2, weight: -1 } }, kpiWeights: ZERO_WEIGHTS },
  ],
  [
    'targets',
    targetsInputSchema,
    {
      targets: { threat_response_pct: { baseline: 140, target: 50, weight: 1 } },
      kpiWeights: { ...ZERO_WEIGHTS, local_capacity: 1 },
    },
  ],
  ['targets', targetsInputSchema, { targets: {}, kpiWeights: { violence_reduction: 200 } }],
  ['comparison', comparisonQuerySchema, { missions: '1', from: '2024Q3', to: '2024-01' }],
  ['comparison', comparisonQuerySchema, { missions: 'a,b', from: '2024Q3', to: '2024Q1' }],
  [
    'comparison',
    comparisonQuerySchema,
    { missions: Array.from({ length: COMPARISON_MAX_MISSIONS + 1 }, (_, i) => i + 1).join(',') },
  ],
  ['frozen report', frozenReportInputSchema, { missions: [1, 2], title: '' }],
  ['user', userInputSchema, { username: 'a b', displayName: '', password: 'short', role: 'boss' }],
  ['user', userInputSchema, { username: 'ab', displayName: 'A', password: ' '.repeat(10), role: 'viewer' }],
  ['user', userInputSchema, { username: 'ab', displayName: 'A', password: 'Password123', role: 'viewer' }],
  ['sign-in', loginSchema, {}],
  ['sign-in', loginSchema, { username: 'u'.repeat(51), password: 'p'.repeat(201) }],
  ['mission', missionInputSchema, { name: '', acronym: '', country: 'xx', startDate: '2024-13-01' }],
  [
    'mission',
    missionInputSchema,
    {
      name: 'M',
      acronym: 'M',
      country: 'CAF',
      missionType: 'peacekeeping',
      leadOrganisation: 'UN',
      setting: 'mixed',
      startDate: '2024-01-01',
      endDate: '2020-01-01',
    },
  ],
  ['mission', missionInputSchema, {}],
  ['mission', missionInputSchema, { startDate: '1800-01-01', id: 7 }],
  ['assessment', assessmentInputSchema, { period: '0500Q1' }],
  ['audit query', auditQuerySchema, { mission: 'x', user: '0', limit: '5000' }],
  ['mission patch', missionPatchSchema, { mandate: 'No version' }],
  ['mission patch', missionPatchSchema, { version: 0 }],
];

describe('French validation messages', () => {
  it.each(BAD_INPUT)('has a French rule for every message the %s schema gives', (_name, schema, input) => {
    const result = schema.safeParse(input);
    expect(result.success).toBe(false);
    for (const issue of result.error?.issues ?? []) {
      expect(translateMessageFr(issue.message), issue.message).not.toBe(issue.message);
    }
  });

  it('says in French that the body of any endpoint is not valid', () => {
    const nouns = new Set(
      ENDPOINTS.flatMap((endpoint) => (endpoint.body && isJsonBody(endpoint.body) ? [endpoint.body.noun] : [])),
    );
    for (const noun of nouns) {
      const message = `The ${noun} is not valid`;
      expect(translateMessageFr(message), message).not.toBe(message);
    }
  });

  it('translates the API’s own messages, keeping names and numbers', () => {
    expect(translateMessageFr("The period must lie within the mission's life: 2020 Q1 to 2022 Q2")).toBe(
      'La période doit se situer dans la durée de la mission : de 2020 Q1 à 2022 Q2',
    );
    expect(translateMessageFr('Violent incidents: baseline is out of range for a count')).toBe(
      'Incidents violents : la référence est hors des limites d’un nombre',
    );
    expect(translateMessageFr('Weight cannot be negative')).toBe('La pondération ne peut pas être négative');
    expect(translateMessageFr('The target setting is not valid')).toBe('Le réglage des cibles n’est pas valide');
    expect(
      translateMessageFr(
        'Someone else saved this assessment first (now version 4); review their changes and reapply yours',
      ),
    ).toMatch(/^Quelqu’un d’autre .* \(version 4\)/);
    expect(
      translateMessageFr(
        'Someone else saved this mission first (now version 3); review their changes and reapply yours',
      ),
    ).toBe(
      'Quelqu’un d’autre a enregistré cette mission avant vous (version 3) ; examinez ses modifications et réappliquez les vôtres',
    );
    expect(translateMessageFr('This indicator changed since you opened it')).toBe(
      'Cet indicateur a changé depuis que vous l’avez ouvert',
    );
    expect(translateMessageFr('This needs the admin role; you are analyst')).toBe(
      'Il faut le rôle administrateur ; vous êtes analyste',
    );
    expect(translateMessageFr('Frozen report 12 not found')).toBe('Rapport figé 12 introuvable');
    expect(translateMessageFr('The request body is nested more than 8 levels deep')).toBe(
      'Le corps de la demande est imbriqué sur plus de 8 niveaux',
    );
    expect(translateMessageFr('MINUSCA is archived; restore it before changing its assessments')).toBe(
      'MINUSCA est archivée ; restaurez-la avant de modifier ses évaluations',
    );
    expect(translateMessageFr('Invalid option: expected one of "urban"|"rural"')).toBe(
      'Option non valide : choisissez parmi "urban"|"rural"',
    );
  });

  it.each([
    ['Violent incidents must be a number, not "many"', 'Incidents violents doit être un nombre, pas « many »'],
    ['Unknown column "colour"', 'Colonne inconnue « colour »'],
    ['The required column "period" is missing', 'La colonne obligatoire « period » manque'],
    ['MINUSCA 2024Q1 is already in row 3', 'MINUSCA 2024Q1 figure déjà à la ligne 3'],
    [
      '"2024Q5": Write the period as a quarter (2024Q1) or a month (2024-03)',
      '« 2024Q5 » : Écrivez la période comme un trimestre (2024Q1) ou un mois (2024-03)',
    ],
    [
      'MINUSCA 2024Q1 is approved and cannot change (violent_incidents); an admin must reopen it to draft first',
      'MINUSCA 2024Q1 est approuvée et ne peut pas changer (violent_incidents) ; un administrateur doit d’abord la rouvrir en brouillon',
    ],
    [
      'Checking stopped after the first 1,000 errors; fix these and check the file again',
      'Vérification arrêtée après les 1\u202f000 premières erreurs ; corrigez-les et vérifiez le fichier à nouveau',
    ],
    [
      'Mission 9 no longer exists, so the comparison cannot be rebuilt',
      'La mission 9 n’existe plus : la comparaison ne peut pas être reconstruite',
    ],
    [
      'Frozen report 7 cannot be read: it is stored in a form this version does not recognise (methodology 2025.2). The stored copy is left unchanged; ask an administrator to look into it.',
      'Le rapport figé 7 ne peut pas être lu : il est enregistré sous une forme que cette version ne reconnaît pas (méthodologie 2025.2). La copie enregistrée reste intacte ; demandez à un administrateur de s’en occuper.',
    ],
    [
      'Too few periods from 2021 Q4 on: the model needs at least 8 with a count, and 5 have one',
      'Trop peu de périodes à partir de 2021 Q4 : le modèle en demande au moins 8 avec un comptage, et 5 en ont un',
    ],
    [
      'Too few periods before 2014 Q2: the model needs at least 8 with a count, and 6 were asked for',
      'Trop peu de périodes avant 2014 Q2 : le modèle en demande au moins 8 avec un comptage, et 6 ont été demandées',
    ],
    [
      'Only 12 periods from 2020 Q1 on have a count, not the 20 asked for',
      'Seules 12 périodes à partir de 2020 Q1 ont un comptage, et non les 20 demandées',
    ],
    [
      'Dispute resolution rate is not a count; the change since a period is estimated for counts only',
      'Taux de résolution des différends n’est pas un comptage ; l’évolution depuis une période ne s’estime que pour les comptages',
    ],
    [
      'Every count of Violent incidents in the periods used is zero; there is no change to estimate',
      'Tous les comptages « Incidents violents » des périodes retenues sont nuls : il n’y a pas d’évolution à estimer',
    ],
  ])('translates the import’s and reports’ message “%s”', (english, french) => {
    expect(translateMessageFr(english)).toBe(french);
  });
});
