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
} satisfies typeof en;
