/**
 * Recognising the DIK table layouts in use (docs/domain.md §8) in a sheet's rows: the 5-column
 * layout with the consequence split into Dibuka | Ditutup (often under a two-row header), and
 * the older No · Satker · Jenis Informasi · Dasar Hukum · Batas Waktu · Keterangan. Any other
 * layout is described by a map (`--map FILE.yaml`): which heading holds which field. ppid's own
 * register export is recognised too, so that an export can be imported again unchanged.
 */
import { READ_BACK_COLUMNS, REGISTER_COLUMNS, REGISTER_MARKERS } from '../export/register-columns.js';
import { findHeader, HEADER_SEARCH_ROWS, normaliseHeading, REQUIRED_FIELDS, type Columns, type HeaderReading } from './headings.js';

export { normaliseHeading } from './headings.js';

/** `konten`: the detailed content beside a short name ("Esensi Informasi" + "Konten Informasi"). */
export const IMPORT_FIELDS = ['no', 'judul', 'konten', 'unit', 'pasal17', 'dasar_hukum', 'dibuka', 'ditutup', 'jangka_waktu', 'keterangan'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** The cells an item's reading needs besides its title: a row with none of them is no item by itself. */
export const CONTENT: readonly ImportField[] = ['dasar_hukum', 'dibuka', 'ditutup', 'jangka_waktu'];

export type LayoutName = 'lima-kolom' | 'lama' | 'peta' | 'register';

export interface Layout {
  name: LayoutName;
  /** 0-based index of the first header row (a two-row header's upper one). */
  headerStart?: number;
  /** 0-based index of the last header row; data starts on the next. */
  headerEnd: number;
  /** 0-based column of each field found. */
  columns: Partial<Record<ImportField, number>>;
  /** ppid's own register (`ppid export`): 0-based column of each record path found. */
  paths?: Map<string, number>;
  /** The register's columns ppid writes and does not read back (computed, or a later step's), by heading: an edit there is said, not silently lost. */
  unread?: Map<string, number>;
  /** The register's status column: read to leave out items no longer exempted. */
  statusColumn?: number;
}

/** ppid's own export, recognised by its headings and read column by column. */
function registerLayout(row: readonly string[], r: number): Layout | undefined {
  const headings = row.map(normaliseHeading);
  if (!REGISTER_MARKERS.every((m) => headings.includes(normaliseHeading(m)))) return undefined;
  const paths = new Map<string, number>();
  for (const col of READ_BACK_COLUMNS) {
    const c = headings.indexOf(normaliseHeading(col.judul));
    if (c >= 0) paths.set(col.path!, c);
  }
  const at = (p: string) => paths.get(p);
  const unread = new Map<string, number>();
  for (const col of REGISTER_COLUMNS) {
    const c = headings.indexOf(normaliseHeading(col.judul));
    if (c >= 0 && !READ_BACK_COLUMNS.includes(col) && col.path !== 'id' && col.path !== 'status') unread.set(col.judul, c);
  }
  return {
    name: 'register',
    headerStart: r,
    headerEnd: r,
    paths,
    unread,
    ...(headings.includes('status') ? { statusColumn: headings.indexOf('status') } : {}),
    columns: {
      judul: at('judul'),
      unit: at('unit'),
      dasar_hukum: at('dasar_hukum'),
      dibuka: at('uji_konsekuensi.konsekuensi_dibuka'),
      ditutup: at('uji_konsekuensi.konsekuensi_ditutup'),
    },
  };
}

/** A header read as a layout: the 5-column DIK when it has the consequence test, else the older one. */
export function layoutOf(h: HeaderReading, name?: LayoutName): Layout {
  const tested = h.columns.dibuka !== undefined && h.columns.ditutup !== undefined;
  return { name: name ?? (tested ? 'lima-kolom' : 'lama'), headerStart: h.start, headerEnd: h.end, columns: h.columns };
}

/** Finds the header below any title block, by what its headings mean, or says none matched. */
export function detectLayout(rows: ReadonlyArray<readonly string[]>): Layout | undefined {
  for (let r = 0; r < Math.min(rows.length, HEADER_SEARCH_ROWS); r++) {
    const own = registerLayout(rows[r]!, r);
    if (own) return own;
  }
  const { found } = findHeader(rows);
  return found ? layoutOf(found) : undefined;
}

/** The header that named most fields though not every required one: what a map completes. */
export function partialLayout(rows: ReadonlyArray<readonly string[]>): Layout | undefined {
  const { best } = findHeader(rows);
  return best ? layoutOf(best) : undefined;
}

/** What the top rows say of a header that could not be read: the fields found (with their columns) and the required ones missing. */
export function headerShortfall(rows: ReadonlyArray<readonly string[]>): { found: Columns; missing: ImportField[] } {
  const { best } = findHeader(rows);
  const found = best?.columns ?? {};
  return { found, missing: REQUIRED_FIELDS.filter((f) => found[f] === undefined) };
}

/** A column letter as a map may give it ("E", "kolom E"), 0-based, or undefined. */
function letterColumn(value: string): number | undefined {
  const m = /^(?:kolom\s+)?([a-z]{1,3})$/i.exec(value.trim());
  if (!m) return undefined;
  return [...m[1]!.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** A map file's key: the field's own name, or the words the dry run's mapping line prints for it ("informasi", "jangka waktu"). */
const MAP_KEYS: Record<string, ImportField> = {
  ...Object.fromEntries(IMPORT_FIELDS.map((f) => [f.replace(/_/g, ' '), f])),
  nomor: 'no',
  informasi: 'judul',
  'judul informasi': 'judul',
  'konten informasi': 'konten',
  'dasar hukum': 'dasar_hukum',
  'konsekuensi dibuka': 'dibuka',
  'konsekuensi ditutup': 'ditutup',
  'jangka waktu': 'jangka_waktu',
};

export const mapField = (key: string): ImportField | undefined =>
  MAP_KEYS[
    key
      .trim()
      .toLowerCase()
      .replace(/[_\s]+/g, ' ')
  ];
export const MAP_KEY_NAMES: readonly string[] = IMPORT_FIELDS;

/** Where a map's heading (or column letter) is, searched in the header rows given: the column and the row it was found on. */
function locate(rows: ReadonlyArray<readonly string[]>, from: number, to: number, value: string): { c: number; r?: number } | undefined {
  const wanted = normaliseHeading(value);
  for (let r = from; r <= to; r++) {
    const c = wanted ? (rows[r] ?? []).findIndex((cell) => normaliseHeading(cell) === wanted) : -1;
    if (c >= 0) return { c, r };
  }
  const letter = letterColumn(value);
  // A letter names a column, not a header row; one past the table's last column names nothing.
  const width = rows.reduce((w, row) => Math.max(w, row.length), 0);
  return letter === undefined || letter >= width ? undefined : { c: letter };
}

/**
 * A map file's `kolom:` (field → heading as written, or a column letter) laid over the header
 * found: each field it names is taken from it (a sub-column of a two-row header too), the rest
 * stay as detected; an empty value drops a field. Without a header found, the map's headings
 * are looked for in the top rows (a heading in the row below the others makes a two-row header).
 */
export function layoutFromMap(
  rows: ReadonlyArray<readonly string[]>,
  kolom: Partial<Record<ImportField, string | null>>,
  headerRow?: number,
  detected?: Layout,
): Layout | { missing: string[] } {
  const wanted = Object.entries(kolom).filter(([, v]) => typeof v === 'string' && v.trim() !== '') as Array<[ImportField, string]>;
  const dropped = Object.entries(kolom)
    .filter(([, v]) => v === null || (typeof v === 'string' && v.trim() === ''))
    .map(([f]) => f);
  const base = detected && detected.name !== 'register' && headerRow === undefined ? detected : undefined;
  const candidates =
    headerRow !== undefined ? [headerRow - 1] : base ? [base.headerStart ?? base.headerEnd] : rows.slice(0, HEADER_SEARCH_ROWS).map((_, i) => i);
  let best: { r: number; end: number; cols: Columns; missing: string[] } | undefined;
  for (const r of candidates) {
    // A header row given is the last; the one above it may hold the group headings.
    const from = headerRow !== undefined ? Math.max(0, r - 1) : r;
    const to = headerRow !== undefined ? r : (base?.headerEnd ?? r + 1);
    const cols: Columns = {};
    const missing: string[] = [];
    let end = base?.headerEnd ?? r;
    let start = base ? r : Infinity;
    for (const [field, heading] of wanted) {
      const at = locate(rows, from, to, heading);
      if (!at) missing.push(heading);
      else {
        cols[field] = at.c;
        if (at.r !== undefined) [start, end] = [Math.min(start, at.r), Math.max(end, at.r)];
      }
    }
    if (!best || missing.length < best.missing.length) best = { r: Math.min(start, end), end, cols, missing };
  }
  // The map's headings may be on another row than the header found (a partial one under a title): looked for everywhere then.
  if (best && best.missing.length > 0 && base) return layoutFromMap(rows, kolom, headerRow);
  if (!best || best.missing.length > 0) return { missing: best?.missing ?? wanted.map(([, h]) => h) };
  const columns: Columns = { ...base?.columns };
  for (const f of dropped) delete columns[f as ImportField];
  for (const [f, c] of Object.entries(best.cols) as Array<[ImportField, number]>) {
    // A column the map gives to one field is no longer another's, unless the map says so too.
    for (const [g, d] of Object.entries(columns) as Array<[ImportField, number]>) if (d === c && best.cols[g] === undefined) delete columns[g];
    columns[f] = c;
  }
  return { name: 'peta', headerStart: best.r, headerEnd: headerRow !== undefined ? headerRow - 1 : best.end, columns };
}

/** Spreadsheet column letters for messages: 0 → A, 27 → AB. */
export function columnLetter(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
