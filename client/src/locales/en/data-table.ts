export const dataTable = {
  filter: 'Filter rows',
  filterNamed: 'Filter {table}',
  rows: 'Rows {first}–{last} of {total}',
  filtered: '(filtered from {total})',
  none: 'No row of {total} matches the filter.',
  noMatch: 'No row matches the filter.',
  previous: 'Previous',
  next: 'Next',
};
