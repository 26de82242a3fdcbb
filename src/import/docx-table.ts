/**
 * The tables of a Word document (.docx) as rows of cell text, so that a DIK kept as a table in
 * an SK's annex goes through the same layout detection and row reading as a spreadsheet.
 *
 * A .docx is a zip; its body is `word/document.xml`, read with saxes (no DTD, no entity
 * expansion: an entity it does not know is an error, never a fetch or a blow-up). Merged cells
 * read as the xlsx reader reads them: a horizontal merge (`w:gridSpan`) holds its text in its
 * first column and leaves the others empty; a vertical merge (`w:vMerge`) repeats the text of
 * the cell it continues, because Word offices merge a legal basis shared by several items and
 * each item needs it. Word's automatic numbering is not in the text: it is put back from
 * `word/numbering.xml` ("1. ", "a. ") so that "1. UU 14/2008 … 2. PP 61/2010 …" reads as typed.
 */
import { createRequire } from 'node:module';
import type { Readable } from 'node:stream';

/** The reason a document cannot be read: a key of src/i18n/parser-details.ts. */
export class DocxProblem extends Error {
  constructor(readonly detail: string) {
    super(detail);
  }
}

/** A DIK's document.xml is a few megabytes; a zip that inflates past this is a mistake or a bomb. */
export const MAX_DOCX_XML_BYTES = 64 * 1024 * 1024;

type JSZipType = typeof import('jszip');
type ZipFile = import('jszip').JSZipObject;

/** A member's text, read in chunks and given up as soon as it passes the cap. */
function inflate(entry: ZipFile, cap: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stream = entry.nodeStream('nodebuffer') as Readable;
    stream
      .on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > cap) {
          stream.destroy();
          reject(new DocxProblem('docx.terlalu-besar'));
          return;
        }
        chunks.push(chunk);
      })
      .on('error', () => reject(new DocxProblem('docx.zip-rusak')))
      .on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

interface Tag {
  name: string;
  attributes: Record<string, string>;
}

/** Walks an XML text with saxes; a DOCTYPE is refused (Word never writes one). */
function walk(xml: string, on: { open?: (t: Tag) => void; close?: (name: string) => void; text?: (s: string) => void }): void {
  const { SaxesParser } = createRequire(import.meta.url)('saxes') as typeof import('saxes');
  const parser = new SaxesParser();
  parser.on('doctype', () => {
    throw new DocxProblem('docx.xml-rusak');
  });
  parser.on('error', () => {
    throw new DocxProblem('docx.xml-rusak');
  });
  if (on.open) parser.on('opentag', (t) => on.open!(t as Tag));
  if (on.close) parser.on('closetag', (t) => on.close!(t.name));
  if (on.text) parser.on('text', on.text);
  try {
    parser.write(xml).close();
  } catch (e) {
    throw e instanceof DocxProblem ? e : new DocxProblem('docx.xml-rusak');
  }
}

interface Level {
  fmt: string;
  text: string;
  start: number;
}

/** numId → its levels (format, text such as "%1.", start), from word/numbering.xml. */
function readNumbering(xml: string | undefined): Map<string, Map<number, Level>> {
  const abstract = new Map<string, Map<number, Level>>();
  const nums = new Map<string, string>();
  if (xml === undefined) return new Map();
  let abs: Map<number, Level> | undefined;
  let lvl: Level | undefined;
  let num: string | undefined;
  walk(xml, {
    open: ({ name, attributes: a }) => {
      if (name === 'w:abstractNum') abstract.set(a['w:abstractNumId'] ?? '', (abs = new Map()));
      else if (name === 'w:lvl' && abs) abs.set(Number(a['w:ilvl'] ?? 0), (lvl = { fmt: 'decimal', text: '', start: 1 }));
      else if (name === 'w:numFmt' && lvl) lvl.fmt = a['w:val'] ?? 'decimal';
      else if (name === 'w:lvlText' && lvl) lvl.text = a['w:val'] ?? '';
      else if (name === 'w:start' && lvl) lvl.start = Number(a['w:val'] ?? 1) || 0;
      else if (name === 'w:num') num = a['w:numId'];
      else if (name === 'w:abstractNumId' && num !== undefined) nums.set(num, a['w:val'] ?? '');
    },
    close: (name) => {
      if (name === 'w:abstractNum') abs = lvl = undefined;
      else if (name === 'w:lvl') lvl = undefined;
      else if (name === 'w:num') num = undefined;
    },
  });
  return new Map([...nums].map(([n, a]) => [n, abstract.get(a) ?? new Map()]));
}

