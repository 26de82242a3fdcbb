/**
 * Issue 20: what ppid states must be true in law. One block per numbered item of the issue, each
 * a case the code before it got wrong, plus the determination's missing elements and the
 * wording that misstated the law.
 */
import { describe, expect, it } from 'vitest';
import { shippedCalendar } from '../../src/archive/calendar-parse.js';
import { checkParsedRecord } from '../../src/archive/check.js';
import { parseRecordText } from '../../src/records/parse.js';
import { WorkingCalendar } from '../../src/rules/working-days.js';
import { periodFacts } from '../../src/rules/period.js';
import { periodText, weekday } from '../../src/reports/text.js';
import { addDays, addPeriod, isIsoDate } from '../../src/rules/dates.js';
import { readPeriod } from '../../src/import/period-text.js';
import { namesOtherStatuteArticle } from '../../src/rules/statutes.js';
import { findReopened } from '../../src/rules/reopened.js';
import { checkAgainstToday } from '../../src/rules/today.js';
import { findings } from '../../src/rules/finding.js';
import { YamlSource } from '../../src/yaml/source.js';
import { diagnosticText } from '../../src/i18n/diagnostic-messages.js';
import { findPasal17 } from '../../src/domain/pasal17.js';
import { missingDeterminationElements } from '../../src/rules/determination.js';
import { decisionDeadline, openingWindowStart } from '../../src/rules/opening-window.js';
import type { Diagnostic } from '../../src/diagnostics.js';
import { CONFIG, recordText, validRecord } from '../helpers/records.js';

const base = shippedCalendar();
const calendar = new WorkingCalendar(base.days, [], new Set(base.years));
const check = (data: unknown, config = CONFIG) => checkParsedRecord(parseRecordText('informasi/DIK-2026-0001.md', recordText(data)), { config, calendar });
const codesOf = (data: unknown, config = CONFIG) => check(data, config).map((p) => `${p.severity}:${p.code}`);

/** A record in force opened on `tanggal` for `alasan`, approved the day before. */
function opened(alasan: string, tanggal: string, extra: Record<string, unknown> = {}) {
  const r = validRecord();
  r.status = 'dibuka';
  r.pembukaan = { tanggal, alasan, dasar: 'x', persetujuan_pimpinan: { nama: 'Nama Pimpinan', jabatan: 'Bupati', tanggal }, ...extra };
  return r;
}

describe('1. `sampai` is the last exempt day', () => {
  it('the first public day is the day after; people read "sampai dengan" the last exempt day', () => {
    const f = periodFacts({ jangka_waktu: { sampai: '2030-12-31' } });
    expect(f.berakhir).toBe('2031-01-01');
    expect(periodText({ sampai: '2030-12-31' }, f, 'id')).toBe('sampai dengan 31 Desember 2030');
    expect(periodText({ sampai: '2030-12-31' }, f, 'en')).toBe('up to and including 31 December 2030');
  });

  it('a fixed length says its last exempt day: 5 years from 3 March 2025 are exempt up to and including 2 March 2030', () => {
    const jw = { mulai: '2025-03-03', tahun: 5 };
    const text = periodText(jw, periodFacts({ jangka_waktu: jw }), 'id');
    expect(text).toBe('5 tahun sejak 3 Maret 2025 (sampai dengan 2 Maret 2030)');
    expect(text).not.toContain('berakhir');
    expect(text).not.toContain('3 Maret 2030');
  });

  it('import reads "sampai (dengan) / s.d. / hingga tanggal D" as D being the last exempt day', () => {
    for (const text of ['sampai dengan 31 Desember 2030', 's.d. 31 Desember 2030', 'hingga tanggal 31 Desember 2030', 'sampai 31-12-2030']) {
      const r = readPeriod(text, '2026-11-25');
      expect(r.jangka_waktu?.sampai, text).toBe('2030-12-31');
      expect(periodFacts({ jangka_waktu: r.jangka_waktu! }).berakhir, text).toBe('2031-01-01');
    }
  });
});

