/**
 * Working days (hari kerja, docs/domain.md §3): Monday–Friday less national holidays, cuti
 * bersama and one-off holidays, adjusted per archive. Arithmetic goes through dayjs and
 * dayjs-business-days2 — the maintained fork that knows holidays; the original
 * dayjs-business-days has no holiday list at all.
 */
import dayjs from 'dayjs';
import businessDays from 'dayjs-business-days2';
import { day, fmt, ISO, yearOf } from './dates.js';

dayjs.extend(businessDays, { holidayFormat: ISO });

export type HolidayKind = 'libur-nasional' | 'cuti-bersama' | 'keppres' | 'daerah' | 'lainnya';

export interface NonWorkingDay {
  tanggal: string;
  nama: string;
  jenis: HolidayKind | string;
  /** Where the fact comes from: the shipped national calendar, or the archive's own file. */
  asal: 'bawaan' | 'arsip';
}

export interface RemovedDay {
  tanggal: string;
  alasan: string;
}

/** A calendar as plain data: what a reading thread is sent, and what the record cache is keyed by. */
export interface CalendarParts {
  days: NonWorkingDay[];
  removed: RemovedDay[];
  years: number[];
}

export class WorkingCalendar {
  private readonly holidays: string[];
  private readonly holidaySet: Set<string>;
  /**
   * Answers already given. The plugin walks day by day through dayjs objects, and a report
   * over 100,000 items asks about the same few hundred dates again and again (`ppid status`
   * spent most of its time there: docs/performance.md, 'Why the code is shaped so'); the
   * calendar never changes, so an answer never goes stale.
   */
  private readonly counted = new Map<string, number>();
  private readonly added = new Map<string, string>();

  constructor(
    readonly days: readonly NonWorkingDay[],
    readonly removed: readonly RemovedDay[],
    /** Years whose holiday list is complete; outside them only weekends are skipped. */
    readonly coveredYears: ReadonlySet<number>,
  ) {
    const gone = new Set(removed.map((r) => r.tanggal));
    this.holidays = [...new Set(days.map((d) => d.tanggal).filter((d) => !gone.has(d)))].sort();
    this.holidaySet = new Set(this.holidays);
  }

  static fromParts(p: CalendarParts): WorkingCalendar {
    return new WorkingCalendar(p.days, p.removed, new Set(p.years));
  }

  toParts(): CalendarParts {
    return { days: [...this.days], removed: [...this.removed], years: [...this.coveredYears].sort() };
  }

  /** The plugin keeps its holiday list globally; point it at this calendar before each use. */
  private use(): void {
    dayjs.setHolidays(this.holidays);
    dayjs.setHolidayFormat(ISO);
  }

  isHoliday(date: string): boolean {
    return this.holidaySet.has(date);
  }

  isWorkingDay(date: string): boolean {
    this.use();
    return day(date).isBusinessDay();
  }

  /** Number of working days d with from ≤ d < to (0 when to ≤ from). */
  countBetween(from: string, to: string): number {
    if (to <= from) return 0;
    const key = `${from} ${to}`;
    let n = this.counted.get(key);
    if (n === undefined) {
      this.use();
      n = day(to).businessDiff(day(from));
      this.counted.set(key, n);
    }
    return n;
  }

  /**
   * The latest date x with countBetween(from, x) ≤ n: a test against it answers "at most n
   * working days away" without counting the days up to a date years ahead.
   */
  lastWithin(from: string, n: number): string {
    // count(from, x) ≤ n ⇔ x ≤ the (n+1)-th working day on or after `from`.
    return this.addWorkingDays(from, this.isWorkingDay(from) ? n : n + 1);
  }

  /** The n-th working day after `date` (n > 0), or before it (n < 0). */
  addWorkingDays(date: string, n: number): string {
    const key = `${date} ${n}`;
    let out = this.added.get(key);
    if (out === undefined) {
      this.use();
      out = fmt(day(date).businessDaysAdd(n));
      this.added.set(key, out);
    }
    return out;
  }

  /** The last working day strictly before `date`. */
  previousWorkingDay(date: string): string {
    return this.addWorkingDays(date, -1);
  }

  /** Years between `from` and `to` (inclusive) that have no complete holiday list. */
  uncoveredYears(from: string, to: string): number[] {
    const out: number[] = [];
    const [a, b] = from <= to ? [from, to] : [to, from];
    for (let y = yearOf(a); y <= yearOf(b); y++) if (!this.coveredYears.has(y)) out.push(y);
    return out;
  }

  nonWorkingDaysIn(year: number): NonWorkingDay[] {
    const gone = new Set(this.removed.map((r) => r.tanggal));
    const seen = new Map<string, NonWorkingDay>();
    for (const d of this.days) {
      if (yearOf(d.tanggal) !== year || gone.has(d.tanggal)) continue;
      // An archive's own entry for a date wins over the shipped one (e.g. a renamed day).
      if (!seen.has(d.tanggal) || d.asal === 'arsip') seen.set(d.tanggal, d);
    }
    return [...seen.values()].sort((x, y) => x.tanggal.localeCompare(y.tanggal));
  }
}
