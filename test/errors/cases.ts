/**
 * One small bad input per diagnostic code of src/i18n/diagnostic-messages.ts, for the golden
 * error tests (golden.test.ts; README.md here). Each case plants its input into a fresh copy
 * of a new archive and names the command that shows the problem; the command is run in
 * Indonesian and in English and what it prints is compared with golden/<code>.<lang>.txt.
 *
 * The inputs are written out here rather than taken from test/helpers/records.ts, so that a
 * change to another test's helper never changes a golden file: only a change to what ppid
 * prints does.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { ARCHIVE_BORN } from '../helpers/cli.js';

/** "Today" for every command (`--today`), so that no golden file depends on the day it runs. */
export const TODAY = '2026-06-01';
export const ID = 'DIK-2026-0001';
export const FILE = `informasi/${ID}.md`;

type Rec = Record<string, any>;
type Plant = (dir: string) => void;

export interface GoldenCase {
  /** The catalogue code this case shows; its golden files are golden/<code>.<lang>.txt. */
  code: string;
  /** A second input for the same code, kept because its output is worth pinning: golden/<code>.<variant>.<lang>.txt. */
  variant?: string;
  /** What is wrong with the input, in one line. */
  what: string;
  plant: Plant;
  /** The command, run in the archive (`--today` and `--lang` are added). Default: validate. */
  args?: string[];
}

// ---------------------------------------------------------------------------------------------
// Inputs

/** An item in force with nothing to say about it (golden.test.ts checks that it validates clean). */
export function inForce(): Rec {
  return {
    id: ID,
    status: 'ditetapkan',
    judul: 'Data kesehatan pegawai',
    unit: 'BKPSDM',
    pasal17: ['h2'],
    dasar_hukum: ['UU 14/2008 Pasal 17 huruf h angka 2'],
    uji_konsekuensi: {
      tanggal: '2026-02-02',
      dokumen: 'Rekam medis pemeriksaan berkala 2025',
      konsekuensi_dibuka: 'Membuka riwayat kesehatan pegawai.',
      konsekuensi_ditutup: 'Melindungi privasi pegawai.',
      peserta: [{ nama: 'Siti Aminah', jabatan: 'PPID Utama' }],
      persetujuan_pimpinan: { nama: 'Budi Santoso', jabatan: 'Bupati Uji', tanggal: '2026-02-10' },
    },
    jangka_waktu: { mulai: '2026-02-16', tahun: 5 },
    cakupan: 'seluruh',
    didaftarkan: '2026-02-02',
    penetapan: {
      nomor: '000.7/1/PPID/2026',
      tanggal: '2026-02-16',
      tempat: 'Uji',
      pejabat: { nama: 'Siti Aminah', jabatan: 'PPID Utama', unit_kerja: 'Dinas Komunikasi dan Informatika' },
      persetujuan_pimpinan: { nama: 'Budi Santoso', jabatan: 'Bupati Uji', tanggal: '2026-02-14' },
    },
  };
}

/** A proposed item (SOP step 1): no determination yet. */
export function proposed(): Rec {
  const r = inForce();
  r.status = 'diusulkan';
  delete r.penetapan;
  return r;
}

/** The item in force, opened on 4 May 2026 on a Komisi Informasi decision, approved by the head. */
export function opened(): Rec {
  const r = inForce();
  r.status = 'dibuka';
  r.pembukaan = {
    tanggal: '2026-05-04',
    alasan: 'putusan-komisi-informasi',
    dasar: 'Putusan Komisi Informasi Provinsi Nomor 12/KIP/2026',
    persetujuan_pimpinan: { nama: 'Budi Santoso', jabatan: 'Bupati Uji', tanggal: '2026-04-30' },
  };
  return r;
}

const LETTER = `lampiran/${ID}/surat-persetujuan.pdf`;

/** Opened on the written consent of the one person the item is about, the letter attached. */
export function consented(): Rec {
  const r = opened();
  r.pembukaan.alasan = 'persetujuan-tertulis';
  delete r.pembukaan.dasar;
  r.pembukaan.persetujuan_tertulis = { nama: 'Ahmad Fauzi', tanggal: '2026-04-28', keperluan: 'Klaim asuransi kesehatan', satu_orang: true };
  r.lampiran = [{ jenis: 'persetujuan-tertulis', berkas: LETTER }];
  return r;
}

export const PDF = '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n';

export function recordText(data: unknown, body = '\nIsi.\n'): string {
  return `---\n${stringify(data, { lineWidth: 0 })}---\n${body}`;
}

function put(dir: string, rel: string, content: string | Buffer): void {
  const p = join(dir, rel);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, content);
}

/** `from` replaced by `to` in `text`, which must hold it (a case never silently plants the good input). */
function sub(text: string, from: string | RegExp, to: string): string {
  const out = text.replace(from, to);
  if (out === text) throw new Error(`golden case: "${String(from)}" not found in the input`);
  return out;
}

/** Plants `make()` after `edit` as the record file (and whatever `also` plants besides). */
const rec =
  (edit: (r: Rec) => void, make: () => Rec = inForce, also?: Plant): Plant =>
  (dir) => {
    const r = make();
    edit(r);
    put(dir, FILE, recordText(r));
    also?.(dir);
  };

/** Plants the text of `make()`'s record file after `edit`, for mistakes the YAML itself holds. */
const text =
  (edit: (t: string) => string, make: () => Rec = inForce): Plant =>
  (dir) =>
    put(dir, FILE, edit(recordText(make())));

/** Edits ppid.yaml (as `ppid init` wrote it). */
const config =
  (edit: (t: string) => string): Plant =>
  (dir) =>
    put(dir, 'ppid.yaml', edit(readFileSync(join(dir, 'ppid.yaml'), 'utf8')));

/** An ed25519 public key line whose 32 key bytes are all `fill`: the right shape, no real key behind it. */
function sshKey(fill: number, type = 'ssh-ed25519'): string {
  const field = (b: Buffer) => Buffer.concat([Buffer.from([0, 0, 0, b.length]), b]);
  return `${type} ${Buffer.concat([field(Buffer.from('ssh-ed25519')), field(Buffer.alloc(32, fill))]).toString('base64')} uji`;
}

/** Commits what was planted so far: roles and settings count only once committed (issue 22). */
const commitAll: Plant = (dir) => {
  for (const args of [
    ['add', '-A'],
    ['-c', 'user.name=Uji', '-c', 'user.email=uji@uji.go.id', 'commit', '-qm', 'pengaturan'],
  ])
    // Dated when the archive was made, before the steps the cases date (a trail's time runs forward).
    execFileSync('git', args, { cwd: dir, env: { ...process.env, GIT_AUTHOR_DATE: ARCHIVE_BORN, GIT_COMMITTER_DATE: ARCHIVE_BORN } });
};
/** Takes `rel` out of the archive as an officer might by hand: `git rm` and a commit of its own. */
const removeCommitted =
  (rel: string): Plant =>
  (dir) => {
    execFileSync('git', ['rm', '-q', '--', rel], { cwd: dir });
    execFileSync('git', ['-c', 'user.name=Uji', '-c', 'user.email=uji@uji.go.id', 'commit', '-qm', 'hapus'], { cwd: dir });
  };
