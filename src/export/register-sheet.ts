/**
 * The register as a file for office software: an Excel workbook with typed cells (dates as
 * dates, numbers as numbers), column widths, a frozen header row and a filter, and beside it
 * the DIK as published, ready to print; or CSV in the dialect of src/export/csv.ts. Internal fields included: this file
 * is for the officers, never for publication.
 */
import { createRequire } from 'node:module';
import type { RecordData } from '../domain/record.js';
import { cellValue, REGISTER_COLUMNS } from './register-columns.js';
import { csvText, type CsvDialect } from './csv.js';
import { addDikSheet } from './dik-sheet.js';
import type { PublicItem } from '../publish/allowlist.js';

export interface RegisterSheetMeta {
  badanPublik: string;
  /** The day of the export: the workbook's own dates, so that the same archive gives the same file. */
  tanggal: string;
}

const isoToDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** `dik`: the items of the DIK among `records`, as `ppid publish` would publish them. */
export async function registerXlsx(records: readonly RecordData[], dik: readonly PublicItem[], meta: RegisterSheetMeta): Promise<Buffer> {
  // Loaded only here: exceljs is slow to load and most commands never need it
  // (docs/performance.md, 'Why the code is shaped so').
  const ExcelJS = createRequire(import.meta.url)('exceljs') as typeof import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ppid';
  wb.company = meta.badanPublik;
  wb.created = wb.modified = isoToDate(meta.tanggal);
  const ws = wb.addWorksheet('Register DIK', { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  ws.columns = REGISTER_COLUMNS.map((c) => ({
    header: c.judul,
    width: c.lebar,
    style: c.jenis === 'tanggal' ? { numFmt: 'dd/mm/yyyy' } : c.jenis === 'angka' ? { numFmt: '0' } : { alignment: { wrapText: true, vertical: 'top' } },
  }));
  for (const d of records) {
    ws.addRow(
      REGISTER_COLUMNS.map((c) => {
        const v = cellValue(c, d);
        return v !== undefined && c.jenis === 'tanggal' ? isoToDate(String(v)) : (v ?? null);
      }),
    );
  }
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: REGISTER_COLUMNS.length } };
  // Second, so that `ppid import` still reads the register (the first sheet) by default.
  addDikSheet(wb, dik, meta);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The headings stay Indonesian in both dialects: they are what `ppid import` reads the columns by. */
export function registerCsv(records: readonly RecordData[], dialect: CsvDialect = 'excel'): string {
  const columns = REGISTER_COLUMNS.map((c) => ({ header: c.judul, value: (d: RecordData) => String(cellValue(c, d) ?? '') }));
  return csvText(columns, records, dialect);
}
