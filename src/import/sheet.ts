/**
 * Reading a spreadsheet's cells as text rows: CSV (UTF-8, with or without BOM, comma or
 * semicolon as Excel writes it in an Indonesian locale) and Excel workbooks (.xlsx).
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, extname } from 'node:path';
import { readTextFile, unreadableFile } from '../text-file.js';
import { EXIT, UserError } from '../errors.js';
import { ui } from '../i18n/ui-messages.js';
import { unneutralise } from '../export/csv.js';
import type { DiagnosticCode } from '../i18n/diagnostic-messages.js';
import { detailKey } from '../i18n/parser-details.js';
import { DocxProblem, readDocxTables, type TableText } from './docx-table.js';
import { columnLetter, headerShortfall, type ImportField, type Layout } from './layouts.js';
import type { Diagnostic } from '../diagnostics.js';
import { fieldNames, mappingText } from './mapping-text.js';

export interface Sheet {
  /** What problems name as their file: the file, and for a workbook its sheet. */
  name: string;
  rows: string[][];
  /**
   * Cells whose text is that of a cell merged down from the row above ("row:column", from 0):
   * a legal basis shared by several items is each item's, but an item's own number and title
   * merged down over its extra rows make those rows part of that one item.
   */
  continued?: Set<string>;
  /** A workbook's sheet read, and the names of all its sheets. */
  lembar?: { dibaca: string; semua: string[] };
  /** Word tables read on as the rest of the one chosen (one DIK split in two): each, with the rows it became. */
  sambung?: Array<{ tabel: number; dari: number; sampai: number }>;
  /** The other sheets (Word tables) that also read as a DIK: how each is shown, and the `--sheet` value that reads it. */
  lainDik?: Array<{ nama: string; pilih: string }>;
  /** Rows and columns Excel hides (0-based): the officer does not see them, so the import does not take them unsaid. */
  hidden?: { rows: ReadonlySet<number>; columns: ReadonlySet<number> };
  /** Cells holding a formula error ("row:column", from 0 → "#REF!"): their value is lost, not empty. */
  formulaErrors?: ReadonlyMap<string, string>;
}

/**
 * How well a table's rows read as a DIK the import can take: 0 not at all; higher is better (a
 * table with the consequence test over an older one without it). The first of the best is read.
 */
export type Recognise = (rows: string[][]) => number;

/** A DIK of thousands of rows is far below this; a mistaken file is not. */
const MAX_SHEET_BYTES = 20 * 1024 * 1024;

/**
 * `recognises` says whether a table's rows are a DIK the import can read: a Word document holds
 * other tables (signatures, a letterhead) and the first DIK among them is the one read.
 */
export async function readSheet(abs: string, shown: string, sheetName?: string, recognises: Recognise = () => 1): Promise<Sheet> {
  const ext = extname(abs).toLowerCase();
  if (ext === '.csv') return readCsv(abs, shown);
  if (ext === '.xlsx') return readXlsx(abs, shown, recognises, sheetName);
  if (ext === '.docx') return readDocx(abs, shown, recognises, sheetName);
  if (ext === '.doc') throw new UserError('impor-doc-lama', { berkas: shown }, EXIT.USAGE);
  throw new UserError('impor-format', { berkas: shown, jenis: ext || '(tanpa akhiran)' }, EXIT.USAGE);
}

function readCsv(abs: string, shown: string): Sheet {
  const read = readTextFile(abs, shown, MAX_SHEET_BYTES);
  if (!read.ok) throw new UserError('masukan-tidak-valid', {}, EXIT.INVALID, [read.problem]);
  const text = read.text.replace(/^\uFEFF/, '');
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  // Excel with an Indonesian locale writes ';' (the comma is the decimal sign there).
  const delimiter = (first.match(/;/g) ?? []).length > (first.match(/,/g) ?? []).length ? ';' : ',';
  // Loaded here, not at start-up: most commands never read a spreadsheet.
  const { parse } = createRequire(import.meta.url)('csv-parse/sync') as typeof import('csv-parse/sync');
  try {
    const rows = parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
    // A CSV written for spreadsheets guards formula-like cells with an apostrophe (ppid export does).
    return { name: shown, rows: rows.map((r) => r.map(unneutralise)) };
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    throw new UserError('masukan-tidak-valid', {}, EXIT.INVALID, [
      {
        severity: 'galat',
        code: 'impor-csv-rusak',
        params: { detail: detailKey('csv', (e as { code?: string }).code) },
        file: shown,
        ...(line ? { line, col: 1 } : {}),
      },
    ]);
  }
}

