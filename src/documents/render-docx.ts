/**
 * A document as a Word file (.docx, Office Open XML) that Word and LibreOffice open and edit:
 * real paragraphs and tables, not an image or a frozen layout, so the officer can still
 * correct a word before signing. A4, portrait or landscape per section.
 */
import { createRequire } from 'node:module';
import type * as Docx from 'docx';
import { pointMarks, type Block, type Doc, type Letterhead, type Signature } from './model.js';
import { textWidth } from './text-width.js';

// Loaded only for `ppid doc`: the library is large and other commands never need it.
const D = createRequire(import.meta.url)('docx') as typeof Docx;

const FONT = 'Arial';
const A4 = { w: 11906, h: 16838 };
const MARGIN = 1134; // 2 cm
const MM = 56.7; // twips per millimetre
/** Half-points: 11 pt. */
const BODY_SIZE = 22;
const CELL_MARGIN_X = 80;
const LANGUAGE = 'id-ID';

const none = { style: D.BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
const line = { style: D.BorderStyle.SINGLE, size: 4, color: '000000' };
const GRID = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };

type Align = (typeof D.AlignmentType)[keyof typeof D.AlignmentType];

interface ParaOptions {
  bold?: boolean;
  italics?: boolean;
  size?: number;
  align?: Align;
  underline?: boolean;
  after?: number;
  color?: string;
  /** On the same page as what follows (and not split itself): the text a signature block stands under. */
  keep?: boolean;
}

function para(text: string, o: ParaOptions = {}): Docx.Paragraph {
  // A line break inside a value ("one statute per line") stays a line break in Word.
  const runs = text.split('\n').map(
    (t, i) =>
      new D.TextRun({
        text: t,
        break: i > 0 ? 1 : 0,
        bold: o.bold,
        italics: o.italics,
        font: FONT,
        size: o.size ?? BODY_SIZE,
        ...(o.underline ? { underline: {} } : {}),
        ...(o.color ? { color: o.color } : {}),
      }),
  );
  return new D.Paragraph({
    children: runs,
    alignment: o.align ?? D.AlignmentType.LEFT,
    spacing: { after: o.after ?? 120 },
    ...(o.keep ? { keepNext: true, keepLines: true } : {}),
  });
}

function cell(children: Docx.Paragraph[], width: number, o: { shade?: boolean } = {}): Docx.TableCell {
  return new D.TableCell({
    children,
    width: { size: width, type: D.WidthType.DXA },
    margins: { top: 40, bottom: 40, left: CELL_MARGIN_X, right: CELL_MARGIN_X },
    ...(o.shade ? { shading: { type: D.ShadingType.CLEAR, fill: 'E7E6E6', color: 'auto' } } : {}),
  });
}

/** Column widths in twips from relative weights, filling the text width. */
const widths = (weights: number[], total: number): number[] => {
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.floor((w / sum) * total));
};

function table(rows: Docx.TableCell[][], colWidths: number[], borders: 'grid' | 'none', header = false, fixed = false): Docx.Table {
  return new D.Table({
    // Fixed: Word keeps the widths given instead of fitting the columns to their text.
    ...(fixed ? { layout: D.TableLayoutType.FIXED } : {}),
    rows: rows.map((cells, i) => new D.TableRow({ children: cells, tableHeader: header && i === 0, cantSplit: true })),
    width: { size: colWidths.reduce((a, b) => a + b, 0), type: D.WidthType.DXA },
    columnWidths: colWidths,
    borders: borders === 'grid' ? GRID : NO_BORDERS,
  });
}

