/**
 * Reading a spreadsheet's cells as text rows. CSV for now (UTF-8, with or without BOM, comma
 * or semicolon as Excel writes it in an Indonesian locale); .xlsx comes next.
 */
import { basename, extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import { readTextFile } from '../archive/text-file.js';
import { EXIT, UserError } from '../errors.js';

export interface Sheet {
  name: string;
  rows: string[][];
}

/** A DIK of thousands of rows is far below this; a mistaken file is not. */
const MAX_SHEET_BYTES = 20 * 1024 * 1024;

export function readSheet(abs: string, shown: string): Sheet {
  const ext = extname(abs).toLowerCase();
  if (ext !== '.csv') throw new UserError('impor-format', { berkas: shown, jenis: ext || '(tanpa akhiran)' }, EXIT.USAGE);
  const read = readTextFile(abs, shown, MAX_SHEET_BYTES);
  if (!read.ok) throw new UserError('masukan-tidak-valid', {}, EXIT.INVALID, [read.problem]);
  const text = read.text.replace(/^\uFEFF/, '');
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  // Excel with an Indonesian locale writes ';' (the comma is the decimal sign there).
  const delimiter = (first.match(/;/g) ?? []).length > (first.match(/,/g) ?? []).length ? ';' : ',';
  try {
    const rows = parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
    return { name: basename(abs), rows };
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    throw new UserError('masukan-tidak-valid', {}, EXIT.INVALID, [{
      severity: 'galat', code: 'impor-csv-rusak', params: { detail: (e as Error).message.split('\n')[0] ?? '' }, file: shown, ...(line ? { line, col: 1 } : {}),
    }]);
  }
}