describe('2. openings state a true reason', () => {
  // The record's period: 5 years from 16 February 2026, public from 16 February 2031.
  const start = openingWindowStart(calendar, '2031-02-16');

  it('"the period ends" only from the first of the 30 working days before the end (PP 61/2010 Pasal 11(2))', () => {
    expect(codesOf(opened('jangka-waktu-berakhir', '2030-06-03'))).toContain('galat:pembukaan-terlalu-dini');
    const early = check(opened('jangka-waktu-berakhir', '2030-06-03')).find((p) => p.code === 'pembukaan-terlalu-dini')!;
    expect(early.params).toMatchObject({ mulai: start, sampai: '2031-02-15' });
    expect(codesOf(opened('jangka-waktu-berakhir', start))).not.toContain('galat:pembukaan-terlalu-dini');
    // Earlier openings need a ground of their own.
    expect(codesOf(opened('putusan-komisi-informasi', '2030-06-03'))).toEqual([]);
  });

  it('the opening lies between the determination and today, the head approving after the one and no later than the other', () => {
    expect(codesOf(opened('putusan-pengadilan', '2026-02-10'))).toContain('galat:pembukaan-sebelum-penetapan');
    const late = opened('putusan-pengadilan', '2026-06-01');
    late.pembukaan.persetujuan_pimpinan.tanggal = '2026-06-02';
    expect(codesOf(late)).toContain('galat:persetujuan-pembukaan-setelah-pembukaan');
    const same = opened('putusan-pengadilan', '2026-06-01');
    same.pembukaan.persetujuan_pimpinan.tanggal = '2026-02-16';
    expect(codesOf(same)).toContain('galat:persetujuan-pembukaan-sebelum-penetapan');
  });

  it('an opening without the head\u2019s approval is an error in validate too, unless it is by law', () => {
    const r = opened('putusan-pengadilan', '2026-06-01');
    delete r.pembukaan.persetujuan_pimpinan;
    expect(codesOf(r)).toContain('galat:pembukaan-tanpa-persetujuan');
    const byLaw = validRecord();
    byLaw.status = 'dibuka';
    byLaw.pembukaan = { tanggal: '2031-02-16', alasan: 'jangka-waktu-berakhir', demi_hukum: true };
    expect(codesOf(byLaw)).toEqual([]);
  });

  it('"opened in a public court session" is a reason for `a` only (PP 61/2010 Pasal 5(2))', () => {
    expect(codesOf(opened('sidang-terbuka', '2026-06-01'))).toContain('galat:alasan-pembukaan-bukan-huruf');
    const a = opened('sidang-terbuka', '2026-06-01');
    a.pasal17 = ['a1'];
    a.dasar_hukum = ['UU 14/2008 Pasal 17 huruf a angka 1'];
    expect(codesOf(a)).toEqual([]);
  });

  it('nothing is opened that was public by law already', () => {
    expect(codesOf(opened('putusan-pengadilan', '2031-03-01'))).toContain('galat:pembukaan-setelah-terbuka-demi-hukum');
  });
});

