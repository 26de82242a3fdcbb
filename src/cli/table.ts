/** Plain-text tables for terminals, and RFC 4180 CSV. */
import { csvText } from '../export/csv.js';

export interface Column<T> {
  header: string;
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
  const cells = rows.map((r) => columns.map((c) => cut(c.value(r), c.max)));
  const widths = columns.map((c, i) => Math.max(width(c.header), ...cells.map((row) => width(row[i]!))));
  const pad = (s: string, i: number) => {
    const fill = ' '.repeat(widths[i]! - width(s));
    return columns[i]!.align === 'right' ? fill + s : s + fill;
  };
  const line = (row: string[]) => row.map(pad).join('  ').trimEnd();
  return [style(line(columns.map((c) => c.header))), ...cells.map(line)].join('\n') + '\n';
}

export function renderCsv<T>(columns: { header: string; value: (row: T) => string }[], rows: T[]): string {
  return csvText(columns, rows);
}
