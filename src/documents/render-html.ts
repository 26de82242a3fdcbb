/**
 * A document as one printable HTML page (A4, each section on its own sheet, landscape where
 * the Word file has it), self-contained: the logo is inlined, nothing is fetched.
 */
import { escapeHtml as e } from '../publish/html.js';
import { pointMarks, type Block, type Doc, type Letterhead, type Signature } from './model.js';

const text = (s: string) => e(s).replace(/\n/g, '<br>');

function letterhead(k: Letterhead): string {
  const lines = k.baris.map((b) => `<div style="font-size:${b.ukuran ?? 11}pt${b.tebal ? ';font-weight:bold' : ''}">${text(b.teks)}</div>`).join('');
  const logo = k.logo
    ? `<img class="logo" alt="" src="data:image/${k.logo.type === 'png' ? 'png' : 'jpeg'};base64,${k.logo.data.toString('base64')}" style="width:${k.logo.lebarMm}mm;height:${k.logo.tinggiMm}mm">`
    : '';
  return `<header class="kop">${logo}<div class="kop-teks">${lines}</div></header>`;
}

function signatures(cols: Signature[]): string {
  const cells = cols.map(
    (s) =>
      `<div class="ttd">${s.atas.map((a) => `<div>${text(a)}</div>`).join('')}<div class="ruang"></div><div class="nama">${text(s.nama)}</div>${s.nip ? `<div>NIP ${e(s.nip)}</div>` : ''}</div>`,
  );
  return `<div class="ttd-baris">${cells.join('')}</div>`;
}

function block(b: Block, k: Letterhead): string {
  switch (b.jenis) {
    case 'kop':
      return letterhead(k);
    case 'judul':
      return `<h1${b.tebal === false ? ' class="biasa"' : ''}>${b.baris.map(text).join('<br>')}</h1>`;
    case 'paragraf': {
      const cls = [b.rata ?? '', b.tebal ? 'tebal' : '', b.miring ? 'miring' : ''].filter(Boolean).join(' ');
      return `<p${cls ? ` class="${cls}"` : ''}>${text(b.teks)}</p>`;
    }
    case 'isian':
      return `<table class="isian">${b.baris.map(([l, v]) => `<tr><th scope="row">${text(l)}</th><td>:</td><td>${text(v)}</td></tr>`).join('')}</table>`;
    case 'butir': {
      const marks = pointMarks(b);
      return `<table class="butir">${b.isi.map((x, i) => `<tr><th scope="row">${i === 0 ? text(b.label) : ''}</th><td>${i === 0 && b.label ? ':' : ''}</td><td class="tanda">${text(marks[i] ?? '')}</td><td>${text(x)}</td></tr>`).join('')}</table>`;
    }
    case 'tabel': {
      const sum = b.lebar.reduce((x, y) => x + y, 0);
      const cols = b.lebar.map((w) => `<col style="width:${((w / sum) * 100).toFixed(1)}%">`).join('');
      return `<table class="daftar"><colgroup>${cols}</colgroup><thead><tr>${b.kepala.map((h) => `<th scope="col">${text(h)}</th>`).join('')}</tr></thead><tbody>${b.baris.map((r) => `<tr>${r.map((v) => `<td>${text(v)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
    }
    case 'tanda-tangan':
      return signatures(b.kolom);
  }
}

const STYLE = `
@page { size: A4 portrait; margin: 20mm; }
@page lanskap { size: A4 landscape; margin: 20mm; }
body { font-family: Arial, sans-serif; font-size: 11pt; color: #000; margin: 0; }
section { page-break-after: always; break-after: page; padding: 0 2mm; }
section:last-child { page-break-after: auto; break-after: auto; }
section.lanskap { page: lanskap; }
.konsep { color: #c00000; font-weight: bold; text-align: right; }
.kop { display: flex; align-items: center; gap: 4mm; border-bottom: 3px double #000; padding-bottom: 2mm; margin-bottom: 4mm; }
.kop-teks { flex: 1; text-align: center; }
h1 { font-size: 11pt; text-align: center; margin: 0 0 4mm; }
h1.biasa { font-weight: normal; }
p { margin: 0 0 3mm; }
p.penuh { text-align: justify; } p.kanan { text-align: right; } p.tengah { text-align: center; }
p.tebal { font-weight: bold; } p.miring { font-style: italic; }
table { border-collapse: collapse; width: 100%; margin-bottom: 4mm; }
table.isian th, table.butir th { text-align: left; font-weight: normal; vertical-align: top; width: 28%; }
table.butir th { width: 14%; }
table.isian td, table.butir td { vertical-align: top; padding: 0 1mm 1.5mm; }
table.butir td.tanda { width: 10%; font-weight: bold; white-space: nowrap; }
table.daftar th, table.daftar td { border: 1px solid #000; padding: 1mm 1.5mm; font-size: 9pt; vertical-align: top; }
table.daftar th { background: #e7e6e6; }
table.daftar thead { display: table-header-group; }
table.daftar tr { break-inside: avoid; }
.ttd-baris { display: flex; flex-wrap: wrap; justify-content: space-around; gap: 8mm; margin: 6mm 0; break-inside: avoid; break-before: avoid; page-break-before: avoid; }
.ttd { text-align: center; min-width: 55mm; flex: 0 1 30%; }
.ttd .ruang { height: 22mm; }
.ttd .nama { font-weight: bold; text-decoration: underline; }
@media screen { body { background: #eee; } section { background: #fff; max-width: 210mm; margin: 8mm auto; padding: 15mm; box-shadow: 0 0 4px #999; } section.lanskap { max-width: 297mm; } }
`;

export function renderHtml(doc: Doc, k: Letterhead): string {
  const sections = doc.bagian.map(
    (s) =>
      `<section${s.lanskap ? ' class="lanskap"' : ''}>${doc.konsep ? `<div class="konsep">${e(doc.konsep)}</div>` : ''}${s.blok.map((b) => block(b, k)).join('\n')}</section>`,
  );
  return `<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="ppid">
<title>${e(doc.judul)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${sections.join('\n')}
</main>
</body>
</html>
`;
}
