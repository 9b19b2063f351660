import { z } from 'zod';

// Reporting periods: quarters written `2024Q1` and months written `2024-03` in files, URLs
// and the API; `2024 Q1` and `Mar 2024` on screen.

export const PERIOD_TYPES = ['quarter', 'month'] as const;
export type PeriodType = (typeof PERIOD_TYPES)[number];

export interface Period {
  type: PeriodType;
  year: number;
  /** 1-based quarter (1–4) or month (1–12). */
  index: number;
}

/** Years a period may fall in: wide enough for any mission, narrow enough to refuse a typo like 0500Q1. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2100;

const QUARTER = /^(\d{4})Q([1-4])$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function parseShape(text: string): Period | null {
  const quarter = QUARTER.exec(text);
  if (quarter) return { type: 'quarter', year: Number(quarter[1]), index: Number(quarter[2]) };
  const month = MONTH.exec(text);
  if (month) return { type: 'month', year: Number(month[1]), index: Number(month[2]) };
  return null;
}

const inYears = (period: Period) => period.year >= FIRST_YEAR && period.year <= LAST_YEAR;

/** The one parser of periods: null for anything that is not a quarter or month from 1900 to 2100. */
export function parsePeriod(text: string): Period | null {
  const period = parseShape(text);
  return period && inYears(period) ? period : null;
}

// A quarter as people type it after reading it on screen: `2023Q1`, `2023 Q1`, `Q1 2023`, and
// the French `T1 2023` (trimestre) or `2023 T1`; case and spacing do not matter.
const TYPED_QUARTER_YEAR_FIRST = /^(\d{4})\s*[-\s]?\s*[QT]\s*([1-4])$/i;
const TYPED_QUARTER_YEAR_LAST = /^[QT]\s*([1-4])\s*[-\s]?\s*(\d{4})$/i;

/**
 * The one reader of a period typed into a field: what the screens show (`2023 Q1`, `T1 2023`)
 * becomes the key `2023Q1`; a month key stays as it is; anything else comes back trimmed but
 * unchanged, so `periodProblem` still names what is wrong with it.
 */
export function normaliseTypedPeriod(text: string): string {
  const typed = text.trim();
  const yearFirst = TYPED_QUARTER_YEAR_FIRST.exec(typed);
  if (yearFirst) return `${yearFirst[1]}Q${yearFirst[2]}`;
  const yearLast = TYPED_QUARTER_YEAR_LAST.exec(typed);
  if (yearLast) return `${yearLast[2]}Q${yearLast[1]}`;
  return typed;
}

/** Why a text is not a period, or null when it is one. */
export function periodProblem(text: string): string | null {
  const period = parseShape(text);
  if (!period) return 'Write the period as a quarter (2024Q1) or a month (2024-03)';
  if (!inYears(period)) return `The year of a period must be from ${FIRST_YEAR} to ${LAST_YEAR}`;
  return null;
}

export const periodSchema = z
  .string()
  .superRefine((text, ctx) => {
    const problem = periodProblem(text);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .meta({
    description: 'A quarter (2024Q1) or a month (2024-03), in a year from 1900 to 2100',
    examples: ['2024Q1', '2024-03'],
  });

export function periodTypeOf(text: string): PeriodType | null {
  return parsePeriod(text)?.type ?? null;
}

function mustParse(text: string): Period {
  const period = parsePeriod(text);
  if (!period) throw new Error(`Not a period: ${text}`);
  return period;
}

export function periodKey(period: Period): string {
  return period.type === 'quarter'
    ? `${period.year}Q${period.index}`
    : `${period.year}-${String(period.index).padStart(2, '0')}`;
}

/** A number that grows by one from each period to the next of the same type. */
export function periodOrdinal(text: string): number {
  const period = mustParse(text);
  return period.year * (period.type === 'quarter' ? 4 : 12) + period.index - 1;
}

export function comparePeriods(a: string, b: string): number {
  const pa = mustParse(a);
  const pb = mustParse(b);
  if (pa.type !== pb.type) throw new Error(`Cannot order a ${pa.type} against a ${pb.type}`);
  return periodOrdinal(a) - periodOrdinal(b);
}

export function formatPeriod(text: string): string {
  const period = parsePeriod(text);
  if (!period) return text;
  return period.type === 'quarter'
    ? `${period.year} Q${period.index}`
    : `${MONTH_NAMES[period.index - 1]} ${period.year}`;
}

export function nextPeriod(text: string): string {
  const period = mustParse(text);
  const last = period.type === 'quarter' ? 4 : 12;
  return periodKey(
    period.index === last ? { ...period, year: period.year + 1, index: 1 } : { ...period, index: period.index + 1 },
  );
}

/** Every period from `from` to `to` inclusive, in order. */
export function periodRange(from: string, to: string): string[] {
  const periods: string[] = [];
  for (let period = from; comparePeriods(period, to) <= 0; period = nextPeriod(period)) {
    periods.push(period);
  }
  return periods;
}

/** The period of the given type that contains an ISO date (`YYYY-MM-DD…`). */
export function periodOfDate(isoDate: string, type: PeriodType): string | null {
  const match = /^(\d{4})-(\d{2})-\d{2}/.exec(isoDate);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  return periodKey({ type, year, index: type === 'quarter' ? Math.ceil(month / 3) : month });
}

/** First and last calendar day of a period, as ISO dates. */
export function periodBounds(text: string): { start: string; end: string } {
  const period = mustParse(text);
  const firstMonth = period.type === 'quarter' ? (period.index - 1) * 3 + 1 : period.index;
  const lastMonth = period.type === 'quarter' ? firstMonth + 2 : firstMonth;
  const lastDay = new Date(Date.UTC(period.year, lastMonth, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    start: `${period.year}-${pad(firstMonth)}-01`,
    end: `${period.year}-${pad(lastMonth)}-${pad(lastDay)}`,
  };
}
