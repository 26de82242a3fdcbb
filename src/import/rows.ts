/**
 * Turning the data rows of a recognised DIK table into draft records, each problem located at
 * its sheet, row and column. Rows that only name a unit (tables grouped by unit) set the unit
 * of the rows under them; empty rows are skipped. Nothing here reads files or writes records.
 */
import type { JangkaWaktu } from '../domain/record.js';
import type { Config } from '../domain/config.js';
import { columnLetter, CONTENT, IMPORT_FIELDS, type ImportField, type Layout } from './layouts.js';
import { pasal17Text, readLegalBasis } from './legal-basis.js';
import { lettersDisagree, pasal17Cell, titleByEsensi, tracedNumber } from './item-cells.js';
import { assignRoles, CATEGORY, headingMarker, ROMAN, unitNamed, type Line, type RowRole } from './row-roles.js';
import { readDate, readPeriod } from './period-text.js';
import { READ_BACK_COLUMNS, setAt } from '../export/register-columns.js';
import { STATUS_INFO, type Status } from '../domain/lifecycle.js';
import type { DiagnosticCode } from '../i18n/diagnostic-messages.js';

export interface CellProblem {
  severity: 'galat' | 'peringatan';
  code: DiagnosticCode;
  params: Record<string, string>;
  /** 1-based row and the column letter, as the spreadsheet shows them. */
  row: number;
  column?: string;
}

export interface DraftRow {
  row: number;
  data?: {
    judul: string;
    unit?: string;
    pasal17: string[];
    dasar_hukum: string[];
    konsekuensi_dibuka?: string;
    konsekuensi_ditutup?: string;
    jangka_waktu?: JangkaWaktu;
    catatan?: string;
    /** The item's number as the table wrote it ("1.a"), kept for tracing it back. */
    nomor_asal?: string;
    /** The information's detailed content ("Konten Informasi" beside "Esensi Informasi"): the document tested. */
    dokumen?: string;
  };
  problems: CellProblem[];
  /** What the row is in a DIK table (sheet rows only): items carry data, the others head or continue them. */
  role?: RowRole;
  /** A row of ppid's own register: the record's fields as exported, read back column by column. */
  fields?: Record<string, unknown>;
  /** A register row's cells in the columns ppid does not read back, by heading, with their column letter. */
  unread?: Array<{ judul: string; column: string; text: string }>;
  /** The status the register gave, when it cannot be brought back as it was. */
  statusSemula?: string;
  /** An opened or refused item's row: said and left out, unless it corrects an item already in the archive. */
  selesai?: CellProblem;
}

/** The Pasal 17 letters a heading names itself ("… (Pasal 17 huruf a)"); none when it only describes them. */
function lettersNamed(text: string): string[] {
  return /\bhuruf\s+[a-j]\b/i.test(text) ? readLegalBasis(text).pasal17 : [];
}