function letterhead(k: Letterhead, width: number): Array<Docx.Paragraph | Docx.Table> {
  const text = k.baris.map(
    (b, i) =>
      new D.Paragraph({
        alignment: D.AlignmentType.CENTER,
        spacing: { after: 0 },
        children: [new D.TextRun({ text: b.teks, bold: b.tebal, font: FONT, size: (b.ukuran ?? 11) * 2 })],
        // The double rule under the letterhead, as official letters have it.
        ...(i === k.baris.length - 1 && !k.logo ? { border: { bottom: { style: D.BorderStyle.DOUBLE, size: 6, color: '000000', space: 4 } } } : {}),
      }),
  );
  if (!k.logo) return [...text, para('', { after: 60 })];
  const logoW = Math.round(k.logo.lebarMm * MM) + 200;
  const img = new D.Paragraph({
    alignment: D.AlignmentType.CENTER,
    children: [
      new D.ImageRun({
        type: k.logo.type,
        data: k.logo.data,
        transformation: { width: Math.round(k.logo.lebarMm * 3.78), height: Math.round(k.logo.tinggiMm * 3.78) },
      }),
    ],
  });
  return [
    table([[cell([img], logoW), cell(text, width - logoW)]], [logoW, width - logoW], 'none'),
    new D.Paragraph({ children: [], spacing: { after: 120 }, border: { top: { style: D.BorderStyle.DOUBLE, size: 6, color: '000000', space: 1 } } }),
  ];
}

/** Signature boxes side by side, three to a row at most so that each keeps room for a signature. */
function signatures(cols: Signature[], width: number): Docx.Table {
  const perRow = Math.min(cols.length, 3);
  const w = widths(
    Array.from({ length: perRow }, () => 1),
    width,
  );
  const rows: Signature[][] = [];
  for (let i = 0; i < cols.length; i += perRow) rows.push(cols.slice(i, i + perRow));
  return table(
    rows.map((r) => Array.from({ length: perRow }, (_, i) => signatureCell(r[i], w[i]!))),
    w,
    'none',
  );
}

function signatureCell(s: Signature | undefined, width: number): Docx.TableCell {
  // A signature box is one piece, and stays with the boxes after it.
  const keep = true;
  if (!s) return cell([para('', { after: 0, keep })], width);
  return cell(
    [
      ...s.atas.map((a) => para(a, { align: D.AlignmentType.CENTER, after: 0, keep })),
      para('', { after: 0, keep }),
      para('', { after: 0, keep }),
      para('', { after: 0, keep }),
      para('', { after: 0, keep }),
      para(s.nama, { bold: true, underline: true, align: D.AlignmentType.CENTER, after: 0, keep }),
      ...(s.nip ? [para(`NIP ${s.nip}`, { align: D.AlignmentType.CENTER, after: 0, keep })] : []),
      para('', { after: 240, keep }),
    ],
    width,
  );
}

/**
 * Which blocks stay on the page of what follows them: the text a signature block stands under
 * (up to three paragraphs, or the last row of a table), and a signature block followed by
 * another (the participants, then the head's approval). A signature alone on a page signs nothing.
 */
function keptWithSignatures(blocks: readonly Block[]): boolean[] {
  const keep = blocks.map(() => false);
  blocks.forEach((b, i) => {
    if (b.jenis !== 'tanda-tangan') return;
    for (let j = i - 1, paragraphs = 0; j >= 0; j--) {
      keep[j] = true;
      if (blocks[j]!.jenis !== 'paragraf' || ++paragraphs === 3) break;
    }
  });
  return keep;
}

/** Twips the diktum marks need in bold ("KESEPULUH" must not break as "KESEPULU/H"). */
function marksWidth(marks: readonly string[], size: number): number {
  const text = Math.max(0, ...marks.map((m) => textWidth(m, size, true)));
  return Math.ceil(text * 1.1) + CELL_MARGIN_X * 2;
}

