/** `ppid validate`: every problem of the whole archive, in one pass. */
import type { Io } from '../cli/io.js';
import { loadCalendar } from '../archive/calendar-files.js';
import { sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import { diagnosticJson, formatDiagnostic } from '../cli/diagnostic-format.js';
import { ui } from '../i18n/ui-messages.js';
import { EXIT } from '../errors.js';
import { json, loadRecords, openArchive, outputFormat, type CommonOptions } from './context.js';
import { renderCsv } from '../cli/table.js';

export interface ValidateOptions extends CommonOptions {
  strict?: boolean;
}

export async function run(io: Io, opts: ValidateOptions): Promise<number> {
  const a = openArchive(io, opts);
  const loaded = loadRecords(io, a);
  const problems: Diagnostic[] = sortDiagnostics([...loadCalendar(a.root, a.config).problems, ...loaded.checked.flatMap((c) => c.problems)]);
  const errors = problems.filter((p) => p.severity === 'galat').length;
  const warnings = problems.length - errors;
  const failed = errors > 0 || (opts.strict === true && warnings > 0);
  const format = outputFormat(opts);
  if (format === 'json') {
    io.stdout(json({ butir: loaded.checked.length, galat: errors, peringatan: warnings, lolos: !failed, masalah: problems.map(diagnosticJson) }));
  } else if (format === 'csv') {
    const keys = ['berkas', 'baris', 'kolom', 'tingkat', 'kode', 'kolom_data', 'pesan', 'saran'] as const;
    const rows = problems.map(diagnosticJson);
    io.stdout(renderCsv(keys.map((k) => ({ header: k, value: (r: Record<string, unknown>) => (r[k] === null ? '' : String(r[k])) })), rows));
  } else {
    for (const p of problems) io.stdout(formatDiagnostic(p, io.color) + '\n');
    // A clean check prints nothing but its count, so it is quiet enough for a git hook.
    const summary = problems.length === 0
      ? ui('validate.bersih', { n: loaded.checked.length })
      : ui('validate.ringkas', { n: loaded.checked.length, galat: errors, peringatan: warnings });
    io.stderr(summary + '\n');
  }
  return failed ? EXIT.INVALID : EXIT.OK;
}