/** The table's non-empty rows under the header, each cell under the field its column holds. */
function readLines(rows: ReadonlyArray<readonly string[]>, layout: Layout, continued: ReadonlySet<string>): Line[] {
  const col = layout.columns;
  const lines: Line[] = [];
  for (let r = layout.headerEnd + 1; r < rows.length; r++) {
    const row = rows[r]!;
    const filled = row.filter((c) => c.trim() !== '');
    if (filled.length === 0) continue;
    // Zero-width spaces and joiners pasted from the web are invisible in the sheet and would be in the title.
    // Carriage returns from a CSV cell written on Windows are line breaks, not characters to keep.
    const cell = (i: number | undefined) =>
      i === undefined
        ? ''
        : (row[i] ?? '')
            .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
            .replace(/\r\n?/g, '\n')
            .trim();
    const cells = Object.fromEntries(IMPORT_FIELDS.map((f) => [f, cell(col[f])])) as Record<ImportField, string>;
    const ownBasis = cells.dasar_hukum;
    if (cells.pasal17) cells.dasar_hukum = [pasal17Cell(cells.pasal17), cells.dasar_hukum].filter(Boolean).join('\n');
    const merged = new Set(IMPORT_FIELDS.filter((f) => col[f] !== undefined && cells[f] && continued.has(`${r}:${col[f]}`)));
    const onlyMerged = row.every((c, i) => c.trim() === '' || continued.has(`${r}:${i}`));
    // "a. Data gaji pegawai" with the No cell empty: Word's numbering in the title cell is the item's number (a lower-case letter: "H. Ahmad" is a name).
    const inTitle = !cells.no && col.no !== undefined ? /^([a-z]|\d{1,2}(?:\.\d{1,2})?)[.)]\s+(?=\S)/.exec(cells.judul) : null;
    if (inTitle) Object.assign(cells, { no: inTitle[1]!, judul: cells.judul.slice(inTitle[0].length) });
    lines.push({ r, row, cells, filled, nomor: cells.no.replace(/[.)]+$/, '').trim(), merged, onlyMerged, ...lettersDisagree(cells.pasal17, ownBasis) });
  }
  return lines;
}

export function draftRows(
  rows: ReadonlyArray<readonly string[]>,
  layout: Layout,
  config: Config,
  today: string,
  defaultUnit?: string,
  continued: ReadonlySet<string> = new Set(),
): DraftRow[] {
  const col = layout.columns;
  const lines = readLines(rows, layout, continued);
  const present = CONTENT.filter((f) => col[f] !== undefined);
  const out: DraftRow[] = [];
  const state: GroupState = { ...(defaultUnit ? { unit: defaultUnit } : {}) };
  const items: Array<{ draft: DraftRow; cells: Record<ImportField, string>; nomor: string; group: GroupState; said?: CellProblem }> = [];
  let lastItem: (typeof items)[number] | undefined;
  assignRoles(lines, config, present, rows.slice(layout.headerStart ?? layout.headerEnd, layout.headerEnd + 1), defaultUnit);
  for (const l of lines) {
    const rowNo = l.r + 1;
    if (l.role === 'penutup' || l.role === 'judul-ulang') {
      out.push({ row: rowNo, role: l.role, problems: [] });
      continue;
    }
    if (l.role === 'lanjutan') {
      // A cell merged down from the item's own row is already the item's; a title carried on is one title.
      if (lastItem && l.cells.judul && !l.merged.has('judul')) lastItem.cells.judul = `${lastItem.cells.judul} ${l.cells.judul}`;
      for (const f of CONTENT) {
        if (!lastItem || !l.cells[f] || l.merged.has(f)) continue;
        lastItem.cells[f] = lastItem.cells[f] ? `${lastItem.cells[f]}\n${l.cells[f]}` : l.cells[f];
      }
      out.push({ row: rowNo, role: 'lanjutan', problems: [] });
      continue;
    }
    if (l.role === 'unit') {
      out.push(unitRow(l, config, layout, state));
      continue;
    }
    if (l.role === 'kelompok') {
      out.push(groupRow(l, state));
      continue;
    }
    const draft: DraftRow = { row: rowNo, role: 'butir', problems: [] };
    out.push(draft);
    lastItem = { draft, cells: { ...l.cells }, nomor: tracedNumber(state.nomor, l.cells.no), group: { ...state } };
    if (l.disagree)
      lastItem.said = { severity: 'peringatan', code: 'impor-pasal17-berbeda', params: l.disagree, row: rowNo, column: columnLetter(col.pasal17!) };
    items.push(lastItem);
  }
  titleByEsensi(items.map((it) => it.cells));
  // Items are read once their continuation rows are joined to them.
  for (const it of items) {
    Object.assign(it.draft, readItem(it.draft.row, it.cells, it.nomor, layout, config, today, it.group));
    if (it.said) it.draft.problems.push(it.said);
  }
  return out;
}