/** "Menimbang : a. …": label, colon, marks and text, in a borderless table. */
function butir(b: Extract<Block, { jenis: 'butir' }>, width: number, keep: boolean): Docx.Table[] {
  const marks = pointMarks(b);
  // Label 16 %, colon 2 %, marks 10 % of the width or what the longest mark needs, the text the rest.
  const [label, colon] = [Math.floor(width * 0.16), Math.floor(width * 0.02)];
  const mark = Math.max(Math.floor(width * 0.1), marksWidth(marks, BODY_SIZE));
  const w = [label, colon, mark, width - label - colon - mark];
  const last = (i: number) => keep && i === b.isi.length - 1;
  return [
    table(
      b.isi.map((x, i) => [
        cell([para(i === 0 ? b.label : '', { after: 60, keep: last(i) })], w[0]!),
        cell([para(i === 0 && b.label ? ':' : '', { after: 60, keep: last(i) })], w[1]!),
        cell([para(marks[i] ?? '', { after: 60, bold: Array.isArray(b.penanda), keep: last(i) })], w[2]!),
        cell([para(x, { align: D.AlignmentType.JUSTIFIED, after: 60, keep: last(i) })], w[3]!),
      ]),
      w,
      'none',
      false,
      true,
    ),
  ];
}

function block(b: Block, width: number, k: Letterhead, keep = false): Array<Docx.Paragraph | Docx.Table> {
  switch (b.jenis) {
    case 'kop':
      return letterhead(k, width);
    case 'judul':
      return b.baris.map((l, i) => para(l, { bold: b.tebal !== false, align: D.AlignmentType.CENTER, after: i === b.baris.length - 1 ? 200 : 0 }));
    case 'paragraf':
      return [
        para(b.teks, {
          keep,
          bold: b.tebal,
          italics: b.miring,
          align:
            b.rata === 'tengah'
              ? D.AlignmentType.CENTER
              : b.rata === 'kanan'
                ? D.AlignmentType.RIGHT
                : b.rata === 'penuh'
                  ? D.AlignmentType.JUSTIFIED
                  : D.AlignmentType.LEFT,
        }),
      ];
    case 'isian': {
      const w = widths([30, 2, 68], width);
      const last = (i: number) => keep && i === b.baris.length - 1;
      return [
        table(
          b.baris.map(([l, v], i) => [
            cell([para(l, { after: 0, keep: last(i) })], w[0]!),
            cell([para(':', { after: 0, keep: last(i) })], w[1]!),
            cell([para(v, { after: 0, keep: last(i) })], w[2]!),
          ]),
          w,
          'none',
        ),
        para('', { after: 60, keep }),
      ];
    }
    case 'butir':
      return butir(b, width, keep);
    case 'tabel': {
      const w = widths(b.lebar, width);
      const head = b.kepala.map((h, i) => cell([para(h, { bold: true, size: 18, align: D.AlignmentType.CENTER, after: 0 })], w[i]!, { shade: true }));
      const body = b.baris.map((r, n) => r.map((v, i) => cell([para(v, { size: 18, after: 0, keep: keep && n === b.baris.length - 1 })], w[i]!)));
      return [table([head, ...body], w, 'grid', true), para('', { after: 120, keep })];
    }
    case 'tanda-tangan':
      return [signatures(b.kolom, width), para('', { after: 120, keep })];
  }
}

export async function renderDocx(doc: Doc, k: Letterhead, creator: string): Promise<Buffer> {
  const document = new D.Document({
    creator,
    title: doc.judul,
    description: 'Dibuat dengan ppid',
    // Indonesian, so that Word checks the spelling and hyphenates as Indonesian.
    styles: { default: { document: { run: { font: FONT, size: BODY_SIZE, language: { value: LANGUAGE } } } } },
    sections: doc.bagian.map((s) => {
      const width = (s.lanskap ? A4.h : A4.w) - 2 * MARGIN;
      const keep = keptWithSignatures(s.blok);
      return {
        properties: {
          page: {
            // docx swaps the sides itself for a landscape page: it is given the portrait size.
            size: { width: A4.w, height: A4.h, orientation: s.lanskap ? D.PageOrientation.LANDSCAPE : D.PageOrientation.PORTRAIT },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        ...(doc.konsep
          ? { headers: { default: new D.Header({ children: [para(doc.konsep, { bold: true, color: 'C00000', align: D.AlignmentType.RIGHT })] }) } }
          : {}),
        children: s.blok.flatMap((b, i) => block(b, width, k, keep[i])),
      };
    }),
  });
  return D.Packer.toBuffer(document);
}
