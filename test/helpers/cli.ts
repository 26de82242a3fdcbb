/** Running the real built CLI as a child process against real git archives. */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BIN = join(ROOT, 'bin', 'ppid.js');

const made: string[] = [];

export function tempDir(prefix = 'ppid-'): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  made.push(d);
  return d;
}

export function cleanTempDirs(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** A clean environment: no user git config, a fixed identity, Indonesian, no colour. */
export function baseEnv(home: string, extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: home,
    LANG: 'C.UTF-8',
    NO_COLOR: '1',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Petugas Uji',
    GIT_AUTHOR_EMAIL: 'petugas@uji.go.id',
    GIT_COMMITTER_NAME: 'Petugas Uji',
    GIT_COMMITTER_EMAIL: 'petugas@uji.go.id',
    ...extra,
  };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  return env;
}

/** Commands that make a step (a commit) and so take their date from the commit, never from --today. */
const STEPS = new Set(['add', 'clarify', 'review', 'decree', 'reject', 'open', 'reclassify', 'attach', 'import', 'config', 'migrate', 'edit']);

const isStep = (args: readonly string[]): boolean => {
  if (STEPS.has(args[0] ?? '')) return !args.includes('--dry-run');
  if (args[0] === 'audit') return args.includes('--terima');
  // publish is a step when it writes into the archive (a relative --out below the archive it runs in).
  const out = args[args.indexOf('--out') + 1];
  return args[0] === 'publish' && args.includes('--out') && out !== undefined && !isAbsolute(out) && !out.startsWith('..') && !args.includes('--archive');
};

/**
 * Tests state a step's day as `--today DAY`, as they did before issue 22. ppid now refuses that
 * (a step's date is its commit's), so the runners below pass the day the way an officer's git
 * does: as the commit's date (GIT_COMMITTER_DATE, GIT_AUTHOR_DATE), at 09:00 WIB, and drop
 * PPID_TODAY, which only reports read. A test of the refusal itself calls `ppidExact`. A run
 * whose env already pins another day fails here, so no test silently means two days.
 */