describe('3. public by law stays public', () => {
  it('the 30 years of `a` count from the first determination, across reclassifications', () => {
    const r = validRecord();
    r.pasal17 = ['a1'];
    r.dasar_hukum = ['UU 14/2008 Pasal 17 huruf a angka 1'];
    r.jangka_waktu = { mulai: '2040-01-01', tahun: 20 };
    r.penetapan.tanggal = '2040-01-01';
    r.uji_konsekuensi.tanggal = '2039-12-01';
    r.uji_konsekuensi.persetujuan_pimpinan.tanggal = '2039-12-10';
    r.penetapan.persetujuan_pimpinan.tanggal = '2039-12-20';
    expect(codesOf(r)).toEqual([]);
    r.riwayat_klasifikasi = [
      {
        pasal17: ['a1'],
        dasar_hukum: ['x'],
        jangka_waktu: { mulai: '2026-02-16', tahun: 14 },
        uji_konsekuensi_tanggal: '2026-02-02',
        penetapan_tanggal: '2026-02-16',
        diganti: '2040-01-01',
      },
    ];
    const c = check(r).find((p) => p.code === 'periode-melebihi-maksimum-sejak');
    expect(c?.params).toMatchObject({ sejak: '2026-02-16', batas: '2056-02-15' });
  });

  it('an event-bound `a` period may not be reviewed past the 30 years', () => {
    const r = validRecord();
    r.pasal17 = ['a2'];
    r.dasar_hukum = ['UU 14/2008 Pasal 17 huruf a angka 2'];
    r.jangka_waktu = { hingga: 'putusan berkekuatan hukum tetap', tinjau_ulang: '2056-02-16' };
    expect(codesOf(r)).toContain('galat:periode-tinjau-melebihi-maksimum');
    r.jangka_waktu = { hingga: 'putusan berkekuatan hukum tetap', tinjau_ulang: '2056-02-15' };
    expect(codesOf(r)).not.toContain('galat:periode-tinjau-melebihi-maksimum');
  });

  it('the same information exempted again after it was opened is shown', () => {
    const a = { ...validRecord(), id: 'A-2026-0001', status: 'dibuka', pembukaan: { tanggal: '2026-06-01', alasan: 'putusan-pengadilan' } } as any;
    const b = { ...validRecord(), id: 'A-2026-0002', judul: '  data KESEHATAN pegawai. ' } as any;
    const c = { ...validRecord(), id: 'A-2026-0003', unit: 'Inspektorat' } as any;
    expect(findReopened([a, b, c], '2026-12-01')).toEqual([{ id: 'A-2026-0002', dibuka: { id: 'A-2026-0001', tanggal: '2026-06-01' } }]);
    // Lapsed in force counts as opened (by law) from the day after its last exempt day.
    const lapsed = { ...validRecord(), id: 'A-2026-0004', jangka_waktu: { mulai: '2020-01-01', tahun: 1 } } as any;
    expect(findReopened([lapsed, b], '2026-12-01')).toEqual([{ id: 'A-2026-0002', dibuka: { id: 'A-2026-0004', tanggal: '2021-01-01' } }]);
  });
});

describe('4. the order of events is an error', () => {
  it('a determination before its test, an approval after the determination, a decree on a lapsed period', () => {
    const r = validRecord();
    r.penetapan.tanggal = '2026-01-20';
    r.jangka_waktu = { mulai: '2026-02-16', tahun: 5 };
    expect(codesOf(r)).toContain('galat:penetapan-sebelum-uji');
    const s = validRecord();
    s.penetapan.persetujuan_pimpinan.tanggal = '2026-02-17';
    expect(codesOf(s)).toContain('galat:persetujuan-setelah-penetapan');
    const t = validRecord();
    t.jangka_waktu = { sampai: '2026-02-15' };
    t.uji_konsekuensi.tanggal = '2026-02-01';
    expect(codesOf(t)).toContain('galat:penetapan-setelah-berakhir');
  });

  it('a proposal never determined is never "terbuka demi hukum" (reports: expiring.test.ts)', () => {
    const r = validRecord();
    r.status = 'diusulkan';
    delete r.penetapan;
    r.jangka_waktu = { sampai: '2026-02-20' };
    expect(codesOf(r)).toEqual([]);
  });
});

describe('5. written consent opens one person\u2019s information, named and attached', () => {
  const consent = (extra: Record<string, unknown> = {}) => {
    const r = opened('persetujuan-tertulis', '2026-06-01', { persetujuan_tertulis: { nama: 'A', tanggal: '2026-05-20', satu_orang: true }, ...extra });
    r.lampiran = [{ jenis: 'persetujuan-tertulis', berkas: 'lampiran/DIK-2026-0001/surat.pdf' }];
    return r;
  };

  it('needs who consented, the statement that the item is about that person alone, and the letter', () => {
    const none = opened('persetujuan-tertulis', '2026-06-01');
    expect(codesOf(none)).toEqual(expect.arrayContaining(['galat:persetujuan-tertulis-tanpa-pemberi', 'galat:persetujuan-tertulis-tanpa-surat']));
    const many = consent({ persetujuan_tertulis: { nama: 'A', tanggal: '2026-05-20' } });
    expect(codesOf(many)).toContain('galat:skema-wajib');
    const noLetter = consent();
    noLetter.lampiran = [];
    expect(codesOf(noLetter)).toContain('galat:persetujuan-tertulis-tanpa-surat');
    const after = consent({ persetujuan_tertulis: { nama: 'A', tanggal: '2026-06-02', satu_orang: true } });
    expect(codesOf(after)).toContain('galat:persetujuan-tertulis-setelah-pembukaan');
  });
});

