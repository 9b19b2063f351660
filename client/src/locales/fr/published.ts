import type { published as en } from '../en/published';

export const published = {
  insufficientData: 'Données insuffisantes ({count}/4 KPI)',
  includeUnapproved: 'Inclure les brouillons et les évaluations soumises',
  includeUnapprovedHint:
    'Par défaut, les évaluations approuvées seulement. Les autres sont notées en direct, marquées de leur statut, et non publiées.',
  rescored: 'Renotées selon les paramètres actuels',
  rescoredHint:
    'Note de nouveau les évaluations approuvées selon les références, cibles et pondérations d’aujourd’hui, au lieu des notes publiées lors de leur approbation.',
  rescoredNote:
    'Renotées selon les paramètres actuels : les évaluations approuvées sont montrées telles qu’elles seraient notées aujourd’hui, non telles qu’elles ont été publiées.',
  basis: { published: 'Publiée', live: 'En direct' },
  deleteDraft: 'Supprimer le brouillon',
  deleteTitle: 'Supprimer le brouillon {period} ?',
  deleteLead: 'Le brouillon et ses valeurs sont supprimés définitivement ; le journal d’audit en garde la trace.',
  deleteConfirm: 'Supprimer',
  deleteCancel: 'Le garder',
  deleting: 'Suppression…',
  deleteFailed: 'Le brouillon n’a pas été supprimé',
  methodologyBands:
    'Une note globale fondée sur moins de {min} des {total} KPI n’a ni bande ni rang : elle se lit « données insuffisantes (n/{total} KPI) », dans la vue d’ensemble, les comparaisons, la page de la mission et l’aperçu du formulaire. Un seul KPI bien renseigné ne peut pas représenter toute une mission.',
  methodologyPublished:
    'Quand un administrateur approuve une évaluation, ses notes sont publiées : notes globale, par KPI et par indicateur, bande, complétude et signalements de qualité, exactement telles que calculées à ce moment, avec les références, cibles et pondérations utilisées. Chaque écran, comparaison, rapport et export CSV montre la note publiée d’une évaluation approuvée.',
  methodologySettings:
    'Les références et les cibles sont explicites et versionnées. Chaque version des paramètres d’une mission (références, cibles, pondérations des indicateurs et des KPI) s’applique de sa période jusqu’à la version suivante, en général à un renouvellement de mandat, et chaque période est notée selon la version alors en vigueur ; une note publiée indique la version utilisée. Chaque référence dit d’où elle vient : une valeur saisie par un administrateur, ou la moyenne sur une fenêtre nommée de périodes approuvées (les brouillons et les évaluations soumises n’alimentent jamais une référence). Un comptage sans référence est affiché mais non noté (« aucune référence fixée ») ; il n’y a plus de valeur par défaut « première valeur évaluée ». Là où une mission s’appuyait sur cette ancienne valeur par défaut, la valeur qu’elle donnait a été consignée comme référence à l’introduction des versions, si bien qu’aucune note n’a bougé. Avant d’enregistrer, l’éditeur montre quelles notes non approuvées changeraient, avant → après, et combien d’évaluations approuvées seraient notées autrement si elles étaient rouvertes.',
  methodologyChanges:
    'Une note publiée ne change que si un administrateur rouvre l’évaluation (elle redevient un brouillon, noté en direct) et qu’elle est approuvée de nouveau, ce qui la publie à nouveau selon les paramètres alors en vigueur. Enregistrer des références ou des cibles, importer des données ou ajouter d’autres évaluations change les notes des brouillons et des évaluations soumises, jamais une note publiée. Les évaluations approuvées avant la publication des notes ont été publiées une fois, selon les paramètres en vigueur lors de cette migration ; le journal d’audit l’indique.',
  methodologyMethod:
    'Chaque note publiée enregistre aussi la version de la méthodologie sous laquelle elle a été calculée. Une nouvelle méthodologie (celle-ci est la {version}) s’applique aux brouillons, aux évaluations soumises et aux nouvelles approbations ; les évaluations approuvées gardent les notes publiées lors de leur approbation. Publier à nouveau l’historique approuvé selon la nouvelle méthodologie est une action explicite d’un administrateur (Administration → Notes publiées) : elle montre d’abord chaque changement, avant → après pour chaque évaluation, enregistre la version de la méthodologie avec chaque note publiée à nouveau, et figure au journal d’audit.',
  republishNav: 'Notes publiées',
  republishTitle: 'Notes publiées · Administration · CPEA',
  republishAdminOnly:
    'Seul un administrateur peut publier à nouveau l’historique approuvé. Adressez-vous à votre administrateur CPEA.',
  republishHeading: 'Publier à nouveau l’historique approuvé selon la méthodologie {version}',
  republishLead:
    'Les évaluations approuvées gardent les notes publiées lors de leur approbation. Celles-ci ont été publiées selon une méthodologie antérieure ; les publier à nouveau les calcule selon la méthodologie {version}, avec la version des paramètres en vigueur à chaque période, enregistre cette version avec chaque note et écrit une entrée au journal d’audit.',
  republishLoading: 'Calcul de ce qui changerait…',
  republishNothing:
    'Toutes les notes approuvées sont publiées selon la méthodologie {version} : rien à publier à nouveau.',
  republishSummary:
    '{count} évaluations approuvées ont été publiées selon une méthodologie antérieure ; {changed} d’entre elles changeraient.',
  republishFilterName: 'les évaluations approuvées',
  republishCaption: 'Évaluations approuvées publiées selon une méthodologie antérieure : leur note avant et après',
  republishMission: 'Mission',
  republishPeriod: 'Période',
  republishBefore: 'Avant',
  republishAfter: 'Après',
  republishChange: 'Changements',
  republishScore: '{score} · {band} ({version})',
  republishNoBand: 'sans bande',
  republishChanged: 'Change',
  republishUnchanged: 'Mêmes chiffres',
  republishFlags: 'Signaux : {flags}',
  republishConfirm: 'Publier à nouveau ces {count} évaluations selon la méthodologie {version}',
  republishing: 'Nouvelle publication…',
  republishDone:
    '{count} évaluations publiées à nouveau selon la méthodologie {version} ; {changed} ont changé. Le journal d’audit l’enregistre.',
  republishFailed: 'Rien n’a été publié à nouveau',
  methodologyRescored:
    'La vue « renotées selon les paramètres actuels », sur la page de la mission et dans les comparaisons, note de nouveau l’historique approuvé selon les paramètres d’aujourd’hui. Elle est signalée partout où elle apparaît et n’est jamais la vue par défaut.',
} satisfies typeof en;
