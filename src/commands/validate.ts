/** `ppid validate`: every problem of the whole archive, in one pass. */
import type { Io } from '../terminal/io.js';
import { loadCalendar } from '../archive/calendar-files.js';
import { foreignEntries } from '../archive/record-files.js';
import { sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import { diagnosticJson, formatDiagnostic } from '../terminal/diagnostic-format.js';
import { fitLine } from '../terminal/width.js';
import { ui } from '../i18n/ui-messages.js';
import { EXIT, UserError } from '../errors.js';
import { json, loadProblems, loadRecords, openArchive, outputFormat, csvDialect, resolveToday, type CommonOptions, type OpenArchive } from './context.js';
import { checkAcrossRecords } from '../archive/cross-checks.js';
import { ARCHIVE_FORMAT, CONFIG_FILE } from '../domain/config.js';
import { readFileSync } from 'node:fs';
import { renderCsv } from '../terminal/table.js';
import { join, resolve } from 'node:path';
import type { ArchiveRecord } from '../domain/record.js';
import { checkSealedAttachments, readIdentities } from '../archive/attachment-encryption.js';

export interface ValidateOptions extends CommonOptions {
  strict?: boolean;
  kunci?: string;
}

interface Checked {
  count: number;
  problems: Diagnostic[];
  archive?: { root: string; records: ArchiveRecord[] };
}

/** An archive of the old format, said at its `versi` line: its `sampai` dates mean another day. */
function formatProblems(a: OpenArchive): Diagnostic[] {
  if (a.config.versi === ARCHIVE_FORMAT) return [];
  let line: number | undefined;
  let sourceLine: string | undefined;
  try {
    const lines = readFileSync(join(a.root, CONFIG_FILE), 'utf8').split(/\r?\n/);
    const at = lines.findIndex((l) => /^versi\s*:/.test(l));
    if (at >= 0) [line, sourceLine] = [at + 1, lines[at]];
  } catch {
    // Read a moment ago; gone now, the problem is said without its line.
  }
  return [
    {
      severity: 'galat',
      code: 'arsip-versi-lama',
      params: {},
      file: CONFIG_FILE,
      ...(line ? { line, col: 1, field: 'versi' } : {}),
      ...(sourceLine !== undefined ? { sourceLine } : {}),
    },
  ];
}

async function check(io: Io, opts: ValidateOptions): Promise<Checked> {
  const today = resolveToday(opts, io.env);
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
  checkAcrossRecords(a.root, checked, today);
  const foreign: Diagnostic[] = foreignEntries(a.root).map((file) => ({ severity: 'peringatan', code: 'berkas-asing', params: {}, file }));
  return {
    count: checked.length,
    problems: [...formatProblems(a), ...(await loadCalendar(a.root, a.config)).problems, ...foreign, ...checked.flatMap((c) => c.problems)],
    ...(full ? { archive: { root: a.root, records: full.records } } : {}),
  };
}

export async function run(io: Io, opts: ValidateOptions): Promise<number> {
  const checked = await check(io, opts);
  // With a key, encrypted attachments are opened and their plaintext checked against the record.
  const sealed =
    opts.kunci && checked.archive
      ? await checkSealedAttachments(checked.archive.root, checked.archive.records, readIdentities(resolve(io.cwd, opts.kunci), opts.kunci))
      : undefined;
  const problems: Diagnostic[] = sortDiagnostics([...checked.problems, ...(sealed?.problems ?? [])]);
  const errors = problems.filter((p) => p.severity === 'galat').length;
  const warnings = problems.length - errors;
  const failed = errors > 0 || (opts.strict === true && warnings > 0);
  const format = outputFormat(opts);
  if (format === 'json') {
    io.stdout(
      json({
        butir: checked.count,
        galat: errors,
        peringatan: warnings,
        lolos: !failed,
        masalah: problems.map(diagnosticJson),
        ...(sealed ? { lampiran_terenkripsi: { diperiksa: sealed.opened, bukan_untuk_kunci_ini: sealed.notForKey } } : {}),
      }),
    );
  } else if (format === 'csv') {
    const keys = [
      ['berkas', 'kol.berkas'],
      ['baris', 'kol.baris'],
      ['kolom', 'kol.kolom'],
      ['tingkat', 'kol.tingkat'],
      ['kode', 'kol.kode'],
      ['kolom_data', 'kol.bidang'],
      ['pesan', 'kol.pesan'],
      ['saran', 'kol.saran'],
    ] as const;
    const rows = problems.map(diagnosticJson);
    io.stdout(
      renderCsv(
        keys.map(([key, heading]) => ({ key, header: ui(heading), value: (r: Record<string, unknown>) => (r[key] === null ? '' : String(r[key])) })),
        rows,
        csvDialect(opts),
      ),
    );
  } else {
    for (const p of problems) io.stdout(formatDiagnostic(p, io.color) + '\n');
    // A clean check prints nothing but its count, so it is quiet enough for a git hook.
    const summary =
      problems.length === 0 ? ui('validate.bersih', { n: checked.count }) : ui('validate.ringkas', { n: checked.count, galat: errors, peringatan: warnings });
    io.stderr(fitLine(summary) + '\n');
    if (sealed) io.stderr(fitLine(ui('validate.terenkripsi', { dibuka: sealed.opened, lain: sealed.notForKey })) + '\n');
  }
  return failed ? EXIT.INVALID : EXIT.OK;
}