interface StyleNumbering {
  numId?: string;
  ilvl?: number;
  basedOn?: string;
}

/**
 * styleId → the list a paragraph style numbers its paragraphs with, from word/styles.xml: Word's
 * "List Number" style (or an office's own "Dasar Hukum" style) numbers a paragraph that carries
 * no numbering of its own, and a style may inherit its list from the style it is based on.
 */
function readStyleNumbering(xml: string | undefined): (styleId: string | undefined) => { numId: string; ilvl: number } | undefined {
  const styles = new Map<string, StyleNumbering>();
  if (xml !== undefined) {
    let style: StyleNumbering | undefined;
    walk(xml, {
      open: ({ name, attributes: a }) => {
        if (name === 'w:style') styles.set(a['w:styleId'] ?? '', (style = {}));
        else if (name === 'w:basedOn' && style) style.basedOn = a['w:val'];
        else if (name === 'w:numId' && style) style.numId = a['w:val'];
        else if (name === 'w:ilvl' && style) style.ilvl = Number(a['w:val'] ?? 0) || 0;
      },
      close: (name) => {
        if (name === 'w:style') style = undefined;
      },
    });
  }
  return (styleId) => {
    // A chain of styles is short; the bound stops a loop a broken file might hold.
    for (let id = styleId, depth = 0; id !== undefined && depth < 20; depth++) {
      const s = styles.get(id);
      if (s?.numId !== undefined) return { numId: s.numId, ilvl: s.ilvl ?? 0 };
      id = s?.basedOn;
    }
    return undefined;
  };
}

function roman(n: number): string {
  const parts: Array<[number, string]> = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']]; // prettier-ignore
  let s = '';
  for (const [v, r] of parts) for (; n >= v; n -= v) s += r;
  return s;
}