describe('6. 17j names another Undang-Undang (or Perppu) and its article', () => {
  const accepted = [
    'UU 43/2009 tentang Kearsipan Pasal 44 ayat (1)',
    'Pasal 44 ayat (1) Undang-Undang Nomor 43 Tahun 2009',
    'UU 6/1983 jo. UU 28/2007 Pasal 34',
    'Perppu 1/2020 Pasal 27',
    'Peraturan Pemerintah Pengganti Undang-Undang Nomor 1 Tahun 2020 Pasal 27',
    'Undang-Undang Nomor 6 Tahun 1983 sebagaimana telah diubah terakhir dengan Undang-Undang Nomor 7 Tahun 2021 Pasal 34',
  ];
  const refused = [
    'PP 28/2012 tentang Pelaksanaan UU 43/2009 Pasal 42',
    'Permendagri 3/2017 Pasal 2',
    'Perda 5/2019 tentang Pelaksanaan Undang-Undang Pasal 3',
    'Perki 1/2021 Pasal 22',
    'UU 43/2009 tentang Kearsipan',
    'UU 14/2008 Pasal 17 huruf j',
    'Pasal 17 huruf j berdasarkan Undang-Undang',
    'UUD 1945 Pasal 28F',
  ];
  it.each(accepted)('accepts %s', (d) => expect(namesOtherStatuteArticle(['UU 14/2008 Pasal 17 huruf j', d])).toBe(true));
  it.each(refused)('refuses %s', (d) => expect(namesOtherStatuteArticle(['UU 14/2008 Pasal 17 huruf j', d])).toBe(false));

  it('validate says so for a record', () => {
    const r = validRecord();
    r.pasal17 = ['j'];
    r.jangka_waktu = { tanpa_batas: true, tinjau_ulang: '2030-01-01' };
    r.dasar_hukum = ['UU 14/2008 Pasal 17 huruf j', 'PP 28/2012 tentang Pelaksanaan UU 43/2009 Pasal 42'];
    expect(codesOf(r)).toContain('galat:pasal17j-tanpa-undang-undang');
  });
});

describe('8. nonsense periods and texts are errors', () => {
  const withPeriod = (jw: Record<string, unknown>): Record<string, any> => ({ ...validRecord(), jangka_waktu: jw });
  it('a length of zero, an end before the test, a year past 9999', () => {
    expect(codesOf(withPeriod({ mulai: '2026-02-16', tahun: 0 }))).toContain('galat:periode-nol');
    expect(codesOf(withPeriod({ mulai: '2026-02-16', bulan: 0 }))).toContain('galat:periode-nol');
    expect(codesOf(withPeriod({ mulai: '2026-02-16', tahun: 0, bulan: 6 }))).not.toContain('galat:periode-nol');
    const r = withPeriod({ sampai: '2026-01-31' });
    r.status = 'diusulkan';
    delete r.penetapan;
    expect(codesOf(r)).toContain('galat:periode-sampai-sebelum-uji');
    expect(codesOf(withPeriod({ sampai: '9999-12-31' }))).toContain('galat:tanggal-melewati-9999');
    expect(codesOf(withPeriod({ sampai: '10000-01-01' }))).toContain('galat:tanggal-tidak-valid');
    expect(codesOf(withPeriod({ sampai: '+12030-01-01' }))).toContain('galat:tanggal-tidak-valid');
  });

  it('a test dated in the future, and any event after today', () => {
    const r = validRecord();
    const out: Diagnostic[] = [];
    const src = new YamlSource('x.md', '', recordText(r).split('---\n')[1]!);
    checkAgainstToday(r, '2026-02-10', findings(src, out));
    expect(out.map((d) => `${d.code}:${d.field}`)).toEqual([
      'tanggal-masa-depan:penetapan.tanggal',
      'tanggal-masa-depan:penetapan.persetujuan_pimpinan.tanggal',
    ]);
    checkAgainstToday(r, '2026-02-01', findings(src, ((out.length = 0), out)));
    expect(out.map((d) => d.field)).toContain('uji_konsekuensi.tanggal');
  });

  it('a title of only spaces, and control characters in any text', () => {
    expect(check({ ...validRecord(), judul: '   ' })).toMatchObject([{ code: 'skema-teks-kosong', field: 'judul' }]);
    expect(check({ ...validRecord(), judul: 'Data \u001b[31mmerah' })).toMatchObject([
      { code: 'teks-karakter-kendali', field: 'judul', params: { kode: 'U+001B' } },
    ]);
    expect(check({ ...validRecord(), dasar_hukum: ['UU 14/2008\u0000'] })).toMatchObject([{ code: 'teks-karakter-kendali', field: 'dasar_hukum[0]' }]);
    expect(check({ ...validRecord(), judul: 'Judul \u202Eterbalik' })).toMatchObject([{ code: 'teks-karakter-kendali' }]);
    const body = checkParsedRecord(parseRecordText('informasi/DIK-2026-0001.md', recordText(validRecord(), 'Isi\n\nbaris \u0007 bel\n')), { config: CONFIG });
    expect(body).toMatchObject([{ code: 'teks-karakter-kendali', field: '(isi)' }]);
    // Tabs and line ends are text.
    expect(check({ ...validRecord(), judul: 'Data\tkesehatan' })).toEqual([]);
  });
});