/** A cell as the officer sees it: rich text joined, a formula's result, a date as YYYY-MM-DD. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  if (typeof v !== 'object') return String(v);
  const o = v as { richText?: Array<{ text: string }>; result?: unknown; text?: unknown; formula?: unknown; error?: unknown };
  if (Array.isArray(o.richText)) return o.richText.map((r) => r.text).join('');
  if ('formula' in o || 'sharedFormula' in o) return cellText(o.result);
  // "#REF!" is what Excel shows: read as empty, a lost legal basis would look like one never written.
  if (typeof o.error === 'string') return o.error;
  if ('text' in o) return cellText(o.text);
  return '';
}

/** The error a cell shows instead of its value ("#REF!", "#N/A", "#VALUE!"), or undefined. */
export function formulaError(v: unknown): string | undefined {
  if (v === null || typeof v !== 'object' || v instanceof Date) return undefined;
  const o = v as { error?: unknown; result?: unknown };
  if (typeof o.error === 'string') return o.error;
  return 'formula' in o || 'sharedFormula' in o ? formulaError(o.result) : undefined;
}

/** What the first bytes say a file claimed to be .xlsx is instead (a detail key), or undefined when it is a zip. */
function notLikeXlsx(abs: string): string | undefined {
  const head = Buffer.alloc(4);
  const fd = openSync(abs, 'r');
  try {
    readSync(fd, head, 0, 4, 0);
  } finally {
    closeSync(fd);
  }
  if (head.equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) return 'xlsx.xls-lama';
  return head[0] === 0x50 && head[1] === 0x4b ? undefined : 'xlsx.bukan-zip';
}

/** Whether a zip names this member: names are stored as they are, in the zip's directory. */
const zipHolds = (abs: string, member: string): boolean => readFileSync(abs).includes(member, 0, 'latin1');

/**
 * A merged range holds its value once, in its first cell. Across columns the rest read as empty,
 * so a unit heading merged across the table stays a one-value row; down rows the value repeats
 * in its own column, as Word's vertical merge reads, because offices merge a legal basis or a
 * period shared by several items and each item needs it.
 */
function mergedText(cell: import('exceljs').Cell): { text: string; continued?: true } {
  if (!cell.isMerged || cell.master.address === cell.address) return { text: cellText(cell.value).trim() };
  if (Number(cell.col) !== Number(cell.master.col)) return { text: '' };
  const text = cellText(cell.master.value).trim();
  return text ? { text, continued: true } : { text };
}

