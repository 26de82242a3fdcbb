/**
 * Plain-text tables for terminals, fitted to the output's width, and RFC 4180 CSV.
 *
 * A table wider than the output gives up room in this order: its long text columns (`cut`:
 * title, unit) are shortened with "…", widest first, down to a few words; then the other
 * columns wrap inside their cells at spaces, never breaking a word (an id, a date, a status stay
 * whole); then the text columns shorten further. What still does not fit (a width too narrow for
 * the ids themselves) is cut at the width, so no line is ever longer than it.
 */
import { csvText, type CsvDialect } from '../export/csv.js';
import { displayWidth as width, fitLine, outputWidth, truncate, wrapText } from './width.js';

export interface Column<T> {
  header: string;
  /** The CSV heading for tools (`--csv-koma`): stable, the JSON output's key. */
  key?: string;
  value: (row: T) => string;
  /** Long text (a title, a unit): shortened with "…" before any other column gives up room. */
  cut?: boolean;
  align?: 'left' | 'right';
}

const SPACE_RUN = /\s\s|[^\S ]/;
const GAP = 2;
/** A text column shortened this far still names its item; only a very narrow output goes below. */
const CUT_MIN = 20;
const CUT_LAST = 4;

const oneLine = (s: string): string => (SPACE_RUN.test(s) ? s.replace(/\s+/g, ' ').trim() : s.trim());
const longestWord = (s: string): number => s.split(' ').reduce((m, w) => Math.max(m, width(w)), 0);

export function renderTable<T>(columns: Column<T>[], rows: T[], style: (s: string) => string = (s) => s, limit: number | undefined = outputWidth()): string {
  const parts: string[] = [];
  writeTable((s) => parts.push(s), columns, rows, style, limit);
  return parts.join('');
}

/**
 * Takes `over` columns of room from the columns `from` may shrink, widest first, none below its
 * floor: the long ones give up room before the short ones lose any. Returns what is still over.
 */
function shrink(widths: number[], from: number[], floor: (i: number) => number, over: number): number {
  while (over > 0) {
    const open = from.filter((i) => widths[i]! > floor(i));
    if (open.length === 0) break;
    const widest = Math.max(...open.map((i) => widths[i]!));
    const next = Math.max(...open.map((i) => (widths[i]! < widest ? widths[i]! : floor(i))), 0);
    const top = open.filter((i) => widths[i] === widest);
    // Every widest column down one step, at most to the next width below or to its floor.
    const step = Math.max(1, Math.min(widest - next, Math.ceil(over / top.length)));
    for (const i of top) {
      if (over <= 0) break;
      const by = Math.min(step, widths[i]! - floor(i), over);
      widths[i]! -= by;
      over -= by;
    }
  }
  return over;
}

interface Plan {
  widths: number[];
  /** The text columns on a line of their own under each row, the other columns side by side. */
  below: boolean;
  /** Too narrow for the columns side by side: each row as its id, then "Heading: value" pairs, then its text. */
  blocks?: true;
}

/**
 * The columns' widths with the text columns beside the others: first the other columns give up
 * what only their longest cells and their headings need (those wrap), then the text columns are
 * shortened, then the other columns wrap further.
 */
function besideLayout<T>(columns: Column<T>[], natural: number[], room: Room, limit: number): number[] {
  const widths = [...natural];
  let over = widths.reduce((a, b) => a + b, 0) + GAP * (columns.length - 1) - limit;
  const cut = columns.flatMap((c, i) => (c.cut ? [i] : []));
  const wrap = columns.flatMap((c, i) => (c.cut ? [] : [i]));
  over = shrink(widths, wrap, (i) => room().usual[i]!, over);
  if (over > 0) over = shrink(widths, cut, (i) => Math.min(natural[i]!, CUT_MIN), over);
  if (over > 0) over = shrink(widths, wrap, (i) => room().words[i]!, over);
  if (over > 0) shrink(widths, cut, (i) => Math.min(natural[i]!, CUT_LAST), over);
  return widths;
}

/** The other columns' widths when the text columns go below them (theirs are 0). */
function belowLayout<T>(columns: Column<T>[], natural: number[], room: Room, limit: number): number[] {
  const widths = columns.map((c, i) => (c.cut ? 0 : natural[i]!));
  const wrap = columns.flatMap((c, i) => (c.cut ? [] : [i]));
  const over = widths.reduce((a, b) => a + b, 0) + GAP * (wrap.length - 1) - limit;
  if (over > 0)
    shrink(
      widths,
      wrap,
      (i) => room().words[i]!,
      shrink(widths, wrap, (i) => room().usual[i]!, over),
    );
  return widths;
}

/** Per column: its longest word (narrower, a word would break) and what nine rows in ten need. */
type Room = () => { words: number[]; usual: number[] };

function roomOf(header: string[], cells: string[][]): Room {
  let room: { words: number[]; usual: number[] } | undefined;
  return () =>
    (room ??= {
      words: header.map((h, i) => Math.max(longestWord(h), ...cells.map((r) => longestWord(r[i]!)))),
      usual: header.map((h, i) => {
        const sorted = cells.map((r) => width(r[i]!)).sort((a, b) => a - b);
        const usual = sorted.length === 0 ? 0 : sorted[Math.ceil(0.9 * sorted.length) - 1]!;
        return Math.max(usual, longestWord(h), ...cells.map((r) => longestWord(r[i]!)));
      }),
    });
}

