/**
 * The worksheet "DIK" beside the full register: the DIK in the 5-column format `ppid publish`
 * publishes (No · Informasi · Dasar Hukum Pengecualian · Konsekuensi Dibuka | Ditutup · Jangka
 * Waktu), set up to print on A4 landscape as the body signs and files it. Its rows are
 * `PublicItem`s, so it shows only what the allowlist lets leave the archive.
 */
import type { Workbook } from 'exceljs';
import type { PublicItem } from '../publish/allowlist.js';
import { longDate } from '../reports/text.js';

export const DIK_SHEET = 'DIK';

/** Widths in characters: the three text columns share the page, No and the period stay narrow. */
const WIDTHS = [5, 38, 34, 34, 34, 24];
const COLUMNS = WIDTHS.length;

/** The rows above the table: title, body, date, a blank; the two heading rows follow. */
const TITLE_ROWS = 4;
export const DIK_HEADER_ROWS = `${TITLE_ROWS + 1}:${TITLE_ROWS + 2}`;

const thin = { style: 'thin' } as const;
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };

function informasi(it: PublicItem): string {
  const penetapan = it.penetapan ? `\nPenetapan ${it.penetapan.nomor}, ${longDate(it.penetapan.tanggal, 'id')}` : '';
  return `${it.informasi}\n${it.unit}${penetapan}`;
}

export function addDikSheet(wb: Workbook, items: readonly PublicItem[], meta: { badanPublik: string; tanggal: string }): void {
  const ws = wb.addWorksheet(DIK_SHEET, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: TITLE_ROWS + 2 }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      // As wide as the page, as many pages long as it takes.
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      // The heading rows on every printed page.
      printTitlesRow: DIK_HEADER_ROWS,
    },
    headerFooter: { oddFooter: `${meta.badanPublik} — Daftar Informasi yang Dikecualikan — &P/&N` },
  });
  ws.columns = WIDTHS.map((width) => ({ width }));
  const titles = ['DAFTAR INFORMASI YANG DIKECUALIKAN', meta.badanPublik.toUpperCase(), `Per ${longDate(meta.tanggal, 'id')}`];
  titles.forEach((t, i) => {
    const row = ws.getRow(i + 1);
    row.getCell(1).value = t;
    row.font = { bold: i < 2, size: i === 0 ? 13 : 11 };
    row.alignment = { horizontal: 'center' };
    ws.mergeCells(i + 1, 1, i + 1, COLUMNS);
  });
  const top = TITLE_ROWS + 1;
  ws.getRow(top).values = ['No', 'Informasi', 'Dasar Hukum Pengecualian', 'Konsekuensi/Pertimbangan bagi Publik', null, 'Jangka Waktu'];
  ws.getRow(top + 1).values = [null, null, null, 'Dibuka', 'Ditutup', null];
  for (const col of [1, 2, 3, 6]) ws.mergeCells(top, col, top + 1, col);
  ws.mergeCells(top, 4, top, 5);
  for (const r of [top, top + 1]) {
    const row = ws.getRow(r);
    row.font = { bold: true };
    for (let c = 1; c <= COLUMNS; c++) {
      const cell = row.getCell(c);
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
      cell.border = BORDER;
    }
  }
  for (const it of items) {
    const row = ws.addRow([it.no, informasi(it), it.dasar_hukum.join('\n'), it.konsekuensi_dibuka, it.konsekuensi_ditutup, it.jangka_waktu]);
    for (let c = 1; c <= COLUMNS; c++) {
      const cell = row.getCell(c);
      cell.alignment = { vertical: 'top', wrapText: true, ...(c === 1 ? { horizontal: 'center' } : {}) };
      cell.border = BORDER;
    }
  }
}