async function readXlsx(abs: string, shown: string, recognises: Recognise, sheetName?: string): Promise<Sheet> {
  const invalid = (code: DiagnosticCode, params: Record<string, string> = {}) =>
    new UserError('masukan-tidak-valid', {}, EXIT.INVALID, [{ severity: 'galat', code, params, file: shown }]);
  const problem = unreadableFile(abs, shown, MAX_SHEET_BYTES);
  if (problem) throw new UserError('masukan-tidak-valid', {}, EXIT.INVALID, [problem]);
  const ExcelJS = createRequire(import.meta.url)('exceljs') as typeof import('exceljs');
  const wb = new ExcelJS.Workbook();
  const unlike = notLikeXlsx(abs);
  if (unlike) throw invalid('impor-xlsx-rusak', { detail: unlike });
  try {
    await wb.xlsx.readFile(abs);
  } catch {
    // JSZip's and exceljs's words are English; what we can tell is that the zip is broken.
    throw invalid('impor-xlsx-rusak', { detail: 'xlsx.zip-rusak' });
  }
  if (wb.worksheets.length === 0)
    throw invalid('impor-xlsx-rusak', { detail: zipHolds(abs, 'xl/workbook.xml') ? 'xlsx.tanpa-lembar' : 'xlsx.bukan-buku-kerja' });
  const semua = wb.worksheets.map((w) => w.name);
  const asSheet = (ws: import('exceljs').Worksheet): Sheet => ({
    ...worksheetRows(ws),
    name: `${basename(shown)}[${ws.name}]`,
    lembar: { dibaca: ws.name, semua },
  });
  if (sheetName !== undefined) {
    const ws = wb.getWorksheet(sheetName);
    if (!ws) throw new UserError('impor-lembar-tidak-ada', { berkas: shown, lembar: sheetName, ada: semua.join(', ') }, EXIT.USAGE);
    return asSheet(ws);
  }
  // Offices keep last year's DIK, a cover sheet or an empty "Sheet1" beside this year's: the DIK is looked for, not assumed first.
  const visible = wb.worksheets.filter((w) => w.state === 'visible');
  const read = (visible.length ? visible : wb.worksheets).map(asSheet).filter((s) => !emptyRows(s.rows));
  const ranks = read.map((s) => recognises(s.rows));
  const best = Math.max(0, ...ranks);
  const all = wb.worksheets.map((ws) => ({ sheet: asSheet(ws), hidden: ws.state !== 'visible' }));
  // The one sheet with anything in it is the one meant: its header's shortfall says more than a list of sheets.
  const only = read.length === 1 && all.filter((s) => !emptyRows(s.sheet.rows)).length === 1;
  const chosen = best > 0 ? read[ranks.indexOf(best)] : only ? read[0] : undefined;
  if (!chosen) throw noDikSheet(shown, all, recognises);
  const lainDik = read.filter((s, i) => s !== chosen && ranks[i]! > 0).map((s) => ({ nama: s.lembar!.dibaca, pilih: s.lembar!.dibaca }));
  return { ...chosen, ...(lainDik.length ? { lainDik } : {}) };
}

/** A sheet's name as `--sheet` takes it on a command line. */
export const quotedSheet = (v: string): string => (/^[\w.-]+$/.test(v) ? v : `"${v.replace(/"/g, '\\"')}"`);

const emptyRows = (rows: readonly string[][]): boolean => rows.every((r) => r.every((c) => c.trim() === ''));

/** The cells of a worksheet as text, with what Excel hides and which cells show a formula error. */
function worksheetRows(ws: import('exceljs').Worksheet): Omit<Sheet, 'name'> {
  const rows: string[][] = [];
  const continued = new Set<string>();
  const hiddenRows = new Set<number>();
  const formulaErrors = new Map<string, string>();
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: string[] = [];
    if (row.hidden) hiddenRows.add(n - 1);
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const read = mergedText(cell);
      cells[c - 1] = read.text;
      if (read.continued) continued.add(`${n - 1}:${c - 1}`);
      const error = formulaError((cell.isMerged ? cell.master : cell).value);
      if (error && read.text) formulaErrors.set(`${n - 1}:${c - 1}`, error);
    });
    rows[n - 1] = Array.from(cells, (c) => c ?? '');
  });
  const hiddenColumns = new Set<number>();
  for (let c = 1; c <= ws.columnCount; c++) if (ws.getColumn(c).hidden) hiddenColumns.add(c - 1);
  return {
    rows: Array.from(rows, (r) => r ?? []),
    continued,
    hidden: { rows: hiddenRows, columns: hiddenColumns },
    formulaErrors,
  };
}

/** No sheet reads as a DIK: each sheet said, with what its header was found to hold, for the officer to choose with --sheet. */
function noDikSheet(shown: string, sheets: ReadonlyArray<{ sheet: Sheet; hidden: boolean }>, recognises: Recognise): UserError {
  const lines = sheets.map(({ sheet: s, hidden }) => {
    const name = s.lembar!.dibaca + (hidden ? ` (${ui('impor.lembar-tersembunyi')})` : '');
    if (emptyRows(s.rows)) return `${name}: ${ui('impor.lembar-kosong')}`;
    // A hidden sheet is never read unasked, though it may be the DIK meant.
    if (hidden && recognises(s.rows) > 0) return `${name}: ${ui('impor.lembar-dik-tersembunyi', { pilih: quotedSheet(s.lembar!.dibaca) })}`;
    const { found, missing } = headerShortfall(s.rows);
    return `${name}: ${ui('impor.lembar-isi', { ada: mappingText(found) || fieldNames([]), kurang: fieldNames(missing) })}`;
  });
  return new UserError('impor-xlsx-tanpa-dik', { berkas: shown, n: sheets.length, lembar: lines.join('\n  ') }, EXIT.INVALID);
}

