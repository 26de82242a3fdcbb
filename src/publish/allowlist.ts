/**
 * What may leave the archive. The published DIK (Perki 1/2021; docs/domain.md §8) shows only the
 * title, unit, legal basis, the two consequence summaries, the period and the status, plus the
 * decree's number and date and, for opened items, the date and basis of opening. Every
 * published output is built from `toPublicItem` / `toOpenedItem`, and they read only the
 * fields named here: the consequence-test body, participants, notes, attachment paths and
 * hashes, hard-copy locations, reviewer names and anything added later stay inside unless
 * they are added to this list.
 */
import { ALASAN_PEMBUKAAN_TEKS, type ArchiveRecord } from '../domain/record.js';
import { findPasal17, pasal17Citation } from '../domain/pasal17.js';
import { lastExemptDay, periodFacts } from '../rules/period.js';
import { periodText, statusLabel } from '../reports/text.js';

/** The record fields read to build public items — the allowlist, in one place. */
export const PUBLIC_SOURCE_FIELDS = [
  'id',
  'judul',
  'judul_publik',
  'unit',
  'pasal17',
  'dasar_hukum',
  'uji_konsekuensi.konsekuensi_dibuka',
  'uji_konsekuensi.konsekuensi_ditutup',
  'jangka_waktu',
  'status',
  'penetapan.nomor',
  'penetapan.tanggal',
  'pembukaan.tanggal',
  'pembukaan.alasan',
  'pembukaan.dasar',
  'pembukaan.demi_hukum',
] as const;

/** What `ppid publish` reads of each record: the allowlist, and the date it was last published. */
export const PUBLISH_READ_FIELDS = [...PUBLIC_SOURCE_FIELDS, 'publikasi.terakhir'] as const;

export interface PublicItem {
  no: number;
  id: string;
  informasi: string;
  unit: string;
  pasal17: string[];
  /** The Pasal 17 letters, for filtering. */
  huruf: string[];
  dasar_hukum: string[];
  konsekuensi_dibuka: string;
  konsekuensi_ditutup: string;
  jangka_waktu: string;
  /** The last exempt day, and the first public one (null: the period has no end date). */
  dikecualikan_sampai: string | null;
  terbuka_sejak: string | null;
  status: string;
  penetapan: { nomor: string; tanggal: string } | null;
}

export interface OpenedItem {
  no: number;
  id: string;
  informasi: string;
  unit: string;
  dasar_hukum: string[];
  dibuka: string;
  alasan: string;
  dasar: string | null;
  demi_hukum: boolean;
}

const UU_KIP = /\b14\s*(\/|tahun)\s*2008\b/i;

function common(rec: ArchiveRecord) {
  const d = rec.data;
  const citations = d.pasal17.map(pasal17Citation);
  return {
    id: d.id,
    // A safe public title replaces a title that would itself reveal the secret.
    informasi: d.judul_publik ?? d.judul,
    unit: d.unit,
    // The record's own wording of UU 14/2008 Pasal 17 repeats the generated citation; keep the other statutes.
    dasar_hukum: [...citations, ...d.dasar_hukum.filter((x) => !citations.includes(x) && !(UU_KIP.test(x) && /Pasal\s+17\b/i.test(x)))],
  };
}

export function toPublicItem(rec: ArchiveRecord, no: number): PublicItem {
  const d = rec.data;
  const facts = periodFacts({ jangka_waktu: d.jangka_waktu, ...(d.penetapan ? { penetapan: { tanggal: d.penetapan.tanggal } } : {}) });
  return {
    no,
    ...common(rec),
    pasal17: [...d.pasal17],
    huruf: [...new Set(d.pasal17.map((k) => findPasal17(k)?.huruf ?? k))],
    konsekuensi_dibuka: d.uji_konsekuensi.konsekuensi_dibuka,
    konsekuensi_ditutup: d.uji_konsekuensi.konsekuensi_ditutup,
    jangka_waktu: periodText(d.jangka_waktu, facts, 'id'),
    dikecualikan_sampai: facts.berakhir ? lastExemptDay(facts.berakhir) : null,
    terbuka_sejak: facts.berakhir ?? null,
    status: statusLabel(d.status, 'id'),
    penetapan: d.penetapan ? { nomor: d.penetapan.nomor, tanggal: d.penetapan.tanggal } : null,
  };
}

/** An opened item; `berakhir` is given for items public by law whose opening is not recorded yet. */
export function toOpenedItem(rec: ArchiveRecord, no: number, berakhir?: string): OpenedItem {
  const p = rec.data.pembukaan;
  const byLaw = p ? p.demi_hukum === true : true;
  return {
    no,
    ...common(rec),
    dibuka: p?.tanggal ?? berakhir!,
    alasan: byLaw ? ALASAN_PEMBUKAAN_TEKS['demi-hukum'] : ALASAN_PEMBUKAAN_TEKS[p!.alasan],
    // A consent opening's basis may name the person who consented: it stays inside.
    dasar: p && p.alasan !== 'persetujuan-tertulis' ? (p.dasar ?? null) : null,
    demi_hukum: byLaw,
  };
}
