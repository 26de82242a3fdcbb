/** The per-file summary at the end of `ppid import --dry-run` (src/import/summary.ts counts it). */
import type { Io } from '../terminal/io.js';
import { ui } from '../i18n/ui-messages.js';
import { IMPORT_MESSAGES } from '../i18n/import-messages.js';
import { diagnosticText, isDiagnosticCode } from '../i18n/diagnostic-messages.js';
import type { Diagnostic } from '../diagnostics.js';
import type { ImportSummary } from '../import/summary.js';
import { rowRanges } from './import-output.js';

export function showImportSummary(io: Io, file: string, s: ImportSummary, problems: readonly Diagnostic[]): void {
  const lines = [ui('impor.ringkasan', { berkas: file }), `  ${ui('impor.ringkasan.butir', { n: s.butir, baru: s.baru, ada: s.ada, ditolak: s.ditolak })}`];
  const others = (['kelompok', 'unit', 'lanjutan', 'penutup', 'judul_ulang'] as const).filter((k) => s[k].length > 0);
  // Which rows were not read as items, so the officer can check each; a long list is said by its count.
  if (others.length > 0)
    lines.push(
      `  ${ui('impor.ringkasan.lain', { daftar: others.map((k) => `${ui(`impor.ringkasan.${k}`, { n: s[k].length })} (${rowRanges(s[k])})`).join('; ') })}`,
    );
  if (s.sebab.length > 0) {
    lines.push(`  ${ui('impor.ringkasan.sebab')}`);
    for (const c of s.sebab) lines.push(`    - ${reason(c.kode, problems)}: ${ui('impor.ringkasan.baris', { n: c.baris.length, baris: rowRanges(c.baris) })}`);
  }
  if (s.putuskan.length > 0) {
    lines.push(`  ${ui('impor.ringkasan.putuskan')}`);
    for (const d of s.putuskan) {
      const where = d.baris.length > 0 ? ` (${ui('impor.ringkasan.baris', { n: d.baris.length, baris: rowRanges(d.baris) })})` : '';
      lines.push(`    - ${ui(`impor.putuskan.${d.keputusan}` as const)}${where}`);
    }
  }
  io.stdout(lines.join('\n') + '\n');
}

/** A refusal in words: its short name, or for a rarer one the message of its first row. */
function reason(code: string, problems: readonly Diagnostic[]): string {
  const key = `impor.sebab.${code}`;
  if (key in IMPORT_MESSAGES) return ui(key as keyof typeof IMPORT_MESSAGES);
  const first = problems.find((p) => p.code === code);
  return first && isDiagnosticCode(code) ? diagnosticText(code, first.params ?? {}).pesan : code;
}
