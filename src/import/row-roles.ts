/**
 * What each data row of a DIK table is, read from its cells as an officer would read them: an
 * item, a heading over items, a unit, the rest of the item above (a cell carried on, or merged
 * down), or what closes the table (a total, notes, the place, date and signature). Only items
 * become records; the rest is counted in the import's summary.
 */
import { unitByText } from '../domain/units.js';
import type { Config } from '../domain/config.js';
import { CONTENT, type ImportField } from './layouts.js';
import { closingLines } from './table-end.js';

/** The unit a cell names: its code, its name, or the start of its name ("Badan Kepegawaian"). */
export function unitNamed(config: Config, text: string): string | undefined {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/^([a-z]|[ivx]+|\d+)[.)]\s+/, '')
    .replace(/\s+/g, ' ');
  if (!t) return undefined;
  const exact = unitByText(config, t);
  if (exact) return exact.nama;
  const starts = config.unit.filter((x) => x.nama.toLowerCase().startsWith(t));
  return starts.length === 1 ? starts[0]!.nama : undefined;
}

/**
 * What a data row is: an item, a heading over items (a Pasal 17 category or a numbered group), a
 * unit, the rest of the item above, part of what closes the table (a total, notes, the signature),
 * or the column headings repeated (Word repeats them on each page; tables pasted from two pages do).
 */
export type RowRole = 'butir' | 'kelompok' | 'unit' | 'lanjutan' | 'penutup' | 'judul-ulang';

export interface Line {
  r: number;
  row: readonly string[];
  cells: Record<ImportField, string>;
  filled: string[];
  /** The row's own number as written ("1.a", "II", "3."), without its closing dot or bracket. */
  nomor: string;
  /** Fields whose text is a cell merged down from the row above (Excel's merge, Word's vMerge). */
  merged: ReadonlySet<ImportField>;
  /** Whether every filled cell of the row is such a merge: the row adds nothing of its own. */
  onlyMerged: boolean;
  /** The letters a Pasal 17 column and the legal-basis cell name, when they differ. */
  disagree?: { kolom: string; dasar: string };
  role?: RowRole;
}

export const ROMAN = /^(?=[ivxl]+$)l?x{0,3}(ix|iv|v?i{0,3})$/i;
/** "Informasi yang dapat menghambat …", "Pasal 17 huruf a": a heading by UU 14/2008's categories. */
export const CATEGORY = /pasal\s*17|\bhuruf\s+[a-j]\b|^informasi\s+yang\s+(dapat|apabila|jika|bila|bersifat|berkaitan|terkait|mengenai)\b/i;

/** "1.a" and "1.1" are under "1"; "a" and "a." are under any number; anything numbered is under a Roman "II". */
export function isUnder(parent: string, child: string): boolean {
  if (!parent || !child || parent.toLowerCase() === child.toLowerCase()) return false;
  if (ROMAN.test(parent) && !ROMAN.test(child)) return true;
  if (new RegExp(`^${parent.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*[.)\\-/ ]\\s*\\w`, 'i').test(child)) return true;
  return /^\d+$/.test(parent) && /^[a-z]$/i.test(child);
}

/** An item's number and title merged down over the rows below make them more of that item (its other bases, consequences). */
function continuesItem(l: Line, prev: Line | undefined): boolean {
  if (prev?.r !== l.r - 1 || (prev.role !== 'butir' && prev.role !== 'lanjutan')) return false;
  if (l.onlyMerged) return true;
  const own = (f: ImportField) => l.cells[f] !== '' && !l.merged.has(f);
  return l.merged.has('judul') && !own('no') && !own('konten');
}

interface RoleContext {
  lines: readonly Line[];
  config: Config;
  present: readonly ImportField[];
  /** A unit given for rows without one (`--unit`): a known unit is in force from the first row. */
  defaultUnit?: string;
  /** The rows that close the table (totals, notes, the signature): no item is under a heading after them. */
  closing: ReadonlySet<number>;
}

