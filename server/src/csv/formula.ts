// Spreadsheets run a cell as a formula when it begins with a tab, CR or LF, or when its first
// non-space character is =, +, -, @ or one of their full-width forms, which some spreadsheets
// read as the same operators (CSV injection, OWASP). Export writes such cells with a leading
// apostrophe, which spreadsheets hide; import takes it off again. Apostrophes already in front
// of a trigger get one more on the way out and lose one on the way in, so text that really
// starts with '= survives the round trip. Both patterns share one trigger so the sides agree.

const TRIGGER = String.raw`(?:[\t\r\n]|\s*[=+\-@＝＋－＠])`;
const NEEDS_GUARD = new RegExp(`^'*${TRIGGER}`);
const GUARDED = new RegExp(`^'+${TRIGGER}`);
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
