/** Plain-text tables for terminals, and RFC 4180 CSV. */
import { csvText, type CsvDialect } from '../export/csv.js';

export interface Column<T> {
  header: string;
  /** The CSV heading for tools (`--csv-koma`): stable, the JSON output's key. */
  key?: string;
  value: (row: T) => string;
  /** Longest a cell may be in the terminal table before it is cut with "…". */
  max?: number;
  align?: 'left' | 'right';
}

const SURROGATE = /[\uD800-\uDFFF]/;
/** Characters, not UTF-16 units (most cells have none beyond the BMP: counted without splitting). */
const width = (s: string): number => (SURROGATE.test(s) ? [...s].length : s.length);
const SPACE_RUN = /\s\s|[^\S ]/;

function cut(s: string, max?: number): string {
  const one = SPACE_RUN.test(s) ? s.replace(/\s+/g, ' ').trim() : s.trim();
  if (!max || width(one) <= max) return one;
  return (SURROGATE.test(one) ? [...one].slice(0, max - 1).join('') : one.slice(0, max - 1)) + '…';
}

export function renderTable<T>(columns: Column<T>[], rows: T[], style: (s: string) => string = (s) => s): string {
  const parts: string[] = [];
  writeTable((s) => parts.push(s), columns, rows, style);
  return parts.join('');
}

/**
 * The same text as renderTable, written a thousand lines at a time: the table of 100,000 items
 * as one string, beside the lines it was joined from, held much more memory at once
 * (docs/performance.md, 'Why the code is shaped so').
 */
export function writeTable<T>(write: (s: string) => void, columns: Column<T>[], rows: T[], style: (s: string) => string = (s) => s): void {
  const cells = rows.map((r) => columns.map((c) => cut(c.value(r), c.max)));
  const widths = columns.map((c) => width(c.header));
  for (const row of cells) row.forEach((cell, i) => (widths[i] = Math.max(widths[i]!, width(cell))));
  const pad = (s: string, i: number) => {
    const fill = ' '.repeat(widths[i]! - width(s));
    return columns[i]!.align === 'right' ? fill + s : s + fill;
  };
  const line = (row: string[]) => row.map(pad).join('  ').trimEnd();
  write(style(line(columns.map((c) => c.header))) + '\n');
  const STEP = 1000;
  for (let i = 0; i < cells.length; i += STEP)
    write(
      cells
        .slice(i, i + STEP)
        .map((row) => line(row) + '\n')
        .join(''),
    );
}

export function renderCsv<T>(columns: Column<T>[], rows: T[], dialect: CsvDialect): string {
  return csvText(columns, rows, dialect);
}
