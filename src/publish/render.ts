/** The machine-readable lists: dik.csv for spreadsheets and dik.json for applications. */
import type { OpenedItem, PublicItem } from './allowlist.js';
import type { PageMeta } from './html.js';

/** Spreadsheets run cells that start with these as formulas; a leading apostrophe stops that. */
function neutralise(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

function csvCell(s: string): string {
  const v = neutralise(s);
  return /[",;\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

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
  const lines = [CSV_COLUMNS.map(([h]) => csvCell(h)).join(','), ...items.map((it) => CSV_COLUMNS.map(([, f]) => csvCell(f(it))).join(','))];
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
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
