/**
 * The public DIK as files: index.html (the 5-column table most bodies publish), dik.csv
 * and dik.json. Output depends only on the archive and the date given, so the same archive
 * gives byte-identical files.
 */
import type { PublicItem } from './allowlist.js';
import { longDate } from '../reports/text.js';

export interface PublishMeta {
  badanPublik: string;
  situs?: string;
  tanggal: string;
  versi: string;
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const CSS = `
:root { color-scheme: light; }
body { font-family: system-ui, "Segoe UI", Roboto, Arial, sans-serif; margin: 1.5rem; color: #111; background: #fff; line-height: 1.45; }
h1 { font-size: 1.4rem; margin: 0 0 .25rem; }
p.meta { margin: 0 0 1rem; color: #333; }
table { border-collapse: collapse; width: 100%; font-size: .95rem; }
caption { text-align: left; font-weight: 600; padding: .5rem 0; }
th, td { border: 1px solid #555; padding: .4rem .5rem; vertical-align: top; text-align: left; }
thead th { background: #e8eef6; }
td ul { margin: 0; padding-left: 1.1rem; }
.unit { display: block; color: #333; font-size: .85rem; margin-top: .2rem; }
@media (max-width: 700px) {
  table, thead, tbody, tr, th, td { display: block; }
  thead tr:last-child, thead tr:first-child { position: absolute; left: -9999px; }
  tr { border: 1px solid #555; margin-bottom: .75rem; }
  td { border: 0; border-bottom: 1px solid #ccc; }
  td::before { content: attr(data-label); display: block; font-weight: 600; }
}
@media print {
  body { margin: 0; font-size: 10pt; }
  thead { display: table-header-group; }
  tr { page-break-inside: avoid; }
}
`.trim();

export function renderHtml(items: PublicItem[], meta: PublishMeta): string {
  const e = escapeHtml;
  const list = (xs: string[]) => `<ul>${xs.map((x) => `<li>${e(x)}</li>`).join('')}</ul>`;
  const rows = items.map((it) => [
    '<tr>',
    `<td data-label="No">${it.no}</td>`,
    `<td data-label="Informasi">${e(it.informasi)}<span class="unit">${e(it.unit)}</span></td>`,
    `<td data-label="Dasar Hukum Pengecualian">${list(it.dasar_hukum)}</td>`,
    `<td data-label="Konsekuensi bila dibuka">${e(it.konsekuensi_dibuka)}</td>`,
    `<td data-label="Konsekuensi bila ditutup">${e(it.konsekuensi_ditutup)}</td>`,
    `<td data-label="Jangka Waktu">${e(it.jangka_waktu)}</td>`,
    '</tr>',
  ].join('')).join('\n');
  return `<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Daftar Informasi yang Dikecualikan — ${e(meta.badanPublik)}</title>
<style>
${CSS}
</style>
</head>
<body>
<main>
<h1>Daftar Informasi yang Dikecualikan</h1>
<p class="meta">${e(meta.badanPublik)} · Keadaan per ${e(longDate(meta.tanggal, 'id'))} · ${items.length} informasi</p>
<table>
<caption>Informasi yang dikecualikan berdasarkan uji konsekuensi (UU 14/2008 Pasal 17 dan 19)</caption>
<thead>
<tr><th scope="col" rowspan="2">No</th><th scope="col" rowspan="2">Informasi</th><th scope="col" rowspan="2">Dasar Hukum Pengecualian</th><th scope="colgroup" colspan="2">Konsekuensi/Pertimbangan bagi Publik</th><th scope="col" rowspan="2">Jangka Waktu</th></tr>
<tr><th scope="col">Dibuka</th><th scope="col">Ditutup</th></tr>
</thead>
<tbody>
${rows}
</tbody>
</table>
</main>
<footer><p class="meta">Diterbitkan dengan ppid ${e(meta.versi)}.</p></footer>
</body>
</html>
`;
}

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
  ['Status', (it) => it.status],
];

export function renderCsv(items: PublicItem[]): string {
  // UTF-8 with BOM so that Excel reads the Indonesian text right.
  const lines = [CSV_COLUMNS.map(([h]) => csvCell(h)).join(','), ...items.map((it) => CSV_COLUMNS.map(([, f]) => csvCell(f(it))).join(','))];
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

export function renderJson(items: PublicItem[], meta: PublishMeta): string {
  return JSON.stringify({ badan_publik: meta.badanPublik, per_tanggal: meta.tanggal, jumlah: items.length, butir: items }, null, 2) + '\n';
}