/**
 * How the table fits the output: as it is, or with its text columns shortened and its other
 * cells wrapped, or with its text on a line under each row — whichever takes fewer lines.
 */
function layout<T>(columns: Column<T>[], header: string[], cells: string[][], limit: number | undefined): Plan {
  const natural = header.map((h) => width(h));
  for (const row of cells) row.forEach((cell, i) => (natural[i] = Math.max(natural[i]!, width(cell))));
  if (limit === undefined || natural.reduce((a, b) => a + b, 0) + GAP * (columns.length - 1) <= limit) return { widths: natural, below: false };
  const room = roomOf(header, cells);
  const beside = besideLayout(columns, natural, room, limit);
  if (!columns.some((c) => c.cut)) return { widths: beside, below: false };
  const under = belowLayout(columns, natural, room, limit);
  const height = (widths: number[], extra: number) =>
    cells.reduce((n, row) => n + extra + Math.max(...row.map((cell, i) => (widths[i] === 0 ? 1 : cellLines(cell, widths[i]!, columns[i]!.cut).length))), 0);
  const shownWidth = (widths: number[]) => widths.filter((w) => w > 0).reduce((a, b) => a + GAP + b, -GAP);
  if (shownWidth(under) > limit) return { widths: under, below: true, blocks: true };
  const squeezed = columns.some((c, i) => c.cut && beside[i]! < Math.min(natural[i]!, CUT_MIN));
  return !squeezed && height(beside, 0) <= height(under, 1) ? { widths: beside, below: false } : { widths: under, below: true };
}

/** A cell as the lines it takes in its column: a text column on one line, cut; any other wrapped. */
function cellLines(cell: string, w: number, cut: boolean | undefined): string[] {
  if (width(cell) <= w) return [cell];
  return cut ? [truncate(cell, w)] : wrapText(cell, w);
}

/**
 * The same text as renderTable, written a thousand lines at a time: the table of 100,000 items
 * as one string, beside the lines it was joined from, held much more memory at once
 * (docs/performance.md, 'Why the code is shaped so').
 */
export function writeTable<T>(
  write: (s: string) => void,
  columns: Column<T>[],
  rows: T[],
  style: (s: string) => string = (s) => s,
  limit: number | undefined = outputWidth(),
): void {
  const header = columns.map((c) => oneLine(c.header));
  const cells = rows.map((r) => columns.map((c) => oneLine(c.value(r))));
  const { widths, below, blocks } = layout(columns, header, cells, limit);
  if (blocks) return writeBlocks(write, columns, header, cells, limit!);
  const shown = columns.flatMap((c, i) => (below && c.cut ? [] : [i]));
  const pad = (s: string, i: number) => {
    const fill = ' '.repeat(Math.max(0, widths[i]! - width(s)));
    return columns[i]!.align === 'right' ? fill + s : s + fill;
  };
  const fit = (text: string) => (limit === undefined ? text : truncate(text.trimEnd(), limit)).trimEnd() + '\n';
  // A row whose cells wrap takes as many lines as its tallest cell; its text, if below, one more.
  const lines = (row: string[]): string => {
    const parts = shown.map((i) => cellLines(row[i]!, widths[i]!, columns[i]!.cut));
    const height = Math.max(...parts.map((p) => p.length));
    let out = '';
    for (let k = 0; k < height; k++) out += fit(parts.map((p, j) => pad(p[k] ?? '', shown[j]!)).join(' '.repeat(GAP)));
    if (below) out += fit('  ' + columns.flatMap((c, i) => (c.cut && row[i] !== '' ? [row[i]!] : [])).join(' · '));
    return out;
  };
  write(
    lines(header)
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => style(l) + '\n')
      .join(''),
  );
  const STEP = 1000;
  for (let i = 0; i < cells.length; i += STEP)
    write(
      cells
        .slice(i, i + STEP)
        .map((row) => lines(row))
        .join(''),
    );
}

/** Each row as a block: its first cell (the id) on a line, its other cells as "Heading: value", then its text. */
function writeBlocks<T>(write: (s: string) => void, columns: Column<T>[], header: string[], cells: string[][], limit: number): void {
  const block = (row: string[]): string => {
    const pairs = columns.flatMap((c, i) => (i === 0 || c.cut || row[i] === '' ? [] : [`${header[i]}: ${row[i]}`]));
    const text = columns.flatMap((c, i) => (c.cut && row[i] !== '' ? [row[i]!] : []));
    const lines = [truncate(row[0]!, limit), ...fitLine(`  ${pairs.join(' · ')}`, 2, limit).split('\n')];
    if (text.length) lines.push(truncate(`  ${text.join(' · ')}`, limit));
    return lines.map((l) => l.trimEnd() + '\n').join('');
  };
  const STEP = 1000;
  for (let i = 0; i < cells.length; i += STEP)
    write(
      cells
        .slice(i, i + STEP)
        .map(block)
        .join(''),
    );
}

export function renderCsv<T>(columns: Column<T>[], rows: T[], dialect: CsvDialect): string {
  return csvText(columns, rows, dialect);
}
