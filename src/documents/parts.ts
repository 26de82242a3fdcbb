/** Pieces several documents share: officials from ppid.yaml, signature boxes, dates, the record body. */
import type { Config, Pejabat } from '../domain/config.js';
import type { Role } from '../domain/lifecycle.js';
import type { Orang, RecordData } from '../domain/record.js';
import { findPasal17, pasal17Citation } from '../domain/pasal17.js';
import { periodFacts } from '../rules/period.js';
import { longDate, periodText } from '../reports/text.js';
import { PLACEHOLDER, type Signature } from './model.js';
import type { Template } from './templates.js';

/** Documents are Indonesian whatever the terminal speaks: "29 Juni 2021". */
export const tanggal = (iso: string | undefined): string => (iso ? longDate(iso, 'id') : PLACEHOLDER);

export function official(config: Config, role: Role): Pejabat | undefined {
  return config.pejabat.find((p) => p.peran.includes(role));
}

/** A person named in a record, with the NIP ppid.yaml knows for them. */
function withNip(config: Config, o: Orang | undefined): Orang | undefined {
  if (!o) return undefined;
  return { ...o, nip: o.nip ?? config.pejabat.find((p) => p.nama === o.nama)?.nip };
}

export function signature(kop: Template, config: Config, atas: string[], who: Orang | undefined): Signature {
  const o = withNip(config, who);
  const nama = o?.nama?.trim() ? o.nama : String(kop.garis_kosong ?? PLACEHOLDER);
  return { atas: atas.filter(Boolean), nama, ...(kop.tampilkan_nip !== false && o?.nip ? { nip: o.nip } : {}) };
}

export const jabatanLine = (o: Orang | undefined, fallback: string): string => `${o?.jabatan ?? fallback},`;

export const periodOf = (d: RecordData): string => periodText(d.jangka_waktu, periodFacts(d), 'id');

export function legalBasis(d: RecordData): string {
  return d.dasar_hukum.join('\n');
}

/**
 * The type of exemption in words beside each citation (PP 61/2010 Pasal 4(2)(a)):
 * "Pasal 17 huruf h angka 2 UU 14/2008 — mengungkap rahasia pribadi: riwayat, kondisi …".
 */
export function exemptionType(d: RecordData): string {
  return d.pasal17
    .map((k) => {
      const c = findPasal17(k);
      if (!c) return k;
      const letter = findPasal17(c.huruf)!;
      return `${pasal17Citation(k)} — ${letter.label.id.toLowerCase()}${c.angka ? `: ${c.singkat.charAt(0).toLowerCase()}${c.singkat.slice(1)}` : ''}`;
    })
    .join('\n');
}

export function groundsText(d: RecordData): string {
  return d.pasal17.map((k) => `${pasal17Citation(k)}: ${findPasal17(k)?.label.id ?? ''}`.replace(/: $/, '')).join('\n');
}

const ORDINAL = ['KESATU', 'KEDUA', 'KETIGA', 'KEEMPAT', 'KELIMA', 'KEENAM', 'KETUJUH', 'KEDELAPAN', 'KESEMBILAN', 'KESEPULUH'];
export const diktumMarks = (n: number): string[] =>
  ORDINAL.slice(0, n).concat(Array.from({ length: Math.max(0, n - ORDINAL.length) }, (_, i) => `KE-${ORDINAL.length + i + 1}`));
