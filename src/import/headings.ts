/**
 * Reading a DIK table's header by what its headings mean, not by their exact words: offices
 * write "Jenis Informasi yang Dikecualikan", "Uraian Informasi", "Alasan / Dasar Hukum
 * Pengecualian", "Masa Pengecualian"… in any order, over one or two rows, below a title block.
 * A small vocabulary of heading words per field decides; a heading that groups two columns
 * ("Konsekuensi", "Alasan Dikecualikan") takes its halves from the row below it.
 */
import type { ImportField } from './layouts.js';

/** A heading as compared: lower case, letters only, single spaces (line breaks and dots gone). */
export function normaliseHeading(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim();
}

/** A heading groups the consequence columns; its halves are named in the row below. */
export type HeadingMeaning = ImportField | 'konsekuensi';

const has = (h: string, ...words: string[]) => words.some((w) => ` ${h} `.includes(` ${w} `));

/**
 * Words of headings that say something about the information — an official ("Penanggung Jawab
 * Informasi", "Pejabat yang Menguasai Informasi"), a place ("Lokasi Penyimpanan"), a source, a
 * code, a date, a secrecy class — and so never name the information or its content. A heading
 * that also names a unit ("Pejabat / Unit yang Menguasai Informasi") is the unit: that rule comes first.
 */
const ABOUT_THE_INFORMATION = [
  'penanggung jawab',
  'penanggungjawab',
  'pejabat',
  'pengelola',
  'menguasai',
  'dikuasai',
  'pengolah',
  'pemilik',
  'pembuat',
  'penerbit',
  'sumber',
  'lokasi',
  'penyimpanan',
  'kode',
  'tanggal',
  'tahun',
  'sifat',
  'status',
];

/** Words that name the information itself, stronger than a word about it beside them. */
const NAMES_THE_INFORMATION = ['judul', 'esensi', 'uraian', 'konten', 'jenis informasi', 'isi informasi', 'rincian informasi'];

/** Headings are short; a longer cell is data ("Jika dibuka dapat mengganggu …"), never a heading. */
const MAX_HEADING_WORDS = 9;

/**
 * What one heading cell means, or undefined. The order matters: "Dasar Hukum Pengecualian
 * (Informasi)" is the legal basis though it says "informasi"; "Alasan Dikecualikan" groups the
 * consequences though "Jenis Informasi yang Dikecualikan" is the information.
 */
export function meaningOf(cell: string): HeadingMeaning | undefined {
  const h = normaliseHeading(cell);
  if (!h || h.split(' ').length > MAX_HEADING_WORDS) return undefined;
  if (/^(no|nomor|no urut|nomor urut)$/.test(h)) return 'no';
  if (has(h, 'dasar hukum', 'landasan hukum')) return 'dasar_hukum';
  // "Pasal 17 UU KIP", "Klasifikasi Informasi (Pasal 17)": the letter in a column of its own, read with the legal basis.
  if (has(h, 'pasal')) return 'pasal17';
  // An archive's retention ("Jangka Waktu Penyimpanan", "Masa Retensi") is no exemption period.
  if (has(h, 'penyimpanan', 'retensi') && !has(h, 'pengecualian', 'dikecualikan')) return undefined;
  if (has(h, 'jangka waktu', 'batas waktu', 'masa pengecualian', 'lama pengecualian', 'waktu pengecualian')) return 'jangka_waktu';
  const dibuka = has(h, 'dibuka', 'terbuka');
  const ditutup = has(h, 'ditutup', 'tertutup');
  if (dibuka !== ditutup) return dibuka ? 'dibuka' : 'ditutup';
  if (has(h, 'konsekuensi', 'pertimbangan', 'akibat', 'uji konsekuensi', 'alasan dikecualikan', 'alasan pengecualian')) return 'konsekuensi';
  if (has(h, 'keterangan', 'catatan', 'ket')) return 'keterangan';
  // Columns a DIK may carry beside its fields ("Bentuk Informasi", "Waktu dan Tempat Pembuatan"): not the information.
  if (has(h, 'bentuk', 'format', 'media', 'tempat', 'pembuatan', 'penerbitan') && !has(h, ...NAMES_THE_INFORMATION)) return undefined;
  if (has(h, 'satker', 'satuan kerja', 'unit', 'perangkat daerah', 'opd', 'skpd', 'penguasaan')) return 'unit';
  // "Divisi", "Bagian / Fakultas": a unit's kind alone heads the unit column; "Fakultas Hukum", "Bidang Akademik" name one, in the data.
  if (/^(?:(?:divisi|bagian|fakultas|instansi|jurusan|bidang|biro)\s?)+$/.test(h)) return 'unit';
  // Who holds or answers for the information, where it is kept, what it is coded or dated: about it, not it.
  // A heading that names the information itself keeps it ("Judul Informasi (Tahun Pembuatan)").
  if (has(h, ...ABOUT_THE_INFORMATION) && !has(h, ...NAMES_THE_INFORMATION)) return undefined;
  if (has(h, 'konten', 'isi informasi', 'rincian informasi')) return 'konten';
  if (has(h, 'informasi', 'judul', 'esensi', 'uraian')) return 'judul';
  return undefined;
}