/** The first table of a Word document that reads as a DIK; or which tables there are, and what they begin with. */
async function readDocx(abs: string, shown: string, recognises: Recognise, table?: string): Promise<Sheet> {
  const problem = unreadableFile(abs, shown, MAX_SHEET_BYTES);
  if (problem) throw new UserError('masukan-tidak-valid', {}, EXIT.INVALID, [problem]);
  let tables: TableText[];
  try {
    tables = await readDocxTables(readFileSync(abs));
  } catch (e) {
    if (!(e instanceof DocxProblem)) throw e;
    throw new UserError('masukan-tidak-valid', {}, EXIT.INVALID, [{ severity: 'galat', code: 'impor-docx-rusak', params: { detail: e.detail }, file: shown }]);
  }
  if (tables.length === 0) throw new UserError('impor-docx-tanpa-tabel', { berkas: shown }, EXIT.INVALID);
  // `--sheet N` names the table when a document holds more than one DIK (one per year, per unit).
  const named = table === undefined ? undefined : /^\d+$/.test(table.trim()) ? Number(table) - 1 : -1;
  if (named !== undefined && !tables[named]) {
    const ada = tables.map((_, n) => String(n + 1)).join(', ');
    throw new UserError('impor-tabel-tidak-ada', { berkas: shown, tabel: table ?? '', ada }, EXIT.USAGE);
  }
  const ranks = named === undefined ? tables.map((t) => recognises(t.rows)) : [];
  const best = Math.max(0, ...ranks);
  const i = named ?? (best > 0 ? ranks.indexOf(best) : -1);
  if (i < 0) {
    // What each table begins with lets the officer see which one was meant, and a table with
    // some DIK headings says which it has and which it lacks, as a sheet does.
    const awal = tables.map((t, n) => {
      const first = (t.rows.find((r) => r.some((c) => c.trim())) ?? []).map((c) => c.replace(/\s+/g, ' ').trim()).filter(Boolean);
      if (first.length === 0) return `${n + 1}: ${ui('impor.lembar-kosong')}`;
      const { found, missing } = headerShortfall(t.rows);
      const what = Object.keys(found).length > 1 ? ` — ${ui('impor.lembar-isi', { ada: mappingText(found), kurang: fieldNames(missing) })}` : '';
      return `${n + 1}: ${first.join(' | ')}${what}`;
    });
    throw new UserError('impor-docx-tanpa-dik', { berkas: shown, n: tables.length, awal: awal.join('\n  ') }, EXIT.INVALID);
  }
  const joined = splitTable(tables, i);
  const last = i + joined.sambung.length;
  // One document may hold a DIK per year or per unit: the others are said, not silently left.
  const lainDik = ranks.flatMap((r, n) => (r > 0 && (n < i || n > last) ? [{ nama: ui('impor.tabel-ke', { n: n + 1 }), pilih: String(n + 1) }] : []));
  return {
    name: `${basename(shown)}[${ui('impor.tabel-ke', { n: last > i ? `${i + 1}–${last + 1}` : i + 1 })}]`,
    rows: joined.rows,
    continued: joined.continued,
    ...(lainDik.length ? { lainDik } : {}),
    ...(joined.sambung.length ? { sambung: joined.sambung } : {}),
  };
}

/**
 * A DIK split in two in Word (a page break, a paste from two pages) is the tables right after it
 * with nothing written between and as many columns: read as one table, rows numbered on, each
 * part said. A heading or a year between two tables makes them two DIKs.
 */
