/** `ppid validate`: every problem of the whole archive, in one pass. */
import type { Io } from '../cli/io.js';
import { loadCalendar } from '../archive/calendar-files.js';
import { foreignEntries } from '../archive/record-files.js';
import { sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import { diagnosticJson, formatDiagnostic } from '../cli/diagnostic-format.js';
import { ui } from '../i18n/ui-messages.js';
import { EXIT, UserError } from '../errors.js';
import { json, loadProblems, loadRecords, openArchive, outputFormat, type CommonOptions, type OpenArchive } from './context.js';
import { renderCsv } from '../cli/table.js';
import { resolve } from 'node:path';
import type { ArchiveRecord } from '../domain/record.js';
import { checkSealedAttachments, readIdentities } from '../archive/seal.js';

export interface ValidateOptions extends CommonOptions {
  strict?: boolean;
  kunci?: string;
}

interface Checked {
  count: number;
  problems: Diagnostic[];
  archive?: { root: string; records: ArchiveRecord[] };
}

async function check(io: Io, opts: ValidateOptions): Promise<Checked> {
  let a: OpenArchive;
  try {
    a = await openArchive(io, opts);
  } catch (e) {
    // A broken ppid.yaml is one more problem to report in the same format, not a crash.
    if (e instanceof UserError && e.code === 'ppid-yaml-tidak-valid') return { count: 0, problems: e.diagnostics };
    throw e;
  }
  // Only a key holder's check opens the records' attachments; otherwise problems are all it needs.
  const full = opts.kunci ? await loadRecords(io, a) : undefined;
  const checked = full?.checked ?? (await loadProblems(io, a)).checked;
  const foreign: Diagnostic[] = foreignEntries(a.root).map((file) => ({ severity: 'peringatan', code: 'berkas-asing', params: {}, file }));
  return {
    count: checked.length, problems: [...(await loadCalendar(a.root, a.config)).problems, ...foreign, ...checked.flatMap((c) => c.problems)],
    ...(full ? { archive: { root: a.root, records: full.records } } : {}),
  };
}

export async function run(io: Io, opts: ValidateOptions): Promise<number> {
  const checked = await check(io, opts);
  // With a key, encrypted attachments are opened and their plaintext checked against the record.
  const sealed = opts.kunci && checked.archive
    ? await checkSealedAttachments(checked.archive.root, checked.archive.records, readIdentities(resolve(io.cwd, opts.kunci), opts.kunci))
    : undefined;
  const problems: Diagnostic[] = sortDiagnostics([...checked.problems, ...(sealed?.problems ?? [])]);
  const errors = problems.filter((p) => p.severity === 'galat').length;
  const warnings = problems.length - errors;
  const failed = errors > 0 || (opts.strict === true && warnings > 0);
  const format = outputFormat(opts);
  if (format === 'json') {
    io.stdout(json({
      butir: checked.count, galat: errors, peringatan: warnings, lolos: !failed, masalah: problems.map(diagnosticJson),
      ...(sealed ? { lampiran_terenkripsi: { diperiksa: sealed.opened, bukan_untuk_kunci_ini: sealed.notForKey } } : {}),
    }));
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
    if (sealed) io.stderr(ui('validate.terenkripsi', { dibuka: sealed.opened, lain: sealed.notForKey }) + '\n');
  }
  return failed ? EXIT.INVALID : EXIT.OK;
}