export function asStep(args: string[], env: Record<string, string | undefined> = {}): { args: string[]; env: Record<string, string | undefined> } {
  if (!isStep(args)) return { args, env };
  const at = args.indexOf('--today');
  const day = at >= 0 ? args[at + 1] : undefined;
  const rest = at >= 0 ? [...args.slice(0, at), ...args.slice(at + 2)] : args;
  const out: Record<string, string | undefined> = { ...env, PPID_TODAY: undefined };
  if (day !== undefined) {
    const pinned = env.GIT_COMMITTER_DATE;
    if (pinned !== undefined && !pinned.startsWith(day)) throw new Error(`test runs ${args[0]} with --today ${day} but GIT_COMMITTER_DATE ${pinned}`);
    out.GIT_COMMITTER_DATE = pinned ?? `${day}T09:00:00+07:00`;
    out.GIT_AUTHOR_DATE = env.GIT_AUTHOR_DATE ?? out.GIT_COMMITTER_DATE;
  }
  return { args: rest, env: out };
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

let home: string | undefined;

/** One empty HOME for all runs, outside every archive, so no user git config is read. */
function testHome(): string {
  home ??= mkdtempSync(join(tmpdir(), 'ppid-home-'));
  return home;
}

export function ppid(given: string[], opts: { cwd: string; env?: Record<string, string | undefined>; input?: string }): RunResult {
  const { args, env } = asStep(given, opts.env);
  return ppidExact(args, { ...opts, env });
}

/** The command exactly as given (`ppid` states a step's --today as its commit date: `asStep`). */
export function ppidExact(args: string[], opts: { cwd: string; env?: Record<string, string | undefined>; input?: string }): RunResult {
  const home = testHome();
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd,
    env: baseEnv(home, opts.env),
    input: opts.input ?? '',
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** The same, without blocking: many runs side by side keep the long suites short. */
export function ppidAsync(given: string[], opts: { cwd: string; env?: Record<string, string | undefined> }): Promise<RunResult> {
  const { args, env } = asStep(given, opts.env);
  return new Promise((done) => {
    const p = spawn(process.execPath, [BIN, ...args], { cwd: opts.cwd, env: baseEnv(testHome(), env), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    p.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    p.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    p.on('close', (code, signal) => done({ code: code ?? (signal ? -1 : -2), stdout, stderr }));
  });
}

/** Runs `fn` over `items`, `width` at a time, results in input order. */
export async function inPool<T, R>(items: readonly T[], width: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  return out;
}

/**
 * git as the tests' hand runs it. Its commits are dated when the tests' archives are made, before
 * every step a test dates: a step after a hand commit is never "before the commit it follows".
 */
export function git(cwd: string, args: string[]): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: baseEnv(cwd, { GIT_AUTHOR_DATE: ARCHIVE_BORN, GIT_COMMITTER_DATE: ARCHIVE_BORN }) });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

export function head(cwd: string): string {
  return git(cwd, ['rev-parse', 'HEAD']).trim();
}

export function commitCount(cwd: string): number {
  return Number(git(cwd, ['rev-list', '--count', 'HEAD']).trim());
}

/** The work tree, index and HEAD, to compare before and after a refused command. */
export function snapshot(cwd: string): string {
  return [head(cwd), git(cwd, ['status', '--porcelain', '--untracked-files=all', '--ignored']), git(cwd, ['ls-files', '-s'])].join('\n--\n');
}

export interface LogEntry {
  subject: string;
  body: string;
  trailers: Record<string, string[]>;
  files: string[];
}

/** The whole history in one `git log`, newest first. */
export function gitLog(cwd: string): LogEntry[] {
  const out = git(cwd, ['log', '--format=%x1e%s%x1f%B%x1f%(trailers:only,unfold)%x1f', '--name-only']);
  return out
    .split('\x1e')
    .filter(Boolean)
    .map((chunk) => {
      const [subject, body, trailers, files] = chunk.split('\x1f') as [string, string, string, string];
      const t: Record<string, string[]> = {};
      for (const line of trailers.split('\n').filter(Boolean)) {
        const i = line.indexOf(':');
        (t[line.slice(0, i)] ??= []).push(line.slice(i + 1).trim());
      }
      return { subject, body, trailers: t, files: files.split('\n').filter(Boolean) };
    });
}

const templates = new Map<string, string>();

/**
 * A fresh copy of the archive `make` builds in the folder it is given, built once per `key` in
 * this test file: `ppid init` is a real process and git's first commit, and most tests only need
 * their own copy of the same new archive.
 */
export function fromTemplate(key: string, make: (dir: string) => void): string {
  let template = templates.get(key);
  // A test file's afterAll may have cleaned the temporary folders: then it is built again.
  if (!template || !existsSync(template)) {
    template = join(tempDir('ppid-vorlage-'), 'arsip');
    make(template);
    templates.set(key, template);
  }
  const dir = join(tempDir(), 'arsip');
  cpSync(template, dir, { recursive: true });
  return dir;
}

/** A new archive; the test identity (petugas@uji.go.id) holds `roles`. */
/** When the tests' archives are made (`newArchive`, `sopArchive`). */
export const ARCHIVE_BORN = '2026-01-02T09:00:00+07:00';

export function newArchive(roles = 'petugas-teknis'): string {
  return fromTemplate(`new:${roles}`, (dir) => initArchive(dir, roles));
}

function initArchive(dir: string, roles: string): void {
  const r = ppid(
    [
      'init',
      dir,
      '--nama',
      'Pemerintah Kabupaten Uji',
      '--unit',
      'BKPSDM=Badan Kepegawaian dan Pengembangan SDM',
      '--unit',
      'INSPEKTORAT=Inspektorat Daerah',
      '--tempat',
      'Uji',
      '--ppid-utama',
      'Siti Aminah',
      '--pimpinan',
      'Budi Santoso',
      '--jabatan-pimpinan',
      'Bupati Uji',
      '--peran-saya',
      roles,
      '--unit-kerja-ppid',
      'Dinas Komunikasi dan Informatika',
    ],
    // Made before the steps the tests date in 2026: a trail's time runs forward.
    { cwd: tempDir(), env: { GIT_AUTHOR_DATE: ARCHIVE_BORN, GIT_COMMITTER_DATE: ARCHIVE_BORN } },
  );
  if (r.code !== 0) throw new Error(`init failed: ${r.stderr}`);
}

export function write(dir: string, rel: string, text: string): string {
  const p = join(dir, rel);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, text);
  return p;
}

/**
 * A command of the built CLI called in this process: the same command code without a Node
 * start-up, for tests that run hundreds of commands. One at a time: commands keep
 * process-wide state (the language, the archives opened) for the length of a run.
 */
let inProcessQueue: Promise<unknown> = Promise.resolve();

export function ppidInProcess(given: string[], opts: { cwd: string; env?: Record<string, string | undefined> }): Promise<RunResult> {
  const { args, env } = asStep(given, opts.env);
  return ppidInProcessExact(args, { ...opts, env });
}

export function ppidInProcessExact(args: string[], opts: { cwd: string; env?: Record<string, string | undefined> }): Promise<RunResult> {
  // One at a time, whoever calls: a command owns the language and its environment while it runs.
  const run = inProcessQueue.then(() => runInProcess(args, opts));
  inProcessQueue = run.catch(() => undefined);
  return run;
}

async function runInProcess(args: string[], opts: { cwd: string; env?: Record<string, string | undefined> }): Promise<RunResult> {
  const { main } = (await import(join(ROOT, 'dist', 'cli', 'main.js'))) as { main: (argv: string[], io: unknown) => Promise<number> };
  const { Chalk } = await import('chalk');
  let stdout = '';
  let stderr = '';
  const plain = new Chalk({ level: 0 });
  const io = {
    cwd: opts.cwd,
    env: baseEnv(testHome(), opts.env),
    stdout: (s: string) => (stdout += s),
    stderr: (s: string) => (stderr += s),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    stdinIsTTY: false,
    color: plain,
    colorErr: plain,
  };
  const { closeArchives } = (await import(join(ROOT, 'dist', 'archive', 'change.js'))) as { closeArchives: () => void };
  // The command's environment is io.env alone: ppid reads no process.env (src/environment.ts).
  try {
    const code = await main(['node', 'ppid', ...args], io);
    return { code, stdout, stderr };
  } finally {
    // As a process exit would: the archive's lock goes, so that real processes can follow.
    closeArchives();
  }
}
