/** CSV as spreadsheets read it (RFC 4180), for reports, the published DIK and the register. */

/** Spreadsheets run cells that start with these as formulas; a leading apostrophe stops that. */
export function neutralise(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

/** What `neutralise` wrote, read back: the apostrophe goes, the text stays. */
export function unneutralise(s: string): string {
  return /^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s;
}

export interface CsvOptions {
  /** `;` is what Excel in an Indonesian locale reads on a double click. */
  delimiter?: string;
  /** For files people open in a spreadsheet (not for data piped to scripts). */
  neutraliseFormulas?: boolean;
}

export function csvText<T>(columns: ReadonlyArray<{ header: string; value: (row: T) => string }>, rows: readonly T[], o: CsvOptions = {}): string {
  return [...csvLines(columns, rows, o)].join('');
}

/** The same text line by line (each with its CRLF), for a file too large to hold as one string. */
export function* csvLines<T>(columns: ReadonlyArray<{ header: string; value: (row: T) => string }>, rows: readonly T[], o: CsvOptions = {}): Generator<string> {
  const delimiter = o.delimiter ?? ',';
  const cell = (raw: string) => {
    const s = o.neutraliseFormulas ? neutralise(raw) : raw;
    return s.includes(delimiter) || /["\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const line = (cells: string[]) => cells.map(cell).join(delimiter) + '\r\n';
  yield line(columns.map((c) => c.header));
  for (const r of rows) yield line(columns.map((c) => c.value(r)));
}