describe('the determination\u2019s missing elements', () => {
  it('(c) the determining official\u2019s own work unit, not the unit holding the information', () => {
    const r = validRecord();
    delete r.penetapan.pejabat.unit_kerja;
    expect(missingDeterminationElements(r, CONFIG)).toEqual(['badan-publik-dan-unit']);
    expect(missingDeterminationElements(r, { ...CONFIG, ppid: { unit_kerja: 'Diskominfo' } })).toEqual([]);
    expect(codesOf(r)).toEqual(['peringatan:penetapan-tanpa-unit-kerja']);
  });

  it('a new determination needs the tested document, the participants and the head\u2019s approval of the test; existing ones are warned', () => {
    const r = validRecord();
    delete r.uji_konsekuensi.dokumen;
    delete r.uji_konsekuensi.peserta;
    delete r.uji_konsekuensi.persetujuan_pimpinan;
    expect(missingDeterminationElements(r, CONFIG, { baru: true })).toEqual(['dokumen-uji', 'peserta-uji', 'persetujuan-uji']);
    expect(missingDeterminationElements(r, CONFIG)).toEqual([]);
    expect(check(r)).toMatchObject([{ severity: 'peringatan', code: 'uji-unsur-kurang', params: { kunci: 'dokumen, peserta, persetujuan_pimpinan' } }]);
  });

  it('warns for b, g, i citing no statute that sets their period, and for c–f approved by someone else than the highest leader', () => {
    for (const [kode, pasal] of [
      ['b', 'Pasal 6'],
      ['g', 'Pasal 8 ayat (1)'],
      ['i', 'Pasal 9'],
    ] as const) {
      const r: Record<string, any> = { ...validRecord(), pasal17: [kode], dasar_hukum: [`UU 14/2008 Pasal 17 huruf ${kode}`] };
      if (kode === 'g') r.jangka_waktu = { hingga_persetujuan: true };
      const w = check(r).find((p) => p.code === 'jangka-waktu-menurut-undang-undang');
      expect(w?.params.pasal, kode).toBe(`PP 61/2010 ${pasal}`);
      expect(codesOf({ ...r, dasar_hukum: [...r.dasar_hukum, 'UU 28/2014 tentang Hak Cipta Pasal 40'] })).not.toContain(
        'peringatan:jangka-waktu-menurut-undang-undang',
      );
    }
    const config = { ...CONFIG, pejabat: [{ nama: 'Nama Pimpinan', jabatan: 'Bupati', peran: ['pimpinan' as const] }] };
    const e: Record<string, any> = { ...validRecord(), pasal17: ['e4'], dasar_hukum: ['UU 14/2008 Pasal 17 huruf e angka 4'] };
    expect(codesOf(e, config)).toEqual([]);
    e.penetapan = { ...e.penetapan, persetujuan_pimpinan: { nama: 'X', jabatan: 'Sekretaris Daerah', tanggal: '2026-02-14' } };
    expect(codesOf(e, config)).toContain('peringatan:jangka-waktu-bukan-pimpinan-tertinggi');
  });
});