const file =
  (rel: string, content: string | Buffer = PDF): Plant =>
  (dir) =>
    put(dir, rel, content);
const both =
  (...plants: Plant[]): Plant =>
  (dir) =>
    plants.forEach((p) => p(dir));
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** A record with one attachment `lampiran/ID/scan.pdf` (entry `extra`), the file planted by `plantFile`. */
const attached = (extra: Rec, plantFile: Plant | null = file(`lampiran/${ID}/scan.pdf`)): Plant =>
  rec((r) => (r.lampiran = [{ jenis: 'dokumen', berkas: `lampiran/${ID}/scan.pdf`, ...extra }]), inForce, plantFile ?? undefined);

/** A workbook from test/fixtures/import (made with exceljs: hidden rows and columns, formula errors). */
const fixture = (name: string): Buffer => readFileSync(join(import.meta.dirname, '..', 'fixtures', 'import', name));

// Spreadsheets for `ppid import`, as CSV the way Excel writes it in an Indonesian locale.
const SHEET = 'dik.csv';
const HEAD = 'No;Informasi;Dasar Hukum;Dibuka;Ditutup;Jangka Waktu';
const ROW = [
  '1',
  'Data kesehatan pegawai',
  'Pasal 17 huruf h angka 2 UU 14/2008',
  'Membuka riwayat kesehatan pegawai.',
  'Melindungi privasi pegawai.',
  '5 tahun',
];
/** A five-column sheet whose one data row has cell `col` (0-based) replaced by `value`. */
const rowWith = (col: number, value: string): string => ROW.map((c, i) => (i === col ? value : c)).join(';');
const sheet = (...lines: string[]): Plant => file(SHEET, lines.join('\r\n') + '\r\n');
/** Import, trying only: the unit and the test date given, so that only the planted mistake speaks. */
const IMPORT = ['import', SHEET, '--dry-run', '--unit', 'BKPSDM', '--tanggal-uji', '2026-02-02'];

/** ppid's own register (`ppid export`) read back: one row, `cells` over the good ones. */
const REGISTER_HEAD = [
  'ID',
  'Status',
  'Informasi',
  'Unit Kerja',
  'Kode Pasal 17',
  'Dasar Hukum Pengecualian',
  'Tanggal Uji Konsekuensi',
  'Konsekuensi Bila Dibuka',
  'Konsekuensi Bila Ditutup',
  'Cakupan',
  'Mulai',
  'Tahun',
];
const REGISTER_ROW = [
  'DIK-2026-0007',
  'diusulkan',
  'Data rekening gaji pegawai',
  'BKPSDM',
  'h3',
  'UU 14/2008 Pasal 17 huruf h angka 3',
  '2026-02-02',
  'Membuka data keuangan pribadi.',
  'Melindungi privasi pegawai.',
  'seluruh',
  '2026-02-16',
  '5',
];
const registerRow = (cells: Record<string, string>): string[] => REGISTER_HEAD.map((h, i) => cells[h] ?? REGISTER_ROW[i]!);
const register = (cells: Record<string, string>): Plant =>
  file('register.csv', [REGISTER_HEAD, registerRow(cells)].map((r) => r.join(',')).join('\r\n') + '\r\n');
/** The register cells of the item in force (`inForce()`), as `ppid export` writes them, `cells` over them. */
const inForceRow = (cells: Record<string, string>): Record<string, string> => ({
  ID,
  Status: 'ditetapkan',
  Informasi: 'Data kesehatan pegawai',
  'Kode Pasal 17': 'h2',
  'Dasar Hukum Pengecualian': 'UU 14/2008 Pasal 17 huruf h angka 2',
  'Konsekuensi Bila Dibuka': 'Membuka riwayat kesehatan pegawai.',
  'Konsekuensi Bila Ditutup': 'Melindungi privasi pegawai.',
  ...cells,
});
const IMPORT_REGISTER = ['import', 'register.csv', '--dry-run'];

/** A good proposal for `ppid add --from`. */
const PROPOSAL = stringify({ ...proposed(), id: undefined, status: undefined, didaftarkan: undefined });

// ---------------------------------------------------------------------------------------------
// The cases, in the catalogue's order.

