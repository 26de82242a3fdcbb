/** `ppid audit`: would show if anyone edited the archive behind the tool's back. Exit 1 on any finding not accepted. */
import type { Io } from '../terminal/io.js';
import { auditHistory, FOR_REVIEW, type Finding } from '../history/audit.js';
import { calendarFilePath } from '../archive/calendar-files.js';
import { requireOwnWorkTree } from '../git/repo.js';
import { fitLine } from '../terminal/width.js';
import { ui } from '../i18n/ui-messages.js';
import { EXIT, UserError } from '../errors.js';
import { renderCsv, type Column } from '../terminal/table.js';
import { csvDialect, json, openArchive, resolveToday, stepDay, type CommonOptions } from './context.js';

export interface AuditOptions extends CommonOptions {
  requireSigned?: boolean;
  /** A commit whose findings the PPID Utama accepts (with `alasan`). */
  terima?: string;
  alasan?: string;
  /** Only broken rules fail (the server's hook): findings for review do not. */
  pelanggaranSaja?: boolean;
}

/** No --today and no PPID_TODAY: the audit is as of this moment. */
const asOfNow = (opts: AuditOptions, env: NodeJS.ProcessEnv): boolean => opts.today === undefined && !env.PPID_TODAY;

function message(f: Finding): string {
  // git's change letter (A, M, D, T) in words of the output's language.
  const ubah = f.params.ubah;
  const params = ubah && ['A', 'M', 'D', 'T'].includes(ubah) ? { ...f.params, ubah: ui(`audit.ubah.${ubah as 'A' | 'M' | 'D' | 'T'}`) } : f.params;
  return ui(`audit.${f.kode}`, params);
}

function accepted(f: Finding): string {
  return f.diterima ? ui('audit.diterima', { nama: f.diterima.nama, commit: f.diterima.commit.slice(0, 10), alasan: f.diterima.alasan }) : '';
}

function printFindings(io: Io, findings: readonly Finding[]): void {
  const c = io.color;
  for (const f of findings) {
    const colour = f.diterima || FOR_REVIEW.has(f.kode) ? c.yellow : c.red;
    const where = `${f.commit.slice(0, 10)}${f.berkas ? ` ${f.berkas}` : ''}`;
    // Fitted as plain text and coloured after: the colour codes take no room on the screen.
    const [head = '', ...rest] = fitLine(`${where}: ${message(f)}`, 4).split('\n');
    const first = `${c.bold(where)}${colour(head.slice(where.length))}`;
    const note = f.diterima ? `\n${c.green(fitLine(`    ${accepted(f)}`))}` : '';
    io.stdout(`${[first, ...rest.map((l) => colour(l))].join('\n')}\n${c.dim(fitLine(`    ${f.nama} <${f.email}>, ${f.waktu}`))}${note}\n`);
  }
  const open = findings.filter((f) => !f.diterima).length;
  const taken = findings.length - open;
  const summary =
    open > 0
      ? ui(taken ? 'audit.ringkas-diterima' : 'audit.ringkas', { n: open, m: taken })
      : ui(taken ? 'audit.bersih-diterima' : 'audit.bersih', { m: taken });
  io.stderr(fitLine(summary) + '\n');
}

/** One row per finding, accepted ones included (their column says so), for a spreadsheet of the audit. */
const findingColumns = (): Column<Finding>[] => [
  { key: 'kode', header: ui('kol.kode'), value: (f) => f.kode },
  { key: 'jenis', header: ui('kol.jenis'), value: (f) => (FOR_REVIEW.has(f.kode) ? 'tinjau' : 'pelanggaran') },
  { key: 'status', header: ui('kol.status'), value: (f) => (f.diterima ? 'diterima' : 'terbuka') },
  { key: 'commit', header: ui('kol.commit'), value: (f) => f.commit },
  { key: 'waktu', header: ui('kol.waktu'), value: (f) => f.waktu },
  { key: 'nama', header: ui('kol.pelaku'), value: (f) => f.nama },
  { key: 'email', header: ui('kol.surel'), value: (f) => f.email },
  { key: 'berkas', header: ui('kol.berkas'), value: (f) => f.berkas ?? '' },
  { key: 'pesan', header: ui('kol.pesan'), value: (f) => message(f) },
  { key: 'alasan_diterima', header: ui('kol.alasan-diterima'), value: (f) => f.diterima?.alasan ?? '' },
];

export async function run(io: Io, opts: AuditOptions): Promise<number> {
  if (opts.alasan !== undefined && opts.terima === undefined) throw new UserError('terima-tanpa-commit', {}, EXIT.USAGE);
  const a = await openArchive(io, opts);
  // History is only the archive's own when the archive is its own repository.
  await requireOwnWorkTree(a.root);
  const findings = await auditHistory(a.root, {
    requireSigned: opts.requireSigned === true,
    calendarFile: calendarFilePath(a.config),
    today: resolveToday(opts, io.env),
    ...(asOfNow(opts, io.env) ? { now: Date.now() } : {}),
  });
  if (opts.terima !== undefined) {
    // An acceptance is a step: dated by its commit.
    await stepDay(opts, io.env, io.cwd);
    const { acceptFindings } = await import('./audit-accept.js');
    const done = await acceptFindings(a.root, a.config, opts.terima, opts.alasan, findings);
    if (opts.json) io.stdout(json(done));
    else io.stdout(ui('audit.terima-selesai', { n: done.temuan, commit: done.diterima.slice(0, 10), catat: done.commit.slice(0, 10) }) + '\n');
    return EXIT.OK;
  }
  const open = findings.filter((f) => !f.diterima);
  const failing = open.filter((f) => !(opts.pelanggaranSaja && FOR_REVIEW.has(f.kode)));
  if ((opts.csv || opts.csvKoma) && !opts.json) io.stdout(renderCsv(findingColumns(), findings, csvDialect(opts)));
  else if (opts.json) {
    io.stdout(
      json({
        bersih: open.length === 0,
        terbuka: open.length,
        diterima: findings.length - open.length,
        temuan: findings.map((f) => ({
          ...f,
          pesan: message(f),
          jenis: FOR_REVIEW.has(f.kode) ? 'tinjau' : 'pelanggaran',
          status: f.diterima ? 'diterima' : 'terbuka',
        })),
      }),
    );
  } else printFindings(io, findings);
  return failing.length === 0 ? EXIT.OK : EXIT.INVALID;
}
