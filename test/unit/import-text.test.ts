import { describe, expect, it } from 'vitest';
import { readLegalBasis } from '../../src/import/legal-basis.js';
import { readPeriod } from '../../src/import/period-text.js';
import { columnLetter, detectLayout, layoutFromMap } from '../../src/import/layouts.js';
import { draftRows } from '../../src/import/rows.js';

describe('reading the legal basis as written in spreadsheets', () => {
  const cases: Array<[string, string[], string[]]> = [
    ['Pasal 17 huruf h angka 2 UU 14/2008', ['h2'], []],
    ['17 h.3', ['h3'], []],
    ['huruf g dan h angka 1', ['g', 'h1'], []],
    ['Pasal 17 huruf a, b dan c UU No. 14 Tahun 2008', ['a', 'b', 'c'], []],
    ['Pasal 17 huruf h angka 2 dan 3', ['h2', 'h3'], []],
    ['Ps. 17 huruf j jo. UU 43/2009 Pasal 44', ['j'], ['UU 43/2009 Pasal 44']],
    ['UU 14/2008 Pasal 17 huruf j; Undang-Undang Nomor 7 Tahun 1971 tentang Kearsipan Pasal 11 ayat (2)', ['j'], ['UU 7/1971 Pasal 11 ayat (2)']],
    ['Pasal 17 (c)(6)', ['c6'], []],
    ['Pasal 17 huruf e angka 3 UU 14/2008 dan UU 17/2003 tentang Keuangan Negara', ['e3'], ['UU 17/2003']],
  ];
  it.each(cases)('%s', (text, codes, others) => {
    const r = readLegalBasis(text);
    expect(r.pasal17).toEqual(codes);
    expect(r.dasar_hukum.slice(codes.length)).toEqual(others);
    expect(r.warnings).toEqual([]);
    expect(r.dasar_hukum[0]).toMatch(/^UU 14\/2008 Pasal 17 huruf [a-j]/);
  });

  it('keeps every other reference: a full name shortened, one ppid does not shorten kept as written, never dropped', () => {
    const basis = (t: string) => readLegalBasis(t).dasar_hukum;
    expect(basis('Pasal 17 huruf h UU 14/2008; Peraturan Pemerintah Nomor 61 Tahun 2010 tentang Pelaksanaan UU KIP')).toEqual([
      'UU 14/2008 Pasal 17 huruf h',
      'PP 61/2010',
    ]);
    expect(basis('Pasal 17 huruf h; Peraturan Presiden Republik Indonesia No. 12 Tahun 2021')).toEqual(['UU 14/2008 Pasal 17 huruf h', 'PERPRES 12/2021']);
    expect(basis('1. Pasal 17 huruf h\n2. Peraturan Bupati Tanjung Rawa Nomor 5 Tahun 2020\n3. Perki 1/2021 tentang SLIP')).toEqual([
      'UU 14/2008 Pasal 17 huruf h',
      'Peraturan Bupati Tanjung Rawa Nomor 5 Tahun 2020',
      'Perki 1/2021 tentang SLIP',
    ]);
    expect(basis('Pasal 17 huruf a; KUHAP Pasal 43')).toEqual(['UU 14/2008 Pasal 17 huruf a', 'KUHAP Pasal 43']);
    expect(basis('Pasal 17 huruf h jo. Peraturan Kepala BKN No 7 Tahun 2017')).toEqual([
      'UU 14/2008 Pasal 17 huruf h',
      'Pasal 17 huruf h jo. Peraturan Kepala BKN No 7 Tahun 2017',
    ]);
    // Prose after the citation is no reference.
    expect(basis('Pasal 17 huruf h angka 2 UU 14/2008, karena memuat riwayat kesehatan')).toEqual(['UU 14/2008 Pasal 17 huruf h angka 2']);
    // Another regulation alone is still said as such, named as written.
    const r = readLegalBasis('Perki 1/2017 tentang Pengklasifikasian Informasi Publik');
    expect(r.warnings).toEqual([{ code: 'impor-dasar-hukum-bukan-uu', params: { uu: 'Perki 1/2017 tentang Pengklasifikasian Informasi Publik' } }]);
  });

  it("another article's letter or another act's Pasal 17 is never UU 14/2008's; an article before its act is that act's", () => {
    const read = (t: string) => readLegalBasis(t);
    expect(read('UU 14/2008 Pasal 6 ayat (3) huruf c').pasal17).toEqual([]);
    expect(read('UU No 25 Tahun 2009 tentang Pelayanan Publik Pasal 17 huruf a').pasal17).toEqual([]);
    expect(read('Pasal 17 huruf a UU 25/2009').pasal17).toEqual([]);
    expect(read('Peraturan Komisi Informasi Nomor 1 Tahun 2021 Pasal 17 huruf h').pasal17).toEqual([]);
    expect(read('Ps. 17 huruf j jo. UU 43/2009 Pasal 44')).toMatchObject({
      pasal17: ['j'],
      dasar_hukum: ['UU 14/2008 Pasal 17 huruf j', 'UU 43/2009 Pasal 44'],
    });
    expect(read('Pasal 17 huruf j UU 14/2008 jo. Pasal 40 UU No. 10 Tahun 1998').dasar_hukum).toEqual(['UU 14/2008 Pasal 17 huruf j', 'UU 10/1998 Pasal 40']);
  });

  it('says what it cannot read, and never guesses', () => {
    expect(readLegalBasis('Rahasia negara').warnings.map((w) => w.code)).toEqual(['impor-dasar-hukum-tak-terbaca']);
    const r = readLegalBasis('Pasal 17 huruf h angka 9');
    expect(r.pasal17).toEqual([]);
    expect(r.warnings.map((w) => w.code)).toEqual(['impor-pasal17-tidak-dikenal', 'impor-dasar-hukum-tak-terbaca']);
  });
});