/** A group heading: its number heads the rows below, a category its letter, a legal basis it holds its items' (those without one). */
function groupRow(l: Line, state: GroupState): DraftRow {
  const rowNo = l.r + 1;
  const { marker, rest } = headingMarker(l.cells.judul || l.filled[0]!);
  const nomor = l.nomor || marker;
  // A category by Pasal 17 heads the rows below until the next one; a numbered document group leaves it.
  if (ROMAN.test(nomor) || CATEGORY.test(rest)) state.category = { letters: lettersNamed(rest), row: rowNo };
  state.nomor = nomor || undefined;
  if (l.cells.dasar_hukum) state.basis = { text: l.cells.dasar_hukum, row: rowNo };
  else delete state.basis;
  return { row: rowNo, role: 'kelompok', problems: [] };
}

/** A unit heading: the rows below are its unit's (said when ppid.yaml does not list it), under no heading of the unit before. */
function unitRow(l: Line, config: Config, layout: Layout, state: GroupState): DraftRow {
  const rowNo = l.r + 1;
  const text = l.cells.judul || l.filled[0]!;
  const named = unitNamed(config, text);
  // "B. BAGIAN UMUM" in one cell: the list's letter is not the unit's name.
  state.unit = named ?? text.trim().replace(/^([A-Z]|[IVXL]+|\d+)[.)]\s+/, '');
  // A category's letter heads its own unit's rows, never the next unit's.
  delete state.category;
  delete state.nomor;
  delete state.basis;
  const col = layout.columns;
  const column = columnLetter(col.judul !== undefined && l.cells.judul ? col.judul : l.row.findIndex((c) => c.trim() !== ''));
  const problems: CellProblem[] = named ? [] : [{ severity: 'peringatan', code: 'impor-unit-tidak-dikenal', params: { unit: state.unit }, row: rowNo, column }];
  return { row: rowNo, role: 'unit', problems };
}

/** What officers write for "as the row above". */
const SAME_AS_ABOVE = /^\s*(idem|ibid|sda|s\.\s?d\.\s?a\.?|sama\s+dengan\s+(di\s+)?atas|ditto|"|''|〃|")\s*$/i;

interface GroupState {
  /** The number of the heading the rows are under ("II", "1"). */
  nomor?: string;
  /** The legal basis a group heading holds for its items. */
  basis?: { text: string; row: number };
  unit?: string;
  /** The Pasal 17 category row above, and the letters it names itself (none if it only describes them). */
  category?: { letters: string[]; row: number };
}

