/** The machine-readable lists: dik.csv for spreadsheets and dik.json for applications. */
import type { OpenedItem, PublicItem } from './allowlist.js';
import type { PageMeta } from './html.js';
import { csvText } from '../export/csv.js';

export const CSV_COLUMNS: ReadonlyArray<readonly [string, (it: PublicItem) => string]> = [
  ['No', (it) => String(it.no)],
  ['ID', (it) => it.id],
  ['Informasi', (it) => it.informasi],
  ['Unit', (it) => it.unit],
  ['Dasar Hukum Pengecualian', (it) => it.dasar_hukum.join('; ')],
  ['Konsekuensi Bila Dibuka', (it) => it.konsekuensi_dibuka],
  ['Konsekuensi Bila Ditutup', (it) => it.konsekuensi_ditutup],
  ['Jangka Waktu', (it) => it.jangka_waktu],
  ['Berakhir', (it) => it.berakhir ?? ''],
  ['Nomor Penetapan', (it) => it.penetapan?.nomor ?? ''],
  ['Tanggal Penetapan', (it) => it.penetapan?.tanggal ?? ''],
  ['Status', (it) => it.status],
];

export function renderCsv(items: PublicItem[]): string {
  // UTF-8 with BOM so that Excel reads the Indonesian text right.
  return '\uFEFF' + csvText(CSV_COLUMNS.map(([header, value]) => ({ header, value })), items, { neutraliseFormulas: true });
}

/** The shape is described by schemas/dik.schema.json. */
export function renderJson(items: PublicItem[], opened: OpenedItem[], meta: PageMeta): string {
  return JSON.stringify({
    badan_publik: meta.badanPublik,
    situs: meta.situs ?? null,
    per_tanggal: meta.tanggal,
    jumlah: items.length,
    butir: items,
    dibuka: opened,
  }, null, 2) + '\n';
}
