/**
 * What an import would do, row by row, before anything is written: each row a new record (with
 * its id), a row already in the archive (same information and unit), or a row with errors —
 * and every problem located at its row and column of the sheet. Writes nothing, prints nothing.
 */
import { unitName } from '../domain/units.js';
import { isItemIdShape, nextId } from '../archive/ids.js';
import { checkRecordToWrite } from '../archive/check.js';
import { RECORDS_DIR, type Config } from '../domain/config.js';
import type { Diagnostic } from '../diagnostics.js';
import { ui } from '../i18n/ui-messages.js';
import { orderRecord, serializeFrontMatter } from '../records/serialize.js';
import { yearOf } from '../rules/dates.js';
import type { RuleContext } from '../rules/legal.js';
import { YamlSource } from '../yaml/source.js';
import { MAX_TEXT_BYTES } from '../text-file.js';
import type { ImportField, Layout } from './layouts.js';
import type { DraftRow } from './rows.js';
import type { RecordData } from '../domain/record.js';
import { columnLetter } from './layouts.js';
import { REGISTER_COLUMNS } from '../export/register-columns.js';
import { planEdit, unreadEdits, type EditPlan } from './plan-edit.js';

export interface Planned {
  draft: DraftRow;
  id?: string;
  record?: Record<string, unknown>;
  skipped?: boolean;
  /** A correction of the item already in the archive that the row names by its id. */
  edit?: EditPlan;
  /** The row names an item already here, and changes nothing of it. */
  unchanged?: boolean;
}

export interface ImportPlanInput {
  drafts: DraftRow[];
  layout: Layout;
  sheetName: string;
  config: Config;
  rules: RuleContext;
  today: string;
  /** The consequence test's date for rows without one (`--tanggal-uji`), if the officer gave it. */
  tanggalUji?: string;
  /** The decree an already-decreed DIK comes in under (`--nomor`, …). */
  penetapan?: Record<string, unknown>;
  /** Title-and-unit keys of the items already in the archive (see importKey). */
  known: Set<string>;
  /** The same items' id, letters and period, by key: a row that says otherwise is said, not silently skipped. */
  knownItems?: ReadonlyMap<string, { id: string; pasal17: readonly string[]; jangka_waktu: unknown }>;
  /** Ids taken: every record file's name. */
  ids: Set<string>;
  /** The unit whose series new ids are drawn from (a PPID Pembantu's). */
  actorUnit?: string;
  /** The items the sheet's id column names that are in the archive, by id: their rows correct them. */
  existing?: ReadonlyMap<string, RecordData>;
  /** Told after each row (a progress bar on long imports). */
  progress?: (done: number, total: number) => void;
}

interface PlanState {
  testDate: boolean;
  inFile: Map<string, number>;
}

export interface ImportPlan {
  planned: Planned[];
  problems: Diagnostic[];
}

/** The same information from the same unit, however it is spaced or capitalised. */
export const importKey = (judul: string, unit: string): string => `${judul.trim().toLowerCase().replace(/\s+/g, ' ')}\u0000${unit.trim().toLowerCase()}`;

/** The fields a row gives, as a record without id, status or registration date. */
export function fieldsOf(draft: DraftRow): Record<string, unknown> | undefined {
  if (draft.fields) return draft.fields;
  const d = draft.data;
  if (!d) return undefined;
  return {
    judul: d.judul,
    unit: d.unit,
    pasal17: d.pasal17,
    dasar_hukum: d.dasar_hukum,
    uji_konsekuensi: { ...(d.dokumen ? { dokumen: d.dokumen } : {}), konsekuensi_dibuka: d.konsekuensi_dibuka, konsekuensi_ditutup: d.konsekuensi_ditutup },
    jangka_waktu: d.jangka_waktu,
    ...(d.catatan ? { catatan: d.catatan } : {}),
    // The table's own number ("1.a"): the item can be traced back to its row in the office's DIK.
    ...(d.nomor_asal ? { x_nomor_asal: d.nomor_asal } : {}),
  };
}

