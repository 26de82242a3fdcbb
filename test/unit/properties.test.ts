/**
 * Property-based tests (fast-check): the working-day arithmetic, the record round trip and the
 * period computations hold for every input fast-check can think of, not only the examples.
 * Seeded, so a failure is reproducible; PPID_FC_RUNS raises the number of cases.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { shippedCalendar } from '../../src/archive/calendar-parse.js';
import { WorkingCalendar, type NonWorkingDay } from '../../src/rules/working-days.js';
import { addDays, addPeriod, isIsoDate } from '../../src/rules/dates.js';
import { periodFacts } from '../../src/rules/period.js';
import { serializeRecord } from '../../src/records/serialize.js';
import { parseRecordText } from '../../src/records/parse.js';
import { checkParsedRecord } from '../../src/archive/check.js';
import { expiryReport } from '../../src/reports/expiring.js';
import { PASAL17 } from '../../src/domain/pasal17.js';
import { CONFIG, validRecord } from '../helpers/records.js';
import { firstControl } from '../../src/rules/text-fields.js';
import { recordFigures } from '../helpers/figures.js';
import { count } from '../helpers/stress.js';

// npm test: 60 cases per property; npm run test:stress: 300 (test/helpers/stress.ts).
const RUNS = Number(process.env.PPID_FC_RUNS ?? count(300, 60));
const opts = { numRuns: RUNS, seed: 20261125 };
let properties = 0;
const check = (p: fc.IRawProperty<any>) => {
  properties++;
  fc.assert(p, opts);
};

/** The property tests of this file, counted as they are declared: known whichever tests run, in whatever order. */
let declared = 0;
/** A test that checks exactly one property. */
function property(name: string, body: () => void): void {
  declared++;
  it(name, () => {
    const before = properties;
    body();
    expect(properties - before, 'properties checked by this test').toBe(1);
  });
}

// The figures count what ran, once every test of the file has run, whatever their order.
afterAll(() => recordFigures('properties', { properties, 'cases each': RUNS }));

const base = shippedCalendar();
const national = new WorkingCalendar(base.days, [], new Set(base.years));

/** A date inside the years the shipped calendar covers (2024–2027), with room for counting. */
const dateIn = (from = '2024-01-01', days = 3 * 365) => fc.integer({ min: 0, max: days }).map((n) => addDays(from, n));
const workingDate = dateIn().map((d) => (national.isWorkingDay(d) ? d : national.addWorkingDays(d, 1)));

/** A calendar with extra regional holidays on random days. */
const calendarWithHolidays = fc.uniqueArray(dateIn(), { maxLength: 40 }).map((extra) => {
  const days: NonWorkingDay[] = [
    ...base.days,
    ...extra.map((tanggal) => ({ tanggal, nama: 'Libur daerah', jenis: 'daerah' as const, asal: 'arsip' as const })),
  ];
  return { cal: new WorkingCalendar(days, [], new Set(base.years)), extra };
});

