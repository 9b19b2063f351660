import type { targetsEditor as en } from '../en/targets-editor';

export const targetsEditor = {
  lead: 'Laissez une référence ou une cible vide pour appliquer la valeur par défaut indiquée en dessous. Les pondérations disent combien compte un indicateur dans son KPI, et un KPI dans le score global.',
  lowerIsBetter: 'plus bas est meilleur',
  higherIsBetter: 'plus haut est meilleur',
  output: ', indicateur de produit',
  ofIndicator: '{indicator} : ',
  nowNone: 'Actuellement aucune : {origin}',
  nowValue: 'Actuellement {value} : {origin}',
  none: 'aucune',
  weightHint: 'Au sein du KPI ; 1 par défaut',
  kpiWeights: 'Pondérations des KPI',
  kpiWeightsLead:
    'Le score global est la moyenne pondérée des scores KPI présents. Par défaut, les pondérations sont égales (0,25 chacune).',
  kpiWeightSuffix: ' : pondération du KPI',
  save: 'Enregistrer les cibles',
  enterWeight: 'Saisissez une pondération de 0 à 100',
  enterNumber: 'Saisissez un nombre, comme 40 ou 12,5',
  origins: {
    setForMission: 'fixée pour cette mission',
    catalogDefault: 'valeur par défaut du catalogue',
    notMeasured: 'aucune pour l’instant : non mesuré',
    firstValue: 'première valeur évaluée',
    firstValueIn: 'première valeur évaluée ({period})',
    noneSet: 'aucune fixée',
    noTargetSet: 'aucune cible fixée',
    halfOfBaseline: 'valeur par défaut du catalogue : 50 % de la référence de la mission',
    halfOfFirstValue: 'valeur par défaut du catalogue : 50 % de la première valeur évaluée',
  },
} satisfies typeof en;
