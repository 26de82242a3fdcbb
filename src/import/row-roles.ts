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

function roleOf(lines: readonly Line[], i: number, config: Config, present: readonly ImportField[]): RowRole {
  const l = lines[i]!;
  if (continuesItem(l, lines[i - 1]) || continuesTitle(l, lines[i - 1])) return 'lanjutan';
  // A heading merged down two rows heads once.
  if (l.onlyMerged) return 'lanjutan';
  const hasContent = CONTENT.some((f) => l.cells[f]);
  if (hasContent) {
    // Cells spilling onto the next row (a long basis or consequence) belong to the item above, never to a new one.
    const some = CONTENT.filter((f) => l.cells[f]).length < present.length;
    const prev = lines[i - 1];
    return !l.cells.judul && !l.nomor && some && prev?.r === l.r - 1 && (prev.role === 'butir' || prev.role === 'lanjutan') ? 'lanjutan' : 'butir';
  }
  if (l.filled.length === 1) return oneCellRole(config, l.filled[0]!);
  const title = l.cells.judul;
  if (!title) return 'butir';
  // "1 | Inspektorat Daerah" over "1.1", "1.2": a unit of the archive heads its rows, numbered or not.
  if (unitNamed(config, title)) return 'unit';
  const next = lines[i + 1];
  if (ROMAN.test(l.nomor) || CATEGORY.test(title) || (next && isUnder(l.nomor, next.nomor))) return 'kelompok';
  // "1 | Dokumen / berkas PNS" with its number merged down over its first item: a heading over it.
  if (l.nomor && next?.merged.has('no') && next.nomor === l.nomor && next.cells.judul !== title) return 'kelompok';
  // "D. | BAGIAN UMUM": a capital letter heads a unit, known to ppid.yaml or not (said so).
  if (/^[A-Z]$/.test(l.nomor)) return 'unit';
  return 'butir';
}

/**
 * A title that runs on from the row above ("dan data pasangan serta anak"): no number, no legal
 * basis, no period of its own, and it begins in lower case, as a sentence carried on does.
 */
function continuesTitle(l: Line, prev: Line | undefined): boolean {
  if (prev?.r !== l.r - 1 || (prev.role !== 'butir' && prev.role !== 'lanjutan')) return false;
  return !l.nomor && !l.cells.dasar_hukum && !l.cells.jangka_waktu && /^[a-z(,;&]/.test(l.cells.judul);
}

/**
 * A heading in one cell across the table: a unit ppid knows, a Pasal 17 category, a numbered
 * group ("1. Dokumen / berkas PNS", "II. …"), or else a unit by its name ("Badan Kepegawaian",
 * "B. BAGIAN UMUM"), said when ppid.yaml does not list it.
 */
function oneCellRole(config: Config, text: string): RowRole {
  if (unitNamed(config, text)) return 'unit';
  const { marker, rest } = headingMarker(text);
  if (CATEGORY.test(rest)) return 'kelompok';
  return marker && !/^[A-Z]$/.test(marker) ? 'kelompok' : 'unit';
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
export function assignRoles(lines: Line[], config: Config, present: readonly ImportField[], header: ReadonlyArray<readonly string[]>): void {
  const closing = closingLines(lines);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    l.role = closing.has(i) ? 'penutup' : repeatsHeader(l.row, header) ? 'judul-ulang' : roleOf(lines, i, config, present);
  }
}