function splitTable(tables: readonly TableText[], i: number): { rows: string[][]; continued: Set<string>; sambung: NonNullable<Sheet['sambung']> } {
  const width = (t: TableText) => t.rows.reduce((w, r) => Math.max(w, r.length), 0);
  const rows = [...tables[i]!.rows];
  const continued = new Set(tables[i]!.continued);
  const sambung: NonNullable<Sheet['sambung']> = [];
  for (let j = i + 1; j < tables.length; j++) {
    const t = tables[j]!;
    // A heading typed between the parts ("DINAS KESEHATAN", "BIDANG PELAYANAN") is a row of the table: a short
    // line without a number (a year, a decree's number, "DIK 2025" would make a DIK of its own).
    const gap = (t.gapBefore ?? '').trim();
    const unitLine = gap !== '' && !gap.includes('\n') && !/\d/.test(gap) && gap.split(/\s+/).length <= 8;
    if (t.gapBefore === undefined || (gap !== '' && !unitLine) || width(t) !== width(tables[i]!) || t.rows.length === 0) break;
    if (unitLine) rows.push([gap, ...Array<string>(width(t) - 1).fill('')]);
    for (const key of t.continued) {
      const [r, c] = key.split(':').map(Number);
      continued.add(`${r! + rows.length}:${c}`);
    }
    sambung.push({ tabel: j + 1, dari: rows.length + 1 - (unitLine ? 1 : 0), sampai: rows.length + t.rows.length });
    rows.push(...t.rows);
  }
  return { rows, continued, sambung };
}

/** A column's heading as the header rows give it (the lower of a two-row header), for messages. */
function headingAt(rows: readonly string[][], layout: Layout, c: number): string {
  for (let r = layout.headerEnd; r >= (layout.headerStart ?? layout.headerEnd); r--) {
    const text = (rows[r]?.[c] ?? '').replace(/\s+/g, ' ').trim();
    if (text && !/^\(?\d{1,2}\)?$/.test(text)) return text;
  }
  return '';
}

/**
 * The rows below the header as the officer sees them in Excel. A hidden row is not imported (an
 * officer hides a withdrawn item rather than delete it) and is said at its row; it keeps its place,
 * so every other row keeps the number Excel shows. A hidden column the mapping reads is said; a
 * formula error in a column read is an error at its cell, never an empty value.
 */
export function asShown(sheet: Sheet, layout: Layout): { rows: string[][]; problems: Diagnostic[] } {
  const problems: Diagnostic[] = [];
  const at = (r: number, c?: number) => ({ file: sheet.name, line: r + 1, ...(c !== undefined ? { field: `${ui('kolom')} ${columnLetter(c)}` } : {}) });
  const read = new Map<number, string>();
  if (layout.name === 'register') for (const c of layout.paths?.values() ?? []) read.set(c, headingAt(sheet.rows, layout, c));
  else for (const [f, c] of Object.entries(layout.columns)) if (c !== undefined) read.set(c, ui(`impor.bidang.${f as ImportField}`));
  const rows = sheet.rows.map((row, r) => {
    if (r <= layout.headerEnd || !sheet.hidden?.rows.has(r) || row.every((c) => c.trim() === '')) return row;
    problems.push({ severity: 'peringatan', code: 'impor-baris-tersembunyi', params: {}, ...at(r) });
    return row.map(() => '');
  });
  for (const c of [...(sheet.hidden?.columns ?? [])].filter((c) => read.has(c)).sort((a, b) => a - b)) {
    const judul = headingAt(sheet.rows, layout, c);
    problems.push({
      severity: 'peringatan',
      code: 'impor-kolom-tersembunyi',
      params: { kolom: columnLetter(c), judul, bidang: read.get(c)! },
      file: sheet.name,
    });
  }
  for (const [cell, galat] of sheet.formulaErrors ?? []) {
    const [r, c] = cell.split(':').map(Number) as [number, number];
    if (r > layout.headerEnd && read.has(c) && !sheet.hidden?.rows.has(r))
      problems.push({ severity: 'galat', code: 'impor-sel-galat-rumus', params: { galat }, ...at(r, c) });
  }
  return { rows, problems };
}

/** The rows' problems with the sheet's: a cell holding a formula error is said as that, not again as an unreadable basis or period. */
export function withSheetProblems(rowProblems: readonly Diagnostic[], sheetProblems: readonly Diagnostic[]): Diagnostic[] {
  const lost = new Set(sheetProblems.filter((p) => p.code === 'impor-sel-galat-rumus').map((p) => `${p.line}:${p.field}`));
  return [...rowProblems.filter((p) => !lost.has(`${p.line}:${p.field}`)), ...sheetProblems];
}