export const CASES: GoldenCase[] = [
  // A step done without its role, where ppid.yaml says to warn and go on.
  {
    code: 'peran-tidak-sesuai',
    what: 'ppid add by an official whose only role is tim-pertimbangan (ppid.yaml: peran_tidak_sesuai: peringatan)',
    plant: both(
      config((t) => sub(sub(t, '      - petugas-teknis\n', '      - tim-pertimbangan\n'), /^versi: 2$/m, 'versi: 2\nperan_tidak_sesuai: peringatan')),
      commitAll,
      file('butir.yaml', PROPOSAL),
    ),
    args: ['add', '--from', 'butir.yaml'],
  },
  {
    code: 'pelaku-tidak-dikenal',
    what: 'ppid add by someone ppid.yaml does not list (ppid.yaml: peran_tidak_sesuai: peringatan)',
    plant: both(
      config((t) => sub(sub(t, 'email: petugas@uji.go.id', 'email: orang-lain@uji.go.id'), /^versi: 2$/m, 'versi: 2\nperan_tidak_sesuai: peringatan')),
      commitAll,
      file('butir.yaml', PROPOSAL),
    ),
    args: ['add', '--from', 'butir.yaml'],
  },
  // Files the archive reads.
  { code: 'berkas-hilang', what: 'import of a spreadsheet that is not there', plant: () => undefined, args: ['import', 'tidak-ada.csv', '--dry-run'] },
  {
    code: 'berkas-symlink',
    what: 'the record is a symbolic link to a file outside the archive',
    plant: (dir) => {
      put(join(dir, '..'), 'luar/rahasia.md', recordText(inForce()));
      symlinkSync(join(dir, '..', 'luar', 'rahasia.md'), join(dir, FILE));
    },
  },
  { code: 'bukan-berkas', what: 'a folder where the record should be', plant: file(`${FILE}/isi.txt`, 'bukan catatan\n') },
  { code: 'berkas-terlalu-besar', what: 'a 2.5 MB record', plant: rec((r) => (r.catatan = 'x'.repeat(2.5 * 1024 * 1024))) },
  {
    code: 'bukan-utf8',
    what: 'a title saved as Windows-1252 (é as byte 0xE9)',
    plant: (dir) => put(dir, FILE, Buffer.from(sub(recordText(inForce()), 'Data kesehatan pegawai', 'Data kesehatan pegawai café'), 'latin1')),
  },
  {
    code: 'berkas-asing',
    what: 'a scanned letter kept in informasi/',
    plant: both(
      rec(() => undefined),
      file('informasi/surat.pdf'),
    ),
  },
  { code: 'record-kosong', what: 'an empty record file', plant: file(FILE, '') },
  { code: 'front-matter-tidak-ada', what: 'the record starts with its keys, without "---"', plant: text((t) => sub(t, /^---\n/, '')) },
  { code: 'front-matter-tidak-ditutup', what: 'the closing "---" is missing', plant: text((t) => sub(t, /---\n\nIsi\.\n$/, '\nIsi.\n')) },
  { code: 'front-matter-kosong', what: 'only a comment between the "---" lines', plant: file(FILE, '---\n# diisi nanti\n---\n\nIsi.\n') },
  { code: 'front-matter-bukan-peta', what: 'the front matter is a list', plant: file(FILE, '---\n- Data kesehatan pegawai\n- BKPSDM\n---\n\nIsi.\n') },

  // YAML.
  { code: 'yaml-kunci-ganda', what: 'judul written twice', plant: text((t) => sub(t, 'unit: BKPSDM\n', 'unit: BKPSDM\njudul: Data kesehatan PNS\n')) },
  { code: 'yaml-indentasi', what: 'the last key of jangka_waktu indented one space too few', plant: text((t) => sub(t, '  tahun: 5\n', ' tahun: 5\n')) },
  {
    code: 'yaml-indentasi',
    variant: 'kutip-tidak-ditutup',
    what: 'a quote opened in a consequence text and never closed (said at the last line)',
    plant: text((t) => sub(t, 'konsekuensi_dibuka: Membuka', 'konsekuensi_dibuka: "Membuka')),
  },
  {
    code: 'yaml-kunci-multibaris',
    what: 'a consequence text wrapped over lines, a ":" on the last',
    plant: text((t) =>
      sub(
        t,
        '  konsekuensi_dibuka: Membuka riwayat kesehatan pegawai.\n',
        '  konsekuensi_dibuka: Membuka riwayat kesehatan\n  pegawai beserta diagnosis\n  dan pengobatannya: rekam medis.\n',
      ),
    ),
  },
  {
    code: 'yaml-kunci-multibaris',
    variant: 'titik-dua-hilang',
    what: 'a key without its ":" (the hint speaks of quoting a ":")',
    plant: text((t) => sub(t, '  dokumen: Rekam', '  dokumen Rekam')),
  },
  { code: 'yaml-tab', what: 'a tab to indent a key (one tab, eight problems)', plant: text((t) => sub(t, '  dokumen:', '\tdokumen:')) },
  {
    code: 'yaml-alias-berlebihan',
    what: 'a YAML alias bomb in a note',
    plant: text((t) =>
      sub(
        t,
        'cakupan: seluruh\n',
        'cakupan: seluruh\ncatatan_bom:\n  a: &a [x, x, x, x, x, x, x, x, x]\n  b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n  c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n  d: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n',
      ),
    ),
  },

  // Spreadsheet cells (ppid import).
  {
    code: 'impor-pasal17-tidak-dikenal',
    what: 'the legal basis names point 9 of letter h, which has five',
    plant: sheet(HEAD, rowWith(2, 'Pasal 17 huruf h angka 2 dan 9 UU 14/2008')),
    args: IMPORT,
  },
  {
    code: 'impor-dasar-hukum-tak-terbaca',
    what: 'the legal basis names no Pasal 17 letter and no statute',
    plant: sheet(HEAD, rowWith(2, 'Rahasia jabatan')),
    args: IMPORT,
  },
  {
    code: 'impor-dasar-hukum-kosong',
    what: 'an item row with its legal-basis cell empty (or a dash)',
    plant: sheet(HEAD, rowWith(2, '-')),
    args: IMPORT,
  },
  {
    code: 'impor-pasal17-berbeda',
    what: 'a Pasal 17 column saying "e" beside a legal basis citing letter b',
    plant: sheet(
      'No;Informasi;Pasal 17;Dasar Hukum;Dibuka;Ditutup;Jangka Waktu',
      '1;Data harga penawaran;e;Pasal 17 huruf b UU 14/2008;Membuka harga.;Menjaga persaingan.;2 tahun',
    ),
    args: IMPORT,
  },
  {
    code: 'impor-pasal17-huruf-tidak-ada',
    what: 'a numbered legal basis naming UU 14/2008 and another statute, but no Pasal 17 letter',
    plant: sheet(HEAD, rowWith(2, '"a. Undang-Undang 14 Tahun 2008 tentang KIP; b. PP 60/2008 tentang SPIP"')),
    args: IMPORT,
  },
  {
    code: 'impor-dasar-hukum-uu-lain',
    what: 'a legal basis naming only another statute (might be letter j: the officer must say so)',
    plant: sheet(HEAD, rowWith(2, 'UU No 43 Tahun 1999 tentang Pokok-Pokok Kepegawaian')),
    args: IMPORT,
  },
  {
    code: 'impor-beda-dari-arsip',
    what: 'a DIK imported again with one period changed: the item stays as it is, and the difference is said',
    plant: both(
      rec((r) => (r.unit = 'Badan Kepegawaian dan Pengembangan SDM')),
      sheet(HEAD, rowWith(5, '7 tahun')),
    ),
    args: IMPORT,
  },
  {
    code: 'impor-tanpa-butir',
    what: 'a DIK header with only a unit row and a total under it',
    plant: sheet(HEAD, 'Badan Kepegawaian;;;;;', ';JUMLAH;;;;0 informasi'),
    args: IMPORT,
  },
  {
    code: 'impor-konsekuensi-rujukan',
    what: 'a consequence cell saying only "idem" (as the row above)',
    plant: sheet(HEAD, rowWith(4, 'idem')),
    args: IMPORT,
  },
  {
    code: 'impor-butir-terlalu-besar',
    what: 'a title cell pasted over and over, past the 2 MB an item may hold',
    plant: sheet(HEAD, rowWith(1, 'Data kesehatan pegawai '.repeat(100_000))),
    args: IMPORT,
  },
  {
    code: 'impor-baris-ganda',
    what: 'the same information of the same unit on two rows of one file, with different periods',
    plant: sheet(HEAD, rowWith(5, '5 tahun'), rowWith(5, 'Dibuka setelah mendapatkan persetujuan tertulis dari yang bersangkutan')),
    args: IMPORT,
  },
  {
    code: 'impor-dasar-hukum-bukan-uu',
    what: 'a legal basis naming only a regulation below a law (letter j needs an Undang-Undang, so it is not suggested)',
    plant: sheet(HEAD, rowWith(2, 'Perki 1/2021 tentang Standar Layanan Informasi Publik')),
    args: IMPORT,
  },
  {
    code: 'impor-huruf-dari-kelompok',
    what: 'a Pasal 17 category row naming its letter gives it to the row below, whose basis names none',
    plant: sheet(
      HEAD,
      'I;Informasi yang dapat menghambat proses penegakan hukum (Pasal 17 huruf a);;;;',
      rowWith(2, 'UU No 43 Tahun 1999 tentang Pokok-Pokok Kepegawaian'),
    ),
    args: IMPORT,
  },
  {
    code: 'impor-jangka-waktu-bukan-jangka',
    what: 'the period "Selama Jangka Waktu Tertentu"',
    plant: sheet(HEAD, rowWith(5, 'Selama Jangka Waktu Tertentu')),
    args: IMPORT,
  },
  {
    code: 'impor-jangka-waktu-ganda',
    what: 'three alternative periods in one cell',
    plant: sheet(
      HEAD,
      rowWith(5, '"1. Tidak terbatas, kecuali atas perintah pengadilan\n2. Atas persetujuan yang bersangkutan\n3. Sampai proses pengaduan selesai"'),
    ),
    args: IMPORT,
  },
  { code: 'impor-jangka-waktu-kosong', what: 'the period cell is empty', plant: sheet(HEAD, rowWith(5, '')), args: IMPORT },
  { code: 'impor-jangka-waktu-tak-terbaca', what: 'the period "sementara waktu"', plant: sheet(HEAD, rowWith(5, 'sementara waktu')), args: IMPORT },
  { code: 'impor-tanggal-tak-sah', what: 'a period until 31 February', plant: sheet(HEAD, rowWith(5, 'sampai 31 Februari 2030')), args: IMPORT },
  {
    code: 'impor-tinjau-ulang-diisi',
    what: 'a period until an event, which a sheet gives no review date for',
    plant: sheet(HEAD, rowWith(5, 'hingga putusan berkekuatan hukum tetap')),
    args: IMPORT,
  },
  {
    code: 'impor-mulai-tak-terbaca',
    what: 'a period "5 tahun sejak 16 Februari": a start date without its year',
    plant: sheet(HEAD, rowWith(5, '5 tahun sejak 16 Februari')),
    args: IMPORT,
  },
  { code: 'impor-judul-kosong', what: 'a row without its information (title)', plant: sheet(HEAD, rowWith(1, '')), args: IMPORT },
  {
    code: 'impor-unit-kosong',
    what: 'no unit column, heading row or --unit',
    plant: sheet(HEAD, ROW.join(';')),
    args: ['import', SHEET, '--dry-run', '--tanggal-uji', '2026-02-02'],
  },
  {
    code: 'impor-unit-tidak-dikenal',
    what: 'a unit heading row naming a unit ppid.yaml lacks',
    plant: sheet(HEAD, 'Dinas Pariwisata;;;;;', ROW.join(';')),
    args: ['import', SHEET, '--dry-run', '--tanggal-uji', '2026-02-02'],
  },
  { code: 'impor-konsekuensi-kosong', what: 'the Ditutup cell is empty', plant: sheet(HEAD, rowWith(4, '')), args: IMPORT },
  {
    code: 'impor-tanpa-uji-konsekuensi',
    what: 'the older layout, without the Dibuka and Ditutup columns',
    plant: sheet(
      'No;Satker;Jenis Informasi;Dasar Hukum;Batas Waktu;Keterangan',
      '1;BKPSDM;Data kesehatan pegawai;Pasal 17 huruf h angka 2 UU 14/2008;5 tahun;',
    ),
    args: IMPORT,
  },
  {
    code: 'impor-xlsx-rusak',
    what: 'a .xlsx file that is not a workbook',
    plant: file('dik.xlsx', 'bukan buku kerja\n'),
    args: ['import', 'dik.xlsx', '--dry-run'],
  },
  {
    code: 'impor-xlsx-rusak',
    variant: 'xls-lama',
    what: 'an Excel 97–2003 .xls saved with the .xlsx extension',
    plant: file('dik.xlsx', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])),
    args: ['import', 'dik.xlsx', '--dry-run'],
  },
  {
    code: 'impor-xlsx-rusak',
    variant: 'zip-terpotong',
    what: 'a .xlsx cut short (a zip without its directory)',
    plant: file('dik.xlsx', Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(60)])),
    args: ['import', 'dik.xlsx', '--dry-run'],
  },
  {
    code: 'impor-docx-rusak',
    what: 'a .docx file that is not a Word document, not even a zip',
    plant: file('lampiran.docx', 'bukan dokumen Word\n'),
    args: ['import', 'lampiran.docx', '--dry-run'],
  },
  {
    code: 'impor-docx-rusak',
    variant: 'doc-lama',
    what: 'a Word 97–2003 .doc saved with the .docx extension',
    plant: file('lampiran.docx', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])),
    args: ['import', 'lampiran.docx', '--dry-run'],
  },
  { code: 'impor-bukan-angka', what: 'the register\u2019s Tahun cell says "lima"', plant: register({ Tahun: 'lima' }), args: IMPORT_REGISTER },
  { code: 'impor-status-dilewati', what: 'a register row of an opened item', plant: register({ Status: 'dibuka' }), args: IMPORT_REGISTER },
  {
    code: 'impor-status-diubah',
    what: 'a register row of a clarified item comes back as proposed',
    plant: register({ Status: 'diklarifikasi' }),
    args: IMPORT_REGISTER,
  },
  {
    code: 'impor-id-diganti',
    what: 'a register row whose id is taken by a record file that cannot be read: registered with a new id, said',
    plant: both(file('informasi/DIK-2026-0009.md', 'bukan catatan\n'), register({ ID: 'DIK-2026-0009' })),
    args: IMPORT_REGISTER,
  },
  {
    code: 'impor-id-butir-lain',
    what: 'a register row naming an item of the archive whose title and most cells differ: maybe another item, never guessed',
    plant: both(
      rec(() => undefined),
      register({
        ID,
        'Tanggal Uji Konsekuensi': '2025-12-01',
        'Konsekuensi Bila Ditutup': 'Menjaga kerahasiaan rekening.',
        Mulai: '2025-12-15',
        Tahun: '3',
      }),
    ),
    args: IMPORT_REGISTER,
  },
  {
    code: 'impor-kolom-tidak-dibaca',
    what: 'a register row of an item in force whose Didaftarkan cell was changed (recorded at registration, not read)',
    plant: both(
      rec(() => undefined),
      file(
        'register.csv',
        [
          [...REGISTER_HEAD, 'Didaftarkan'],
          [...registerRow(inForceRow({})), '2026-03-01'],
        ]
          .map((r) => r.join(','))
          .join('\r\n') + '\r\n',
      ),
    ),
    args: IMPORT_REGISTER,
  },
  {
    code: 'impor-status-bukan-koreksi',
    what: 'a register row of an item in force whose Status cell says opened (a status is a step\u2019s, not a correction\u2019s)',
    plant: both(
      rec(() => undefined),
      register(inForceRow({ Status: 'dibuka' })),
    ),
    args: IMPORT_REGISTER,
  },
  {
    code: 'impor-id-ganda',
    what: 'two register rows correcting the same item',
    plant: both(
      rec(() => undefined),
      file(
        'register.csv',
        [
          REGISTER_HEAD,
          registerRow(inForceRow({ Informasi: 'Data kesehatan pegawai ASN' })),
          registerRow(inForceRow({ Informasi: 'Data kesehatan seluruh pegawai' })),
        ]
          .map((r) => r.join(','))
          .join('\r\n') + '\r\n',
      ),
    ),
    args: IMPORT_REGISTER,
  },
  {
    code: 'impor-ubah-tidak-boleh',
    what: 'a register row of an item in force that changes its Pasal 17 code (a correction may not; reclassify does)',
    plant: both(
      rec(() => undefined),
      register(inForceRow({ 'Kode Pasal 17': 'h3', 'Dasar Hukum Pengecualian': 'UU 14/2008 Pasal 17 huruf h angka 3' })),
    ),
    args: IMPORT_REGISTER,
  },
  {
    code: 'lampiran-tidak-terenkripsi',
    what: 'an attachment recorded as encrypted is a plain PDF',
    plant: attached({ sha256: sha256(PDF), ukuran: Buffer.byteLength(PDF), terenkripsi: true }),
  },
  {
    code: 'impor-baris-tersembunyi',
    what: 'an .xlsx whose row 3 (a withdrawn item) is hidden in Excel',
    plant: file('dik.xlsx', fixture('dik-tersembunyi.xlsx')),
    args: ['import', 'dik.xlsx', '--dry-run', '--unit', 'BKPSDM', '--tanggal-uji', '2026-02-02'],
  },
  {
    code: 'impor-kolom-tersembunyi',
    what: 'an .xlsx whose column G "Catatan lama", read as keterangan, is hidden in Excel',
    plant: file('dik.xlsx', fixture('dik-tersembunyi.xlsx')),
    args: ['import', 'dik.xlsx', '--dry-run', '--unit', 'BKPSDM', '--tanggal-uji', '2026-02-02'],
  },
  {
    code: 'impor-sel-galat-rumus',
    what: 'an .xlsx whose legal-basis cell shows the formula error #REF!',
    plant: file('dik.xlsx', fixture('dik-galat-rumus.xlsx')),
    args: ['import', 'dik.xlsx', '--dry-run', '--unit', 'BKPSDM', '--tanggal-uji', '2026-02-02'],
  },
  { code: 'impor-csv-rusak', what: 'a quote opened in a cell and never closed', plant: sheet(HEAD, rowWith(1, '"Data kesehatan pegawai')), args: IMPORT },
  {
    code: 'impor-tanggal-uji-diisi',
    what: 'import without --tanggal-uji: the test date is not in the sheet',
    plant: sheet(HEAD, ROW.join(';')),
    args: ['import', SHEET, '--dry-run', '--unit', 'BKPSDM'],
  },
  {
    code: 'yaml-rusak',
    what: 'a title in Markdown backquotes',
    plant: text((t) => sub(t, 'judul: Data kesehatan pegawai', 'judul: `Data kesehatan pegawai`')),
  },

  // The schema.
  { code: 'sebagian-tanpa-bagian', what: 'partly exempt, the parts not named', plant: rec((r) => (r.cakupan = 'sebagian')) },
  {
    code: 'sebagian-tanpa-salinan-disamarkan',
    what: 'partly exempt: the original attached, the blacked-out copy not',
    plant: rec(
      (r) => {
        r.cakupan = 'sebagian';
        r.bagian_dikecualikan = ['Diagnosis dan riwayat pengobatan'];
        r.lampiran = [{ jenis: 'dokumen', berkas: `lampiran/${ID}/rekam-medis.pdf` }];
      },
      inForce,
      file(`lampiran/${ID}/rekam-medis.pdf`),
    ),
  },
  { code: 'status-butuh-blok', what: 'status ditetapkan without the penetapan block', plant: rec((r) => delete r.penetapan) },
  { code: 'penetapan-unsur-kurang', what: 'a determination without its number', plant: rec((r) => delete r.penetapan.nomor) },
  { code: 'skema-wajib', what: 'a record without judul', plant: rec((r) => delete r.judul) },
  {
    code: 'penetapan-unsur-kurang',
    variant: 'register',
    what: 'a register row in force whose decree lacks the head\u2019s approval: the record\u2019s key and the register\u2019s column both named',
    plant: file(
      'register.csv',
      [
        [...REGISTER_HEAD, 'Nomor Penetapan', 'Tanggal Penetapan', 'Tempat Penetapan', 'Pejabat PPID', 'Jabatan Pejabat PPID'],
        [...registerRow({ Status: 'ditetapkan' }), '800/9/2026', '2026-02-16', 'Uji', 'Siti Aminah', 'PPID Utama'],
      ]
        .map((r) => r.join(','))
        .join('\r\n') + '\r\n',
    ),
    args: IMPORT_REGISTER,
  },
  { code: 'skema-kunci-asing', what: 'judul_publik misspelt', plant: rec((r) => (r.judul_pubik = 'Data kesehatan')) },
  { code: 'skema-tipe', what: 'a length in words', plant: rec((r) => (r.jangka_waktu.tahun = 'lima')) },
  {
    code: 'skema-tipe',
    variant: 'add-from',
    what: 'the same length in words in a file for ppid add --from (said on stderr)',
    plant: file(
      'butir.yaml',
      stringify({ ...proposed(), id: undefined, status: undefined, didaftarkan: undefined, jangka_waktu: { mulai: '2026-02-16', tahun: 'lima' } }),
    ),
    args: ['add', '--from', 'butir.yaml'],
  },
  { code: 'pasal17-tidak-dikenal', what: 'Pasal 17 code h6 (letter h has five points)', plant: rec((r) => (r.pasal17 = ['h6'])) },
  { code: 'skema-enum', what: 'cakupan "semua"', plant: rec((r) => (r.cakupan = 'semua')) },
  {
    code: 'skema-const',
    what: 'an attachment marked terenkripsi: false',
    plant: attached({ sha256: sha256(PDF), ukuran: Buffer.byteLength(PDF), terenkripsi: false }),
  },
  { code: 'tanggal-tidak-valid', what: 'a test on 30 February', plant: rec((r) => (r.uji_konsekuensi.tanggal = '2026-02-30')) },
  {
    code: 'skema-format',
    what: 'an official\u2019s e-mail without "@" in ppid.yaml',
    plant: config((t) => sub(t, '    jabatan: PPID Utama\n', '    jabatan: PPID Utama\n    email: siti.aminah.ujikab.go.id\n')),
  },
  {
    code: 'skema-format',
    variant: 'list',
    what: 'the same ppid.yaml refused by a report (said on stderr)',
    plant: config((t) => sub(t, '    jabatan: PPID Utama\n', '    jabatan: PPID Utama\n    email: siti.aminah.ujikab.go.id\n')),
    args: ['list'],
  },
  {
    code: 'skema-pola',
    what: 'an id without the four-digit number',
    plant: (dir) => put(dir, 'informasi/DIK-2026-1.md', recordText({ ...inForce(), id: 'DIK-2026-1' })),
  },
  { code: 'skema-daftar-kosong', what: 'an empty legal basis', plant: rec((r) => (r.dasar_hukum = [])) },
  { code: 'skema-teks-kosong', what: 'a title of one dash', plant: rec((r) => (r.judul = '-')) },
  { code: 'skema-ganda', what: 'the same Pasal 17 code twice', plant: rec((r) => (r.pasal17 = ['h2', 'h2'])) },
  { code: 'skema-rentang', what: 'a negative retention', plant: rec((r) => (r.arsip = { retensi: { tahun: -5, nasib: 'musnah' } })) },
  {
    code: 'jalur-di-luar-arsip',
    what: 'ppid.yaml names a calendar outside the archive (it is never read, so never quoted)',
    plant: config((t) => sub(t, /^kalender: .*$/m, 'kalender: ../../../../etc/passwd')),
  },
  { code: 'kalender-tidak-ada', what: 'the calendar ppid.yaml names was deleted', plant: (dir) => rmSync(join(dir, 'kalender.yaml')) },
  {
    code: 'kunci-ssh-rusak',
    what: 'an official\u2019s SSH key whose blob is an ed25519 key written as ssh-rsa',
    plant: config((t) => sub(t, '    jabatan: PPID Utama\n', `    jabatan: PPID Utama\n    kunci_ssh: ${sshKey(7, 'ssh-rsa')}\n`)),
  },
  {
    code: 'surel-ganda',
    what: 'the petugas\u2019s e-mail recorded again for the PPID Utama',
    plant: config((t) => sub(t, '    jabatan: PPID Utama\n', '    jabatan: PPID Utama\n    email: petugas@uji.go.id\n')),
  },
  {
    code: 'kunci-ssh-ganda',
    what: 'the same SSH key for the PPID Utama and the petugas',
    plant: config((t) =>
      sub(
        sub(t, '    jabatan: PPID Utama\n', `    jabatan: PPID Utama\n    kunci_ssh: ${sshKey(7)}\n`),
        '    email: petugas@uji.go.id\n',
        `    email: petugas@uji.go.id\n    kunci_ssh: ${sshKey(7)}\n`,
      ),
    ),
  },

  // The period.
  { code: 'periode-kosong', what: 'a period holding only its original wording', plant: rec((r) => (r.jangka_waktu = { keterangan: 'lima tahun' })) },
  {
    code: 'periode-ganda',
    what: 'until an event and until a date at once',
    plant: rec((r) => (r.jangka_waktu = { hingga: 'putusan berkekuatan hukum tetap', sampai: '2030-12-31' })),
  },
  {
    code: 'periode-kunci-asing',
    what: 'a start date on a period until consent',
    plant: rec((r) => (r.jangka_waktu = { hingga_persetujuan: true, mulai: '2026-02-16' })),
  },
  {
    code: 'periode-tanpa-tinjau-ulang',
    what: 'until an event, without a review date',
    plant: rec((r) => (r.jangka_waktu = { hingga: 'putusan berkekuatan hukum tetap' })),
  },
  { code: 'periode-kurang', what: 'a start date without a length', plant: rec((r) => (r.jangka_waktu = { mulai: '2026-02-16' })) },
  {
    code: 'periode-a-f-permanen',
    what: 'letter a exempted without end',
    plant: rec((r) => {
      r.pasal17 = ['a1'];
      r.dasar_hukum = ['UU 14/2008 Pasal 17 huruf a angka 1'];
      r.jangka_waktu = { tanpa_batas: true, tinjau_ulang: '2030-02-16' };
    }),
  },
  {
    code: 'periode-tanpa-batas',
    what: 'letter h without end, a review date set',
    plant: rec((r) => (r.jangka_waktu = { tanpa_batas: true, tinjau_ulang: '2030-02-16' })),
  },
  {
    code: 'periode-tanpa-batas-tanpa-tinjau',
    what: 'letter h without end and without a review date',
    plant: rec((r) => (r.jangka_waktu = { tanpa_batas: true })),
  },
  {
    code: 'periode-persetujuan-bukan-gh',
    what: 'letter a until written consent',
    plant: rec((r) => {
      r.pasal17 = ['a2'];
      r.dasar_hukum = ['UU 14/2008 Pasal 17 huruf a angka 2'];
      r.jangka_waktu = { hingga_persetujuan: true };
    }),
  },
  {
    code: 'periode-melebihi-maksimum',
    what: 'letter a for 31 years',
    plant: rec((r) => {
      r.pasal17 = ['a1'];
      r.dasar_hukum = ['UU 14/2008 Pasal 17 huruf a angka 1'];
      r.jangka_waktu.tahun = 31;
    }),
  },
  {
    code: 'periode-melebihi-maksimum-sejak',
    what: 'letter a reclassified after 14 years for 20 more',
    plant: rec((r) => {
      r.pasal17 = ['a1'];
      r.dasar_hukum = ['UU 14/2008 Pasal 17 huruf a angka 1'];
      r.jangka_waktu = { mulai: '2026-02-16', tahun: 20 };
      r.riwayat_klasifikasi = [
        {
          pasal17: ['a1'],
          dasar_hukum: ['UU 14/2008 Pasal 17 huruf a angka 1'],
          jangka_waktu: { mulai: '2012-02-16', tahun: 15 },
          uji_konsekuensi_tanggal: '2012-02-01',
          penetapan_tanggal: '2012-02-16',
          diganti: '2026-02-16',
        },
      ];
    }),
  },
  {
    code: 'periode-tinjau-melebihi-maksimum',
    what: 'letter a until an event, reviewed 30 years on',
    plant: rec((r) => {
      r.pasal17 = ['a2'];
      r.dasar_hukum = ['UU 14/2008 Pasal 17 huruf a angka 2'];
      r.jangka_waktu = { hingga: 'putusan berkekuatan hukum tetap', tinjau_ulang: '2056-02-16' };
    }),
  },
  { code: 'periode-nol', what: 'a length of 0 years', plant: rec((r) => (r.jangka_waktu.tahun = 0)) },
  {
    code: 'periode-sampai-sebelum-uji',
    what: 'a proposal exempt up to a day before its test',
    plant: rec((r) => (r.jangka_waktu = { sampai: '2026-01-31' }), proposed),
  },
  { code: 'tanggal-melewati-9999', what: 'exempt up to 31 December 9999', plant: rec((r) => (r.jangka_waktu = { sampai: '9999-12-31' })) },
  {
    code: 'periode-tanpa-mulai',
    what: 'an item in force: a length, no start, no determination date',
    plant: rec((r) => {
      r.jangka_waktu = { tahun: 5 };
      delete r.penetapan.tanggal;
    }),
  },
  { code: 'periode-sama-retensi', what: 'the period equals the archive retention', plant: rec((r) => (r.arsip = { retensi: { tahun: 5, nasib: 'musnah' } })) },

  // The letters of Pasal 17.
  {
    code: 'pasal17j-tanpa-undang-undang',
    what: 'letter j citing only UU 14/2008',
    plant: rec((r) => {
      r.pasal17 = ['j'];
      r.dasar_hukum = ['UU 14/2008 Pasal 17 huruf j'];
    }),
  },
  {
    code: 'jangka-waktu-menurut-undang-undang',
    what: 'letter i citing no statute for its period',
    plant: rec((r) => {
      r.pasal17 = ['i'];
      r.dasar_hukum = ['UU 14/2008 Pasal 17 huruf i'];
    }),
  },
  {
    code: 'jangka-waktu-bukan-pimpinan-tertinggi',
    what: 'letter e approved by the regional secretary, not the Bupati',
    plant: rec((r) => {
      r.pasal17 = ['e4'];
      r.dasar_hukum = ['UU 14/2008 Pasal 17 huruf e angka 4'];
      r.penetapan.persetujuan_pimpinan = { nama: 'Rahmat Hidayat', jabatan: 'Sekretaris Daerah', tanggal: '2026-02-14' };
    }),
  },
  {
    code: 'pasal18-tidak-dapat-dikecualikan',
    what: 'a court decision exempted',
    plant: rec((r) => (r.judul = 'Salinan putusan pengadilan perkara disiplin pegawai')),
  },
  { code: 'unit-tidak-dikenal', what: 'a unit ppid.yaml does not list', plant: rec((r) => (r.unit = 'Dinas Pariwisata')) },

  // The order of events.
  { code: 'penetapan-sebelum-uji', what: 'determined before the test', plant: rec((r) => (r.penetapan.tanggal = '2026-01-30')) },
  {
    code: 'persetujuan-setelah-penetapan',
    what: 'the head approved the day after the determination',
    plant: rec((r) => (r.penetapan.persetujuan_pimpinan.tanggal = '2026-02-17')),
  },
  {
    code: 'persetujuan-sebelum-uji',
    what: 'the head approved the determination before the test',
    plant: rec((r) => (r.penetapan.persetujuan_pimpinan.tanggal = '2026-02-01')),
  },
  { code: 'urutan-langkah', what: 'clarified (step 2) before the test (step 1)', plant: rec((r) => (r.klarifikasi = { tanggal: '2026-01-20' })) },
  {
    code: 'urutan-langkah',
    variant: 'pertimbangan',
    what: 'the team\u2019s opinion dated after the decree, as the quick start wrote it before the rule',
    plant: rec((r) => {
      r.klarifikasi = { tanggal: '2026-02-03' };
      r.pertimbangan = { rekomendasi: 'setuju', nomor: '01/TP-PPID/2026', tanggal: '2026-02-20' };
    }),
  },
  {
    code: 'persetujuan-uji-sebelum-uji',
    what: 'the head approved the test before it was held',
    plant: rec((r) => (r.uji_konsekuensi.persetujuan_pimpinan.tanggal = '2026-02-01')),
  },
  {
    code: 'penetapan-setelah-berakhir',
    what: 'determined on 16 February, exempt up to 15 February',
    plant: rec((r) => (r.jangka_waktu = { sampai: '2026-02-15' })),
  },
  {
    code: 'reklasifikasi-setelah-terbuka',
    what: 'reclassified after the old period had ended',
    plant: rec(
      (r) =>
        (r.riwayat_klasifikasi = [
          {
            pasal17: ['h2'],
            dasar_hukum: ['UU 14/2008 Pasal 17 huruf h angka 2'],
            jangka_waktu: { sampai: '2026-02-10' },
            uji_konsekuensi_tanggal: '2025-05-02',
            penetapan_tanggal: '2025-06-02',
            diganti: '2026-02-16',
          },
        ]),
    ),
  },
  {
    code: 'reklasifikasi-bercelah',
    what: 'the new period starts four days after the old one ended',
    plant: rec((r) => {
      r.jangka_waktu = { mulai: '2026-03-05', tahun: 5 };
      r.riwayat_klasifikasi = [
        {
          pasal17: ['h2'],
          dasar_hukum: ['UU 14/2008 Pasal 17 huruf h angka 2'],
          jangka_waktu: { sampai: '2026-02-28' },
          uji_konsekuensi_tanggal: '2025-05-02',
          penetapan_tanggal: '2025-06-02',
          diganti: '2026-02-16',
        },
      ];
    }),
  },
  {
    code: 'riwayat-diganti-sebelum-penetapan',
    what: 'an old classification replaced the day before it was determined',
    plant: rec(
      (r) =>
        (r.riwayat_klasifikasi = [
          {
            pasal17: ['h2'],
            dasar_hukum: ['UU 14/2008 Pasal 17 huruf h angka 2'],
            jangka_waktu: { sampai: '2026-02-28' },
            uji_konsekuensi_tanggal: '2025-05-02',
            penetapan_tanggal: '2025-06-02',
            diganti: '2025-06-01',
          },
        ]),
    ),
  },

  // Openings.
  {
    code: 'pembukaan-sebelum-penetapan',
    what: 'opened before the determination',
    plant: rec((r) => {
      r.pembukaan.tanggal = '2026-02-12';
      r.pembukaan.persetujuan_pimpinan.tanggal = '2026-02-11';
    }, opened),
  },
  { code: 'pembukaan-tanpa-persetujuan', what: 'opened without the head\u2019s approval', plant: rec((r) => delete r.pembukaan.persetujuan_pimpinan, opened) },
  {
    code: 'persetujuan-pembukaan-sebelum-penetapan',
    what: 'the opening approved on the day of the determination',
    plant: rec((r) => (r.pembukaan.persetujuan_pimpinan.tanggal = '2026-02-16'), opened),
  },
  {
    code: 'persetujuan-pembukaan-setelah-pembukaan',
    what: 'the opening approved the day after it',
    plant: rec((r) => (r.pembukaan.persetujuan_pimpinan.tanggal = '2026-05-05'), opened),
  },
  {
    code: 'alasan-pembukaan-bukan-huruf',
    what: 'letter h opened as "opened in an open court session"',
    plant: rec((r) => {
      r.pembukaan.alasan = 'sidang-terbuka';
      r.pembukaan.dasar = 'Sidang PN Uji 20 April 2026';
    }, opened),
  },
  {
    code: 'demi-hukum-tidak-sesuai',
    what: 'public by law recorded on 4 May, the period ended on 30 April',
    plant: rec((r) => {
      r.jangka_waktu = { sampai: '2026-04-30' };
      r.pembukaan = { tanggal: '2026-05-04', alasan: 'jangka-waktu-berakhir', demi_hukum: true };
    }, opened),
  },
  {
    code: 'pembukaan-setelah-terbuka-demi-hukum',
    what: 'opened on 4 May, exempt up to 30 April',
    plant: rec((r) => (r.jangka_waktu = { sampai: '2026-04-30' }), opened),
  },
  { code: 'pembukaan-tanpa-dasar', what: 'opened on a Komisi Informasi decision, the decision not named', plant: rec((r) => delete r.pembukaan.dasar, opened) },
  {
    code: 'pembukaan-tanpa-akhir',
    what: '"the period ended" for a period until an event',
    plant: rec((r) => {
      r.jangka_waktu = { hingga: 'putusan berkekuatan hukum tetap', tinjau_ulang: '2027-02-16' };
      r.pembukaan.alasan = 'jangka-waktu-berakhir';
      delete r.pembukaan.dasar;
    }, opened),
  },
  {
    code: 'pembukaan-terlalu-dini',
    what: '"the period ended" nine months before a one-year period ends',
    plant: rec((r) => {
      r.jangka_waktu.tahun = 1;
      r.pembukaan.alasan = 'jangka-waktu-berakhir';
      delete r.pembukaan.dasar;
    }, opened),
  },
  {
    code: 'pembukaan-jendela-tanpa-kalender',
    what: '"the period ended" long before 2031, a year without a holiday calendar',
    plant: rec((r) => {
      r.pembukaan.alasan = 'jangka-waktu-berakhir';
      delete r.pembukaan.dasar;
    }, opened),
  },
  {
    code: 'persetujuan-tertulis-tanpa-pemberi',
    what: 'opened on written consent, nobody named',
    plant: rec((r) => delete r.pembukaan.persetujuan_tertulis, consented, file(LETTER)),
  },
  {
    code: 'persetujuan-tertulis-banyak-orang',
    what: 'written consent, satu_orang: false',
    plant: rec((r) => (r.pembukaan.persetujuan_tertulis.satu_orang = false), consented, file(LETTER)),
  },
  {
    code: 'persetujuan-tertulis-setelah-pembukaan',
    what: 'the consent letter dated after the opening',
    plant: rec((r) => (r.pembukaan.persetujuan_tertulis.tanggal = '2026-05-05'), consented, file(LETTER)),
  },
  { code: 'persetujuan-tertulis-tanpa-surat', what: 'opened on written consent, the letter not attached', plant: rec((r) => delete r.lampiran, consented) },

  // Texts, determinations, today.
  {
    code: 'teks-karakter-kendali',
    what: 'a title pasted with a terminal colour code (ESC)',
    plant: rec((r) => (r.judul = 'Data kesehatan \u001b[31mpegawai')),
  },
  { code: 'uji-unsur-kurang', what: 'an item in force whose test names no tested document', plant: rec((r) => delete r.uji_konsekuensi.dokumen) },
  {
    code: 'penetapan-tanpa-unit-kerja',
    what: 'no work unit for the PPID official, in the record or in ppid.yaml',
    plant: both(
      rec((r) => delete r.penetapan.pejabat.unit_kerja),
      config((t) => sub(t, /\nppid:\n  unit_kerja: .*\n/, '\n')),
    ),
  },
  { code: 'tanggal-masa-depan', what: 'a proposal registered after today', plant: rec((r) => (r.didaftarkan = '2026-06-15'), proposed) },
  {
    code: 'pernah-dibuka',
    what: 'the same information exempted again after it was opened',
    plant: (dir) => {
      put(dir, FILE, recordText(opened()));
      // Exempted again on 18 May under a new id, on a test of 11 May.
      const again = inForce();
      again.id = 'DIK-2026-0002';
      again.uji_konsekuensi.tanggal = '2026-05-11';
      again.uji_konsekuensi.persetujuan_pimpinan.tanggal = '2026-05-13';
      again.jangka_waktu.mulai = '2026-05-18';
      Object.assign(again.penetapan, { nomor: '000.7/9/PPID/2026', tanggal: '2026-05-18' });
      again.penetapan.persetujuan_pimpinan.tanggal = '2026-05-15';
      put(dir, 'informasi/DIK-2026-0002.md', recordText(again));
    },
  },
  { code: 'arsip-versi-lama', what: 'ppid.yaml of format 1', plant: config((t) => sub(t, /^versi: 2$/m, 'versi: 1')) },
  {
    code: 'berakhir-tidak-cocok',
    what: 'the clarified first public day a day off',
    plant: rec((r) => (r.klarifikasi = { tanggal: '2026-02-05', berakhir: '2031-02-17' })),
  },

  // Attachments and ids.
  {
    code: 'lampiran-di-luar-arsip',
    what: 'an attachment path climbing out of the archive',
    plant: rec((r) => (r.lampiran = [{ jenis: 'dokumen', berkas: 'lampiran/../../rahasia.pdf' }])),
  },
  {
    code: 'lampiran-bukan-miliknya',
    what: 'an attachment entry pointing at another item\u2019s scan',
    plant: rec((r) => (r.lampiran = [{ jenis: 'dokumen', berkas: 'lampiran/DIK-2026-0099/scan.pdf' }]), inForce, file('lampiran/DIK-2026-0099/scan.pdf')),
  },
  { code: 'lampiran-tidak-ada', what: 'an attachment that is not there', plant: attached({}, null) },
  {
    code: 'lampiran-berubah',
    what: 'an attachment whose content changed since it was attached',
    plant: attached({ sha256: sha256('isi yang lain'), ukuran: Buffer.byteLength(PDF) }),
  },
  { code: 'lampiran-bukan-berkas', what: 'an attachment path that is a folder', plant: attached({}, file(`lampiran/${ID}/scan.pdf/halaman-1.pdf`)) },
  {
    code: 'id-tidak-cocok-nama-berkas',
    what: 'a record copied to a new file, its id kept',
    plant: (dir) => put(dir, 'informasi/DIK-2026-0002.md', recordText(inForce())),
  },
  {
    code: 'id-ganda',
    what: 'two files holding the same id',
    plant: (dir) => {
      put(dir, FILE, recordText(inForce()));
      put(dir, 'informasi/DIK-2026-0002.md', recordText({ ...inForce(), judul: 'Data rekening gaji pegawai' }));
    },
  },
  {
    code: 'id-pernah-dipakai',
    what: 'ppid add --from naming the id of an item whose file was taken out by hand (git rm, committed)',
    plant: both(
      rec(() => undefined),
      commitAll,
      removeCommitted(FILE),
      file('butir.yaml', `${PROPOSAL}id: ${ID}\n`),
    ),
    args: ['add', '--from', 'butir.yaml'],
  },
];

/** Codes no small input can show through a command, and why. */
export const UNREACHABLE: Record<string, string> = {
  'skema-lain':
    'the fallback for a JSON Schema keyword without a code of its own; the record, ppid.yaml and calendar schemas use none (only type, enum, const, format, pattern, minItems, minLength, uniqueItems, minimum, maximum, required, additionalProperties and combinators)',
};