export function planImport(input: ImportPlanInput): ImportPlan {
  const problems: Diagnostic[] = [];
  const where = (row: number, column?: string) => ({ file: input.sheetName, line: row, ...(column ? { field: `${ui('kolom')} ${column}` } : {}) });
  // The law requires a consequence test (UU 14/2008 Pasal 19); ppid never writes one for the officer.
  const untested = input.layout.columns.dibuka === undefined || input.layout.columns.ditutup === undefined;
  if (untested) problems.push({ severity: 'galat', code: 'impor-tanpa-uji-konsekuensi', params: {}, file: input.sheetName });
  // A header with nothing under it (or only headings, totals and notes) is no DIK to import: said, not a quiet "0 new".
  if (!input.drafts.some((d) => d.role === 'butir' || d.role === undefined))
    problems.push({ severity: 'galat', code: 'impor-tanpa-butir', params: {}, file: input.sheetName });
  // Whether a test date was filled in, and the rows of this file by title and unit: a second row of the same item is an error, not "already there".
  const filled: PlanState = { testDate: false, inFile: new Map() };
  // The items corrected so far, with their row: one row per item.
  const corrected = new Map<string, number>();
  const planned = input.drafts.flatMap((draft, i): Planned[] => {
    input.progress?.(i + 1, input.drafts.length);
    for (const p of draft.problems) problems.push({ severity: p.severity, code: p.code, params: p.params, ...where(p.row, p.column) });
    const f = withUnit(input.config, fieldsOf(draft), input.existing);
    const failed = draft.problems.some((p) => p.severity === 'galat');
    const target = typeof f?.id === 'string' ? input.existing?.get(f.id.trim().toUpperCase()) : undefined;
    // A row naming an item here is that item's, never a new item with a new id (no guessing).
    if (target && f && !failed) return [editRow(input, draft, f, target, problems, where, corrected)];
    if (target && failed) return [{ draft }];
    if (draft.selesai) {
      const p = draft.selesai;
      problems.push({ severity: p.severity, code: p.code, params: p.params, ...where(p.row, p.column) });
      return [];
    }
    // A heading row (a unit ppid does not know) is said above, but is not an item.
    if (!f && !failed) return [];
    if (!f || untested || failed) return [{ draft }];
    return [planRow(input, draft, f, problems, where, filled)];
  });
  if (input.tanggalUji === undefined && filled.testDate && planned.some((p) => p.record)) {
    problems.push({ severity: 'peringatan', code: 'impor-tanggal-uji-diisi', params: { tanggal: input.today }, file: input.sheetName });
  }
  return { planned, problems };
}

/**
 * A record check's field said as the register's column too ("kolom R «Pimpinan yang Menyetujui»,
 * penetapan.persetujuan_pimpinan"): the officer corrects the sheet, not YAML. Only for ppid's register.
 */
function sheetField(layout: Layout, d: Diagnostic): { field?: string } {
  if (!layout.paths && d.field) return tableColumn(layout, d.field);
  if (!layout.paths || !d.field) return {};
  // A missing key ("kunci wajib", "unsur") is a column of its block; a block alone names no one column.
  const key = d.params.kunci ?? d.params.unsur;
  const path = d.field.replace(/\[\d+\]/g, '') + (typeof key === 'string' && /^\w+$/.test(key) ? `.${key}` : '');
  const col = REGISTER_COLUMNS.find((c) => c.path === path) ?? (path !== d.field ? REGISTER_COLUMNS.find((c) => c.path?.startsWith(`${path}.`)) : undefined);
  if (!col?.path) return {};
  const at = layout.paths.get(col.path);
  return { field: `${ui('kolom')}${at === undefined ? '' : ` ${columnLetter(at)}`} «${col.judul}», ${d.field}` };
}

/** Which of a DIK table's columns a record field comes from: the check speaks of the cell the officer wrote. */
const FROM_COLUMN: Array<[RegExp, ImportField]> = [
  [/^(pasal17|dasar_hukum)\b/, 'dasar_hukum'],
  [/^jangka_waktu\b/, 'jangka_waktu'],
  [/^uji_konsekuensi\.konsekuensi_dibuka\b/, 'dibuka'],
  [/^uji_konsekuensi\.konsekuensi_ditutup\b/, 'ditutup'],
  [/^uji_konsekuensi\.dokumen\b/, 'konten'],
  [/^judul\b/, 'judul'],
  [/^unit\b/, 'unit'],
  [/^catatan\b/, 'keterangan'],
];

function tableColumn(layout: Layout, field: string): { field?: string } {
  const from = FROM_COLUMN.find(([re]) => re.test(field))?.[1];
  const at = from === undefined ? undefined : layout.columns[from];
  return at === undefined ? {} : { field: `${ui('kolom')} ${columnLetter(at)}` };
}

/** A register row's unit by its name, as add and edit store it; a cell saying what its item says is left as it is. */
function withUnit(config: Config, f: Record<string, unknown> | undefined, existing?: ReadonlyMap<string, RecordData>): Record<string, unknown> | undefined {
  if (typeof f?.unit !== 'string' || typeof f.id !== 'string') return typeof f?.unit === 'string' ? { ...f, unit: unitName(config, f.unit) } : f;
  if (existing?.get(f.id.trim().toUpperCase())?.unit === f.unit) return f;
  return { ...f, unit: unitName(config, f.unit) };
}

/**
 * The real import would refuse a record past the archive's limit for a text file: said at its row
 * (and at its largest cell's column) in the dry run too.
 */
