/**
 * hledger-style problem reports: `PATH:LINE:COL: galat: message (field)`, the line quoted
 * with the spot marked, then one hint how to fix it.
 */
import type { ChalkInstance } from 'chalk';
import type { Diagnostic } from '../diagnostics.js';
import { diagnosticText } from '../i18n/diagnostic-messages.js';
import { ui } from '../i18n/ui-messages.js';
import { fitLine, outputWidth, truncate } from './width.js';

export function formatDiagnostic(d: Diagnostic, c: ChalkInstance): string {
  const { pesan, saran } = diagnosticText(d.code, d.params);
  const where = [d.file, d.line, d.line !== undefined ? d.col : undefined].filter((x) => x !== undefined).join(':');
  const label = d.severity === 'galat' ? ui('galat') : ui('peringatan');
  const sev = d.severity === 'galat' ? c.red.bold(label) : c.yellow.bold(label);
  // Fitted as plain text, then coloured: the codes take no room on the screen.
  const lines = fitLine(`${where}: ${label}: ${pesan}${d.field ? ` (${d.field})` : ''}`).split('\n');
  // A long path leaves the label for the next line: it is coloured where it landed.
  const at = lines[0]!.startsWith(`${where}: ${label}:`) ? 0 : 1;
  const pos = at === 0 ? where.length + 2 : (lines[1] ?? '').length - (lines[1] ?? '').trimStart().length;
  if (lines[at]?.slice(pos, pos + label.length) === label) lines[at] = `${lines[at]!.slice(0, pos)}${sev}${lines[at]!.slice(pos + label.length)}`;
  if (lines[0]!.startsWith(where)) lines[0] = c.bold(where) + lines[0]!.slice(where.length);
  if (d.line !== undefined && d.sourceLine !== undefined) {
    const num = String(d.line);
    const gutter = ' '.repeat(num.length);
    const src = d.sourceLine.replace(/\t/g, ' ').replace(/\r$/, '');
    // The quoted line is cut at the width (after the marked spot), never wrapped: it is the file's line.
    const room = outputWidth();
    const shown = room === undefined ? src : truncate(src, Math.max(room - num.length - 5, (d.col ?? 1) + 1));
    lines.push(`  ${c.dim(num + ' |')} ${shown}`);
    lines.push(`  ${c.dim(gutter + ' |')} ${' '.repeat(Math.max(0, (d.col ?? 1) - 1))}${c.red('^')}`);
  }
  if (saran) {
    const [first = '', ...rest] = fitLine(`  ${ui('saran')}: ${saran}`, 4).split('\n');
    lines.push(`  ${c.cyan(ui('saran'))}${first.slice(2 + ui('saran').length)}`, ...rest);
  }
  return lines.join('\n') + '\n';
}

/** The JSON shape of a problem (documented in the README). */
export function diagnosticJson(d: Diagnostic): Record<string, unknown> {
  const { pesan, saran } = diagnosticText(d.code, d.params);
  return {
    berkas: d.file,
    baris: d.line ?? null,
    kolom: d.col ?? null,
    tingkat: d.severity,
    kode: d.code,
    kolom_data: d.field ?? null,
    pesan,
    saran: saran ?? null,
  };
}
