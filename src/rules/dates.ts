/** ISO calendar dates (YYYY-MM-DD) as plain strings, with dayjs for the arithmetic. */
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';

dayjs.extend(utc);

export const ISO = 'YYYY-MM-DD';
const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date: 2026-02-30 and 2025-02-29 are not. */
export function isIsoDate(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const m = ISO_RE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = utcDay(y, mo - 1, d);
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

/** The last day ppid writes; a computed day past it is held there (see ymd). */
export const LAST_DAY = '9999-12-31';

/** A UTC day; unlike Date.UTC, years 0–99 stay themselves instead of becoming 1900–1999. */
function utcDay(y: number, monthIndex: number, d: number): Date {
  const t = new Date(0);
  t.setUTCFullYear(y, monthIndex, d);
  return t;
}

/**
 * The day as YYYY-MM-DD. Past 9999 the string would be longer and sort before earlier days,
 * so every rule comparing dates as strings would go wrong: such a far end is held at
 * 9999-12-31, which is still "never in any report" and still too long for the period rules.
 */
function ymd(t: Date): string {
  if (t.getUTCFullYear() > 9999) return LAST_DAY;
  const pad = (v: number, w: number) => String(v).padStart(w, '0');
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1, 2)}-${pad(t.getUTCDate(), 2)}`;
}

/** Dates are calendar days, not instants: compute in UTC so the machine's zone never shifts them. */
export function day(s: string): dayjs.Dayjs {
  return dayjs.utc(s, ISO);
}

export function fmt(d: dayjs.Dayjs): string {
  return d.format(ISO);
}

/** Adds years and months keeping day and month; 29 Feb + 1 year → 28 Feb (docs/domain.md §4.1). */
export function addPeriod(start: string, tahun = 0, bulan = 0): string {
  // All months at once: adding the years first would clamp 29 February and lose a day
  // (2036-02-29 + 1 year 1 month must be 2037-03-29, as 13 months is). Plain arithmetic, not
  // dayjs: every record's end date is computed on every cold read, and this is far faster
  // (docs/performance.md, 'Why the code is shaped so').
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  const months = y * 12 + (m - 1) + tahun * 12 + bulan;
  const ny = Math.floor(months / 12);
  const nm = months - ny * 12;
  const last = utcDay(ny, nm + 1, 0).getUTCDate();
  return ymd(utcDay(ny, nm, Math.min(d, last)));
}

/** `s` moved by `n` calendar days (plain arithmetic: every record's end date is computed on a cold read). */
export function addDays(s: string, n: number): string {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  return ymd(utcDay(y, m - 1, d + n));
}

/** 0 for Sunday … 6 for Saturday. */
export function dayOfWeek(s: string): number {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  return utcDay(y, m - 1, d).getUTCDay();
}

export function yearOf(s: string): number {
  return Number(s.slice(0, 4));
}

/** The machine's local date, used only when neither --today nor PPID_TODAY is given. */
export function localToday(): string {
  return dayjs().format(ISO);
}
