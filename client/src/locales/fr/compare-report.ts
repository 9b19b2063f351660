import type { compareReport as en } from '../en/compare-report';

export const compareReport = {
  frozenFilterName: 'les rapports figés',
  // La page Comparer autour du rapport
  noComparison: 'Aucune comparaison pour l’instant',
  noComparisonText:
    'Choisissez au moins deux missions ci-dessus et, si vous le souhaitez, une plage de périodes, puis appuyez sur Comparer.',
  notBuilt: 'La comparaison n’a pas pu être établie.',
  notBuiltText: '{message}. Voyez les remarques à côté des champs ci-dessus.',
  building: 'Établissement de la comparaison…',
  updating: 'Mise à jour de la comparaison…',
  noAssessments: 'Aucune évaluation dans cette plage',
  noAssessmentsText: 'Aucune de ces missions n’a d’évaluation entre ces périodes. Élargissez la plage ou effacez-la.',
  noApproved: 'Aucune évaluation approuvée dans cette plage',
  noApprovedText: 'Aucune de ces missions n’a d’évaluation approuvée entre ces périodes.',
  noApprovedSwitch: {
    one: '{count} évaluation en brouillon ou soumise est laissée de côté : décochez « {switch} » ci-dessus pour l’inclure, marquée de son statut.',
    other:
      '{count} évaluations en brouillon ou soumises sont laissées de côté : décochez « {switch} » ci-dessus pour les inclure, marquées de leur statut.',
  },
  noApprovedLink: 'Aller à « {switch} »',
  defaultTitle: 'Comparaison de {missions}',
  defaultTitleSpan: 'Comparaison de {missions}, {from} – {to}',
  manyMissions: '{count} missions',

  // Sélecteur de missions
  pickerLegend: 'Missions à comparer',
  pickerHint: 'Choisissez-en au moins deux.',
  pickerMixed:
    'Les missions qui rendent compte chaque trimestre ne peuvent pas être comparées à celles qui rendent compte chaque mois.',
  pickerPlaceholder: 'Sigle, nom ou pays',
  selected: { one: '{count} sur {total} sélectionnée', other: '{count} sur {total} sélectionnées' },
  selectedList: ' : {missions}',
  clearSelection: 'Effacer la sélection',
  noMatch: 'Aucune mission ne correspond à « {filter} ».',
  monthlyTag: ' (mensuelle)',

  // Actions
  actions: 'Actions sur le rapport',
  exportCsv: 'Exporter en CSV',
  print: 'Imprimer / Enregistrer en PDF',

  // Figer
  freezeThis: 'Figer ce rapport',
  freezeHint:
    'Enregistre les chiffres exactement tels qu’ils sont maintenant, pour que le rapport puisse être relu à l’identique quand les données auront évolué.',
  title: 'Titre',
  freeze: 'Figer',
  freezing: 'Enregistrement…',
  frozenAs: 'Figé sous le titre « {title} ».',
  openFrozen: 'Ouvrir le rapport figé',

  // Liste des rapports figés
  frozenReports: 'Rapports figés',
  loadingFrozen: 'Chargement des rapports figés…',
  noFrozen: 'Aucun rapport figé pour l’instant',
  noFrozenText: 'Figez une comparaison pour conserver ses chiffres exactement tels qu’ils sont aujourd’hui.',
  frozenCaption: 'Rapports figés, du plus récent au plus ancien',
  missions: 'Missions',
  range: 'Plage de périodes',
  approvedOnly: 'Approuvées uniquement',
  yes: 'Oui',
  no: 'Non',
  frozen: 'Figé',
  frozenBy: '{date} par {name}',
  formerUser: 'un ancien utilisateur',
  methodology: 'Méthodologie',
  allPeriods: 'Toutes les périodes',
  firstPeriod: 'première',
  latestPeriod: 'dernière',

  // Page d’un rapport figé
  loadingReport: 'Chargement du rapport figé…',
  pageTitle: '{title} · Rapport figé · CPEA',
  frozenOn: 'Figé le {date} par {name}.',
  unknownUser: 'un utilisateur qui n’est plus enregistré',
  methodologyVersion: 'Version de la méthodologie : {version}.',
  otherMethodology:
    'Ce rapport a été établi avec la version {then} de la méthodologie ; les scores sont désormais calculés avec la version {now}, si bien que les chiffres actuels peuvent différer pour cette seule raison.',
  openLive: 'Ouvrir avec les données actuelles',

  // Chiffres figés et actuels
  frozenAndLive: 'Chiffres figés et chiffres actuels',
  compareLive: 'Comparer avec les chiffres actuels',
  noLive: 'Pas de comparaison avec les chiffres actuels : {reason}.',
  noLiveReason: 'elle ne peut pas être reconstruite à partir des données d’aujourd’hui',
  unchanged:
    'Aucune mission n’a vu son dernier score global ou son score global moyen changer depuis que le rapport a été figé.',
  changed: {
    one: '{count} mission sur {total} a changé depuis que le rapport a été figé.',
    other: '{count} missions sur {total} ont changé depuis que le rapport a été figé.',
  },
  liveAt: 'Chiffres actuels : la même comparaison, établie à partir des données d’aujourd’hui le {time}.',
  frozenLiveCaption: 'Scores globaux figés et actuels par mission (écart = actuel − figé)',
  latestFrozen: 'Dernier, figé',
  latestLive: 'Dernier, actuel',
  difference: 'Écart',
  meanFrozen: 'Moyenne, figée',
  meanLive: 'Moyenne, actuelle',
  notInLive: ' (absente du rapport actuel)',

  // En-tête du rapport
  reportTitle: 'Rapport de comparaison',
  quarterly: 'par trimestre',
  monthly: 'par mois',
  noAssessedPeriod: 'Aucune période évaluée ({unit})',
  rangeSpan: '{from} – {to} ({unit})',
  rangeSpanAll: '{from} – {to} ({unit}, toutes les périodes évaluées)',
  approvedYes: 'Oui : évaluations en brouillon et soumises exclues',
  approvedNo: 'Non : toutes les évaluations',
  generated: 'Généré le',
  dataSources: 'Sources des données',
  sourceIllustrative:
    'Données de démonstration ({missions}) : valeurs inventées pour montrer le fonctionnement de l’outil, qui n’évaluent aucune opération réelle.',
  sourceEntered: 'Évaluations saisies par les analystes des missions ({missions}).',
  sourceUcdp: 'Décomptes des violences et des victimes civiles pour {missions} :',
  method: 'Méthode',
  methodText:
    'Score d’un indicateur = 100 × (valeur − référence) / (cible − référence), ramené entre 0 et 100 ; score d’un KPI = moyenne pondérée de ses indicateurs notés ; score global = moyenne pondérée des scores KPI présents. Bandes : {bands}. Les indicateurs de dénombrement montrent aussi le rapport de taux à la référence avec son intervalle exact à 95 %, et les dénombrements d’événements ne sont pas notés sur une référence de moins de 5 événements par période. Tendance : pente des moindres carrés sur la dernière année de périodes notées, au-delà de ±{threshold} points par an. L’association avec les difficultés est descriptive (association, et non causalité).',
  methodAssociation:
    'Difficultés et efficacité : rho de Spearman entre missions et au sein des missions et écart d’efficacité, avec intervalles à 95 % tirés de {resamples} rééchantillonnages bootstrap de missions entières ; un écart demande au moins {minAssessments} évaluations de {minMissions} missions de chaque côté.',
  methodAssociationPooled:
    'Difficultés et efficacité : un seul rho de Spearman et un seul écart sur toutes les évaluations regroupées, non présentés en dessous de n = {minN}.',

  // Synthèse par mission
  summaryTitle: 'Synthèse par mission',
  summaryCaption: '{title} : efficacité globale, dernière et moyenne (score 0–100)',
  latestOverall: 'Dernier score global',
  meanOverall: 'Score global moyen',
  // Un trait d’union conditionnel permet de couper le mot long dans un tableau étroit (imprimé).
  completeness: 'Complé\u00ADtude (moyenne)',
  periodsCovered: 'Périodes couvertes',
  notes: 'Remarques',
  none: 'Aucune',
  usesUcdp: 'Décomptes de violences issus de UCDP GED 23.1',
  archived: 'Archivée',
  latestFlag: 'Dernier score : {flag}',

  // Difficultés et efficacité
  associationTitle: 'Difficultés et efficacité',
  associationCaption: '{title} : score global selon la gravité des difficultés (association, et non causalité)',
  notCausation: 'Association, et non causalité.',
  associationNote: 'Les missions confrontées à une difficulté grave peuvent différer des autres à bien des égards.',
  pooled:
    'Données regroupées sur {count} évaluations des missions sélectionnées dans la plage de périodes ; n compte celles qui ont à la fois un score global et une gravité pour la catégorie, et une catégorie dont n est inférieur à {minN} n’est pas présentée. Écart = moyenne quand la gravité est ≥ 3 moins moyenne quand elle est ≤ 1, en points de score.',
  challengeCategory: 'Catégorie de difficulté',
  meanHigh: 'Score global moyen, gravité ≥ 3',
  meanLow: 'Score global moyen, gravité ≤ 1',
  gap: 'Écart d’efficacité',
  rho: 'Rho de Spearman',
  note: 'Remarque',
  tooFew: 'Moins de {minN} évaluations ayant à la fois un score et une gravité ({n})',
  noHigh: 'aucune évaluation ne la juge élevée ou critique',
  noLow: 'aucune évaluation ne la juge nulle ou faible',
  noRho: 'la gravité ou le score global ne varie pas, il n’y a donc pas de corrélation de rangs',
  listSeparator: ' ; ',

  // Récits
  narratives: 'Points saillants des récits',
  noNarrative: 'Aucun récit dans la plage de périodes.',
  pageNumber: 'Page {page} sur {pages}',
} satisfies typeof en;
