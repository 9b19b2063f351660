export const dataTable = {
  filter: 'Filtrer les lignes',
  filterNamed: 'Filtrer {table}',
  rows: 'Lignes {first} à {last} sur {total}',
  filtered: '(filtrées parmi {total})',
  none: 'Aucune des {total} lignes ne correspond au filtre.',
  noMatch: 'Aucune ligne ne correspond au filtre.',
  previous: 'Précédentes',
  next: 'Suivantes',
};
