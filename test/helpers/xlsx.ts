/** Workbooks as officers make them in Excel, built for the tests (merged cells, rich text, formulas). */
import { createRequire } from 'node:module';
import type ExcelJSType from 'exceljs';

const ExcelJS = createRequire(import.meta.url)('exceljs') as typeof ExcelJSType;

export type CellSpec =
  | string
  | number
  | Date
  | null
  | { richText: Array<{ text: string; font?: { bold?: boolean } }> }
  | { formula: string; result: number | { error: string } }
  | { error: string };

export interface SheetSpec {
  name: string;
  rows: CellSpec[][];
  merges?: string[];
  hidden?: boolean;
  /** Rows hidden in Excel (1-based, as Excel numbers them). */
  hiddenRows?: number[];
  /** Columns hidden in Excel, by letter. */
  hiddenColumns?: string[];
}

export async function writeWorkbook(path: string, sheets: SheetSpec[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, { state: s.hidden ? 'hidden' : 'visible' });
    for (const row of s.rows) ws.addRow(row);
    for (const m of s.merges ?? []) ws.mergeCells(m);
    for (const r of s.hiddenRows ?? []) ws.getRow(r).hidden = true;
    for (const c of s.hiddenColumns ?? []) ws.getColumn(c).hidden = true;
  }
  await wb.xlsx.writeFile(path);
}

export async function readWorkbook(path: string): Promise<ExcelJSType.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}