function letters(n: number): string {
  // Word goes a … z, aa … zz: the letter repeated.
  return n < 1 ? '' : String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

function formatNumber(fmt: string, n: number): string {
  if (fmt === 'lowerLetter') return letters(n);
  if (fmt === 'upperLetter') return letters(n).toUpperCase();
  if (fmt === 'lowerRoman') return roman(n);
  if (fmt === 'upperRoman') return roman(n).toUpperCase();
  return String(n);
}

/** Numbers the paragraphs of lists as Word shows them: counters per list, deeper levels restart. */
class ListCounter {
  private readonly counts = new Map<string, number[]>();
  constructor(private readonly numbering: Map<string, Map<number, Level>>) {}

  prefix(numId: string, ilvl: number): string {
    if (numId === '0') return '';
    const levels = this.numbering.get(numId);
    const level = (i: number): Level => levels?.get(i) ?? { fmt: 'decimal', text: `%${i + 1}.`, start: 1 };
    const counts = this.counts.get(numId) ?? [];
    this.counts.set(numId, counts);
    counts[ilvl] = counts[ilvl] === undefined ? level(ilvl).start : counts[ilvl]! + 1;
    counts.length = ilvl + 1;
    const own = level(ilvl);
    if (own.fmt === 'bullet') return '• ';
    if (own.fmt === 'none') return '';
    const text = own.text.replace(/%(\d)/g, (_, d: string) => {
      const i = Number(d) - 1;
      return formatNumber(level(i).fmt, counts[i] ?? level(i).start);
    });
    return text ? `${text} ` : '';
  }
}

/** A table's rows of cell text, and which cells took their text from a vertical merge above ("row:column", from 0). */
export interface TableText {
  rows: string[][];
  continued: Set<string>;
  /** For a table in the document's body: the text of the paragraphs between it and the table before (none: one table split in two). */
  gapBefore?: string;
}

interface TableBuild extends TableText {
  row?: string[];
  /** The grid column the next cell starts at. */
  col: number;
  /** Each grid column's text of the vertical merge running in it. */
  merged: Map<number, string>;
  cell?: CellBuild;
}

interface CellBuild {
  paragraphs: string[];
  span: number;
  vMerge?: 'restart' | 'continue';
}

interface ParaBuild {
  text: string;
  numId?: string;
  ilvl?: number;
  style?: string;
}

/**
 * Reads document.xml's tables. Paragraphs nest (a text box's paragraphs sit inside a run of the
 * cell's own paragraph) and tables nest (a DIK framed in a one-cell table): each paragraph is a
 * line of every cell it is in, so a table inside a cell is read as lines of that cell and also as
 * a table of its own.
 */
class TableReader {
  readonly tables: TableText[] = [];
  readonly nested: TableText[] = [];
  private readonly stack: TableBuild[] = [];
  private readonly paras: ParaBuild[] = [];
  private inText = false;
  private inRun = false;
  /** Text Word hides (w:vanish) is not what the officer sees. */
  private hidden = false;
  /** A drawing or text box comes twice, as itself and as a fallback for older Words: read once. */
  private fallback = 0;
  /** The body's text since the last table ended. */
  private gap = '';

  constructor(
    private readonly lists: ListCounter,
    private readonly styleList: ReturnType<typeof readStyleNumbering>,
  ) {}

  open({ name, attributes: a }: Tag): void {
    const t = this.stack.at(-1);
    const para = this.paras.at(-1);
    if (name === 'mc:Fallback') this.fallback++;
    else if (name === 'w:tbl') {
      this.stack.push({ rows: [], continued: new Set(), col: 0, merged: new Map(), ...(this.stack.length === 0 ? { gapBefore: this.gap } : {}) });
      if (this.stack.length === 1) this.gap = '';
    } else if (name === 'w:tr' && t) t.row = [];
    else if (name === 'w:gridBefore' && t?.row && !t.cell) t.col += gridCount(a['w:val'], 0);
    else if (name === 'w:tc' && t) t.cell = { paragraphs: [], span: 1 };
    else if (name === 'w:gridSpan' && t?.cell) t.cell.span = Math.max(1, gridCount(a['w:val'], 1));
    else if (name === 'w:vMerge' && t?.cell) t.cell.vMerge = a['w:val'] === 'restart' ? 'restart' : 'continue';
    else if (name === 'w:p' && (t?.cell || this.stack.length === 0)) this.paras.push({ text: '' });
    else if (name === 'w:r') [this.inRun, this.hidden] = [true, false];
    else if (name === 'w:vanish' && this.inRun) this.hidden = !/^(false|0|off)$/i.test(a['w:val'] ?? '');
    else if (!para) return;
    else if (name === 'w:pStyle') para.style = a['w:val'];
    else if (name === 'w:ilvl') para.ilvl = Number(a['w:val'] ?? 0) || 0;
    else if (name === 'w:numId') para.numId = a['w:val'];
    else if (name === 'w:t' && this.fallback === 0) this.inText = true;
    else if (name === 'w:tab' && !this.hidden) para.text += ' ';
    else if ((name === 'w:br' || name === 'w:cr') && !this.hidden) para.text += '\n';
    else if (name === 'w:noBreakHyphen' && !this.hidden) para.text += '-';
  }

  text(s: string): void {
    const para = this.paras.at(-1);
    if (this.inText && para && !this.hidden) para.text += s;
  }

  close(name: string): void {
    const t = this.stack.at(-1);
    if (name === 'mc:Fallback') this.fallback--;
    else if (name === 'w:t') this.inText = false;
    else if (name === 'w:r') this.inRun = this.hidden = false;
    else if (name === 'w:p' && this.paras.length > 0) this.endParagraph(this.paras.pop()!);
    else if (name === 'w:tc' && t?.row && t.cell) {
      placeCell(t, t.cell);
      t.cell = undefined;
    } else if (name === 'w:tr' && t?.row) {
      // A row that starts later (w:gridBefore) or ends early reads with empty cells, as a sheet's would.
      t.rows.push(Array.from(t.row, (c) => c ?? ''));
      t.row = undefined;
      t.col = 0;
    } else if (name === 'w:tbl') {
      const done = this.stack.pop();
      if (done && this.stack.length === 0) this.tables.push({ rows: done.rows, continued: done.continued, gapBefore: done.gapBefore ?? '' });
      else if (done) this.nested.push({ rows: done.rows, continued: done.continued });
    }
  }

  private endParagraph(para: ParaBuild): void {
    const byStyle = para.numId === undefined ? this.styleList(para.style) : undefined;
    const numId = para.numId ?? byStyle?.numId;
    // An empty numbered paragraph still shows its number: a "No" column Word numbers itself holds nothing else.
    const prefix = numId !== undefined ? this.lists.prefix(numId, para.ilvl ?? byStyle?.ilvl ?? 0) : '';
    if (this.stack.length === 0) this.gap += `${para.text}\n`;
    for (const t of this.stack) t.cell?.paragraphs.push(prefix + para.text);
  }
}

/**
 * Every top-level table of document.xml as rows of cell text (tables inside cells are read as
 * lines of their cell), then the tables found inside cells, for a DIK framed in another table.
 */
export function tablesOf(documentXml: string, numberingXml?: string, stylesXml?: string): TableText[] {
  const reader = new TableReader(new ListCounter(readNumbering(numberingXml)), readStyleNumbering(stylesXml));
  walk(documentXml, { open: (t) => reader.open(t), close: (n) => reader.close(n), text: (s) => reader.text(s) });
  return [...reader.tables, ...reader.nested];
}

/** Word's grid has at most 63 columns; a table claiming thousands is broken or hostile, never a DIK. */
export const MAX_GRID_COLUMNS = 1000;

function gridCount(value: string | undefined, fallback: number): number {
  const n = Number(value ?? fallback);
  if (!Number.isInteger(n) || n < 0) return fallback;
  if (n > MAX_GRID_COLUMNS) throw new DocxProblem('docx.tabel-terlalu-lebar');
  return n;
}

function placeCell(t: TableBuild, cell: CellBuild): void {
  const own = cell.paragraphs
    .join('\n')
    .replace(/[ \t]+\n/g, '\n')
    .trim();
  const text = cell.vMerge === 'continue' ? (t.merged.get(t.col) ?? '') : own;
  if (cell.vMerge === 'continue' && text) t.continued.add(`${t.rows.length}:${t.col}`);
  if (cell.vMerge === 'restart') t.merged.set(t.col, own);
  else if (cell.vMerge === undefined) t.merged.delete(t.col);
  if (t.col + cell.span > MAX_GRID_COLUMNS) throw new DocxProblem('docx.tabel-terlalu-lebar');
  t.row![t.col] = text;
  for (let i = 1; i < cell.span; i++) t.row![t.col + i] = '';
  t.col += cell.span;
}

/** The tables of a .docx held in `data`; a DocxProblem says why it cannot be read. */
export async function readDocxTables(data: Buffer): Promise<TableText[]> {
  if (data.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) throw new DocxProblem('docx.doc-lama');
  if (data[0] !== 0x50 || data[1] !== 0x4b) throw new DocxProblem('docx.bukan-zip');
  const JSZip = createRequire(import.meta.url)('jszip') as JSZipType;
  let zip: InstanceType<JSZipType>;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    throw new DocxProblem('docx.zip-rusak');
  }
  const body = zip.file('word/document.xml');
  if (!body) throw new DocxProblem('docx.bukan-dokumen');
  const document = await inflate(body, MAX_DOCX_XML_BYTES);
  const part = async (name: string) => {
    const f = zip.file(name);
    return f ? inflate(f, MAX_DOCX_XML_BYTES) : undefined;
  };
  return tablesOf(document, await part('word/numbering.xml'), await part('word/styles.xml'));
}
