import { neutraliseFormula } from './formula';

// A plain RFC 4180 writer: building lines by hand is several times faster than a general CSV
// library, and export speed matters (the target is within 2× of the sqlite3 command line).

export type CsvCell = string | number | null | undefined;

export const CSV_EOL = '\r\n';

const NEEDS_QUOTES = /[",\r\n]/;
const QUOTE = /"/g;

/** One cell: numbers as written by JavaScript, missing as empty, text neutralised and quoted. */
export function csvCell(cell: CsvCell): string {
  if (cell == null) return '';
  // JSON.stringify writes a finite number exactly as String does, but String keeps each result
  // in V8's number-string cache, which moves them to the old generation: an export of millions
  // of numbers then grows the heap by a hundred megabytes before a full collection.
  if (typeof cell === 'number') return Number.isFinite(cell) ? JSON.stringify(cell) : '';
  const text = neutraliseFormula(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(QUOTE, '""')}"` : text;
}

/** One record with its line end. */
export function csvLine(cells: readonly CsvCell[]): string {
  let line = csvCell(cells[0]);
  for (let i = 1; i < cells.length; i++) line += `,${csvCell(cells[i])}`;
  return line + CSV_EOL;
}

const NEEDS_QUOTES_ANY_SEPARATOR = /[",;\r\n]/;

/** One record of text cells separated by `separator`: a comma, or a semicolon as French Excel saves. */
export function csvRecord(cells: readonly string[], separator: ',' | ';'): string {
  return (
    cells
      .map((cell) => {
        const text = neutraliseFormula(cell);
        return NEEDS_QUOTES_ANY_SEPARATOR.test(text) ? `"${text.replace(QUOTE, '""')}"` : text;
      })
      .join(separator) + CSV_EOL
  );
}

/** Joins lines into chunks of about `size` characters, so the response is written in few, large writes. */
export function* chunked(lines: Iterable<string>, size = 64 * 1024): Generator<string> {
  let chunk = '';
  for (const line of lines) {
    chunk += line;
    if (chunk.length >= size) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk !== '') yield chunk;
}