describe('reading periods as written in spreadsheets', () => {
  const today = '2026-11-25';
  const cases: Array<[string, Record<string, unknown>, string[]]> = [
    ['5 tahun', { tahun: 5 }, []],
    ['20 Tahun', { tahun: 20 }, []],
    ['5 (lima) tahun', { tahun: 5 }, []],
    ['lima tahun', { tahun: 5 }, []],
    ['dua puluh lima tahun', { tahun: 25 }, []],
    ['2 tahun 6 bulan', { tahun: 2, bulan: 6 }, []],
    ['18 bulan', { bulan: 18 }, []],
    ['5 tahun sejak 16 Februari 2026', { tahun: 5, mulai: '2026-02-16' }, []],
    ['Permanen', { tanpa_batas: true }, []],
    ['sampai ada persetujuan tertulis', { hingga_persetujuan: true }, []],
    ['Hingga adanya persetujuan tertulis dari yang bersangkutan', { hingga_persetujuan: true }, []],
    ['sampai 31 Desember 2030', { sampai: '2030-12-31' }, []],
    ['s.d. 2030-12-31', { sampai: '2030-12-31' }, []],
    ['5 tahun setelah keputusan disiplin', { setelah: 'keputusan disiplin', tahun: 5, tinjau_ulang: '2027-11-25' }, ['impor-tinjau-ulang-diisi']],
    ['2 tahun setelah seleksi berakhir', { setelah: 'seleksi berakhir', tahun: 2, tinjau_ulang: '2027-11-25' }, ['impor-tinjau-ulang-diisi']],
    ['hingga putusan berkekuatan hukum tetap', { hingga: 'putusan berkekuatan hukum tetap', tinjau_ulang: '2027-11-25' }, ['impor-tinjau-ulang-diisi']],
    ['selama sistem digunakan', { hingga: 'selama sistem digunakan', tinjau_ulang: '2027-11-25' }, ['impor-tinjau-ulang-diisi']],
  ];
  it.each(cases)('%s', (text, expected, warnings) => {
    const r = readPeriod(text, today);
    expect(r.jangka_waktu).toEqual({ ...expected, keterangan: text });
    expect(r.warnings.map((w) => w.code)).toEqual(warnings);
  });

  it('says what it cannot read: no period is guessed', () => {
    for (const text of ['sesuai kebutuhan', '31 Februari 2030', 'lama sekali', '']) {
      const r = readPeriod(text, today);
      expect(r.jangka_waktu, text).toBeUndefined();
      expect(r.warnings).toHaveLength(1);
    }
    const impossible = readPeriod('sampai 31 Februari 2030', today);
    expect(impossible.jangka_waktu).toBeUndefined();
    expect(impossible.warnings.map((w) => w.code)).toEqual(['impor-tanggal-tak-sah']);
  });
});

