/** `ppid validate`: every problem of the whole archive, in one pass. */
import type { Io } from '../cli/io.js';
import { loadCalendar } from '../archive/calendar-files.js';
import { foreignEntries } from '../archive/read.js';
import { sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import { diagnosticJson, formatDiagnostic } from '../cli/diagnostic-format.js';
import { ui } from '../i18n/ui-messages.js';
import { EXIT, UserError } from '../errors.js';
import { json, loadRecords, openArchive, outputFormat, type CommonOptions, type OpenArchive } from './context.js';
import { renderCsv } from '../cli/table.js';

export interface ValidateOptions extends CommonOptions {
  strict?: boolean;
}

function check(io: Io, opts: ValidateOptions): { count: number; problems: Diagnostic[] } {
  let a: OpenArchive;
  try {
    a = openArchive(io, opts);
  } catch (e) {
    // A broken ppid.yaml is one more problem to report in the same format, not a crash.
    if (e instanceof UserError && e.code === 'ppid-yaml-tidak-valid') return { count: 0, problems: e.diagnostics };
    throw e;
  }
  const loaded = loadRecords(io, a);
  const foreign: Diagnostic[] = foreignEntries(a.root).map((file) => ({ severity: 'peringatan', code: 'berkas-asing', params: {}, file }));
  return { count: loaded.checked.length, problems: [...loadCalendar(a.root, a.config).problems, ...foreign, ...loaded.checked.flatMap((c) => c.problems)] };
}

export async function run(io: Io, opts: ValidateOptions): Promise<number> {
  const checked = check(io, opts);
  const problems: Diagnostic[] = sortDiagnostics(checked.problems);
  const errors = problems.filter((p) => p.severity === 'galat').length;
  const warnings = problems.length - errors;
  const failed = errors > 0 || (opts.strict === true && warnings > 0);
  const format = outputFormat(opts);
  if (format === 'json') {
    io.stdout(json({ butir: checked.count, galat: errors, peringatan: warnings, lolos: !failed, masalah: problems.map(diagnosticJson) }));
  } else if (format === 'csv') {
    const keys = ['berkas', 'baris', 'kolom', 'tingkat', 'kode', 'kolom_data', 'pesan', 'saran'] as const;
    const rows = problems.map(diagnosticJson);
    io.stdout(renderCsv(keys.map((k) => ({ header: k, value: (r: Record<string, unknown>) => (r[k] === null ? '' : String(r[k])) })), rows));
  } else {
    for (const p of problems) io.stdout(formatDiagnostic(p, io.color) + '\n');
    // A clean check prints nothing but its count, so it is quiet enough for a git hook.
    const summary = problems.length === 0
      ? ui('validate.bersih', { n: checked.count })
      : ui('validate.ringkas', { n: checked.count, galat: errors, peringatan: warnings });
    io.stderr(summary + '\n');
  }
  return failed ? EXIT.INVALID : EXIT.OK;
}
