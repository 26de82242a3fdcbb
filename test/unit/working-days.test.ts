import { describe, expect, it } from 'vitest';
import { shippedCalendar } from '../../src/archive/calendar-parse.js';
import { WorkingCalendar } from '../../src/rules/working-days.js';

const base = shippedCalendar();
const national = new WorkingCalendar(base.days, [], new Set(base.years));

describe('working days (docs/domain.md §3)', () => {
  it('ships 2024–2027', () => {
    expect(base.years).toEqual([2024, 2025, 2026, 2027]);
  });

  it('knows the 2025 mid-year revision: Monday 18 Aug 2025 is cuti bersama', () => {
    expect(national.isWorkingDay('2025-08-18')).toBe(false);
    expect(national.isWorkingDay('2025-08-19')).toBe(true);
    // Fri 15 Aug → the next working day skips the weekend, 17 Aug (Sunday) and 18 Aug.
    expect(national.addWorkingDays('2025-08-15', 1)).toBe('2025-08-19');
  });

  it('skips cuti bersama around Idul Fitri 2025', () => {
    for (const d of ['2025-03-31', '2025-04-01', '2025-04-02', '2025-04-03', '2025-04-04', '2025-04-07']) {
      expect(national.isWorkingDay(d), d).toBe(false);
    }
    expect(national.isWorkingDay('2025-04-08')).toBe(true);
    // Working days d with 2025-03-27 ≤ d < 2025-04-09: 27 Mar, 8 Apr (28 Mar is cuti bersama Nyepi).
    expect(national.countBetween('2025-03-27', '2025-04-09')).toBe(2);
  });

  it('counts weekend ends: an end on Monday leaves Friday as the last working day', () => {
    // 2026-11-16 is a Monday.
    expect(national.previousWorkingDay('2026-11-16')).toBe('2026-11-13');
    expect(national.countBetween('2026-11-14', '2026-11-16')).toBe(0);
    expect(national.countBetween('2026-11-13', '2026-11-16')).toBe(1);
  });

  it('crosses year ends with their holidays', () => {
    // 24–25 Dec 2026 and 1 Jan 2027 are off; 31 Dec 2026 is a Thursday.
    expect(national.addWorkingDays('2026-12-23', 1)).toBe('2026-12-28');
    expect(national.addWorkingDays('2026-12-31', 1)).toBe('2027-01-04');
    expect(national.countBetween('2026-12-21', '2027-01-05')).toBe(3 + 4 + 1);
  });

  it('counts d with from ≤ d < to, and nothing when to ≤ from', () => {
    expect(national.countBetween('2026-11-02', '2026-11-02')).toBe(0);
    expect(national.countBetween('2026-11-02', '2026-11-03')).toBe(1);
    expect(national.countBetween('2026-11-03', '2026-11-02')).toBe(0);
  });

  it('says which years have no calendar', () => {
    expect(national.uncoveredYears('2027-12-01', '2028-02-01')).toEqual([2028]);
    expect(national.uncoveredYears('2024-01-01', '2027-12-31')).toEqual([]);
  });

  it('applies an archive\u2019s additions and removals', () => {
    const cal = new WorkingCalendar(
      [...base.days, { tanggal: '2026-11-12', nama: 'Hari Jadi', jenis: 'daerah', asal: 'arsip' }],
      [{ tanggal: '2026-12-24', alasan: 'dibatalkan' }],
      new Set(base.years),
    );
    expect(cal.isWorkingDay('2026-11-12')).toBe(false);
    expect(cal.isWorkingDay('2026-12-24')).toBe(true);
    expect(national.isWorkingDay('2026-11-12')).toBe(true);
    expect(cal.nonWorkingDaysIn(2026).map((d) => d.tanggal)).toContain('2026-11-12');
    expect(cal.nonWorkingDaysIn(2026).map((d) => d.tanggal)).not.toContain('2026-12-24');
  });

  it('lastWithin(from, n) is the last day at most n working days away, from any kind of day', () => {
    const plus = (d: string, k: number) => new Date(Date.parse(d) + k * 86_400_000).toISOString().slice(0, 10);
    // A working day, a Saturday, cuti bersama before Idul Fitri 2025, a year end.
    for (const from of ['2026-11-10', '2026-11-14', '2025-03-31', '2027-12-30']) {
      for (const n of [0, 1, 5, 10]) {
        const last = national.lastWithin(from, n);
        for (let k = -3; k < 40; k++) {
          const x = plus(from, k);
          expect(x <= last, `${from} +${n}: ${x}`).toBe(national.countBetween(from, x) <= n);
        }
      }
    }
  });

  it('answers from memory stay each calendar’s own', () => {
    const cal = new WorkingCalendar([...base.days, { tanggal: '2026-11-12', nama: 'Hari Jadi', jenis: 'daerah', asal: 'arsip' }], [], new Set(base.years));
    for (let round = 0; round < 2; round++) {
      expect(national.countBetween('2026-11-10', '2026-11-14')).toBe(4);
      expect(cal.countBetween('2026-11-10', '2026-11-14')).toBe(3);
      expect(national.addWorkingDays('2026-11-11', 1)).toBe('2026-11-12');
      expect(cal.addWorkingDays('2026-11-11', 1)).toBe('2026-11-13');
    }
  });
});