describe('recognising the two DIK layouts', () => {
  it('the 5-column layout under a two-row header, below a title block', () => {
    const rows = [
      ['DAFTAR INFORMASI YANG DIKECUALIKAN'],
      ['Pemerintah Kabupaten Tanjung Rawa'],
      [],
      ['No', 'Informasi', 'Dasar Hukum Pengecualian', 'Konsekuensi/Pertimbangan bagi Publik', '', 'Jangka Waktu'],
      ['', '', '', 'Dibuka', 'Ditutup', ''],
      ['1', 'Data rekening', 'Pasal 17 huruf h angka 3', 'a', 'b', '5 tahun'],
    ];
    expect(detectLayout(rows)).toEqual({
      name: 'lima-kolom',
      headerStart: 3,
      headerEnd: 4,
      columns: { no: 0, judul: 1, dasar_hukum: 2, dibuka: 3, ditutup: 4, jangka_waktu: 5 },
    });
  });

  it('the older layout: No · Satker · Jenis Informasi · Dasar Hukum · Batas Waktu · Keterangan', () => {
    const rows = [
      ['NO.', 'SATKER', 'JENIS INFORMASI', 'DASAR HUKUM', 'BATAS WAKTU', 'KETERANGAN'],
      ['1', 'BKPSDM', 'x', '17 h.2', '5 Tahun', ''],
    ];
    expect(detectLayout(rows)).toEqual({
      name: 'lama',
      headerStart: 0,
      headerEnd: 0,
      columns: { no: 0, unit: 1, judul: 2, dasar_hukum: 3, jangka_waktu: 4, keterangan: 5 },
    });
  });

  it('any other layout through a map; a heading the map names but the sheet lacks is reported', () => {
    const rows = [
      ['Uraian', 'Landasan', 'Masa'],
      ['x', 'y', 'z'],
    ];
    expect(detectLayout(rows)).toBeUndefined();
    expect(layoutFromMap(rows, { judul: 'Uraian', dasar_hukum: 'Landasan', jangka_waktu: 'Masa' })).toEqual({
      name: 'peta',
      headerStart: 0,
      headerEnd: 0,
      columns: { judul: 0, dasar_hukum: 1, jangka_waktu: 2 },
    });
    expect(layoutFromMap(rows, { judul: 'Uraian', unit: 'Bidang' })).toEqual({ missing: ['Bidang'] });
    expect([0, 25, 26, 27].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB']);
  });
});

describe('rows of a DIK table → draft records with located problems', () => {
  const config = {
    versi: 2,
    badan_publik: { nama: 'Kab' },
    unit: [
      { kode: 'BKPSDM', nama: 'Badan Kepegawaian' },
      { kode: 'INSPEKTORAT', nama: 'Inspektorat Daerah' },
    ],
    pejabat: [],
  } as any;
  const rows = [
    ['No', 'Informasi', 'Dasar Hukum Pengecualian', 'Konsekuensi', '', 'Jangka Waktu'],
    ['', '', '', 'Dibuka', 'Ditutup', ''],
    ['Badan Kepegawaian'],
    ['1', 'Data kesehatan pegawai', '17 h.2', 'Membuka riwayat.', 'Melindungi privasi.', '5 (lima) Tahun'],
    [],
    ['INSPEKTORAT'],
    ['2', 'Laporan hasil pemeriksaan', 'huruf a angka 1', 'Menghambat.', '', 'hingga putusan berkekuatan hukum tetap'],
    ['3', 'Catatan', 'rahasia', 'x', 'y', 'lama sekali'],
  ];
  const all = draftRows(rows, detectLayout(rows)!, config, '2026-11-25');
  // Unit headings are rows of their own, never items.
  const drafts = all.filter((d) => d.role === 'butir');

  it('reads every data row, with the unit of its group', () => {
    expect(all.map((d) => `${d.row}:${d.role}`)).toEqual(['3:unit', '4:butir', '6:unit', '7:butir', '8:butir']);
    expect(drafts.map((d) => [d.row, d.data?.judul, d.data?.unit, d.data?.pasal17])).toEqual([
      [4, 'Data kesehatan pegawai', 'Badan Kepegawaian', ['h2']],
      [7, 'Laporan hasil pemeriksaan', 'Inspektorat Daerah', ['a1']],
      [8, 'Catatan', 'Inspektorat Daerah', []],
    ]);
    expect(drafts[0]!.data!.jangka_waktu).toEqual({ tahun: 5, keterangan: '5 (lima) Tahun' });
    expect(drafts[0]!.problems).toEqual([]);
  });

  it('locates each problem at its row and column, errors apart from warnings', () => {
    expect(drafts[1]!.problems.map((p) => `${p.severity}:${p.code}:${p.row}${p.column ?? ''}`)).toEqual([
      'peringatan:impor-tinjau-ulang-diisi:7F',
      'galat:impor-konsekuensi-kosong:7E',
    ]);
    expect(drafts[2]!.problems.map((p) => `${p.severity}:${p.code}:${p.row}${p.column ?? ''}`)).toEqual([
      'galat:impor-dasar-hukum-tak-terbaca:8C',
      'galat:impor-jangka-waktu-tak-terbaca:8F',
    ]);
  });
});

describe('cells as offices fill them: numbered lists, prose, periods said as when they open', () => {
  it('a numbered legal basis is read entry by entry: the list number is no point of the letter', () => {
    const r = readLegalBasis(
      '1. UUD 1945 Pasal 28 A s/d 28 H\n2. UU No 14 Tahun 2008 tentang KIP Pasal 17 huruf H\n3. PP No 46 Tahun 2011 tentang PPK PNS Pasal 5',
    );
    expect(r.pasal17).toEqual(['h']);
    expect(r.dasar_hukum).toEqual(['UU 14/2008 Pasal 17 huruf h', 'UUD 1945 Pasal 28A–28H', 'PP 46/2011 Pasal 5']);
    // "3." here is the list's number; read as one text it would have been point 3 of letter h. the letter would have been point 3.
    expect(readLegalBasis('Pasal 17 huruf h, karena memuat data pribadi yang a b c').pasal17).toEqual(['h']);
    expect(readLegalBasis('PP 61/2010 Pasal 5 huruf b').warnings.map((w) => w.code)).toEqual(['impor-dasar-hukum-bukan-uu']);
    expect(readLegalBasis('a. Undang-Undang 14 Tahun 2008 tentang KIP; b. PP 60/2008').warnings.map((w) => w.code)).toEqual(['impor-pasal17-huruf-tidak-ada']);
  });

  it('periods: consent and events said as the opening, no period, several periods', () => {
    expect(readPeriod('1 tahun', '2026-01-01').jangka_waktu).toMatchObject({ tahun: 1 });
    expect(readPeriod('Atas persetujuan yang bersangkutan', '2026-01-01').jangka_waktu).toMatchObject({ hingga_persetujuan: true });
    expect(readPeriod('Dibuka setelah yang bersangkutan tidak menjadi pegawai', '2026-01-01').jangka_waktu).toMatchObject({
      hingga: 'yang bersangkutan tidak menjadi pegawai',
      tinjau_ulang: '2027-01-01',
    });
    expect(readPeriod('Selama Jangka Waktu Tertentu', '2026-01-01')).toEqual({
      warnings: [{ code: 'impor-jangka-waktu-bukan-jangka', params: { teks: 'Selama Jangka Waktu Tertentu' } }],
    });
    expect(readPeriod('1. 5 tahun\n2. Sampai proses pengaduan selesai', '2026-01-01').warnings[0]!.code).toBe('impor-jangka-waktu-ganda');
    // One period over two lines is still one period.
    expect(readPeriod('5 tahun setelah\nberakhirnya masa jabatan', '2026-01-01').jangka_waktu).toMatchObject({ tahun: 5 });
  });

  it('a numbered unit heading sets the unit of the rows numbered under it', () => {
    const config = { versi: 2, badan_publik: { nama: 'Kab' }, unit: [{ kode: 'INSPEKTORAT', nama: 'Inspektorat Daerah' }], pejabat: [] } as any;
    const rows = [
      ['No', 'Informasi', 'Dasar Hukum', 'Dibuka', 'Ditutup', 'Jangka Waktu'],
      ['1', 'Inspektorat Daerah', '', '', '', ''],
      ['1.1', 'Laporan hasil pemeriksaan', 'Pasal 17 huruf a UU 14/2008', 'Menghambat.', 'Melindungi.', '2 tahun'],
    ];
    const d = draftRows(rows, detectLayout(rows)!, config, '2026-11-25');
    expect(d.map((x) => `${x.row}:${x.role}:${x.data?.unit ?? ''}:${x.data?.nomor_asal ?? ''}`)).toEqual(['2:unit::', '3:butir:Inspektorat Daerah:1.1']);
  });
});

describe('periods and legal bases as real tables write them (review of issue 24)', () => {
  const today = '2026-11-25';
  const read = (text: string) => readPeriod(text, today);
  const codes = (text: string) => read(text).warnings.map((w) => w.code);

  it('several periods in one cell are refused as several, however they are joined', () => {
    for (const text of [
      '1. 2 tahun\n2. atau sampai kebijakan ditetapkan',
      '5 Tahun / sampai ada persetujuan tertulis',
      '5 tahun atau sampai ada persetujuan tertulis',
      '5 tahun dan/atau hingga putusan pengadilan',
      '5 tahun; hingga putusan pengadilan',
      '- 5 tahun\n- sampai ada persetujuan tertulis',
      'hingga putusan pengadilan atau sampai 31 Desember 2030',
      '5 tahun (sampai ada persetujuan tertulis)',
    ])
      expect(codes(text), text).toEqual(['impor-jangka-waktu-ganda']);
    expect(read('1. 2 tahun\n2. atau sampai kebijakan ditetapkan').warnings[0]!.params).toEqual({ n: '2', daftar: '«2 tahun», «sampai kebijakan ditetapkan»' });
  });

  it('one period stays one: over two lines, with "atau" or "/" inside it, or a remark in brackets', () => {
    expect(read('5 tahun setelah\nberakhirnya masa jabatan').jangka_waktu).toMatchObject({ tahun: 5, setelah: 'berakhirnya masa jabatan' });
    expect(read('2 tahun\n6 bulan').jangka_waktu).toMatchObject({ tahun: 2, bulan: 6 });
    // The word between alternatives on a line of its own is no third period.
    expect(read('2 tahun\natau\n3 tahun').warnings[0]!.params).toEqual({ n: '2', daftar: '«2 tahun», «3 tahun»' });
    expect(read('sampai ada persetujuan tertulis dari yang bersangkutan atau ahli warisnya').jangka_waktu).toMatchObject({ hingga_persetujuan: true });
    expect(read('hingga putusan pengadilan atau Komisi Informasi').jangka_waktu).toMatchObject({ hingga: 'putusan pengadilan atau Komisi Informasi' });
    expect(read('s/d 31/12/2029').jangka_waktu).toMatchObject({ sampai: '2029-12-31' });
    expect(read('5 tahun (dapat diperpanjang)').jangka_waktu).toMatchObject({ tahun: 5 });
    expect(read('Permanen (tanpa batas waktu)').jangka_waktu).toMatchObject({ tanpa_batas: true });
  });

  const cases: Array<[string, Record<string, unknown>]> = [
    ['5 thn', { tahun: 5 }],
    ['5 th', { tahun: 5 }],
    ['5 Thn.', { tahun: 5 }],
    ['lima thn', { tahun: 5 }],
    ['18 bln', { bulan: 18 }],
    ['lima (5) tahun', { tahun: 5 }],
    ['2,5 tahun', { tahun: 2, bulan: 6 }],
    ['2 tahun dan 6 bulan', { tahun: 2, bulan: 6 }],
    ['Selama 5 tahun', { tahun: 5 }],
    ['Dikecualikan selama 5 (lima) tahun', { tahun: 5 }],
    ['5 tahun ke depan', { tahun: 5 }],
    // A date alone, as written or as an Excel date cell reads: until that day, the last exempt day.
    ['31-12-2029', { sampai: '2029-12-31' }],
    ['31/12/2029', { sampai: '2029-12-31' }],
    ['2030-12-31', { sampai: '2030-12-31' }],
    ['31 Desember 2030', { sampai: '2030-12-31' }],
    ['sampai 31 Des 2029', { sampai: '2029-12-31' }],
    ['s.d. tgl 31-Des-2029', { sampai: '2029-12-31' }],
    ['sampai akhir tahun 2030', { sampai: '2030-12-31' }],
    ['sampai akhir Februari 2028', { sampai: '2028-02-29' }],
    ['berakhir pada 31 Desember 2030', { sampai: '2030-12-31' }],
    ['Dibuka setelah 31 Desember 2030', { sampai: '2030-12-31' }],
    // The first public day: the day before is the last exempt one.
    ['Dibuka pada 1 Januari 2031', { sampai: '2030-12-31' }],
    ['Dibuka setelah 5 (lima) tahun', { tahun: 5 }],
    ['Tidak ada batas waktu', { tanpa_batas: true }],
    ['Dikecualikan secara permanen', { tanpa_batas: true }],
    ['Selamanya', { tanpa_batas: true }],
    ['Tidak terbatas', { tanpa_batas: true }],
    ['tidak dibatasi waktu', { tanpa_batas: true }],
    ['Selama yang bersangkutan tidak memberi persetujuan tertulis', { hingga_persetujuan: true }],
    ['Tidak dapat dibuka tanpa persetujuan tertulis dari yang bersangkutan', { hingga_persetujuan: true }],
    ['sampai ybs menyetujui', { hingga_persetujuan: true }],
    ['5 (lima) Tahun sejak ditetapkan', { tahun: 5 }],
    ['5 tahun sejak penetapan', { tahun: 5 }],
    ['5 tahun sejak tanggal ditetapkan', { tahun: 5 }],
    ['5 tahun terhitung sejak ditetapkan', { tahun: 5 }],
    ['5 tahun setelah ditetapkan sebagai informasi yang dikecualikan', { tahun: 5 }],
    ['5 tahun terhitung sejak 16 Februari 2026', { tahun: 5, mulai: '2026-02-16' }],
    ['5 tahun (sejak 1 Januari 2026)', { tahun: 5, mulai: '2026-01-01' }],
  ];
  it.each(cases)('%s', (text, expected) => {
    const r = read(text);
    expect(r.jangka_waktu).toEqual({ ...expected, keterangan: text });
    expect(r.warnings).toEqual([]);
  });

  it('an approval that is no consent, and a start that is an event, wait for their event with a review date', () => {
    for (const [text, hingga] of [
      ['sampai ada persetujuan Menteri', 'ada persetujuan Menteri'],
      ['Sampai pimpinan memberi persetujuan', 'pimpinan memberi persetujuan'],
      ['hingga proses persetujuan anggaran selesai', 'proses persetujuan anggaran selesai'],
    ]) {
      expect(read(text!).jangka_waktu, text).toEqual({ hingga, tinjau_ulang: '2027-11-25', keterangan: text });
      expect(codes(text!)).toEqual(['impor-tinjau-ulang-diisi']);
    }
    // "sejak penetapan tersangka" is an event, not the determination of the DIK.
    for (const [text, setelah] of [
      ['5 tahun sejak pelantikan', 'pelantikan'],
      ['5 tahun sejak penetapan tersangka', 'penetapan tersangka'],
      ['5 tahun setelah keputusan disiplin', 'keputusan disiplin'],
    ])
      expect(read(text!).jangka_waktu, text).toEqual({ setelah, tahun: 5, tinjau_ulang: '2027-11-25', keterangan: text });
  });

  it('an empty cell drawn as a dash is empty; a year, a month or a day that is none is not read as an event', () => {
    for (const text of ['-', '–', '—', '...', 'N/A']) expect(read(text), text).toEqual({ warnings: [{ code: 'impor-jangka-waktu-kosong', params: {} }] });
    for (const text of ['belum ditentukan', 'Tidak ada', 'Dikecualikan']) expect(codes(text), text).toEqual(['impor-jangka-waktu-bukan-jangka']);
    for (const text of ['sampai 2030', 'sampai tahun 2030', 'hingga Desember 2030', 'berakhir setelah pensiun', '0 tahun'])
      expect(codes(text), text).toEqual(['impor-jangka-waktu-tak-terbaca']);
    for (const text of ['30-02-2030', '31 Februari 2030', '5 tahun sejak 31 Februari 2026']) expect(codes(text), text).toEqual(['impor-tanggal-tak-sah']);
    expect(read('5 tahun sejak 16 Februari')).toEqual({
      jangka_waktu: { tahun: 5, keterangan: '5 tahun sejak 16 Februari' },
      warnings: [{ code: 'impor-mulai-tak-terbaca', params: { teks: '16 Februari' } }],
    });
  });

  it('a basis naming only a regulation below a law is not sent to letter j; a law is', () => {
    const warning = (text: string) => readLegalBasis(text).warnings;
    for (const text of [
      'PP 60/2008 tentang SPIP',
      'Peraturan Presiden Nomor 12 Tahun 2021',
      'Perki 1/2021 tentang SLIP',
      'Peraturan Bupati Tanjung Rawa Nomor 5 Tahun 2020',
      'Peraturan Daerah Kabupaten Tanjung Rawa Nomor 3 Tahun 2019 tentang Pelaksanaan Undang-Undang Nomor 23 Tahun 2014',
    ])
      expect(
        warning(text).map((w) => w.code),
        text,
      ).toEqual(['impor-dasar-hukum-bukan-uu']);
    expect(warning('Perki 1/2021 tentang SLIP')[0]!.params).toEqual({ uu: 'Perki 1/2021 tentang SLIP' });
    expect(warning('UU No 43 Tahun 1999 tentang Pokok-Pokok Kepegawaian')).toEqual([
      { code: 'impor-dasar-hukum-uu-lain', params: { uu: 'UU 43/1999', undang: 'UU 43/1999' } },
    ]);
    // Only the law goes after "jo." in the hint; a Perppu and KUHAP are laws.
    expect(warning('UU 43/1999; PP 11/2017')[0]!.params).toEqual({ uu: 'UU 43/1999; PP 11/2017', undang: 'UU 43/1999' });
    expect(warning('Peraturan Pemerintah Pengganti Undang-Undang Nomor 1 Tahun 2020')[0]!.code).toBe('impor-dasar-hukum-uu-lain');
    expect(warning('KUHAP Pasal 43')[0]!.code).toBe('impor-dasar-hukum-uu-lain');
  });
});
