/** What every command needs first: the archive, its settings, today's date, the records. */
import { existsSync, lstatSync, realpathSync, statSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import type { Io } from '../terminal/io.js';
import { findArchiveRoot } from '../archive/find.js';
import { readConfig } from '../archive/config-file.js';
import type { CheckedRecord } from '../archive/check.js';
import type { Want } from '../store/types.js';
import { isIsoDate, localToday } from '../rules/dates.js';
import { EXIT, UserError } from '../errors.js';
import { ARCHIVE_FORMAT, ATTACHMENTS_DIR, RECORDS_DIR, type Config } from '../domain/config.js';
import { STATUSES, type Status } from '../domain/lifecycle.js';
import type { ArchiveRecord, RecordData } from '../domain/record.js';
import type { ReportKeys, RecordSummary, SummaryRecord } from '../domain/record-summary.js';
import { hasErrors } from '../diagnostics.js';
import { progressBar } from '../terminal/progress.js';
import { collectSooner } from '../store/heap.js';
import { ui } from '../i18n/ui-messages.js';
import { setArchiveLang } from '../i18n/lang.js';
import { diagnosticText } from '../i18n/diagnostic-messages.js';
import { writeFileAtomic } from '../archive/atomic.js';
import { gitRun } from '../git/run.js';
import type { CsvDialect } from '../export/csv.js';

export interface CommonOptions {
  archive?: string;
  today?: string;
  json?: boolean;
  csv?: boolean;
  ics?: boolean;
  /** CSV with commas, for tools (commander's name for --csv-koma). */
  csvKoma?: boolean;
}

/** --today, else PPID_TODAY, else the machine's date: reports must be reproducible. */
export function resolveToday(opts: CommonOptions, env: NodeJS.ProcessEnv): string {
  const v = opts.today ?? (env.PPID_TODAY || undefined);
  if (v === undefined) return localToday();
  if (!isIsoDate(v)) throw new UserError('tanggal-hari-ini-salah', { nilai: v }, EXIT.USAGE);
  return v;
}

/**
 * A changing command's date is its commit's: the clock, or GIT_COMMITTER_DATE when set (as git
 * reads it, in any of its forms, so the step's date and its commit's never differ). `--today`
 * and PPID_TODAY move only reports: a step backdated by a flag would enter the trail as an event
 * of another day (issue 22).
 */
export async function stepDay(opts: CommonOptions, env: NodeJS.ProcessEnv, cwd: string): Promise<string> {
  if (opts.today !== undefined || env.PPID_TODAY)
    throw new UserError('hari-ini-bukan-untuk-langkah', { sumber: opts.today !== undefined ? '--today' : 'PPID_TODAY' }, EXIT.USAGE);
  if (!env.GIT_COMMITTER_DATE) return localToday();
  // Only the date is wanted: a missing identity is for the commit to refuse, with its own message.
  const ident = await gitRun(cwd, ['var', 'GIT_COMMITTER_IDENT'], undefined, {
    env: { GIT_COMMITTER_NAME: 'ppid', GIT_COMMITTER_EMAIL: 'ppid@localhost' },
  }).then(
    (b) => b.toString('utf8').trim(),
    () => '',
  );
  const m = / (\d+) ([+-])(\d\d)(\d\d)$/.exec(ident);
  if (!m) throw new UserError('tanggal-commit-salah', { nilai: env.GIT_COMMITTER_DATE }, EXIT.USAGE);
  const offset = (m[2] === '-' ? -1 : 1) * (Number(m[3]) * 60 + Number(m[4]));
  // The day as the committer's own clock showed it.
  return new Date((Number(m[1]) + offset * 60) * 1000).toISOString().slice(0, 10);
}

export function outputFormat(opts: CommonOptions): 'json' | 'csv' | 'text' {
  if ([opts.json, opts.csv, opts.csvKoma].filter(Boolean).length > 1) throw new UserError('format-ganda', {}, EXIT.USAGE);
  return opts.json ? 'json' : opts.csv || opts.csvKoma ? 'csv' : 'text';
}

/** The format of a report that also writes a calendar (`expiring`, `status`). */
export function reportFormat(opts: CommonOptions): 'json' | 'csv' | 'ics' | 'text' {
  if (opts.ics && (opts.json || opts.csv || opts.csvKoma)) throw new UserError('format-ganda-ics', {}, EXIT.USAGE);
  return opts.ics ? 'ics' : outputFormat(opts);
}
/** --csv for Excel in an Indonesian locale, --csv-koma for tools (docs/adr/0019-csv-for-excel.md). */
export const csvDialect = (opts: CommonOptions): CsvDialect => (opts.csvKoma ? 'koma' : 'excel');

export interface OpenArchive {
  root: string;
  config: Config;
}

export async function openArchive(io: Io, opts: CommonOptions): Promise<OpenArchive> {
  const root = findArchiveRoot(io.cwd, opts.archive);
  // The archive's own folders, never links: a report would read, and a step write, elsewhere.
  for (const folder of [RECORDS_DIR, ATTACHMENTS_DIR]) {
    if (lstatSync(join(root, folder), { throwIfNoEntry: false })?.isSymbolicLink()) throw new UserError('folder-tautan', { folder }, EXIT.INVALID);
  }
  const config = await readConfig(root);
  setArchiveLang(config.bahasa);
  return { root, config };
}

/**
 * What leaves the archive as the body's word (the public lists, documents to sign) is not made
 * from an archive of the old format: its `sampai` dates would be one day wrong.
 */
export function requireCurrentFormat(config: Config): void {
  if (config.versi !== ARCHIVE_FORMAT) throw new UserError('arsip-versi-lama', {}, EXIT.INVALID);
}

export interface LoadedRecords<R = ArchiveRecord, D = RecordData> {
  checked: CheckedRecord<D>[];
  /** Records without errors, usable by reports. */
  records: R[];
  invalid: number;
}

async function load<D>(
  io: Io,
  a: OpenArchive,
  want: Want,
  where?: (f: ReportKeys) => boolean,
): Promise<LoadedRecords<{ path: string; data: D; body: string }, D>> {
  // A report over an archive of the old format would read its `sampai` dates one day off.
  if (a.config.versi !== ARCHIVE_FORMAT && want !== 'problems') {
    io.stderr(io.colorErr.yellow(`${ui('peringatan')}: ${ui('arsip-versi-lama')}`) + '\n' + `  ${ui('saran')}: ${ui('arsip-versi-lama.saran')}\n`);
  }
  collectSooner();
  const bar = progressBar(io.stderrIsTTY, io.stderr, ui('membaca'));
  // Loaded here, not with this module: a step that reads no records (`ppid add`) need not load the scan.
  const { scanArchive } = await import('../store/scan.js');
  const { checked, hits, misses, vouched, retaken, readers } = await scanArchive(a.root, a.config, want, (d, t) => bar.tick(d, t), where);
  // For the cache tests and the benchmark: how many records were taken from the cache (and
  // how many a worker out of memory left to this thread).
  if (io.env.PPID_DEBUG_CACHE)
    io.stderr(
      `ppid-cache: ${hits} dari cache, ${misses} dibaca, ${vouched} dijamin git, ${retaken} diambil alih, ${readers.threads} utas${readers.early ? ' (dimulai awal)' : ''}\n`,
    );
  const typed = checked as CheckedRecord<D>[];
  const records = typed.flatMap((c) => (c.record && !c.unloaded ? [c.record] : []));
  return { checked: typed, records, invalid: typed.filter((c) => hasErrors(c.problems)).length };
}

/** Every record whole: front matter and body (documents, exports, single items). */
export const loadRecords = (io: Io, a: OpenArchive): Promise<LoadedRecords> => load<RecordData>(io, a, 'full');

/**
 * Only these front matter fields of every record, and no body (`publish`: what may leave the
 * archive is all it needs, and at 100,000 records the rest is most of a gigabyte).
 */
export const loadFields = (io: Io, a: OpenArchive, fields: readonly string[]): Promise<LoadedRecords> => load<RecordData>(io, a, { fields });

/** What the reports read of every record (src/domain/record-summary.ts): fast on large archives. */
export const loadSummaries = (io: Io, a: OpenArchive, where?: (f: ReportKeys) => boolean): Promise<LoadedRecords<SummaryRecord, RecordSummary>> =>
  load<RecordSummary>(io, a, 'summary', where);

/** Only the problems and ids of every record (`validate`). */
export const loadProblems = (io: Io, a: OpenArchive): Promise<LoadedRecords<unknown, unknown>> => load<unknown>(io, a, 'problems');

/** One item by its id; a record with errors is named with them rather than said to be missing. */
export function findRecord(loaded: LoadedRecords, id: string): ArchiveRecord {
  const rec = loaded.records.find((r) => r.data.id === id);
  if (rec) return rec;
  const broken = loaded.checked.find((c) => c.parsed.file === `${RECORDS_DIR}/${id}.md` || (c.parsed.data as { id?: unknown } | undefined)?.id === id);
  if (broken)
    throw new UserError(
      'item-bergalat',
      { id, berkas: broken.parsed.file },
      EXIT.INVALID,
      broken.problems.filter((p) => p.severity === 'galat'),
    );
  throw new UserError('item-tidak-ada', { id });
}

/**
 * Reports still run over the valid records, but name every record left out, and the command
 * then exits 1: a report that silently misses an item would be trusted wrongly.
 */
export function warnLeftOut(io: Io, loaded: Pick<LoadedRecords<unknown, unknown>, 'checked' | 'invalid'>): number {
  if (loaded.invalid === 0) return EXIT.OK;
  for (const c of loaded.checked) {
    const first = c.problems.find((p) => p.severity === 'galat');
    if (!first) continue;
    const where = [first.file, first.line].filter((x) => x !== undefined).join(':');
    io.stderr(`${where}: ${io.colorErr.red(ui('galat'))}: ${diagnosticText(first.code, first.params).pesan}${first.field ? ` (${first.field})` : ''}\n`);
  }
  io.stderr(io.colorErr.yellow(`${ui('peringatan')}: ${ui('laporan.dilewati', { n: loaded.invalid })}`) + '\n');
  return EXIT.INVALID;
}

/** A repeatable option that also takes commas: `--unit A --unit B,C` → [A, B, C]. */
export const listOption = (v?: string[]): string[] | undefined =>
  v
    ?.flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter(Boolean);

/** `--status` values, each checked against the lifecycle's statuses. */
export function statusOption(v?: string[]): Status[] | undefined {
  const statuses = listOption(v)?.map((s) => s.toLowerCase());
  for (const s of statuses ?? []) {
    if (!(STATUSES as readonly string[]).includes(s))
      throw new UserError('opsi-tidak-dikenal', { opsi: '--status', nilai: s, pilihan: STATUSES.join(', ') }, EXIT.USAGE);
  }
  return statuses as Status[] | undefined;
}

export function positiveInt(name: string, v: string | undefined, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new UserError('angka-salah', { opsi: name, nilai: v }, EXIT.USAGE);
  if (Number(v) > max) throw new UserError('angka-terlalu-besar', { opsi: name, nilai: v, maks: max }, EXIT.USAGE);
  return Number(v);
}

export function json(v: unknown): string {
  return JSON.stringify(v, null, 2) + '\n';
}

/**
 * Writes `json(items.map(each))` a thousand items at a time, byte for byte the same: a list of
 * 100,000 records as one string would hold the whole output in memory twice.
 */
export function writeJsonArray<T>(write: (s: string) => void, items: readonly T[], each: (item: T) => unknown, pad = ''): void {
  const out = jsonArrayWriter(write, pad);
  for (const x of items) out.add(each(x));
  out.end();
}

/** writeJsonArray's text, for items that come one at a time (and need not all be held at once). */
export function jsonArrayWriter(write: (s: string) => void, pad = ''): { add: (item: unknown) => void; end: () => void } {
  // Nested (`pad`): no line end after the closing bracket, the text around it follows.
  const close = pad ? '' : '\n';
  const inner = pad + '  ';
  const STEP = 1000;
  let parts: string[] = [];
  let started = false;
  const flush = (last: boolean): void => {
    write((started ? ',\n' : '[\n') + parts.join(',\n') + (last ? `\n${pad}]${close}` : ''));
    started = true;
    parts = [];
  };
  return {
    add: (item) => {
      if (parts.length === STEP) flush(false);
      parts.push(inner + JSON.stringify(item, null, 2).replaceAll('\n', '\n' + inner));
    },
    end: () => (parts.length === 0 && !started ? write('[]' + close) : flush(true)),
  };
}

/** `json(whole)` with `whole[key]` being `items.map(each)`, the list written as writeJsonArray writes it. */
export function writeJsonWithArray<T>(
  write: (s: string) => void,
  whole: Record<string, unknown>,
  key: string,
  items: readonly T[],
  each: (item: T) => unknown,
): void {
  const mark = JSON.stringify('\u0000ppid-daftar\u0000');
  const text = json({ ...whole, [key]: JSON.parse(mark) });
  const at = text.indexOf(mark);
  write(text.slice(0, at));
  writeJsonArray(write, items, each, '  ');
  write(text.slice(at + mark.length));
}

/** Refuses an output inside a .git folder (also through a link) or over an existing file without --force. */
export function checkOutputPath(abs: string, shown: string, force: boolean): void {
  refuseGitDirOutput(abs, shown);
  if (!force && existsSync(abs)) throw new UserError('keluaran-sudah-ada', { berkas: shown }, EXIT.USAGE);
}

/** An output inside a .git folder is refused before anything else is said about it. */
export function refuseGitDirOutput(abs: string, shown: string): void {
  if (insideGitDir(abs)) throw new UserError('keluaran-di-git', { berkas: shown }, EXIT.USAGE);
}

/**
 * Whether the path, or the real path of the nearest of it and its folders that exists, passes
 * through a .git folder: a link named as --out is followed too.
 */
function insideGitDir(abs: string): boolean {
  const viaGit = (p: string) => p.split(/[\\/]/).some((s) => s.toLowerCase() === '.git');
  if (viaGit(abs)) return true;
  return viaGit(realpathSync(nearestExisting(abs).path));
}

/** `abs` or its nearest folder that exists, with what is there (a file on the way stops the walk). */
export function nearestExisting(abs: string): { path: string; isDirectory: boolean } {
  let p = abs;
  for (;;) {
    try {
      return { path: p, isDirectory: statSync(p).isDirectory() };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if ((code !== 'ENOENT' && code !== 'ENOTDIR') || dirname(p) === p) throw e;
      p = dirname(p);
    }
  }
}

/** An --out file whose format comes from its extension must have one. */
export function requireExtension(out: string, formats: readonly string[]): void {
  if (!extname(out))
    throw new UserError('keluaran-tanpa-akhiran', { berkas: out, pilihan: formats.map((f) => `.${f}`).join(', '), contoh: `${out}.${formats[0]}` }, EXIT.USAGE);
}

/**
 * A file the officer asked for (`--out`), outside the archive's history; a refusal is theirs to
 * fix. Never inside a .git folder (its config would run commands), and an existing file only
 * with --force.
 */
export function writeOutputFile(
  abs: string,
  shown: string,
  content: string | Buffer,
  { secret = false, force = false }: { secret?: boolean; force?: boolean } = {},
): void {
  checkOutputPath(abs, shown, force);
  try {
    // A secret (a key, a decrypted attachment) is the holder's alone from the moment it exists.
    writeFileAtomic(abs, content, secret ? { mode: 0o600 } : {});
  } catch (e) {
    throw new UserError('keluaran-tidak-dapat-ditulis', { berkas: shown, sebab: (e as NodeJS.ErrnoException).code ?? String(e) }, EXIT.INVALID);
  }
}