function roleOf(ctx: RoleContext, i: number): RowRole {
  const { lines, present } = ctx;
  const l = lines[i]!;
  if (continuesItem(l, lines[i - 1]) || continuesTitle(l, lines[i - 1])) return 'lanjutan';
  // A heading merged down two rows heads once.
  if (l.onlyMerged) return 'lanjutan';
  const hasContent = CONTENT.some((f) => l.cells[f]);
  if (hasContent) {
    // Cells spilling onto the next row (a long basis or consequence) belong to the item above, never to a new one.
    const some = CONTENT.filter((f) => l.cells[f]).length < present.length;
    const prev = lines[i - 1];
    if (!l.cells.judul && !l.nomor && some && prev?.r === l.r - 1 && (prev.role === 'butir' || prev.role === 'lanjutan')) return 'lanjutan';
    return sharesBasis(l, lines[i + 1]) ? 'kelompok' : 'butir';
  }
  if (l.filled.length === 1) {
    const { marker, rest } = headingMarker(l.filled[0]!);
    const named = headingRole(ctx, i, rest, marker);
    if (named) return named;
    // A plain or numbered heading with no item under it is an item not yet filled in: refused for its empty cells, never lost.
    if (!itemFollows(lines, i, ctx.closing)) return knownUnitInForce(ctx, i) || marker ? 'butir' : 'unit';
    return marker || knownUnitInForce(ctx, i) ? 'kelompok' : 'unit';
  }
  const title = l.cells.judul;
  if (!title) return 'butir';
  const next = lines[i + 1];
  const role = headingRole(ctx, i, title, l.nomor);
  if (role) return role;
  if ((ROMAN.test(l.nomor) && itemFollows(lines, i, ctx.closing)) || (next && isUnder(l.nomor, next.nomor))) return 'kelompok';
  // "1 | Dokumen / berkas PNS" with its number merged down over its first item: a heading over it.
  if (l.nomor && next?.merged.has('no') && next.nomor === l.nomor && next.cells.judul !== title) return 'kelompok';
  return 'butir';
}

/** Whether an item's row comes under a heading before the next heading row or the end (titles with something tested). */
function itemFollows(lines: readonly Line[], i: number, closing: ReadonlySet<number>): boolean {
  for (let k = i + 1; k < lines.length; k++) {
    const l = lines[k]!;
    if (closing.has(k)) return false;
    if (CONTENT.some((f) => l.cells[f])) return !!l.cells.judul || !!l.nomor;
    if (l.filled.length === 1 || !l.cells.judul) return false;
  }
  return false;
}

/** "2 | Data Keuangan Pribadi Pejabat | Pasal 17 huruf h angka 3" over "2.a", "2.b": a heading whose legal basis its items share. */
function sharesBasis(l: Line, next: Line | undefined): boolean {
  return !!l.cells.judul && !l.cells.dibuka && !l.cells.ditutup && !l.cells.jangka_waktu && !!next && isUnder(l.nomor, next.nomor);
}

/** Names that head a body's units ("Dinas Sosial", "Bagian Umum", "Fakultas Hukum"), whether ppid.yaml lists them or not. */
const UNIT_WORD =
  /^(dinas|badan|bagian|sekretariat|inspektorat|satuan|kantor|kecamatan|kelurahan|rsud|rumah\s+sakit|puskesmas|uptd?|biro|direktorat|fakultas|rektorat|lembaga|divisi|kepolisian|polres|polsek|dprd|sekretariat\s+dprd)\b/i;

/**
 * What a heading row is by its words and its number: a unit ppid knows or one named as a unit, a
 * Pasal 17 category, a lettered unit or subject group; undefined when its number must decide.
 */
function headingRole(ctx: RoleContext, i: number, text: string, marker: string): RowRole | undefined {
  if (unitNamed(ctx.config, text)) return 'unit';
  if (CATEGORY.test(text)) return 'kelompok';
  if (UNIT_WORD.test(text)) return 'unit';
  if (/^[A-Z]$/.test(marker)) return letteredRole(ctx.lines, i);
  return undefined;
}