function oversized(
  layout: Layout,
  record: Record<string, unknown>,
  text: string,
): (Omit<Diagnostic, 'file' | 'line'> & { at: { field?: string } }) | undefined {
  const bytes = Buffer.byteLength(text);
  if (bytes <= MAX_TEXT_BYTES) return undefined;
  const uji = (record.uji_konsekuensi ?? {}) as Record<string, unknown>;
  const sizes: Array<[string, unknown]> = [
    ['judul', record.judul],
    ['dasar_hukum', record.dasar_hukum],
    ['uji_konsekuensi.konsekuensi_dibuka', uji.konsekuensi_dibuka],
    ['uji_konsekuensi.konsekuensi_ditutup', uji.konsekuensi_ditutup],
    ['uji_konsekuensi.dokumen', uji.dokumen],
    ['jangka_waktu', record.jangka_waktu],
    ['catatan', record.catatan],
  ];
  const largest = sizes.reduce((a, b) => (JSON.stringify(b[1] ?? '').length > JSON.stringify(a[1] ?? '').length ? b : a))[0];
  // Numbers, not text: the message prints them in its language's way ("2,2 MB").
  const params = { ukuran: Math.round((bytes / 1024 / 1024) * 10) / 10, batas: Math.round(MAX_TEXT_BYTES / 1024 / 1024) };
  return { severity: 'galat', code: 'impor-butir-terlalu-besar', params, at: tableColumn(layout, largest) };
}

/** A row of an item already in the archive is skipped; where it says another letter or period, that is said. */
function skippedAsKnown(
  input: ImportPlanInput,
  k: string,
  draft: DraftRow,
  f: Record<string, unknown>,
  problems: Diagnostic[],
  where: (row: number) => { file: string; line: number },
): Planned {
  const was = input.knownItems?.get(k);
  const differs = was ? differsFrom(was, f) : [];
  if (was && differs.length)
    problems.push({ severity: 'peringatan', code: 'impor-beda-dari-arsip', params: { id: was.id, kolom: differs.join(', ') }, ...where(draft.row) });
  return { draft, skipped: true };
}

/** What a row of an item already in the archive says otherwise: its letters, its period (the wording aside). */
function differsFrom(was: { pasal17: readonly string[]; jangka_waktu: unknown }, f: Record<string, unknown>): string[] {
  const period = (jw: unknown) => JSON.stringify({ ...(jw as object), keterangan: undefined });
  const out: string[] = [];
  if ([...was.pasal17].sort().join() !== [...((f.pasal17 as string[] | undefined) ?? [])].sort().join()) out.push(ui('impor.bidang.pasal17'));
  if (f.jangka_waktu !== undefined && period(was.jangka_waktu) !== period(f.jangka_waktu)) out.push(ui('impor.bidang.jangka_waktu'));
  return out;
}

/** One readable row: skipped if already there, else the record it makes, checked as it would be written. */
function planRow(
  input: ImportPlanInput,
  draft: DraftRow,
  f: Record<string, unknown>,
  problems: Diagnostic[],
  where: (row: number) => { file: string; line: number },
  filled: PlanState,
): Planned {
  const k = importKey(String(f.judul ?? ''), String(f.unit ?? ''));
  const earlier = filled.inFile.get(k);
  if (earlier !== undefined) {
    const params = { baris: earlier, judul: String(f.judul ?? '') };
    problems.push({ severity: 'galat', code: 'impor-baris-ganda', params, ...where(draft.row), ...tableColumn(input.layout, 'judul') });
    return { draft };
  }
  filled.inFile.set(k, draft.row);
  if (input.known.has(k)) return skippedAsKnown(input, k, draft, f, problems, where);
  // A register keeps its ids where they are free; a clash with another item gets a new one.
  const own = typeof f.id === 'string' && isItemIdShape(f.id) && !input.ids.has(f.id) ? f.id : undefined;
  if (typeof f.id === 'string' && !own) problems.push({ severity: 'peringatan', code: 'impor-id-diganti', params: { id: f.id }, ...where(draft.row) });
  const id = own ?? nextId(input.config, yearOf(input.today), input.ids, input.actorUnit);
  input.ids.add(id);
  const decree = (f.penetapan as Record<string, unknown> | undefined) ?? input.penetapan;
  const status = decree ? 'ditetapkan' : 'diusulkan';
  if (draft.statusSemula && draft.statusSemula !== status) {
    problems.push({ severity: 'peringatan', code: 'impor-status-diubah', params: { dari: draft.statusSemula, ke: status }, ...where(draft.row) });
  }
  const uji = { ...(f.uji_konsekuensi as Record<string, unknown> | undefined) };
  if (uji.tanggal === undefined) {
    uji.tanggal = input.tanggalUji ?? input.today;
    filled.testDate = true;
  }
  const record = orderRecord({
    cakupan: 'seluruh',
    ...f,
    id,
    status,
    uji_konsekuensi: uji,
    ...(decree ? { penetapan: decree } : {}),
    didaftarkan: input.today,
  } as Record<string, unknown>);
  // The record as it would be written must pass the schema and the legal rules, row located.
  const text = serializeFrontMatter(record);
  const tooLarge = oversized(input.layout, record, text);
  if (tooLarge) {
    const { at, ...d } = tooLarge;
    problems.push({ ...d, ...where(draft.row), ...at });
    return { draft };
  }
  const src = new YamlSource(`${RECORDS_DIR}/${id}.md`, '', text);
  let invalid = false;
  for (const p of checkRecordToWrite(record, src, input.rules, input.today)) {
    // Sheet rows have said an unknown unit at its cell already; a register row has not.
    if (p.code === 'unit-tidak-dikenal' && !draft.fields) continue;
    if (p.severity === 'galat') invalid = true;
    // The record is not written yet: its row in the sheet is the place, not a line of YAML.
    const { sourceLine: _line, col: _col, ...rest } = p;
    problems.push({ ...rest, file: input.sheetName, line: draft.row, ...sheetField(input.layout, rest) });
  }
  return invalid ? { draft } : { draft, id, record };
}