export type Columns = Partial<Record<ImportField, number>>;

export interface HeaderReading {
  /** 0-based first and last header row. */
  start: number;
  end: number;
  columns: Columns;
}

/** The fields one header row names, each at its first column; a consequence group is kept aside. */
function readRow(row: readonly string[]): { columns: Columns; groups: number[] } {
  const columns: Columns = {};
  const groups: number[] = [];
  row.forEach((cell, c) => {
    let m = meaningOf(cell);
    // A second information column beside the first ("Judul Informasi" | "Uraian Informasi") is its detail.
    if (m === 'judul' && columns.judul !== undefined && columns.konten === undefined) m = 'konten';
    if (m === 'konsekuensi') groups.push(c);
    else if (m !== undefined && columns[m] === undefined) columns[m] = c;
  });
  // A table whose only legal basis is its Pasal 17 column reads that column as the basis.
  if (columns.pasal17 !== undefined && columns.dasar_hukum === undefined) [columns.dasar_hukum, columns.pasal17] = [columns.pasal17, undefined];
  if (columns.pasal17 === undefined) delete columns.pasal17;
  return { columns, groups };
}

/**
 * The row below a header read as its second row, when it is one: it names a field the first
 * did not (the halves of a group, esensi + konten), and under every column the first row named
 * it holds nothing, the same heading again (a CSV repeats a merged cell), or another heading —
 * never data.
 */
function subRow(top: readonly string[], below: readonly string[] | undefined, first: Columns): Columns | undefined {
  if (!below) return undefined;
  const sub = readRow(below).columns;
  const adds = (Object.keys(sub) as ImportField[]).some((f) => first[f] === undefined);
  if (!adds) return undefined;
  const width = Math.max(top.length, below.length);
  for (let c = 0; c < width; c++) {
    const cell = (below[c] ?? '').trim();
    if (!cell || meaningOf(cell) !== undefined) continue;
    if (normaliseHeading(cell) === normaliseHeading(top[c] ?? '')) continue;
    // An unknown cell under an unknown heading is an extra column, not data; under a known one it is data.
    if (meaningOf(top[c] ?? '') !== undefined || Object.values(first).includes(c)) return undefined;
  }
  return sub;
}

/**
 * The header rows at row r: its own fields, with a second row's below it where the second row is a
 * header too. A field named in the second row takes its column there (the halves under a group,
 * "Esensi | Konten" under "Informasi"); the first row's other fields stay.
 */
function headerRowsAt(rows: ReadonlyArray<readonly string[]>, r: number): HeaderReading {
  const top = rows[r] ?? [];
  const { columns: first, groups } = readRow(top);
  // A title block's line ("KLASIFIKASI INFORMASI YANG DIKECUALIKAN") names one thing at most: a header names several.
  if (Object.keys(first).length + groups.length < 2) return { start: r, end: r, columns: first };
  const sub = subRow(top, rows[r + 1], first);
  if (!sub) return { start: r, end: r, columns: loneReason(top, groups, first) };
  const columns: Columns = { ...first };
  for (const [f, c] of Object.entries(sub) as Array<[ImportField, number]>) {
    // The second row's heading is the more precise one for its column.
    for (const [g, d] of Object.entries(columns) as Array<[ImportField, number]>) if (d === c && g !== f) delete columns[g];
    columns[f] = c;
  }
  return { start: r, end: r + 1, columns: loneReason(top, groups, columns) };
}

