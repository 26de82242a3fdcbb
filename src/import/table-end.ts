/**
 * What closes a DIK table as offices publish it: a total ("JUMLAH … 9 Informasi"), notes
 * ("Keterangan: …", "*) …"), and the place, date and signature ("Sekadau Hulu, 15 Januari 2024",
 * "Kepala Dinas Kesehatan", "ttd", a name, "NIP …"). None of these is an item, and none may be
 * joined to the item above as the rest of its cells: a signature in the "Ditutup" column would
 * otherwise be published as that item's consequence.
 */
import { CONTENT } from './layouts.js';
import type { Line } from './row-roles.js';

const MONTHS = 'januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember';
const TOTAL = /^(jumlah|total|sub\s*total|jml\.?)\b/i;
/** "Keterangan: …", "Catatan :", "*) …", "NB: …": a colon or the footnote star says it is a note, not an item named "Keterangan saksi". */
const NOTE = /^(\*+\)?\s*)?(keterangan|ket\.?|catatan|nb|sumber)\s*:|^\*+\)/i;
/** Where a signature block begins: the place and date of signing, or the words that open it. */
const SIGNING = [
  /^(ditetapkan|dikeluarkan|disahkan)\s+di\b/i,
  /^(pada\s+tanggal|mengetahui|menyetujui|ttd\.?|t\.t\.d\.?|\(ttd\)|a\.\s?n\.?\s|an\.\s|plt\.?\s|plh\.?\s|nip\.?\s*[:\d]|nrp\.?\s*[:\d])/i,
  new RegExp(`^[a-z][a-z .'-]*,\\s*(\\d{1,2}\\s+(${MONTHS})\\s+\\d{4}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4})\\s*$`, 'i'),
];
/** An office that signs, as the first line of a signature set right under the table. */
const SIGNER =
  /^(bupati|wali\s*kota|walikota|gubernur|kepala|direktur|sekretaris|rektor|dekan|camat|lurah|ketua|kapolres|kapolda|pejabat\s+pengelola|atasan\s+ppid|ppid)\b/i;

/** An item's number as tables write them: "1", "12.", "1.a", "II", "b)". */
const NUMBER = /^(\d+[a-z]?|[ivxl]{1,5}|[a-z])([.)\-/ ](\d+|[a-z]))*[.)]?$/i;
/** An item's own row: a title and something of what is tested, or its own number. */
const isItem = (l: Line): boolean => !!l.cells.judul && (NUMBER.test(l.nomor) || CONTENT.some((f) => l.cells[f]));

/** An item beyond doubt: numbered, or a title with at least two of the cells tested. */
const plainItem = (l: Line): boolean => !!l.cells.judul && (NUMBER.test(l.nomor) || CONTENT.filter((f) => l.cells[f]).length >= 2);

/**
 * A total's cells, besides its word, are counts ("9 Informasi", "5 jenis informasi", "14") or
 * merged down from above; a row with its own legal basis, consequence or period ("2 tahun") is an
 * item, "Jumlah …" in its title or not.
 */
function onlyCounts(l: Line): boolean {
  const own = (f: (typeof CONTENT)[number]) => (l.merged.has(f) ? '' : l.cells[f]);
  if (own('dasar_hukum') || own('dibuka') || own('ditutup')) return false;
  const count = /^\d+\s*(?:jenis\s+|buah\s+)?(?:informasi|butir|item|dokumen)?\.?$/i;
  // The title cell holds the word alone ("JUMLAH", "Total:") or with its count; "Jumlah pemeriksa pajak" is a title.
  const word = (t: string) => /^(jumlah|total|sub\s*total|jml\.?)\s*:?\s*$/i.test(t) || count.test(t.replace(TOTAL, '').replace(/^\s*:?\s*/, ''));
  const rest = [own('jangka_waktu'), word(l.cells.judul) ? '' : l.cells.judul, l.cells.konten].filter(Boolean);
  return rest.every((c) => count.test(c.trim()));
}

/**
 * The lines (by index) that close the table. A total and a note are one line each; a signature
 * starts a block that runs to the end of the table, or to the next item's row if items follow.
 */
export function closingLines(lines: readonly Line[]): Set<number> {
  const closing = new Set<number>();
  const lastItem = lines.reduce((last, l, i) => (isItem(l) && !(TOTAL.test(l.cells.judul) && onlyCounts(l)) ? i : last), -1);
  let block = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const first = l.filled[0]!.trim();
    const total = !NUMBER.test(l.nomor) && (TOTAL.test(first) || TOTAL.test(l.cells.judul)) && onlyCounts(l);
    // Inside a signature block, the signers' titles and names sit in the title and consequence columns: only a numbered item ends it.
    if (block && (!plainItem(l) || total)) {
      closing.add(i);
      continue;
    }
    block = false;
    if (total) {
      closing.add(i);
      continue;
    }
    // Notes close only their own row: a unit or an item may follow them.
    if (NOTE.test(first) && !plainItem(l)) {
      closing.add(i);
      continue;
    }
    const signs = SIGNING.some((re) => re.test(first)) || (i > lastItem && l.filled.length === 1 && SIGNER.test(first));
    if (signs && !plainItem(l)) {
      closing.add(i);
      block = true;
    }
  }
  return closing;
}
