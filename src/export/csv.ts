/**
 * CSV (RFC 4180) in the two dialects ppid writes (docs/adr/0019-csv-for-excel.md): `excel`, the
 * one every CSV defaults to, which Excel in an Indonesian locale opens in columns on a double
 * click; and `koma`, for tools that want commas. Reports, the published `dik.csv` and the
 * exported register all write through here, so they cannot drift apart.
 */

/** Spreadsheets run cells that start with these as formulas; a leading apostrophe stops that. */
export function neutralise(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

/** What `neutralise` wrote, read back: the apostrophe goes, the text stays. */
export function unneutralise(s: string): string {
  return /^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s;
}

export type CsvDialect = 'excel' | 'koma';

interface DialectRules {
  delimiter: string;
  /** Excel reads a file without a BOM as the machine's ANSI code page: "Dikecualikan" survives, "—" does not. */
  bom: boolean;
  /** For files people open in a spreadsheet, not for data piped to scripts. */
  neutraliseFormulas: boolean;
  /** `excel` heads its columns with words in the output language; `koma` with the columns' stable keys. */
  keys: boolean;
}

/**
 * `;` because in an Indonesian locale the comma is the decimal mark, so Excel's list separator
 * is the semicolon: a comma-separated file opens as one column of text.
 */
export const CSV_DIALECTS: Readonly<Record<CsvDialect, DialectRules>> = {
  excel: { delimiter: ';', bom: true, neutraliseFormulas: true, keys: false },
  koma: { delimiter: ',', bom: false, neutraliseFormulas: false, keys: true },
};

export interface CsvColumn<T> {
  /** The heading as people read it (in the output language). */
  header: string;
  /** The heading for tools (`koma`), the same in every language; without one, `header`. */
  key?: string;
  value: (row: T) => string;
}

export function csvText<T>(columns: ReadonlyArray<CsvColumn<T>>, rows: readonly T[], dialect: CsvDialect = 'excel'): string {
  return [...csvPieces(columns, rows, dialect)].join('');
}

/** The same text piece by piece (the BOM, then each line with its CRLF), for a file too large to hold as one string. */
export function* csvPieces<T>(columns: ReadonlyArray<CsvColumn<T>>, rows: readonly T[], dialect: CsvDialect = 'excel'): Generator<string> {
  const rules = CSV_DIALECTS[dialect];
  const { delimiter } = rules;
  const cell = (raw: string) => {
    const s = rules.neutraliseFormulas ? neutralise(raw) : raw;
    return s.includes(delimiter) || /["\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const line = (cells: string[]) => cells.map(cell).join(delimiter) + '\r\n';
  if (rules.bom) yield '\uFEFF';
  yield line(columns.map((c) => (rules.keys ? (c.key ?? c.header) : c.header)));
  for (const r of rows) yield line(columns.map((c) => c.value(r)));
}
