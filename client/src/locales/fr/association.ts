import type { association as en } from '../en/association';

export const association = {
  title: 'Difficultés et efficacité',
  intro:
    'Pour chaque catégorie de difficulté : entre missions, la corrélation de rangs (rho de Spearman) entre la gravité moyenne de chaque mission et son score global moyen ; au sein des missions, la même après soustraction des moyennes propres à chaque mission ; et l’écart d’efficacité, le score global moyen là où la difficulté était jugée élevée ou critique (gravité ≥ 3) moins la moyenne là où elle était nulle ou faible (≤ 1), présenté seulement si chaque côté compte au moins {minAssessments} évaluations d’au moins {minMissions} missions. Les intervalles sont des intervalles à 95 % tirés de {resamples} rééchantillonnages bootstrap de missions entières, avec une graine fixe. Les catégories sont classées selon la force de l’association au sein des missions.',
  basis: {
    one: 'Sur la base de {count} évaluation ayant un score global.',
    other: 'Sur la base de {count} évaluations ayant un score global.',
  },
  notCausation: 'Association, et non causalité.',
  caveat: 'Les missions confrontées à une difficulté grave peuvent différer des autres à bien des égards.',
  chartTitle: 'Écart d’efficacité par catégorie de difficulté',
  xAxis: 'Écart de score global (points) : gravité ≥ 3 moins ≤ 1',
  yAxis: 'Catégorie de difficulté',
  chartNote:
    'Les points sont les écarts, les moustaches leurs intervalles à 95 %. À gauche de 0, l’efficacité globale était plus faible là où la difficulté était grave. Les catégories sans assez d’évaluations pour comparer ne sont pas tracées.',
  noGap:
    'Aucune catégorie ne compte au moins {minAssessments} évaluations d’au moins {minMissions} missions de chaque côté : il n’y a pas d’écart à tracer. Le tableau présente toutes les catégories.',
  caption:
    '{title} : corrélations de rangs au sein des missions et entre missions et écarts d’efficacité avec intervalles à 95 %, l’association la plus forte au sein des missions en premier',
  columns: {
    rank: 'Rang',
    category: 'Catégorie de difficulté',
    within: 'Au sein des missions (rho)',
    between: 'Entre missions (rho)',
    gap: 'Écart d’efficacité (points)',
    high: 'Gravité ≥ 3 : score global moyen',
    low: 'Gravité ≤ 1 : score global moyen',
  },
  interval: '{lower} à {upper}',
  side: {
    one: 'n = {assessments}, {count} mission',
    other: 'n = {assessments}, {count} missions',
  },
  tooFew: 'Trop peu pour comparer',
  noRho: 'Données insuffisantes',
  sentencesTitle: 'Pour une note d’information',
  sentencesLabel: 'Phrases pour une note d’information, une par catégorie de difficulté',
  sentence: {
    lower:
      'Là où la difficulté « {category} » était jugée élevée ou critique ({high}), l’efficacité globale était en moyenne inférieure de {points}{interval} à celle constatée là où elle était jugée nulle ou faible ({low}).',
    higher:
      'Là où la difficulté « {category} » était jugée élevée ou critique ({high}), l’efficacité globale était en moyenne supérieure de {points}{interval} à celle constatée là où elle était jugée nulle ou faible ({low}).',
    same: 'Là où la difficulté « {category} » était jugée élevée ou critique ({high}), l’efficacité globale était en moyenne à peu près la même{interval} que là où elle était jugée nulle ou faible ({low}).',
    tooFew:
      'Trop peu d’évaluations pour comparer les cas où la difficulté « {category} » était jugée élevée ou critique ({high}) à ceux où elle était jugée nulle ou faible ({low}) : chaque côté doit compter au moins {minAssessments} évaluations d’au moins {minMissions} missions.',
    caveat: 'Il s’agit d’une association, non d’une preuve de causalité.',
    interval: ' (IC à 95 % : {range})',
    range: '{from} à {to}',
    straddles: '{lower} de moins à {upper} de plus',
    side: '{assessments}, {missions}',
    assessments: { one: '{count} évaluation', other: '{count} évaluations' },
    missions: { one: '{count} mission', other: '{count} missions' },
    points: { one: '{count} point', other: '{count} points' },
  },
  pooled: 'Association groupée, telle que calculée selon la méthodologie {version} lorsque ce rapport a été figé.',
} satisfies typeof en;
