/**
 * A document as ppid drafts it, independent of the file format: the Word (.docx) and the
 * printable HTML renderers draw the same blocks, so both say the same thing.
 */

export interface LetterheadLine {
  teks: string;
  tebal?: boolean;
  /** Point size. */
  ukuran?: number;
}

export interface Letterhead {
  baris: LetterheadLine[];
  logo?: { data: Buffer; type: 'png' | 'jpg'; lebarMm: number; tinggiMm: number };
}

/** One signature box: the lines above the space to sign, then the name (and NIP). */
export interface Signature {
  atas: string[];
  nama: string;
  nip?: string;
}

export type Block =
  | { jenis: 'kop' }
  /** Centred, bold lines: the document's title. */
  | { jenis: 'judul'; baris: string[]; tebal?: boolean }
  | { jenis: 'paragraf'; teks: string; rata?: 'tengah' | 'kanan' | 'penuh'; tebal?: boolean; miring?: boolean }
  /** "Menimbang : a. …  b. …" — a label and lettered (or named) items. */
  | { jenis: 'butir'; label: string; isi: string[]; penanda?: 'huruf' | 'angka' | string[] }
  /** Label : value rows without borders (the items of a form). */
  | { jenis: 'isian'; baris: Array<[string, string]> }
  | { jenis: 'tabel'; kepala: string[]; baris: string[][]; lebar: number[] }
  | { jenis: 'tanda-tangan'; kolom: Signature[] };

export interface Section {
  lanskap?: boolean;
  blok: Block[];
}

export interface Doc {
  /** The document's title for the file's properties and the HTML page. */
  judul: string;
  /** Shown across the top when the document is a draft that is not yet signed or numbered. */
  konsep?: string;
  bagian: Section[];
}

export const PLACEHOLDER = '…………';

/** The marks of a list of points ("a.", "b." or "1.", "2.", or the document's own), one per point, as both renderers print them. */
export function pointMarks(b: Extract<Block, { jenis: 'butir' }>): string[] {
  if (b.penanda === 'huruf') return b.isi.map((_, i) => `${String.fromCharCode(97 + i)}.`);
  if (b.penanda === 'angka') return b.isi.map((_, i) => `${i + 1}.`);
  return b.penanda ?? b.isi.map(() => '');
}
