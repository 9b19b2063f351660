import type { myWork as enMyWork, reporting as enReporting } from '../en/reporting';

export const reporting = {
  filterName: 'les missions',
  title: 'Rapports · CPEA',
  heading: 'Rapports',
  lead: 'Ce que chaque mission active a rapporté pour ses dernières périodes. Une période sans évaluation est due dès sa fin et en retard {days} jours après.',
  loading: 'Chargement du calendrier des rapports…',
  none: 'Aucune mission active ne rend compte sur ces périodes.',
  quarterly: 'Missions trimestrielles, 8 derniers trimestres',
  monthly: 'Missions mensuelles, 12 derniers mois',
  mission: 'Mission',
  status: {
    outside: 'Hors mission',
    not_due: 'Pas encore due',
    due: 'Due',
    late: 'En retard',
    draft: 'Brouillon',
    sent_back: 'Renvoyée',
    submitted: 'Soumise',
    approved: 'Approuvée',
  },
} satisfies typeof enReporting;

export const myWork = {
  title: 'Mon travail · CPEA',
  heading: 'Mon travail',
  nav: 'Mon travail',
  navWaiting: { one: 'Mon travail, {count} en attente', other: 'Mon travail, {count} en attente' },
  lead: 'Ce qui vous attend : vos brouillons, ceux qu’un administrateur vous a renvoyés et, pour les administrateurs, les évaluations soumises à approuver.',
  loading: 'Chargement de votre travail…',
  sentBack: 'Renvoyées vers moi',
  sentBackNone: 'Rien ne vous a été renvoyé.',
  sentBackBy: '{by} : « {comment} »',
  drafts: 'Mes brouillons',
  draftsNone: 'Vous n’avez aucun brouillon en cours.',
  awaiting: 'En attente de mon approbation',
  awaitingNone: 'Aucune évaluation soumise n’attend d’approbation.',
  item: '{acronym} {period}',
} satisfies typeof enMyWork;