describe('working days (properties)', () => {
  property('adding n working days then counting back returns the start', () => {
    check(
      fc.property(workingDate, fc.integer({ min: 1, max: 150 }), (d, n) => {
        const later = national.addWorkingDays(d, n);
        expect(national.addWorkingDays(later, -n)).toBe(d);
        expect(national.countBetween(d, later)).toBe(n);
        expect(national.isWorkingDay(later)).toBe(true);
      }),
    );
  });

  property('counts are monotonic and add up over adjacent spans', () => {
    check(
      fc.property(fc.array(dateIn(), { minLength: 3, maxLength: 3 }), (ds) => {
        const [a, b, c] = [...ds].sort() as [string, string, string];
        const ab = national.countBetween(a, b);
        const bc = national.countBetween(b, c);
        const ac = national.countBetween(a, c);
        expect(ab).toBeGreaterThanOrEqual(0);
        expect(ac).toBeGreaterThanOrEqual(ab);
        expect(ac).toBe(ab + bc);
        // Never more working days than calendar days, and none for an empty span.
        expect(national.countBetween(a, a)).toBe(0);
        expect(national.countBetween(c, a)).toBe(0);
      }),
    );
  });

  property('holidays and weekends are never counted and never landed on', () => {
    check(
      fc.property(calendarWithHolidays, workingDate, fc.integer({ min: 1, max: 60 }), ({ cal, extra }, d, n) => {
        for (const h of extra) {
          expect(cal.isWorkingDay(h)).toBe(false);
          expect(cal.countBetween(h, addDays(h, 1))).toBe(0);
        }
        const start = cal.isWorkingDay(d) ? d : cal.addWorkingDays(d, 1);
        const end = cal.addWorkingDays(start, n);
        const dow = new Date(`${end}T00:00:00Z`).getUTCDay();
        expect(dow).not.toBe(0);
        expect(dow).not.toBe(6);
        expect(extra).not.toContain(end);
        // Counting day by day agrees with the calendar's count.
        let byHand = 0;
        for (let x = start; x < end; x = addDays(x, 1)) if (cal.isWorkingDay(x)) byHand++;
        expect(cal.countBetween(start, end)).toBe(byHand);
        // A regional holiday can only lower a count against the national calendar.
        expect(cal.countBetween(start, end)).toBeLessThanOrEqual(national.countBetween(start, end));
      }),
    );
  });
});

/** Text an officer might type, with a letter or digit in it: any Unicode but control characters (an error of their own), quotes, colons, hashes, leading dashes, YAML words. */
const text = fc
  .oneof(
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }),
    fc.constantFrom(
      'ya',
      'no',
      'null',
      '~',
      '2026-02-16',
      '1e3',
      '- a',
      'a: b',
      '"kutip"',
      "'",
      '#x',
      '@x',
      '=1+1',
      '---',
      '...',
      '*alias',
      '&anchor',
      '!tag',
      '%',
      '|',
      '>',
    ),
  )
  .filter((s) => s.trim().length > 0 && firstControl(s) === undefined)
  // A text must hold a letter or digit; the YAML-hostile start is kept ("--- x", "| x").
  .map((s) => (/[\p{L}\p{N}]/u.test(s) ? s : `${s} x`));

const record = fc
  .record({
    judul: text,
    unit: text,
    pasal17: fc.uniqueArray(fc.constantFrom(...PASAL17.map((p) => p.kode)), { minLength: 1, maxLength: 4 }),
    dasar_hukum: fc.array(text, { minLength: 1, maxLength: 3 }),
    dibuka: text,
    ditutup: text,
    tanggal: dateIn('2020-01-01', 3000),
    // Within every letter's maximum (huruf a: 30 years).
    tahun: fc.integer({ min: 1, max: 20 }),
    bulan: fc.integer({ min: 0, max: 11 }),
    catatan: fc.option(text, { nil: undefined }),
  })
  .map((r) => ({
    id: 'DIK-2026-0001',
    status: 'diusulkan',
    judul: r.judul,
    unit: r.unit,
    pasal17: r.pasal17,
    dasar_hukum: r.dasar_hukum,
    uji_konsekuensi: { tanggal: r.tanggal, konsekuensi_dibuka: r.dibuka, konsekuensi_ditutup: r.ditutup },
    jangka_waktu: { mulai: r.tanggal, tahun: r.tahun, ...(r.bulan ? { bulan: r.bulan } : {}) },
    cakupan: 'seluruh',
    ...(r.catatan !== undefined ? { catatan: r.catatan } : {}),
  }));

