/**
 * hledger-style problem reports: `PATH:LINE:COL: galat: message (field)`, the line quoted
 * with the spot marked, then one hint how to fix it.
 */
import type { ChalkInstance } from 'chalk';
import type { Diagnostic } from '../diagnostics.js';
import { diagnosticText } from '../i18n/diagnostic-messages.js';
import { ui } from '../i18n/ui-messages.js';

export function formatDiagnostic(d: Diagnostic, c: ChalkInstance): string {
  const { pesan, saran } = diagnosticText(d.code, d.params);
  const where = [d.file, d.line, d.line !== undefined ? d.col : undefined].filter((x) => x !== undefined).join(':');
  const sev = d.severity === 'galat' ? c.red.bold(ui('galat')) : c.yellow.bold(ui('peringatan'));
  const lines = [`${c.bold(where)}: ${sev}: ${pesan}${d.field ? ` (${d.field})` : ''}`];
  if (d.line !== undefined && d.sourceLine !== undefined) {
    const num = String(d.line);
    const gutter = ' '.repeat(num.length);
    const src = d.sourceLine.replace(/\t/g, ' ').replace(/\r$/, '');
    lines.push(`  ${c.dim(num + ' |')} ${src}`);
    lines.push(`  ${c.dim(gutter + ' |')} ${' '.repeat(Math.max(0, (d.col ?? 1) - 1))}${c.red('^')}`);
  }
  if (saran) lines.push(`  ${c.cyan(ui('saran'))}: ${saran}`);
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