/**
 * "Alasan Pengecualian" (or "Alasan Dikecualikan") with no Dibuka | Ditutup under it is one
 * column, not the consequence group: the reason an item is exempted is in law its legal basis,
 * the Pasal 17 letter (UU 14/2008 Pasal 17; PP 61/2010 Pasal 4(2) "alasan pengecualian"). So it
 * is read as the legal basis when the table has no other, each row then checked for its letter;
 * beside a legal-basis column it is left unread (and said), never taken for half a consequence test.
 * A group over its halves spans them (merged, or repeated in a CSV), and keeps its meaning.
 */
function loneReason(top: readonly string[], groups: readonly number[], columns: Columns): Columns {
  if (columns.dasar_hukum !== undefined) return columns;
  const read = new Set(Object.values(columns));
  for (const c of groups) {
    if (read.has(c)) continue;
    const next = normaliseHeading(top[c + 1] ?? '');
    // A group spans the cells to its right: empty (merged in Excel) or the same heading again (a CSV).
    const spans = c + 1 < top.length && (next === '' || next === normaliseHeading(top[c]!));
    if (!spans && has(normaliseHeading(top[c]!), 'alasan')) return { ...columns, dasar_hukum: c };
  }
  return columns;
}

/** The header at row r as headerRowsAt reads it, with the information column settled and a row of column numbers below taken in. */
export function readHeaderAt(rows: ReadonlyArray<readonly string[]>, r: number): HeaderReading {
  const h = headerRowsAt(rows, r);
  // "Ringkasan Isi Informasi" alone is the information itself, not the detail of another column.
  if (h.columns.judul === undefined && h.columns.konten !== undefined) {
    h.columns.judul = h.columns.konten;
    delete h.columns.konten;
  }
  // Many tables number their columns under the header — "(1) (2) (3) …": part of the header, not an item.
  const next = (rows[h.end + 1] ?? []).filter((c) => c.trim() !== '');
  if (next.length >= 3 && next.every((c) => /^\(?\d{1,2}\)?$/.test(c.trim()))) h.end += 1;
  return h;
}

/** The fields without which rows cannot be read as DIK items. */
export const REQUIRED_FIELDS: readonly ImportField[] = ['judul', 'dasar_hukum', 'jangka_waktu'];

/** How far down a title block may push the header. */
export const HEADER_SEARCH_ROWS = 20;

/** The first header in the top rows naming every required field, else the row that named most (for the message). */
export function findHeader(rows: ReadonlyArray<readonly string[]>): { found?: HeaderReading; best?: HeaderReading } {
  let best: HeaderReading | undefined;
  for (let r = 0; r < Math.min(rows.length, HEADER_SEARCH_ROWS); r++) {
    const h = readHeaderAt(rows, r);
    if (REQUIRED_FIELDS.every((f) => h.columns[f] !== undefined)) return { found: h };
    if (!best || Object.keys(h.columns).length > Object.keys(best.columns).length) best = h;
  }
  return best && Object.keys(best.columns).length > 0 ? { best } : {};
}

/**
 * The header's columns that no field is read from, each with its heading ("Penanggung Jawab
 * Informasi", "Tempat Penyimpanan"): said beside the mapping, so a column left out is seen.
 */
export function unreadHeadings(rows: ReadonlyArray<readonly string[]>, start: number, end: number, columns: Columns): Array<{ c: number; heading: string }> {
  const read = new Set(Object.values(columns));
  const width = Math.max(0, ...rows.slice(start, end + 1).map((r) => r.length));
  const out: Array<{ c: number; heading: string }> = [];
  for (let c = 0; c < width; c++) {
    if (read.has(c)) continue;
    const texts = rows.slice(start, end + 1).map((r) => (r[c] ?? '').replace(/\s+/g, ' ').trim());
    // The lower row names the column; a row of column numbers "(4)" names nothing.
    const heading = texts.filter((t) => t && !/^\(?\d{1,2}\)?$/.test(t)).at(-1);
    if (heading) out.push({ c, heading });
  }
  return out;
}
