/**
 * `ppid import` on workbooks as offices keep them: several sheets (two units, last year's DIK, an
 * empty "Sheet1"), rows and columns hidden in Excel, formula errors, headings that name an
 * official or a place, and a lone "Alasan Pengecualian" column.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanTempDirs, commitCount, newArchive, ppidInProcess, snapshot, tempDir } from '../helpers/cli.js';
import { writeWorkbook, type CellSpec, type SheetSpec } from '../helpers/xlsx.js';

afterAll(cleanTempDirs);

const HEADER = ['No', 'Informasi', 'Dasar Hukum', 'Dibuka', 'Ditutup', 'Jangka Waktu'];
const OLD_HEADER = ['No', 'Satker', 'Jenis Informasi', 'Dasar Hukum', 'Batas Waktu', 'Keterangan'];

/** An item row of the five-column layout. */
const item = (no: number, judul: string, dasar = 'Pasal 17 huruf h angka 2 UU 14/2008'): CellSpec[] => [
  String(no),
  judul,
  dasar,
  'Membuka data pribadi pasien atau pegawai.',
  'Melindungi privasi yang bersangkutan.',
  '5 (lima) tahun',
];

const TRY = ['--dry-run', '--unit', 'BKPSDM', '--tanggal-uji', '2026-02-02', '--today', '2026-11-25'];
const RUN = ['--unit', 'BKPSDM', '--tanggal-uji', '2026-02-02'];

async function workbook(sheets: SheetSpec[]): Promise<string> {
  const path = join(tempDir(), 'dik.xlsx');
  await writeWorkbook(path, sheets);
  return path;
}

const titles = async (dir: string): Promise<string[]> =>
  JSON.parse((await ppidInProcess(['list', '--json'], { cwd: dir })).stdout)
    .map((x: any) => x.judul)
    .sort();

