import type { whyScore as en } from '../en/why-score';

export const whyScore = {
  lead: 'Ouvrez une période pour voir le calcul détaillé de ses scores global, KPI et indicateurs avec les chiffres réels, les pondérations et l’origine de chaque référence et de chaque cible.',
  periodScored: '{period} : score global {score}, {band}',
  periodUnscored: '{period} : score global {score}, non noté',
  showLatest: 'N’afficher que les {count} dernières périodes',
  showAll: 'Afficher les {count} périodes',
  overallRule: 'Efficacité globale = moyenne pondérée des scores KPI présents (pondérations des KPI)',
  overallNotScored: 'Score global non noté : aucun KPI n’a pu être noté',
  completeness: 'Fondé sur {present} KPI sur {total} : signalé « Incomplet », non moyenné comme s’il était complet.',
  inBand: '{score} se situe dans la bande {range} : {band}.',
  kpiScore: '{kpi} : {score}',
  notScored: 'non noté',
  kpiWeight: '(pondération du KPI {weight})',
  kpiFormula: 'Score du KPI = {formula}',
  kpiNotScored:
    'KPI non noté : aucun de ses indicateurs n’a pu être noté ; il est donc exclu du score global, pas compté comme zéro',
  indicatorCaption: '{kpi} : scores des indicateurs pour {period}',
  value: 'Valeur',
  notScoredBecause: 'Non noté : {reason}',
  unscored: {
    not_measured: 'non mesuré',
    no_target: 'aucune cible fixée',
    no_baseline: 'aucune référence fixée',
    context_only: 'contexte uniquement',
    no_disputes_recorded: 'aucun différend enregistré',
  },
  equalBounds: 'cible = référence = {target} : {value} {op} {target}, donc {score}',
  derivation: '100 × {resolved} résolus ÷ {recorded} enregistrés = {rate} %',
  ucdpBefore: 'Les valeurs marquées',
  ucdpAfter: 'sont comptées à partir de données d’événements. Source : {citation}.',
  baselineLine: 'Référence {value}',
  targetLine: 'Cible {value}',
  flags: {
    incomplete: 'Fondé sur {present} KPI sur {total} ; sans score : {missing}',
    outlier:
      'Écart inhabituel par rapport à l’historique de la mission (score z modifié supérieur à {z}) : {indicators}',
    outputsOnly: 'Notation fondée uniquement sur des produits (l’activité, pas l’effet) : {kpis}',
    ruleSeparator: ' ; ',
  },
} satisfies typeof en;
