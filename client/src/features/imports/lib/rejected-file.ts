/** `visits.csv` → `visits-rejected.csv`: beside the file it came from, never over it. */
export function rejectedFileName(fileName: string): string {
  const base = fileName.replace(/\.csv$/i, '') || 'import';
  return `${base}-rejected.csv`;
}
