/**
 * What may leave the archive. The published DIK (Perki 1/2021; DOMAIN.md §6) shows only the
 * title, unit, legal basis, the two consequence summaries, the period and the status. Every
 * published output is built from `toPublicItem`, and `toPublicItem` reads only the fields
 * named here: the consequence-test body, participants, notes, attachments, hard-copy
 * locations and anything added later stay inside unless they are added to this list.
 */
import type { ArchiveRecord } from '../domain/record.js';
import { pasal17Citation } from '../domain/pasal17.js';
import { periodFacts } from '../rules/period.js';
import { periodText, statusLabel } from '../reports/text.js';

export interface PublicItem {
  no: number;
  id: string;
  informasi: string;
  unit: string;
  pasal17: string[];
  dasar_hukum: string[];
  konsekuensi_dibuka: string;
  konsekuensi_ditutup: string;
  jangka_waktu: string;
  berakhir: string | null;
  status: string;
}

/** The record fields read to build a public item — the allowlist, in one place. */
export const PUBLIC_SOURCE_FIELDS = [
  'id', 'judul', 'judul_publik', 'unit', 'pasal17', 'dasar_hukum',
  'uji_konsekuensi.konsekuensi_dibuka', 'uji_konsekuensi.konsekuensi_ditutup',
  'jangka_waktu', 'penetapan.tanggal', 'status',
] as const;

export function toPublicItem(rec: ArchiveRecord, no: number): PublicItem {
  const d = rec.data;
  const facts = periodFacts({ jangka_waktu: d.jangka_waktu, penetapan: d.penetapan ? { tanggal: d.penetapan.tanggal } : undefined });
  const citations = d.pasal17.map(pasal17Citation);
  return {
    no,
    id: d.id,
    // A safe public title replaces a title that would itself reveal the secret.
    informasi: d.judul_publik ?? d.judul,
    unit: d.unit,
    pasal17: [...d.pasal17],
    dasar_hukum: [...citations, ...d.dasar_hukum.filter((x) => !citations.includes(x))],
    konsekuensi_dibuka: d.uji_konsekuensi.konsekuensi_dibuka,
    konsekuensi_ditutup: d.uji_konsekuensi.konsekuensi_ditutup,
    jangka_waktu: periodText(d.jangka_waktu, facts, 'id'),
    berakhir: facts.berakhir ?? null,
    status: statusLabel(d.status, 'id'),
  };
}
