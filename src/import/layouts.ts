/**
 * Recognising the DIK table layouts in use (docs/domain.md §8) in a sheet's rows: the 5-column
 * layout with the consequence split into Dibuka | Ditutup (often under a two-row header), and
 * the older No · Satker · Jenis Informasi · Dasar Hukum · Batas Waktu · Keterangan. Any other
 * layout is described by a map (`--map FILE.yaml`): which heading holds which field. ppid's own
 * register export is recognised too, so that an export can be imported again unchanged.
 */
import { READ_BACK_COLUMNS, REGISTER_COLUMNS, REGISTER_MARKERS } from '../export/register-columns.js';

export const IMPORT_FIELDS = ['no', 'judul', 'unit', 'dasar_hukum', 'dibuka', 'ditutup', 'jangka_waktu', 'keterangan'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export type LayoutName = 'lima-kolom' | 'lama' | 'peta' | 'register';

export interface Layout {
  name: LayoutName;
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

/** Headings as officers write them, normalised (lower case, letters and spaces only). */
const HEADINGS: Record<ImportField, readonly string[]> = {
  no: ['no', 'nomor', 'no urut'],
  judul: ['informasi', 'jenis informasi', 'informasi yang dikecualikan', 'nama informasi', 'judul'],
  unit: ['satker', 'satuan kerja', 'unit', 'unit kerja', 'perangkat daerah', 'opd', 'skpd'],
  dasar_hukum: ['dasar hukum', 'dasar hukum pengecualian', 'landasan hukum'],
  dibuka: ['dibuka', 'konsekuensi dibuka', 'akibat jika dibuka'],
  ditutup: ['ditutup', 'konsekuensi ditutup', 'akibat jika ditutup'],
  jangka_waktu: ['jangka waktu', 'jangka waktu pengecualian', 'batas waktu', 'masa pengecualian'],
  keterangan: ['keterangan', 'catatan', 'ket'],
};

export function normaliseHeading(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim();
}

function fieldOf(heading: string): ImportField | undefined {
  const h = normaliseHeading(heading);
  if (!h) return undefined;
  return IMPORT_FIELDS.find((f) => HEADINGS[f].includes(h));
}

function columnsOf(row: readonly string[], below?: readonly string[]): Partial<Record<ImportField, number>> {
  const cols: Partial<Record<ImportField, number>> = {};
  const width = Math.max(row.length, below?.length ?? 0);
  for (let c = 0; c < width; c++) {
    // Under a merged "Konsekuensi" heading, the row below names the two halves.
    const f = (below?.[c] ? fieldOf(below[c]!) : undefined) ?? fieldOf(row[c] ?? '');
    if (f !== undefined && cols[f] === undefined) cols[f] = c;
  }
  return cols;
}

const LIMA_KOLOM: readonly ImportField[] = ['judul', 'dasar_hukum', 'dibuka', 'ditutup', 'jangka_waktu'];
const LAMA: readonly ImportField[] = ['unit', 'judul', 'dasar_hukum', 'jangka_waktu'];

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

/** Finds the header in the first rows and the layout it belongs to, or says none matched. */
export function detectLayout(rows: ReadonlyArray<readonly string[]>): Layout | undefined {
  for (let r = 0; r < Math.min(rows.length, 15); r++) {
    const own = registerLayout(rows[r]!, r);
    if (own) return own;
    // One header row first: a two-row reading would take the first data row for headings.
    for (const twoRows of [false, true]) {
      if (twoRows && r + 1 >= rows.length) continue;
      const cols = columnsOf(rows[r]!, twoRows ? rows[r + 1] : undefined);
      const end = twoRows ? r + 1 : r;
      if (LIMA_KOLOM.every((f) => cols[f] !== undefined)) return { name: 'lima-kolom', headerEnd: end, columns: cols };
      if (!twoRows && LAMA.every((f) => cols[f] !== undefined)) return { name: 'lama', headerEnd: end, columns: cols };
    }
  }
  return undefined;
}

/** A map file's `kolom:` (field → heading as written) applied to the sheet's header row. */
export function layoutFromMap(
  rows: ReadonlyArray<readonly string[]>,
  kolom: Partial<Record<ImportField, string>>,
  headerRow?: number,
): Layout | { missing: string[] } {
  const wanted = Object.entries(kolom) as Array<[ImportField, string]>;
  const candidates = headerRow !== undefined ? [headerRow - 1] : rows.slice(0, 15).map((_, i) => i);
  let best: { r: number; cols: Partial<Record<ImportField, number>>; missing: string[] } | undefined;
  for (const r of candidates) {
    const row = (rows[r] ?? []).map(normaliseHeading);
    const cols: Partial<Record<ImportField, number>> = {};
    const missing: string[] = [];
    for (const [field, heading] of wanted) {
      const c = row.indexOf(normaliseHeading(heading));
      if (c >= 0) cols[field] = c;
      else missing.push(heading);
    }
    if (!best || missing.length < best.missing.length) best = { r, cols, missing };
  }
  if (!best || best.missing.length > 0) return { missing: best?.missing ?? wanted.map(([, h]) => h) };
  return { name: 'peta', headerEnd: best.r, columns: best.cols };
}

/** Spreadsheet column letters for messages: 0 → A, 27 → AB. */
export function columnLetter(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