describe('wording true to the law', () => {
  it('the 30-year limit is PP 61/2010 Pasal 5(1); the head\u2019s approval Pasal 3(2), and Pasal 4(2) has no number', () => {
    const r = validRecord();
    r.pasal17 = ['a1'];
    r.jangka_waktu = { mulai: '2026-02-16', tahun: 31 };
    const p = check(r).find((x) => x.code === 'periode-melebihi-maksimum')!;
    const t = diagnosticText(p.code, p.params);
    expect(t.saran).toContain('PP 61/2010 Pasal 5 ayat (1)');
    expect(t.saran).not.toContain('UU 14/2008 Pasal 20');
    const u = diagnosticText('penetapan-unsur-kurang', { unsur: 'nomor' }).saran!;
    expect(u).toContain('persetujuan pimpinan: PP 61/2010 Pasal 3 ayat (2)');
    expect(u).not.toMatch(/Pasal 4 ayat \(?2\)?: penetapan memuat nomor/);
  });

  it('Pasal 17 in the statute\u2019s words', () => {
    expect(findPasal17('b')!.label.id).toContain('perlindungan dari persaingan usaha tidak sehat');
    expect(findPasal17('a3')!.label.id).toContain('pencegahan dan penanganan segala bentuk kejahatan transnasional');
    expect(findPasal17('a4')!.label.id).toBe('Membahayakan keselamatan dan kehidupan penegak hukum dan/atau keluarganya');
    expect(findPasal17('c5')!.label.id).toContain('terbatas pada segala tindakan dan/atau indikasi negara tersebut');
    expect(findPasal17('e7')!.label.id).toBe('Hal-hal yang berkaitan dengan proses pencetakan uang');
    expect(findPasal17('i')!.label.id).toContain('kecuali atas putusan Komisi Informasi atau pengadilan');
    expect(findPasal17('e1')!.label.id).toContain('mata uang nasional atau asing');
  });

  it('the decision deadline is a setting: the SOP\u2019s last working day, or the first of the 30 days', () => {
    expect(decisionDeadline(calendar, '2026-11-16', 'hari-kerja-terakhir')).toBe('2026-11-13');
    expect(decisionDeadline(calendar, '2026-11-16', 'awal-jendela')).toBe(openingWindowStart(calendar, '2026-11-16'));
    expect(calendar.countBetween(openingWindowStart(calendar, '2026-11-16'), '2026-11-16')).toBe(30);
  });
});