/**
 * A heading that names no unit ppid knows nor by a unit's word ("Risalah rapat tertutup",
 * "(lanjutan)") is a group under the unit in force when that unit is known; with no known unit
 * above it is taken for a unit (said, for the officer to decide).
 */
function knownUnitInForce(ctx: RoleContext, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const l = ctx.lines[k]!;
    if (l.role === 'unit') return unitNamed(ctx.config, l.cells.judul || l.filled[0]!) !== undefined;
  }
  return ctx.defaultUnit !== undefined;
}

/**
 * A title that runs on from the row above ("dan data pasangan serta anak"): no number, no legal
 * basis, no period of its own, and it begins in lower case, as a sentence carried on does.
 */
function continuesTitle(l: Line, prev: Line | undefined): boolean {
  if (prev?.r !== l.r - 1 || (prev.role !== 'butir' && prev.role !== 'lanjutan')) return false;
  const carried = (t: string) => /^[a-z(,;&]/.test(t);
  // Consequences that start a sentence of their own ("Membuka …") make the row an item of its own, whatever its title.
  const ownSentences = (['dibuka', 'ditutup'] as const).some((f) => l.cells[f] && !l.merged.has(f) && !carried(l.cells[f]));
  return !l.nomor && !l.cells.dasar_hukum && !l.cells.jangka_waktu && carried(l.cells.judul) && !ownSentences;
}

/** Whether a unit heading is lettered ("A. Badan Kepegawaian", "A. | Bagian Hukum"). */
const lettered = (l: Line): boolean => /^[A-Z]$/.test(l.nomor) || (l.filled.length === 1 && /^[A-Z]$/.test(headingMarker(l.filled[0]!).marker));

/**
 * "A. Akademik" under a unit named without a letter ("REKTORAT") is a subject group of that unit;
 * "D. BAGIAN UMUM" after "C. BAGIAN ORGANISASI", or with no unit above, is a unit of its own.
 */
function letteredRole(lines: readonly Line[], i: number): RowRole {
  for (let k = i - 1; k >= 0; k--) if (lines[k]!.role === 'unit') return lettered(lines[k]!) ? 'unit' : 'kelompok';
  return 'unit';
}

/** A heading's own list number written in its cell ("II. Informasi …", "1. Dokumen …"), and the rest. */
export function headingMarker(text: string): { marker: string; rest: string } {
  const m = /^([a-z]|[ivxl]+|\d+)[.)]\s+/i.exec(text.trim());
  return m ? { marker: m[1]!, rest: text.trim().slice(m[0].length) } : { marker: '', rest: text.trim() };
}

const headingText = (t: string) =>
  t
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * The column headings again under the header: every filled cell is its column's heading, or the
 * row numbers the columns ("1 | 2 | 3 …", "(1) | (2) …") as the row under many headers does.
 */
export function repeatsHeader(row: readonly string[], header: ReadonlyArray<readonly string[]>): boolean {
  const filled = row.map((c, i) => [c.trim(), i] as const).filter(([c]) => c !== '');
  if (filled.length < 2) return false;
  if (filled.every(([c, i]) => c !== '' && header.some((h) => headingText(h[i] ?? '') === headingText(c)))) return true;
  const numbers = filled.map(([c]) => /^\(?(\d{1,2})\)?\.?$/.exec(c)?.[1]);
  return numbers.every((n, k) => n !== undefined && Number(n) === Number(numbers[0]) + k) && Number(numbers[0]) <= 2;
}

/** Assigns each line its role, the closing rows under the table first. */
export function assignRoles(
  lines: Line[],
  config: Config,
  present: readonly ImportField[],
  header: ReadonlyArray<readonly string[]>,
  defaultUnit?: string,
): void {
  const closing = closingLines(lines);
  const ctx: RoleContext = { lines, config, present, closing, ...(defaultUnit ? { defaultUnit } : {}) };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    l.role = closing.has(i) ? 'penutup' : repeatsHeader(l.row, header) ? 'judul-ulang' : roleOf(ctx, i);
  }
}
