/**
 * What a command killed mid-way (power cut, SIGKILL) can leave, and how it is undone. Before
 * a change writes anything it notes in a journal in .git/ each path and the SHA-256 of what it
 * writes there; the journal is removed once the commit is made. A journal found later means
 * the step did not finish: its files go back to HEAD — which holds either the state before the
 * step or the whole step, never half — where their bytes prove ppid wrote them (rollback.ts).
 */
import { existsSync, readdirSync, readFileSync, readlinkSync, realpathSync, statSync, unlinkSync } from 'node:fs';
import { basename, join } from 'node:path';
import { writeFileAtomic, TEMP_MARK } from './atomic.js';
import { gitRun, gitText } from '../git/run.js';
import { rollBack, type JournalEntry, type Left } from './rollback.js';
import { EXIT, UserError } from '../errors.js';

export const JOURNAL_FILE = 'ppid-journal.json';

export interface Journal {
  pid: number;
  since: string;
  /** Each file the step writes, with the SHA-256 of its bytes: the proof that it is ppid's. */
  files: JournalEntry[];
  /** Paths named without a proof (an older ppid's journal, or an entry not in the form above): never touched. */
  unproven: string[];
}

export async function absoluteGitDir(root: string): Promise<string> {
  return gitText(root, ['rev-parse', '--absolute-git-dir']);
}

export function writeJournal(gitDir: string, files: JournalEntry[]): void {
  const journal = { versi: 2, pid: process.pid, since: new Date().toISOString(), files };
  writeFileAtomic(join(gitDir, JOURNAL_FILE), JSON.stringify(journal));
}

const isEntry = (f: unknown): f is JournalEntry =>
  typeof f === 'object' && f !== null && typeof (f as JournalEntry).path === 'string' && /^[0-9a-f]{64}$/.test(String((f as JournalEntry).sha256));

/** The journal's entries, each kept only in the form ppid writes; an older ppid's `paths` carry no proof. */
function parseJournal(text: string): Journal {
  const j = JSON.parse(text) as { pid?: unknown; since?: unknown; files?: unknown; paths?: unknown };
  const listed = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
  const files = listed(j.files);
  return {
    pid: typeof j.pid === 'number' ? j.pid : 0,
    since: typeof j.since === 'string' ? j.since : '',
    files: files.filter(isEntry),
    unproven: [
      ...files.filter((f) => !isEntry(f) && typeof (f as JournalEntry | null)?.path === 'string').map((f) => (f as JournalEntry).path),
      ...listed(j.paths).filter((p): p is string => typeof p === 'string'),
    ],
  };
}

export function readJournal(gitDir: string): Journal | undefined {
  const p = join(gitDir, JOURNAL_FILE);
  if (!existsSync(p)) return undefined;
  try {
    return parseJournal(readFileSync(p, 'utf8'));
  } catch {
    // A journal cut short before its rename cannot exist; an unreadable one names nothing.
    return { pid: 0, since: '', files: [], unproven: [] };
  }
}

export function removeJournal(gitDir: string): void {
  const p = join(gitDir, JOURNAL_FILE);
  if (existsSync(p)) unlinkSync(p);
}

/** git processes working in this repository right now (Linux /proc; elsewhere none are known). */
export function gitProcessesIn(root: string): number[] {
  if (!existsSync('/proc/self')) return [];
  const real = realpathSync(root);
  const out: number[] = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d) || Number(d) === process.pid) continue;
    try {
      const comm = readFileSync(`/proc/${d}/comm`, 'utf8').trim();
      if (comm !== 'git' && !comm.startsWith('git-')) continue;
      const cwd = readlinkSync(`/proc/${d}/cwd`);
      if (cwd === real || cwd.startsWith(real + '/')) out.push(Number(d));
    } catch {
      // gone, or not ours to read
    }
  }
  return out;
}