describe('what a hostile reading of the first fixes found', () => {
  const history = (jw: Record<string, unknown>, penetapan = '2025-06-02') => [
    {
      pasal17: ['h2'],
      dasar_hukum: ['UU 14/2008 Pasal 17 huruf h angka 2'],
      jangka_waktu: jw,
      uji_konsekuensi_tanggal: '2025-05-02',
      penetapan_tanggal: penetapan,
      diganti: '2026-02-16',
    },
  ];

  it('a reclassification after the old period ended, or leaving days between the periods, is an error', () => {
    const r = validRecord();
    r.riwayat_klasifikasi = history({ sampai: '2026-02-10' });
    expect(check(r).find((p) => p.code === 'reklasifikasi-setelah-terbuka')).toMatchObject({
      severity: 'galat',
      params: { penetapan: '2026-02-16', terbuka: '2026-02-11' },
    });
    const gap = validRecord();
    gap.riwayat_klasifikasi = history({ sampai: '2026-02-28' });
    gap.jangka_waktu = { mulai: '2026-03-05', tahun: 5 };
    expect(check(gap).find((p) => p.code === 'reklasifikasi-bercelah')).toMatchObject({
      params: { terbuka: '2026-03-01', mulai: '2026-03-05', sampai: '2026-02-28' },
    });
    // Seamless: the new period starts on the old one's first public day, or before it.
    const seamless = validRecord();
    seamless.riwayat_klasifikasi = history({ sampai: '2026-02-28' });
    seamless.jangka_waktu = { mulai: '2026-03-01', tahun: 5 };
    expect(codesOf(seamless).filter((c) => c.includes('reklasifikasi'))).toEqual([]);
  });

  it('an old classification\u2019s period is checked by the schema like the current one', () => {
    const r = validRecord();
    r.riwayat_klasifikasi = history({ sampai: '2026-02-28', tahun: 2 });
    expect(check(r).some((p) => p.code.startsWith('skema') || p.code.startsWith('periode'))).toBe(true);
  });

  it('an opening for a court or Komisi Informasi decision, a new test or an open session names it', () => {
    const r = opened('putusan-pengadilan', '2026-06-01');
    delete r.pembukaan.dasar;
    expect(codesOf(r)).toContain('peringatan:pembukaan-tanpa-dasar');
    expect(codesOf(opened('putusan-pengadilan', '2026-06-01'))).not.toContain('peringatan:pembukaan-tanpa-dasar');
  });

  it('"the period ends" refused through a year without holidays says the window may start earlier', () => {
    const weekendsOnly = new WorkingCalendar(base.days, [], new Set(base.years.filter((y) => y !== 2031)));
    const r = opened('jangka-waktu-berakhir', '2030-06-03');
    const ds = checkParsedRecord(parseRecordText('informasi/DIK-2026-0001.md', recordText(r)), { config: CONFIG, calendar: weekendsOnly });
    expect(ds.find((p) => p.code === 'pembukaan-jendela-tanpa-kalender')).toMatchObject({ severity: 'peringatan', params: { tahun: '2031' } });
  });

  it('a YAML alias that contains itself is read, not followed forever', () => {
    const text = '---\nid: DIK-2026-0001\njudul: &a [*a]\n---\nIsi.\n';
    const ds = checkParsedRecord(parseRecordText('informasi/DIK-2026-0001.md', text), { config: CONFIG, calendar });
    expect(ds.some((p) => p.severity === 'galat')).toBe(true);
  });

  it('dates of years 0–99 and past 9999 keep their order as text', () => {
    expect(isIsoDate('0026-02-16')).toBe(true);
    expect(addDays('0026-12-31', 1)).toBe('0027-01-01');
    expect(addPeriod('0024-02-29', 1)).toBe('0025-02-28');
    expect(weekday('0001-01-01', 'id')).toBe('Senin');
    // An end past 9999 is held at 9999-12-31, so it still sorts after every real date.
    expect(addPeriod('9990-01-01', 20)).toBe('9999-12-31');
    const far = validRecord();
    far.jangka_waktu = { mulai: '2026-02-16', tahun: 8000 };
    expect(codesOf(far)).not.toContain('galat:penetapan-setelah-berakhir');
    expect(codesOf(far)).toContain('galat:tanggal-melewati-9999');
  });

  it('a text of only punctuation says nothing', () => {
    for (const judul of ['-', '...', '\u2014', ' . '])
      expect(check({ ...validRecord(), judul })).toMatchObject([{ code: 'skema-teks-kosong', field: 'judul' }]);
    expect(check({ ...validRecord(), judul: '1' })).toEqual([]);
  });

  it('the codes are statutes: KUHP, KUHAP, KUH Perdata', () => {
    for (const d of ['KUHP Pasal 322', 'Pasal 170 KUHAP', 'KUH Perdata Pasal 1909', 'Kitab Undang-Undang Hukum Pidana Pasal 322']) {
      expect(namesOtherStatuteArticle(['UU 14/2008 Pasal 17 huruf j', d])).toBe(true);
    }
    expect(namesOtherStatuteArticle(['UU 14/2008 Pasal 17 huruf j', 'KUHP'])).toBe(false);
  });

  it('a format-1 archive is not told its clarified end is a day off', () => {
    const r = validRecord();
    r.jangka_waktu = { sampai: '2031-02-16' };
    r.klarifikasi = { tanggal: '2026-02-05', berakhir: '2031-02-16' };
    expect(codesOf(r)).toContain('peringatan:berakhir-tidak-cocok');
    expect(codesOf(r, { ...CONFIG, versi: 1 })).not.toContain('peringatan:berakhir-tidak-cocok');
  });
});