describe('record round trip (properties)', () => {
  property('write, read: the same data, and writing again gives the same bytes', () => {
    check(
      fc.property(record, fc.string({ unit: 'grapheme', maxLength: 200 }), (data, body) => {
        const written = serializeRecord(data, body);
        const read = parseRecordText('informasi/DIK-2026-0001.md', written);
        expect(read.problems).toEqual([]);
        expect(read.data).toEqual(data);
        expect(serializeRecord(read.data as Record<string, unknown>, read.body)).toBe(written);
      }),
    );
  });

  property('dates stay strings (the core schema), never Date objects', () => {
    check(
      fc.property(dateIn('2000-01-01', 20000), (d) => {
        const read = parseRecordText('x.md', serializeRecord({ ...validRecord(), jangka_waktu: { sampai: d } }, ''));
        expect((read.data as any).jangka_waktu.sampai).toBe(d);
        expect(isIsoDate(d)).toBe(true);
      }),
    );
  });
});

describe('period computations (properties)', () => {
  property('a fixed period ends after it starts, later for a longer period, and a year is twelve months', () => {
    check(
      fc.property(dateIn('2000-01-01', 20000), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 11 }), (mulai, tahun, bulan) => {
        const f = periodFacts({ jangka_waktu: { mulai, tahun, ...(bulan ? { bulan } : {}) } as any });
        expect(f.bentuk).toBe('panjang-tetap');
        expect(f.berakhir).toBe(addPeriod(mulai, tahun, bulan));
        if (tahun * 12 + bulan > 0) expect(f.berakhir! > mulai).toBe(true);
        expect(addPeriod(mulai, 0, tahun * 12 + bulan)).toBe(f.berakhir);
        expect(addPeriod(mulai, tahun, bulan + 1) >= f.berakhir!).toBe(true);
        // A day of month that every month has is kept.
        if (Number(mulai.slice(8)) <= 28) expect(f.berakhir!.slice(8)).toBe(mulai.slice(8));
      }),
    );
  });

  property('without a start date the period runs from the determination', () => {
    check(
      fc.property(dateIn('2020-01-01', 3000), fc.integer({ min: 1, max: 30 }), (tanggal, tahun) => {
        const f = periodFacts({ jangka_waktu: { tahun } as any, penetapan: { tanggal } });
        expect(f.mulai).toBe(tanggal);
        expect(f.berakhir).toBe(addPeriod(tanggal, tahun));
      }),
    );
  });

  property('every generated record with a fixed period validates, and its end is where the expiry report puts it', () => {
    check(
      fc.property(record, dateIn('2024-01-01', 3 * 365 - 60), fc.integer({ min: 1, max: 60 }), (generated, today, window) => {
        // Legal grounds that need no special statute, so that only the period is under test.
        const data = { ...generated, pasal17: ['h3'], dasar_hukum: ['UU 14/2008 Pasal 17 huruf h angka 3'] };
        const problems = checkParsedRecord(parseRecordText('informasi/DIK-2026-0001.md', serializeRecord(data, '')), { config: CONFIG }).filter(
          (p) => p.severity === 'galat',
        );
        expect(problems).toEqual([]);
        const berakhir = periodFacts(data as any).berakhir!;
        const report = expiryReport(
          [{ path: 'informasi/DIK-2026-0001.md', body: '', data: { ...data, status: 'ditetapkan', ...inForce(data) } as any }],
          national,
          today,
          window,
        );
        const row = report.rows[0];
        if (berakhir <= today) expect(row?.keadaan).toBe('lewat');
        else if (national.countBetween(today, berakhir) <= window && national.uncoveredYears(today, berakhir).length === 0)
          expect(row?.keadaan).toBe('akan-berakhir');
        else if (national.uncoveredYears(today, berakhir).length === 0) expect(row).toBeUndefined();
      }),
    );
  });
});

function inForce(data: { jangka_waktu: { mulai: string } }) {
  const v = validRecord();
  return { penetapan: { ...v.penetapan, tanggal: data.jangka_waktu.mulai } };
}

describe('figures', () => {
  it('records how many properties ran', () => {
    // Each property test checks its one property (property() above); the figures are written in afterAll.
    expect(declared).toBeGreaterThanOrEqual(8);
  });
});
