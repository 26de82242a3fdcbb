/**
 * What `ppid import` prints: row by row what it would create or correct, and the problems — the
 * same problem on many rows said once, with the rows it is on ("baris 8–2.990 (1.500 baris)").
 */
import type { Io } from '../terminal/io.js';
import type { Diagnostic } from '../diagnostics.js';
import { formatDiagnostic } from '../terminal/diagnostic-format.js';
import { lang } from '../i18n/lang.js';
import { ui } from '../i18n/ui-messages.js';
import { IMPORT_MESSAGES } from '../i18n/import-messages.js';
import { shownValue } from '../records/edit.js';
import { fieldsOf, type Planned } from '../import/plan.js';

const number = (n: number): string => n.toLocaleString(lang() === 'en' ? 'en-US' : 'id-ID');

/** Row numbers as runs: "8, 10–12"; many runs as the span and the count. */
export function rowRanges(rows: readonly number[]): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const runs: Array<[number, number]> = [];
  for (const r of sorted) {
    const last = runs.at(-1);
    if (last && r === last[1] + 1) last[1] = r;
    else runs.push([r, r]);
  }
  const run = ([a, b]: [number, number]) => (a === b ? number(a) : `${number(a)}–${number(b)}`);
  // "2–3.000" alone would read as every row between; the first runs, the last and the count do not.
  if (runs.length > 4) return ui('impor.baris-jumlah', { daftar: `${runs.slice(0, 3).map(run).join(', ')}, … ${run(runs.at(-1)!)}`, n: number(sorted.length) });
  return runs.map(run).join(', ');
}

/**
 * Problems that differ only in their row, each once: the first of them, placed at all its rows.
 * A problem on one row is left as it is.
 */
export function groupProblems(problems: readonly Diagnostic[]): Diagnostic[] {
  const groups = new Map<string, { first: Diagnostic; rows: number[] }>();
  const order: Array<Diagnostic | string> = [];
  for (const d of problems) {
    if (d.line === undefined) {
      order.push(d);
      continue;
    }
    const key = JSON.stringify([d.severity, d.code, d.params, d.file, d.field ?? null]);
    const g = groups.get(key);
    if (g) g.rows.push(d.line);
    else {
      groups.set(key, { first: d, rows: [d.line] });
      order.push(key);
    }
  }
  return order.map((o) => {
    if (typeof o !== 'string') return o;
    const { first, rows } = groups.get(o)!;
    if (rows.length === 1) return first;
    const { line: _line, col: _col, sourceLine: _src, ...rest } = first;
    return { ...rest, file: `${first.file}: ${ui('impor.baris-banyak', { baris: rowRanges(rows) })}` };
  });
}

/** A plan line names its item; a title of a whole paragraph (or pasted many times) is cut, the record keeps it whole. */
const shortTitle = (t: string) => (t.length > 120 ? `${t.slice(0, 119).trimEnd()}…` : t).replace(/\s*\n\s*/g, ' ');

/** Row by row, in the output's language: new, already there, corrected (each field), or failed; unchanged rows are only counted. */
export function showPlanText(io: Io, sheet: string, layout: string, planned: readonly Planned[], problems: readonly Diagnostic[], note?: string): void {
  // The layout's name is ppid's own word in Indonesian (and `tata_letak` in --json); in English it is said in English.
  const tata = `impor.tata.${layout}`;
  io.stdout(ui('impor.tata-letak', { berkas: sheet, tata: tata in IMPORT_MESSAGES ? ui(tata as keyof typeof IMPORT_MESSAGES) : layout }) + '\n');
  if (note) io.stdout(`  ${note}\n`);
  for (const p of planned) {
    if (p.unchanged) continue;
    const what = p.record
      ? ui('impor.baru', { id: p.id!, judul: shortTitle(String(p.record.judul)), unit: String(p.record.unit ?? '') })
      : p.edit
        ? ui('impor.ubah', { id: p.id! })
        : p.skipped
          ? ui('impor.sudah-ada', { judul: shortTitle(String(fieldsOf(p.draft)?.judul ?? '')) })
          : ui('impor.baris-galat');
    io.stdout(`  ${ui('impor.baris', { n: p.draft.row })}: ${what}\n`);
    for (const c of p.edit?.berubah ?? [])
      io.stdout(`    ${ui('impor.ubah-kolom', { id: p.id!, kolom: c.kolom, dari: shownValue(c.dari), ke: shownValue(c.ke) })}\n`);
  }
  for (const d of groupProblems(problems)) io.stderr(formatDiagnostic(d, io.colorErr));
  const errors = problems.filter((p) => p.severity === 'galat').length;
  io.stderr(ui('impor.ringkas', { baru: planned.filter((p) => p.record).length, ada: planned.filter((p) => p.skipped).length, galat: errors }) + '\n');
  const ubah = planned.filter((p) => p.edit).length;
  const sama = planned.filter((p) => p.unchanged).length;
  if (ubah + sama > 0) io.stderr(ui('impor.ringkas-koreksi', { ubah, sama }) + '\n');
}
