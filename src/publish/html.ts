/**
 * The public pages: index.html (the DIK in the 5-column format most bodies publish, with a
 * search and filters that need no framework — the table is complete without JavaScript),
 * dibuka.html (items now available on request) and a table-only fragment for a CMS page.
 */
import { readPackageFile } from '../package.js';
import { PASAL17 } from '../domain/pasal17.js';
import { longDate } from '../reports/text.js';
import type { OpenedItem, PublicItem } from './allowlist.js';

export interface PageMeta {
  badanPublik: string;
  situs?: string;
  tanggal: string;
  versi: string;
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const e = escapeHtml;
const list = (xs: string[]) => `<ul>${xs.map((x) => `<li>${e(x)}</li>`).join('')}</ul>`;
const date = (iso: string) => `<time datetime="${e(iso)}">${e(longDate(iso, 'id'))}</time>`;

const CAPTION = 'Informasi yang dikecualikan berdasarkan uji konsekuensi (UU 14/2008 Pasal 17 dan 19)';

function dikRow(it: PublicItem): string {
  return [
    `<tr id="${e(it.id)}" data-unit="${e(it.unit)}" data-huruf="${e(it.huruf.join(' '))}">`,
    `<td data-label="No">${it.no}</td>`,
    `<td data-label="Informasi">${e(it.informasi)}<span class="kecil">${e(it.unit)}</span>` +
      (it.penetapan ? `<span class="kecil">Penetapan ${e(it.penetapan.nomor)}, ${date(it.penetapan.tanggal)}</span>` : '') +
      '</td>',
    `<td data-label="Dasar Hukum Pengecualian">${list(it.dasar_hukum)}</td>`,
    `<td data-label="Konsekuensi bila dibuka">${e(it.konsekuensi_dibuka)}</td>`,
    `<td data-label="Konsekuensi bila ditutup">${e(it.konsekuensi_ditutup)}</td>`,
    `<td data-label="Jangka Waktu">${e(it.jangka_waktu)}</td>`,
    '</tr>',
  ].join('');
}

/** Table rows, a line each, made one at a time. */
function* rows<T>(items: readonly T[], row: (it: T) => string): Generator<string> {
  for (let i = 0; i < items.length; i++) yield (i > 0 ? '\n' : '') + row(items[i]!);
}

function* dikTable(items: PublicItem[]): Generator<string> {
  yield `<table id="dik">
<caption>${CAPTION}</caption>
<thead>
<tr><th scope="col" rowspan="2">No</th><th scope="col" rowspan="2">Informasi</th><th scope="col" rowspan="2">Dasar Hukum Pengecualian</th><th scope="colgroup" colspan="2">Konsekuensi/Pertimbangan bagi Publik</th><th scope="col" rowspan="2">Jangka Waktu</th></tr>
<tr><th scope="col">Dibuka</th><th scope="col">Ditutup</th></tr>
</thead>
<tbody>
`;
  yield* rows(items, dikRow);
  yield `
</tbody>
</table>`;
}

function filterForm(items: PublicItem[]): string {
  const units = [...new Set(items.map((i) => i.unit))].sort((a, b) => a.localeCompare(b, 'id'));
  const letters = [...new Set(items.flatMap((i) => i.huruf))].sort();
  const letterName = (h: string) => PASAL17.find((c) => c.kode === h)?.label.id ?? '';
  return `<form id="saring" class="saring" role="search" aria-label="Saring daftar" hidden>
<div><label for="cari">Cari</label><input id="cari" type="search" autocomplete="off"></div>
<div><label for="unit">Unit kerja</label><select id="unit"><option value="">Semua unit kerja</option>${units.map((u) => `<option value="${e(u)}">${e(u)}</option>`).join('')}</select></div>
<div><label for="huruf">Pasal 17 huruf</label><select id="huruf"><option value="">Semua huruf</option>${letters.map((h) => `<option value="${e(h)}">huruf ${e(h)} — ${e(letterName(h))}</option>`).join('')}</select></div>
<p id="jumlah" role="status" aria-live="polite"></p>
</form>`;
}

function decrees(items: PublicItem[]): string {
  const by = new Map<string, { tanggal: string; n: number }>();
  for (const it of items) {
    if (!it.penetapan) continue;
    const d = by.get(it.penetapan.nomor) ?? { tanggal: it.penetapan.tanggal, n: 0 };
    d.n++;
    by.set(it.penetapan.nomor, d);
  }
  const rows = [...by].sort((a, b) => a[1].tanggal.localeCompare(b[1].tanggal) || a[0].localeCompare(b[0]));
  if (rows.length === 0) return '';
  return `<details>
<summary>Surat penetapan klasifikasi (${rows.length})</summary>
<ul>${rows.map(([nomor, d]) => `<li>${e(nomor)}, ${date(d.tanggal)} — ${d.n} informasi</li>`).join('')}</ul>
</details>`;
}

function* page(title: string, meta: PageMeta, body: Iterable<string>, script = ''): Generator<string> {
  yield `<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${e(title)} — ${e(meta.badanPublik)}</title>
<link rel="alternate" type="application/atom+xml" href="feed.xml" title="Perubahan DIK ${e(meta.badanPublik)}">
<style>
${readPackageFile('templates/publish/dik.css').trim()}
</style>
</head>
<body>
<header>
<p class="badan">${e(meta.badanPublik)}</p>
<h1>${e(title)}</h1>
<p class="meta">Pembaruan terakhir ${date(meta.tanggal)}</p>
<nav aria-label="Dokumen lain"><p class="meta"><a href="index.html">Daftar Informasi yang Dikecualikan</a> · <a href="dibuka.html">Informasi yang telah dibuka</a> · <a href="dik.csv">CSV</a> · <a href="dik.json">JSON</a> · <a href="feed.xml">Atom</a></p></nav>
</header>
<main>
`;
  yield* body;
  yield `
</main>
<footer><p class="meta">Diterbitkan oleh PPID ${e(meta.badanPublik)}${meta.situs ? ` · <a href="${e(meta.situs)}">${e(meta.situs)}</a>` : ''} · ppid ${e(meta.versi)}</p></footer>
${script ? `<script>\n${script.trim()}\n</script>\n` : ''}</body>
</html>
`;
}

function* indexBody(items: PublicItem[]): Generator<string> {
  yield `<p>${items.length} informasi dikecualikan dan masih berlaku. Informasi yang jangka waktu pengecualiannya telah berakhir tercantum di <a href="dibuka.html">daftar informasi yang telah dibuka</a>.</p>
${decrees(items)}
${filterForm(items)}
`;
  yield* dikTable(items);
}

export const indexPage = (items: PublicItem[], meta: PageMeta): Generator<string> =>
  page('Daftar Informasi yang Dikecualikan', meta, indexBody(items), readPackageFile('templates/publish/dik.js'));

function openedRow(it: OpenedItem): string {
  return [
    `<tr id="${e(it.id)}">`,
    `<td data-label="No">${it.no}</td>`,
    `<td data-label="Informasi">${e(it.informasi)}<span class="kecil">${e(it.unit)}</span></td>`,
    `<td data-label="Dasar pengecualian semula">${list(it.dasar_hukum)}</td>`,
    `<td data-label="Terbuka sejak">${date(it.dibuka)}</td>`,
    `<td data-label="Dasar pembukaan">${e(it.alasan)}${it.dasar ? `<span class="kecil">${e(it.dasar)}</span>` : ''}</td>`,
    '</tr>',
  ].join('');
}

function* openedBody(items: OpenedItem[]): Generator<string> {
  yield `<p>Informasi berikut tidak lagi dikecualikan dan masuk daftar informasi yang dapat diakses berdasarkan permintaan (Penjelasan PP 61/2010 Pasal 11 ayat 1). Informasi yang jangka waktu pengecualiannya habis tanpa penetapan pembukaan terbuka demi hukum sejak hari sesudah hari terakhir jangka waktunya (Pasal 11 ayat 3).</p>
<table id="dibuka">
<caption>Informasi yang telah dibuka (${items.length})</caption>
<thead><tr><th scope="col">No</th><th scope="col">Informasi</th><th scope="col">Dasar pengecualian semula</th><th scope="col">Terbuka sejak</th><th scope="col">Dasar pembukaan</th></tr></thead>
<tbody>
`;
  yield* rows(items, openedRow);
  yield `
</tbody>
</table>`;
}

export const openedPage = (items: OpenedItem[], meta: PageMeta): Generator<string> => page('Informasi yang Telah Dibuka', meta, openedBody(items));

/** Just the table, with styles scoped to it, to paste into an existing website page. */
export function* fragmentPieces(items: PublicItem[], meta: PageMeta): Generator<string> {
  const css = `.ppid-dik table { border-collapse: collapse; width: 100%; }
.ppid-dik caption { text-align: left; font-weight: 600; padding: .5rem 0; }
.ppid-dik th, .ppid-dik td { border: 1px solid #555; padding: .4rem .5rem; vertical-align: top; text-align: left; }
.ppid-dik thead th { background: #e8eef6; color: #111; }
.ppid-dik td ul { margin: 0; padding-left: 1.1rem; }
.ppid-dik .kecil { display: block; color: #333; font-size: .85em; margin-top: .2rem; }`;
  yield `<!-- Daftar Informasi yang Dikecualikan ${e(meta.badanPublik)}, per ${e(meta.tanggal)}; dibuat oleh ppid ${e(meta.versi)} -->
<div class="ppid-dik" lang="id">
<style>
${css}
</style>
`;
  yield* dikTable(items);
  yield `
<p class="kecil">Pembaruan terakhir ${date(meta.tanggal)}.</p>
</div>
`;
}
