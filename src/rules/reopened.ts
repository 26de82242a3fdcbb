/**
 * Information that became public stays public (PP 61/2010 Pasal 11(3)): exempting it again
 * needs a new item with a new consequence test, and `validate` shows where that happened — an
 * item whose information (the same title and unit) was opened before. Pure: the archive gives
 * the items, this says which to warn about.
 */
import { STATUS_INFO, type Status } from '../domain/lifecycle.js';
import type { RecordData } from '../domain/record.js';
import { periodFacts } from './period.js';

/** Title and unit as the same information is written twice: case, spaces and punctuation aside. */
export function informationText(judul: string, unit: string): string {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .normalize('NFKC')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  return `${norm(judul)}\u0000${norm(unit)}`;
}

/** A 32-bit hash of `informationText` (never 0: 0 means none), kept in the record cache. */
export function informationKey(d: Pick<RecordData, 'judul' | 'unit'>): number {
  if (typeof d.judul !== 'string' || typeof d.unit !== 'string') return 0;
  const text = informationText(d.judul, d.unit);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0 || 1;
}

/** The day an item's information became public, as of `today` (undefined: it did not). */
export function publicSince(d: RecordData, today: string): string | undefined {
  if (d.status === 'dibuka') return d.pembukaan?.tanggal;
  if (!STATUS_INFO[d.status as Status]?.berlaku) return undefined;
  const { berakhir } = periodFacts(d);
  return berakhir !== undefined && berakhir <= today ? berakhir : undefined;
}

export interface Reopened {
  /** The item to warn about, and the one whose opening it repeats. */
  id: string;
  dibuka: { id: string; tanggal: string };
}

/** Items exempting information that another item's opening made public. */
export function findReopened(records: ReadonlyArray<RecordData>, today: string): Reopened[] {
  const byText = new Map<string, RecordData[]>();
  for (const d of records) {
    const t = informationText(d.judul, d.unit);
    byText.set(t, [...(byText.get(t) ?? []), d]);
  }
  const out: Reopened[] = [];
  for (const group of byText.values()) {
    if (group.length < 2) continue;
    const opened = group
      .flatMap((d) => {
        const tanggal = publicSince(d, today);
        return tanggal ? [{ id: d.id, tanggal }] : [];
      })
      .sort((a, b) => a.tanggal.localeCompare(b.tanggal));
    if (opened.length === 0) continue;
    for (const d of group) {
      // A refused item never exempted anything; an opened one is the opening itself.
      if (d.status === 'ditolak' || publicSince(d, today)) continue;
      out.push({ id: d.id, dibuka: opened[0]! });
    }
  }
  return out;
}
