// Spreadsheets run a cell that begins with =, +, -, @, tab or CR as a formula (CSV injection,
// OWASP). Export writes such cells with a leading apostrophe, which spreadsheets hide; import
// takes it off again. Apostrophes already in front of a trigger get one more on the way out and
// lose one on the way in, so text that really starts with '= survives the round trip.

const NEEDS_GUARD = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

export function isPlainNumber(text: string): boolean {
  return PLAIN_NUMBER.test(text);
}

export function neutraliseFormula(text: string): string {
  return NEEDS_GUARD.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

export function restoreFormula(text: string): string {
  return GUARDED.test(text) ? text.slice(1) : text;
}