/** One item row's cells read, every cell checked: the legal basis and the period first, each at its column. */
function readItem(
  rowNo: number,
  cells: Record<ImportField, string>,
  nomor: string,
  layout: Layout,
  config: Config,
  today: string,
  group: GroupState,
): Pick<DraftRow, 'data' | 'problems'> {
  const col = layout.columns;
  const at = (f: ImportField) => (col[f] !== undefined ? columnLetter(col[f]!) : undefined);
  const problems: CellProblem[] = [];
  // A short name (esensi) and its detailed content (konten): the name is the title, the content
  // says what is tested; a table with the content alone has it as the title.
  const judul = cells.judul || cells.konten;
  if (!judul) {
    problems.push({ severity: 'galat', code: 'impor-judul-kosong', params: {}, row: rowNo, ...(at('judul') ? { column: at('judul')! } : {}) });
    return { problems };
  }
  let unit = group.unit;
  if (cells.unit) {
    // Also here a unit may be named by the start of its name.
    unit = unitNamed(config, cells.unit) ?? cells.unit;
    if (!unitNamed(config, cells.unit))
      problems.push({ severity: 'peringatan', code: 'impor-unit-tidak-dikenal', params: { unit: cells.unit }, row: rowNo, column: at('unit')! });
  }
  if (!unit) problems.push({ severity: 'galat', code: 'impor-unit-kosong', params: {}, row: rowNo });
  const basis = basisOf(cells.dasar_hukum, group, rowNo, at('dasar_hukum')!, problems);
  for (const w of basis.warnings)
    problems.push({ severity: basis.pasal17.length ? 'peringatan' : 'galat', code: w.code, params: w.params, row: rowNo, column: at('dasar_hukum')! });
  const period = readPeriod(cells.jangka_waktu, today);
  for (const w of period.warnings)
    problems.push({ severity: period.jangka_waktu ? 'peringatan' : 'galat', code: w.code, params: w.params, row: rowNo, column: at('jangka_waktu')! });
  const clash = periodForLetters(basis.pasal17, period.jangka_waktu);
  if (clash) problems.push({ severity: 'galat', ...clash, row: rowNo, column: at('jangka_waktu')! });
  // A table without these columns at all is said once for the file, not on every row.
  for (const [f, kolom] of [
    ['dibuka', 'Dibuka'],
    ['ditutup', 'Ditutup'],
  ] as const) {
    if (!at(f)) continue;
    // "idem", "sda", a ditto mark: the test of another row, never this item's own (UU 14/2008 Pasal 19).
    if (SAME_AS_ABOVE.test(cells[f]))
      problems.push({ severity: 'galat', code: 'impor-konsekuensi-rujukan', params: { kolom, teks: cells[f] }, row: rowNo, column: at(f)! });
    else if (!cells[f] || /^[-–—.]+$/.test(cells[f]))
      problems.push({ severity: 'galat', code: 'impor-konsekuensi-kosong', params: { kolom }, row: rowNo, column: at(f)! });
  }
  return {
    problems,
    data: {
      judul,
      ...(unit ? { unit } : {}),
      pasal17: basis.pasal17,
      dasar_hukum: basis.dasar_hukum,
      ...(cells.dibuka ? { konsekuensi_dibuka: cells.dibuka } : {}),
      ...(cells.ditutup ? { konsekuensi_ditutup: cells.ditutup } : {}),
      ...(period.jangka_waktu ? { jangka_waktu: period.jangka_waktu } : {}),
      ...(cells.keterangan ? { catatan: cells.keterangan } : {}),
      ...(nomor ? { nomor_asal: nomor } : {}),
      ...(cells.judul && cells.konten ? { dokumen: cells.konten } : {}),
    },
  };
}

/** The row's legal basis; without a Pasal 17 letter, the one its category row named itself (said so the officer checks). */
function basisOf(text: string, group: GroupState, rowNo: number, column: string, problems: CellProblem[]): ReturnType<typeof readLegalBasis> {
  // "2 | Data Keuangan Pribadi Pejabat | Pasal 17 huruf h angka 3" over "2.a", "2.b" with no basis of their own.
  if (!text && group.basis) {
    const shared = readLegalBasis(group.basis.text);
    const huruf = shared.pasal17.join(', ');
    if (huruf)
      problems.push({ severity: 'peringatan', code: 'impor-huruf-dari-kelompok', params: { huruf, baris: String(group.basis.row) }, row: rowNo, column });
    return shared;
  }
  const basis = readLegalBasis(text);
  // A category naming two letters ("huruf a dan i") leaves each row to say which is its own.
  const fromGroup = group.category?.letters.length === 1 ? group.category.letters : [];
  if (basis.pasal17.length > 0 || fromGroup.length === 0) return basis;
  problems.push({
    severity: 'peringatan',
    code: 'impor-huruf-dari-kelompok',
    params: { huruf: fromGroup.join(', '), baris: String(group.category!.row) },
    row: rowNo,
    column,
  });
  return { pasal17: fromGroup, dasar_hukum: [...fromGroup.map(pasal17Text), ...basis.dasar_hukum], warnings: [] };
}

/**
 * The period the law does not allow for the row's letters (UU 14/2008 Pasal 18(2), 20; PP 61/2010),
 * said at the period's cell: the record check would say it too, but at a YAML key the officer never sees.
 */
