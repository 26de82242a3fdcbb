/**
 * An item's cells completed from the table around it: the Pasal 17 column read with the legal
 * basis, Esensi + Konten made one title, a number traced under its heading's.
 */
import type { ImportField } from './layouts.js';
import { readLegalBasis } from './legal-basis.js';
import { isUnder } from './row-roles.js';

/** The Pasal 17 column and the legal-basis cell naming different letters: both are kept, and it is said. */
export function lettersDisagree(column: string, basis: string): { disagree?: { kolom: string; dasar: string } } {
  if (!column || !basis) return {};
  const a = readLegalBasis(pasal17Cell(column)).pasal17;
  const b = readLegalBasis(basis).pasal17;
  if (a.length === 0 || b.length === 0 || a.every((c) => b.includes(c))) return {};
  return { disagree: { kolom: a.join(', '), dasar: b.join(', ') } };
}

/** A Pasal 17 column's cell as a citation: "h", "h angka 2", "huruf h" are letters of UU 14/2008's Pasal 17. */
export function pasal17Cell(text: string): string {
  return /\bpasal\s*17\b/i.test(text) ? text : `Pasal 17 ${/^\s*huruf\b/i.test(text) ? '' : 'huruf '}${text} UU 14/2008`;
}

/**
 * "Esensi Informasi" (a short name) + "Konten Informasi" (what exactly is exempted): the published
 * title is both, "Data Kepegawaian — Data gaji dan tunjangan", so that items under one Esensi are
 * told apart and the public sees what is exempted; the Konten whole is the document tested. An
 * Esensi cell left empty under another (a merge exported to CSV) is that one's.
 */
export function titleByEsensi(items: Array<Record<ImportField, string>>): void {
  const esensi = items.map((c) => c.judul);
  for (let i = 1; i < items.length; i++) if (!esensi[i] && items[i]!.konten && esensi[i - 1] && items[i - 1]!.konten) esensi[i] = esensi[i - 1]!;
  items.forEach((c, i) => {
    const name = esensi[i]!;
    const first = (c.konten.split('\n').find((x) => x.trim()) ?? '').trim();
    if (!name || !first) return;
    const same = (a: string) => a.toLowerCase().replace(/\s+/g, ' ');
    c.judul = same(first).startsWith(same(name)) ? first : `${name} — ${first}`;
  });
}

/**
 * An item's number as it can be traced back in the office's table: numbers that start again under
 * each heading ("II" → 1, 2; "III" → 1, 2) keep their heading's ("II.1"); "1.a" under "1" is already whole.
 */
export function tracedNumber(group: string | undefined, own: string): string {
  const n = own.trim().replace(/[.)]+$/, '');
  if (!group || !n || !isUnder(group, n) || n.toLowerCase().startsWith(group.toLowerCase())) return own;
  return `${group}.${n}`;
}