/** git's own lock files that a killed git can leave in .git/. */
export function gitLockFiles(gitDir: string): string[] {
  const names = readdirSync(gitDir).filter((n) => n === 'index.lock' || /^next-index-\d+\.lock$/.test(n) || n === 'HEAD.lock');
  const refsLocks: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (e.name.endsWith('.lock')) refsLocks.push(join(dir, e.name));
    }
  };
  if (existsSync(join(gitDir, 'refs'))) walk(join(gitDir, 'refs'));
  return [...names.map((n) => join(gitDir, n)), ...refsLocks];
}

/** Our own temporary files, wherever a killed write left them. */
export async function strayTempFiles(root: string): Promise<string[]> {
  const others = (await gitRun(root, ['ls-files', '--others', '-z'])).toString('utf8').split('\0').filter(Boolean);
  return others.filter((p) => basename(p).startsWith(TEMP_MARK));
}

export interface Recovery {
  rolledBack: string[];
  removedLocks: string[];
  removedTemp: string[];
  /** Things left alone, with the reason (a running git, a file the journal does not prove ppid wrote). */
  left: Left[];
}

/** Where `ppid sync` notes the commit it started from until it is done. */
export const SYNC_JOURNAL = 'ppid-sync.json';

/**
 * A sync killed half-way (a rebase left open) goes back to the commit it started from: the
 * other offices' steps are fetched again by the next sync, this office's were never lost.
 */
export async function recoverSync(root: string, gitDir: string): Promise<boolean> {
  const p = join(gitDir, SYNC_JOURNAL);
  if (!existsSync(p)) return false;
  let orig: string | undefined;
  try {
    orig = (JSON.parse(readFileSync(p, 'utf8')) as { orig?: string }).orig;
  } catch {
    orig = undefined;
  }
  if (existsSync(join(gitDir, 'rebase-merge')) || existsSync(join(gitDir, 'rebase-apply'))) await gitRun(root, ['rebase', '--abort']).catch(() => undefined);
  if (orig && /^[0-9a-f]{40,64}$/.test(orig)) await gitRun(root, ['reset', '-q', '--hard', orig]);
  unlinkSync(p);
  return true;
}

/**
 * Undoes an interrupted step. The caller holds the ppid lock, so no other ppid is mid-change;
 * git's lock files are removed only when no git process works in this repository.
 */
export async function recoverInterrupted(root: string, gitDir: string, opts: { full?: boolean } = {}): Promise<Recovery> {
  const r: Recovery = { rolledBack: [], removedLocks: [], removedTemp: [], left: [] };
  const locks = gitLockFiles(gitDir);
  const journal = readJournal(gitDir);
  const syncJournal = existsSync(join(gitDir, SYNC_JOURNAL));
  // The usual case — nothing was interrupted — costs three file checks, nothing more.
  if (!opts.full && locks.length === 0 && !journal && !syncJournal) return r;
  const running = gitProcessesIn(root);
  for (const lock of locks) {
    if (running.length) r.left.push({ path: lock, why: 'git-berjalan' });
    else {
      unlinkSync(lock);
      r.removedLocks.push(lock);
    }
  }
  if (journal && !running.length) {
    const undone = await rollBack(root, gitDir, journal.files, journal.unproven);
    // No git ran a moment ago; one that took the index since keeps the step's entries in it.
    if (undone.indexStale.length) throw new UserError('indeks-tertinggal', { detail: undone.indexError ?? '', berkas: undone.indexStale.join(' ') }, EXIT.GIT);
    // Whatever was left is not ppid's to undo: the journal has said all it can.
    removeJournal(gitDir);
    r.rolledBack = undone.restored;
    r.left.push(...undone.left);
  }
  if (syncJournal && !running.length && (await recoverSync(root, gitDir))) r.rolledBack.push(`(${SYNC_JOURNAL})`);
  for (const t of await strayTempFiles(root)) {
    const abs = join(root, t);
    // A temp file of a live write belongs to the lock holder, and that is us.
    if (statSync(abs).isFile()) {
      unlinkSync(abs);
      r.removedTemp.push(t);
    }
  }
  return r;
}
