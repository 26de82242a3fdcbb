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
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

/** Dates are calendar days, not instants: compute in UTC so the machine's zone never shifts them. */
export function day(s: string): dayjs.Dayjs {
  return dayjs.utc(s, ISO);
}

export function fmt(d: dayjs.Dayjs): string {
  return d.format(ISO);
}

/** Adds years and months keeping day and month; 29 Feb + 1 year → 28 Feb (DOMAIN.md §6). */
export function addPeriod(start: string, tahun = 0, bulan = 0): string {
  // All months at once: adding the years first would clamp 29 February and lose a day
  // (2036-02-29 + 1 year 1 month must be 2037-03-29, as 13 months is). Plain arithmetic, not
  // dayjs: every record's end date is computed on every cold read, and this is 50 times faster.
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  const months = y * 12 + (m - 1) + tahun * 12 + bulan;
  const ny = Math.floor(months / 12);
  const nm = months - ny * 12 + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(ny, 4)}-${pad(nm, 2)}-${pad(Math.min(d, last), 2)}`;
}

/** `s` moved by `n` calendar days (plain arithmetic: every record's end date is computed on a cold read). */
export function addDays(s: string, n: number): string {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + n));
  const pad = (v: number, w: number) => String(v).padStart(w, '0');
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1, 2)}-${pad(t.getUTCDate(), 2)}`;
}

export function yearOf(s: string): number {
  return Number(s.slice(0, 4));
}

/** The machine's local date, used only when neither --today nor PPID_TODAY is given. */
export function localToday(): string {
  return dayjs().format(ISO);
}
