/**
 * The per-file summary of an import: what its rows were (items, group headings, unit headings,
 * continuations), which rows were refused and why, and what the officer has to decide before
 * the table can come in. Counts only; the command prints it (src/commands/import-summary.ts).
 */
import type { Diagnostic } from '../diagnostics.js';
import type { Planned } from './plan.js';
import type { DraftRow } from './rows.js';

/** The decisions ppid leaves to the officer, by the problems that ask for them. */
export const DECISIONS = {
  huruf: [
    'impor-pasal17-huruf-tidak-ada',
    'impor-dasar-hukum-uu-lain',
    'impor-dasar-hukum-bukan-uu',
    'impor-dasar-hukum-tak-terbaca',
    'impor-dasar-hukum-kosong',
    'impor-pasal17-tidak-dikenal',
  ],
  jangka: [
    'impor-jangka-waktu-kosong',
    'impor-jangka-waktu-tak-terbaca',
    'impor-jangka-waktu-bukan-jangka',
    'impor-jangka-waktu-ganda',
    'impor-tanggal-tak-sah',
    'periode-a-f-permanen',
    'periode-persetujuan-bukan-gh',
  ],
  kelompok: ['impor-huruf-dari-kelompok'],
  tinjau: ['impor-tinjau-ulang-diisi'],
  uji: ['impor-konsekuensi-kosong', 'impor-konsekuensi-rujukan', 'impor-tanpa-uji-konsekuensi'],
  tanggal: ['impor-tanggal-uji-diisi'],
  arsip: ['impor-beda-dari-arsip'],
  unit: ['impor-unit-kosong', 'impor-unit-tidak-dikenal'],
} as const;
export type Decision = keyof typeof DECISIONS;

export interface ImportSummary {
  /** Rows read as items, whatever became of them. */
  butir: number;
  baru: number;
  ada: number;
  dikoreksi: number;
  /** Item rows that cannot come in, each once. */
  ditolak: number;
  kelompok: number[];
  unit: number[];
  lanjutan: number[];
  /** Totals, notes and the signature under the table. */
  penutup: number[];
  /** The column headings repeated in the body. */
  judul_ulang: number[];
  /** The errors that refuse rows, by code, with the rows each is on (a row with two errors is under both). */
  sebab: Array<{ kode: string; baris: number[] }>;
  /** What the officer must decide, with the rows it concerns (none for the file as a whole). */
  putuskan: Array<{ keputusan: Decision; baris: number[] }>;
}

export function summariseImport(drafts: readonly DraftRow[], planned: readonly Planned[], problems: readonly Diagnostic[]): ImportSummary {
  const rowsOf = (role: DraftRow['role']) => drafts.filter((d) => d.role === role).map((d) => d.row);
  const items = drafts.filter((d) => d.role === 'butir' || (d.role === undefined && (d.fields || d.data)));
  const done = new Set(planned.filter((p) => p.record || p.edit || p.skipped || p.unchanged).map((p) => p.draft.row));
  const refused = new Set(items.filter((d) => !done.has(d.row) && !d.selesai).map((d) => d.row));
  const sebab = new Map<string, Set<number>>();
  for (const p of problems) {
    if (p.severity !== 'galat') continue;
    // A fault of the whole file (no consequence test at all) refuses every row it stops.
    if (p.line === undefined) {
      if (refused.size > 0) sebab.set(p.code, new Set(refused));
    } else if (refused.has(p.line)) sebab.set(p.code, (sebab.get(p.code) ?? new Set()).add(p.line));
  }
  const putuskan: ImportSummary['putuskan'] = [];
  for (const [keputusan, codes] of Object.entries(DECISIONS) as Array<[Decision, readonly string[]]>) {
    const hits = problems.filter((p) => codes.includes(p.code));
    if (hits.length === 0) continue;
    putuskan.push({ keputusan, baris: [...new Set(hits.flatMap((p) => (p.line === undefined ? [] : [p.line])))].sort((a, b) => a - b) });
  }
  return {
    butir: items.length,
    baru: planned.filter((p) => p.record).length,
    ada: planned.filter((p) => p.skipped).length,
    dikoreksi: planned.filter((p) => p.edit).length,
    ditolak: refused.size,
    kelompok: rowsOf('kelompok'),
    unit: rowsOf('unit'),
    lanjutan: rowsOf('lanjutan'),
    penutup: rowsOf('penutup'),
    judul_ulang: rowsOf('judul-ulang'),
    sebab: [...sebab].map(([kode, rows]) => ({ kode, baris: [...rows].sort((a, b) => a - b) })).sort((a, b) => b.baris.length - a.baris.length),
    putuskan,
  };
}