describe('a workbook of several sheets', () => {
  it('reads the first DIK sheet and names the other one that is a DIK too (dry run and real run, text and JSON)', async () => {
    const dir = newArchive();
    const path = await workbook([
      { name: 'RSUD', rows: [HEADER, item(1, 'Rekam medis pasien RSUD')] },
      { name: 'Puskesmas', rows: [HEADER, item(1, 'Rekam medis pasien Puskesmas'), item(2, 'Data imunisasi anak')] },
    ]);
    const dry = await ppidInProcess(['import', path, ...TRY], { cwd: dir });
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('dik.xlsx[RSUD]: tata letak lima-kolom');
    expect(dry.stdout).toContain('lembar dibaca: RSUD (buku kerja ini memuat 2 lembar: RSUD, Puskesmas)');
    expect(dry.stdout).toContain('lembar lain yang juga DIK: Puskesmas — impor dengan --sheet Puskesmas');

    const json = JSON.parse((await ppidInProcess(['import', path, ...TRY, '--json'], { cwd: dir })).stdout);
    expect(json.lembar).toEqual({ dibaca: 'RSUD', semua: ['RSUD', 'Puskesmas'], lain_dik: ['Puskesmas'] });
    expect(json.baris.map((b: any) => b.judul)).toEqual(['Rekam medis pasien RSUD']);

    const en = await ppidInProcess(['import', path, ...TRY, '--lang', 'en'], { cwd: dir });
    expect(en.stdout).toContain('other sheets that are a DIK too: Puskesmas — import with --sheet Puskesmas');

    const real = await ppidInProcess(['import', path, ...RUN], { cwd: dir });
    expect(real.code, real.stderr).toBe(0);
    expect(real.stdout).toContain('lembar lain yang juga DIK: Puskesmas — impor dengan --sheet Puskesmas');
    expect(await titles(dir)).toEqual(['Rekam medis pasien RSUD']);

    // The other sheet is imported as the note says.
    const other = await ppidInProcess(['import', path, '--sheet', 'Puskesmas', ...RUN], { cwd: dir });
    expect(other.code, other.stderr).toBe(0);
    expect(other.stdout).not.toContain('lembar lain');
    expect(await titles(dir)).toEqual(['Data imunisasi anak', 'Rekam medis pasien Puskesmas', 'Rekam medis pasien RSUD']);
  });

  it('passes over an empty Sheet1 and an older DIK without the consequence test for the one that has it, and names the older one', async () => {
    const dir = newArchive();
    const path = await workbook([
      { name: 'Sheet1', rows: [] },
      { name: 'DIK 2023', rows: [OLD_HEADER, ['1', 'BKPSDM', 'Data kesehatan pegawai', 'Pasal 17 huruf h angka 2 UU 14/2008', '5 tahun', '']] },
      { name: 'DIK 2025', rows: [['DAFTAR INFORMASI YANG DIKECUALIKAN TAHUN 2025'], HEADER, item(1, 'Data kesehatan pegawai')] },
    ]);
    const dry = await ppidInProcess(['import', path, ...TRY, '--json'], { cwd: dir });
    expect(dry.code, dry.stderr).toBe(0);
    const plan = JSON.parse(dry.stdout);
    expect(plan.berkas).toBe('dik.xlsx[DIK 2025]');
    expect(plan.tata_letak).toBe('lima-kolom');
    expect(plan.lembar.lain_dik).toEqual(['DIK 2023']);
    expect(plan.baris.map((b: any) => `${b.baris}:${b.hasil}`)).toEqual(['3:baru']);
    const text = await ppidInProcess(['import', path, ...TRY], { cwd: dir });
    expect(text.stdout).toContain('lembar lain yang juga DIK: DIK 2023 — impor dengan --sheet "DIK 2023"');
  });

  it('no sheet is a DIK: each sheet is named with what was found in it; nothing is written', async () => {
    const dir = newArchive();
    const path = await workbook([
      { name: 'Sheet1', rows: [] },
      {
        name: 'Rekap',
        rows: [
          ['Nama Dokumen', 'Dasar Hukum', 'Penanggung Jawab'],
          ['Rekam medis', 'Pasal 17 huruf h', 'Kabid Pelayanan'],
        ],
      },
      { name: 'Arsip', rows: [HEADER, item(1, 'Data lama')], hidden: true },
    ]);
    const before = snapshot(dir);
    const r = await ppidInProcess(['import', path, ...TRY], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('dik.xlsx: tidak satu pun dari 3 lembar dikenali sebagai DIK:');
    expect(r.stderr).toContain('Sheet1: kosong');
    expect(r.stderr).toContain('Rekap: dikenali: kolom B → dasar hukum; tidak ditemukan: informasi, jangka waktu');
    expect(r.stderr).toContain('Arsip (tersembunyi): DIK, tetapi lembarnya disembunyikan — impor dengan --sheet Arsip bila ini yang dimaksud');
    expect(r.stderr).toContain('--sheet NAMA');
    expect(snapshot(dir)).toBe(before);
  });

  it('a workbook with only an empty sheet says the sheet is empty, not that --map would help', async () => {
    const dir = newArchive();
    const path = await workbook([{ name: 'Sheet1', rows: [] }]);
    const r = await ppidInProcess(['import', path, ...TRY], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('dik.xlsx: tidak satu pun dari 1 lembar dikenali sebagai DIK:\n  Sheet1: kosong');
    expect(r.stderr).not.toContain('tidak satu pun;');
  });
});

describe('a Word document with a DIK per year', () => {
  it('reads the table with the consequence test, past an older one without it, and names the older one', async () => {
    const dir = newArchive();
    const table = (rows: string[][]) =>
      new Table({ rows: rows.map((r) => new TableRow({ children: r.map((c) => new TableCell({ children: [new Paragraph({ text: c })] })) })) });
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: 'DIK 2023' }),
            table([OLD_HEADER, ['1', 'BKPSDM', 'Data kesehatan pegawai', 'Pasal 17 huruf h angka 2 UU 14/2008', '5 tahun', '']]),
            new Paragraph({ text: 'DIK 2025' }),
            table([HEADER, item(1, 'Data kesehatan pegawai') as string[]]),
          ],
        },
      ],
    });
    const path = join(tempDir(), 'lampiran.docx');
    writeFileSync(path, await Packer.toBuffer(doc));
    const r = await ppidInProcess(['import', path, ...TRY], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('lampiran.docx[tabel 2]: tata letak lima-kolom');
    expect(r.stdout).toContain('tabel lain yang juga DIK: tabel 1 — impor dengan --sheet 1');
  });
});