function periodForLetters(pasal17: readonly string[], jw: JangkaWaktu | undefined): { code: DiagnosticCode; params: Record<string, string> } | undefined {
  if (!jw || pasal17.length === 0) return undefined;
  const letters = [...new Set(pasal17.map((c) => c[0]!))];
  const af = letters.filter((h) => 'abcdef'.includes(h));
  if (jw.tanpa_batas && af.length > 0) return { code: 'periode-a-f-permanen', params: { huruf: af.join(', ') } };
  const notGh = letters.filter((h) => h !== 'g' && h !== 'h');
  if (jw.hingga_persetujuan && notGh.length > 0) return { code: 'periode-persetujuan-bukan-gh', params: { huruf: notGh.join(', ') } };
  return undefined;
}
/**
 * Rows of ppid's own register, read by type: dates as dates, numbers as numbers, one statute
 * per line, codes separated by commas. Opened and refused items are not exempted information
 * and stay out; any other status comes back as proposed, or in force when a decree is given.
 */
export function draftRegisterRows(rows: ReadonlyArray<readonly string[]>, layout: Layout): DraftRow[] {
  const out: DraftRow[] = [];
  const types = new Map(READ_BACK_COLUMNS.map((c) => [c.path!, c.jenis]));
  for (let r = layout.headerEnd + 1; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.every((c) => c.trim() === '')) continue;
    const rowNo = r + 1;
    const problems: CellProblem[] = [];
    const fields: Record<string, unknown> = {};
    for (const [path, c] of layout.paths!) {
      const text = (row[c] ?? '').trim();
      if (!text) continue;
      const column = columnLetter(c);
      switch (types.get(path)) {
        case 'tanggal': {
          const iso = readDate(text.toLowerCase());
          if (iso) setAt(fields, path, iso);
          else problems.push({ severity: 'galat', code: 'impor-tanggal-tak-sah', params: { teks: text }, row: rowNo, column });
          break;
        }
        case 'angka':
          if (/^\d+$/.test(text)) setAt(fields, path, Number(text));
          else problems.push({ severity: 'galat', code: 'impor-bukan-angka', params: { teks: text }, row: rowNo, column });
          break;
        case 'kode':
          setAt(fields, path, text.split(/[,;\s]+/).filter(Boolean));
          break;
        case 'daftar':
          setAt(
            fields,
            path,
            text
              .split(/\r?\n/)
              .map((x) => x.trim())
              .filter(Boolean),
          );
          break;
        case 'ya':
          if (/^(ya|y|yes|true|1|x)$/i.test(text)) setAt(fields, path, true);
          break;
        default:
          setAt(fields, path, text);
      }
    }
    const unread = [...(layout.unread ?? [])].map(([judul, c]) => ({ judul, column: columnLetter(c), text: (row[c] ?? '').trim() }));
    const status = (layout.statusColumn !== undefined ? (row[layout.statusColumn] ?? '').trim() : '') as Status | '';
    if (status === 'dibuka' || status === 'ditolak') {
      // Not brought in as a new item; but the row of an item already here may correct it (the plan decides).
      const skip: CellProblem = {
        severity: 'peringatan',
        code: 'impor-status-dilewati',
        params: { status },
        row: rowNo,
        column: columnLetter(layout.statusColumn!),
      };
      out.push({ row: rowNo, problems: [], fields, unread, statusSemula: status, selesai: skip });
      continue;
    }
    if (!fields.judul)
      problems.push({
        severity: 'galat',
        code: 'impor-judul-kosong',
        params: {},
        row: rowNo,
        ...(layout.columns.judul !== undefined ? { column: columnLetter(layout.columns.judul) } : {}),
      });
    out.push({ row: rowNo, problems, fields, unread, ...(status && status in STATUS_INFO ? { statusSemula: status } : {}) });
  }
  return out;
}