/** A row naming an item already here: its correction (an error where the row may be another item), refused at its row where the status keeps a field, checked as it would be written. */
function editRow(
  input: ImportPlanInput,
  draft: DraftRow,
  f: Record<string, unknown>,
  record: RecordData,
  problems: Diagnostic[],
  where: (row: number, column?: string) => { file: string; line: number },
  corrected: Map<string, number>,
): Planned {
  const id = record.id;
  const { plan, refused, another } = planEdit(record, f, new Set(input.layout.paths?.keys()));
  if (another) {
    const col = input.layout.columns.judul;
    problems.push({
      severity: 'galat',
      code: 'impor-id-butir-lain',
      params: { id, n: another.berubah, sel: another.sel },
      ...where(draft.row, col === undefined ? undefined : columnLetter(col)),
    });
    return { draft };
  }
  // One row per item: a second would silently undo or mix with the first.
  const first = corrected.get(id);
  if (first !== undefined) {
    problems.push({ severity: 'galat', code: 'impor-id-ganda', params: { id, baris: first }, ...where(draft.row) });
    return { draft };
  }
  corrected.set(id, draft.row);
  sayUnread(record, draft, problems, where);
  if (draft.statusSemula && draft.statusSemula !== record.status) {
    const col = input.layout.statusColumn;
    problems.push({
      severity: 'peringatan',
      code: 'impor-status-bukan-koreksi',
      params: { id, dari: record.status, ke: draft.statusSemula },
      ...where(draft.row, col === undefined ? undefined : columnLetter(col)),
    });
  }
  if (refused.length) {
    const col = input.layout.paths?.get(refused[0]!);
    const kolom = [...new Set(refused.map((p) => p.split('.')[0]!))].join(', ');
    problems.push({
      severity: 'galat',
      code: 'impor-ubah-tidak-boleh',
      params: { id, status: record.status, kolom, jalan: ui(`impor.jalan.${record.status}` as const, { id }) },
      ...where(draft.row, col === undefined ? undefined : columnLetter(col)),
    });
    return { draft };
  }
  if (!plan) return { draft, id, unchanged: true };
  const after = plan.after as unknown as Record<string, unknown>;
  const src = new YamlSource(`${RECORDS_DIR}/${id}.md`, '', serializeFrontMatter(after));
  let invalid = false;
  for (const p of checkRecordToWrite(after, src, input.rules, input.today)) {
    if (p.severity === 'galat') invalid = true;
    const { sourceLine: _line, col: _col, ...rest } = p;
    problems.push({ ...rest, file: input.sheetName, line: draft.row, ...sheetField(input.layout, rest) });
  }
  return invalid ? { draft } : { draft, id, edit: plan };
}

/** A cell the import does not read, changed by the officer, is said at its cell: the change is not made. */
function sayUnread(record: RecordData, draft: DraftRow, problems: Diagnostic[], where: (row: number, column?: string) => { file: string; line: number }): void {
  const id = record.id;
  for (const u of unreadEdits(record, draft.unread ?? [])) {
    const sebab = u.langkah === 'open' ? ui('impor.sebab.open', { id }) : u.langkah === 'add' ? ui('impor.sebab.add') : ui('impor.sebab.dihitung');
    problems.push({ severity: 'peringatan', code: 'impor-kolom-tidak-dibaca', params: { kolom: u.judul, sebab }, ...where(draft.row, u.column) });
  }
}