describe('what Excel hides', () => {
  const rows: CellSpec[][] = [
    ['DAFTAR INFORMASI YANG DIKECUALIKAN'],
    [...HEADER, 'Catatan lama'],
    [...item(1, 'Rekam medis pasien'), 'lama'],
    [...item(2, 'Data donor darah (DICABUT, sudah dibuka)'), ''],
    [...item(3, 'Data kepegawaian dokter'), ''],
    [...item(4, 'Hasil tes kejiwaan pegawai', 'UU 14/2008 tentang KIP'), ''],
  ];

  it('a hidden row is not imported and is said at its row; the rows keep their numbers; a hidden column read is said', async () => {
    const dir = newArchive();
    const path = await workbook([{ name: 'DIK', rows, hiddenRows: [4], hiddenColumns: ['G'] }]);
    const dry = await ppidInProcess(['import', path, ...TRY, '--json'], { cwd: dir });
    const plan = JSON.parse(dry.stdout);
    expect(plan.baris.map((b: any) => `${b.baris}:${b.hasil}:${b.judul}`)).toEqual([
      '3:baru:Rekam medis pasien',
      '5:baru:Data kepegawaian dokter',
      '6:galat:Hasil tes kejiwaan pegawai',
    ]);
    expect(plan.peta_kolom.keterangan).toBe('G');
    expect(plan.masalah.map((m: any) => `${m.baris}:${m.kolom}:${m.tingkat}:${m.kode}`)).toEqual([
      'null:null:peringatan:impor-kolom-tersembunyi',
      '4:null:peringatan:impor-baris-tersembunyi',
      '6:kolom C:galat:impor-pasal17-huruf-tidak-ada',
    ]);
    const text = await ppidInProcess(['import', path, ...TRY], { cwd: dir });
    expect(text.stderr).toContain('dik.xlsx[DIK]:4: peringatan: baris ini disembunyikan di Excel: tidak diimpor');
    expect(text.stderr).toContain('tampilkan barisnya');
    expect(text.stderr).toContain('kolom G «Catatan lama» disembunyikan di Excel, tetapi dibaca sebagai keterangan');
  });

  it('imports the rows shown; the hidden one never becomes an item', async () => {
    const dir = newArchive();
    const path = await workbook([{ name: 'DIK', rows: rows.slice(0, 5), hiddenRows: [4] }]);
    const r = await ppidInProcess(['import', path, ...RUN], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('dik.xlsx[DIK]:4: peringatan: baris ini disembunyikan di Excel');
    expect(await titles(dir)).toEqual(['Data kepegawaian dokter', 'Rekam medis pasien']);
  });
});

describe('formula errors', () => {
  it('a cell showing #REF! or #N/A in a column read is an error naming the cell and the error; in a column not read it is nothing', async () => {
    const dir = newArchive();
    const broken: CellSpec[] = [...item(1, 'Rekam medis pasien')];
    broken[2] = { formula: "'Dasar Hukum'!B2", result: { error: '#REF!' } };
    const missing: CellSpec[] = [...item(2, 'Data kepegawaian dokter')];
    missing[5] = { error: '#N/A' };
    const path = await workbook([
      {
        name: 'DIK',
        rows: [
          [...HEADER, 'Bantu'],
          [...broken, { error: '#VALUE!' }],
          [...missing, ''],
        ],
      },
    ]);
    const before = snapshot(dir);
    const r = await ppidInProcess(['import', path, ...TRY], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('dik.xlsx[DIK]:2: galat: sel berisi galat rumus #REF!: nilainya tidak ada (kolom C)');
    expect(r.stderr).toContain('dik.xlsx[DIK]:3: galat: sel berisi galat rumus #N/A: nilainya tidak ada (kolom F)');
    // Said once, as the formula error it is, not again as an unreadable legal basis or period.
    expect(r.stderr).not.toContain('"#REF!"');
    expect(r.stderr).not.toContain('tidak dapat dibaca');
    expect(r.stderr).not.toContain('#VALUE!');
    const real = await ppidInProcess(['import', path, ...RUN], { cwd: dir });
    expect(real.code).toBe(1);
    expect(snapshot(dir)).toBe(before);
  });
});

describe('headings about the information', () => {
  it('an official, a place or a form is no information: those columns are unread and said so; the information column is read', async () => {
    const dir = newArchive();
    const csv = join(tempDir(), 'dik.csv');
    const lines = [
      [
        'No',
        'Pejabat yang Menguasai Informasi',
        'Jenis Informasi yang Dikecualikan',
        'Penanggung Jawab Informasi',
        'Dasar Hukum',
        'Dibuka',
        'Ditutup',
        'Jangka Waktu',
        'Tempat Penyimpanan',
      ],
      [
        '1',
        'Kepala Bidang Mutasi',
        'Data kesehatan pegawai',
        'Kasubbid Kesejahteraan',
        'Pasal 17 huruf h angka 2 UU 14/2008',
        'Membuka riwayat kesehatan.',
        'Melindungi privasi.',
        '5 tahun',
        'Lemari arsip',
      ],
    ];
    writeFileSync(csv, lines.map((l) => l.join(';')).join('\r\n') + '\r\n');
    const dry = await ppidInProcess(['import', csv, ...TRY], { cwd: dir });
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('kolom C → informasi; kolom E → dasar hukum');
    expect(dry.stdout).toContain(
      'tidak dibaca: kolom B «Pejabat yang Menguasai Informasi», kolom D «Penanggung Jawab Informasi», kolom I «Tempat Penyimpanan»',
    );
    expect(dry.stdout).not.toContain('konten informasi');
    const json = JSON.parse((await ppidInProcess(['import', csv, ...TRY, '--json'], { cwd: dir })).stdout);
    expect(json.peta_kolom).toEqual({ no: 'A', judul: 'C', dasar_hukum: 'E', dibuka: 'F', ditutup: 'G', jangka_waktu: 'H' });
    expect(json.kolom_tidak_dibaca).toEqual({ B: 'Pejabat yang Menguasai Informasi', D: 'Penanggung Jawab Informasi', I: 'Tempat Penyimpanan' });
    expect(json.baris.map((b: any) => b.judul)).toEqual(['Data kesehatan pegawai']);
  });
});

describe('a lone "Alasan Pengecualian" column', () => {
  const write = (lines: string[][]): string => {
    const csv = join(tempDir(), 'dik.csv');
    writeFileSync(csv, lines.map((l) => l.join(';')).join('\r\n') + '\r\n');
    return csv;
  };

  it('without another legal-basis column it is the legal basis: rows with a Pasal 17 letter come in, prose is refused at its cell', async () => {
    const dir = newArchive();
    const csv = write([
      ['No', 'Informasi', 'Alasan Pengecualian', 'Dibuka', 'Ditutup', 'Jangka Waktu'],
      ['1', 'Data kesehatan pegawai', 'Pasal 17 huruf h angka 2 UU 14/2008', 'Membuka riwayat kesehatan.', 'Melindungi privasi.', '5 tahun'],
      ['2', 'Data gaji pegawai', 'Dapat mengganggu privasi pegawai', 'Membuka gaji.', 'Melindungi privasi.', '5 tahun'],
    ]);
    const plan = JSON.parse((await ppidInProcess(['import', csv, ...TRY, '--json'], { cwd: dir })).stdout);
    expect(plan.tata_letak).toBe('lima-kolom');
    expect(plan.peta_kolom.dasar_hukum).toBe('C');
    expect(plan.baris.map((b: any) => `${b.baris}:${b.hasil}`)).toEqual(['2:baru', '3:galat']);
    expect(plan.masalah.map((m: any) => `${m.baris}:${m.kolom}:${m.kode}`)).toEqual(['3:kolom C:impor-dasar-hukum-tak-terbaca']);
  });

  it('with neither a legal basis nor Dibuka/Ditutup the table is refused for its missing consequence test, not its headings', async () => {
    const dir = newArchive();
    const csv = write([
      ['No', 'Jenis Informasi', 'Alasan Pengecualian', 'Jangka Waktu'],
      ['1', 'Data kesehatan pegawai', 'Pasal 17 huruf h angka 2 UU 14/2008', '5 tahun'],
    ]);
    const r = await ppidInProcess(['import', csv, ...TRY], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('kolom C → dasar hukum');
    expect(r.stderr).toContain('tabel tidak memuat uji konsekuensi');
    expect(r.stderr).not.toContain('judul kolom tidak dikenali');
  });

  it('beside a legal-basis column it is left unread and said, never half a consequence test', async () => {
    const dir = newArchive();
    const csv = write([
      ['No', 'Informasi', 'Dasar Hukum', 'Alasan Pengecualian', 'Jangka Waktu'],
      ['1', 'Data kesehatan pegawai', 'Pasal 17 huruf h angka 2 UU 14/2008', 'Dapat mengganggu privasi', '5 tahun'],
    ]);
    const r = await ppidInProcess(['import', csv, ...TRY], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('tidak dibaca: kolom D «Alasan Pengecualian»');
    expect(r.stderr).toContain('tabel tidak memuat uji konsekuensi');
    expect(commitCount(dir)).toBeGreaterThan(0);
  });
});
