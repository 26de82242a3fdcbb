/**
 * Putting a step's files back as HEAD has them — without git's index lock, and only where the
 * journal proves the file on disk is what ppid wrote (docs/adr/0015-rollback-by-proof.md).
 *
 * Without the lock: another git may hold `.git/index.lock` (that is often why the step failed),
 * and a rollback that waits for it leaves the step half-written. The files are written from
 * HEAD through an index of our own; git's index is touched only where the step's commit
 * recorded a file in it, and that is the one thing left undone when another git holds it.
 *
 * Only by proof: a journal may be stale (an officer edited the file since) or written by
 * someone else; a path whose bytes are not the ones ppid wrote is left as it is, and so is
 * any path out of the archive, in .git or through a link.
 */
import { readFileSync, rmSync, unlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sha256 } from '../hashes.js';
import { headCommit, indexEntries, type IndexEntry } from '../git/repo.js';
import { gitRun } from '../git/run.js';
import { linkOnPath, lstatIfAny, plainArchivePath } from './archive-path.js';

/** A file a step is about to write: where, and the SHA-256 of the bytes it writes. */
export interface JournalEntry {
  path: string;
  sha256: string;
}

export type LeftReason = 'git-berjalan' | 'tanpa-bukti' | 'di-luar-arsip';

export interface Left {
  path: string;
  why: LeftReason;
}

export interface Rollback {
  /** Files put back as HEAD has them, or removed where HEAD has none. */
  restored: string[];
  /** Paths named but not touched, with the reason. */
  left: Left[];
  /** Restored files whose entry in git's index still holds the step's version (the index was locked). */
  indexStale: string[];
  /** Why git's index could not be reset, when it could not. */
  indexError?: string;
}

/** A path a journal may name: a plain relative path of the archive, spelt one way only, reached without a link. */
function ownPath(root: string, rel: string): boolean {
  if (!plainArchivePath(rel) || rel.includes('\0')) return false;
  if (rel.split('/').some((p) => p === '' || p === '.')) return false;
  return linkOnPath(root, rel) === undefined;
}

/** What is at `rel` now: absent, a regular file's bytes, or something else (a folder, a link). */
function onDisk(root: string, rel: string): Buffer | 'absent' | 'other' {
  const st = lstatIfAny(join(root, rel));
  if (!st) return 'absent';
  return st.isFile() ? readFileSync(join(root, rel)) : 'other';
}

/**
 * A pathspec that covers `paths` and stays short: an import's thousands of records would
 * overflow a command line, so past a few their folders are named (the callers filter).
 */
function covering(paths: readonly string[]): string[] {
  if (paths.length <= 64) return [...paths];
  const folders = [...new Set(paths.map((p) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '.')))];
  return folders.length <= 64 ? folders : ['.'];
}

interface HeadEntry {
  mode: string;
  id: string;
}

/** HEAD's blob entries at `paths` (none without a commit). */
async function headEntries(root: string, paths: readonly string[]): Promise<Map<string, HeadEntry>> {
  const out = new Map<string, HeadEntry>();
  if (paths.length === 0 || (await headCommit(root)) === undefined) return out;
  const listing = (await gitRun(root, ['--literal-pathspecs', 'ls-tree', '-r', '-z', 'HEAD', '--', ...covering(paths)])).toString('utf8');
  const wanted = new Set(paths);
  for (const line of listing.split('\0')) {
    // <mode> SP <type> SP <id> TAB <path>
    const tab = line.indexOf('\t');
    const [mode, type, id] = line.slice(0, tab).split(' ');
    if (tab > 0 && type === 'blob' && wanted.has(line.slice(tab + 1))) out.set(line.slice(tab + 1), { mode: mode!, id: id! });
  }
  return out;
}

/**
 * HEAD's version of each path written into the work tree through a temporary index: git
 * applies the archive's filters and line endings as a checkout would, and never takes
 * `.git/index.lock`.
 */
async function writeFromHead(root: string, gitDir: string, entries: ReadonlyMap<string, HeadEntry>): Promise<void> {
  if (entries.size === 0) return;
  const env = { GIT_INDEX_FILE: resolve(root, gitDir, `ppid-rollback-${process.pid}.index`) };
  try {
    const info = [...entries].map(([path, e]) => `${e.mode} ${e.id}\t${path}\0`).join('');
    await gitRun(root, ['update-index', '-z', '--index-info'], info, { env });
    await gitRun(root, ['checkout-index', '-f', '-z', '--stdin'], [...entries.keys()].map((p) => `${p}\0`).join(''), { env });
  } finally {
    rmSync(env.GIT_INDEX_FILE, { force: true });
  }
}

/**
 * git's index entries at `paths` made HEAD's again, where the step's commit changed them: the
 * only part of a rollback that needs the index lock. Says which it could not reset, and why.
 */
async function resetIndex(
  root: string,
  paths: readonly string[],
  inHead: ReadonlyMap<string, HeadEntry>,
): Promise<Pick<Rollback, 'indexStale' | 'indexError'>> {
  const none = { indexStale: [] };
  if (paths.length === 0) return none;
  const index = new Map<string, IndexEntry[]>();
  for (const e of await indexEntries(root, paths)) index.set(e.path, [...(index.get(e.path) ?? []), e]);
  const at = (p: string): IndexEntry[] => index.get(p) ?? [];
  const stale = paths.filter((p) => {
    const h = inHead.get(p);
    const now = at(p);
    return h ? !(now.length === 1 && now[0]!.stage === '0' && now[0]!.mode === h.mode && now[0]!.id === h.id) : now.length > 0;
  });
  if (stale.length === 0) return none;
  const zero = (p: string) => '0'.repeat(at(p)[0]?.id.length ?? 40);
  const info = stale.map((p) => {
    const h = inHead.get(p);
    // Mode 0 takes the path out of the index.
    return h ? `${h.mode} ${h.id}\t${p}\0` : `0 ${zero(p)}\t${p}\0`;
  });
  try {
    await gitRun(root, ['update-index', '-z', '--index-info'], info.join(''));
    return none;
  } catch (e) {
    return { indexStale: stale, indexError: (e as Error).message };
  }
}

/** Of `paths`, those git's status shows changed (against HEAD or the index), or new. */
async function changedOf(root: string, paths: readonly string[]): Promise<Set<string>> {
  if (paths.length === 0) return new Set();
  const status = (await gitRun(root, ['--literal-pathspecs', 'status', '--porcelain', '-z', '--untracked-files=all', '--', ...covering(paths)])).toString(
    'utf8',
  );
  const asked = new Set(paths);
  return new Set(
    status
      .split('\0')
      .filter(Boolean)
      .map((l) => l.slice(3))
      .filter((p) => asked.has(p)),
  );
}

/** The journal's paths sorted by what may be done with them. */
async function sortOut(root: string, files: readonly JournalEntry[], unproven: readonly string[]): Promise<{ proven: string[]; left: Left[] }> {
  const proven: string[] = [];
  const doubtful: string[] = [];
  const left: Left[] = [];
  for (const f of files) {
    if (!ownPath(root, f.path)) left.push({ path: f.path, why: 'di-luar-arsip' });
    else {
      const now = onDisk(root, f.path);
      // Absent: not written yet, or gone since; either way nothing of ppid's is there.
      if (Buffer.isBuffer(now) && sha256(now) === f.sha256) proven.push(f.path);
      else if (now !== 'absent') doubtful.push(f.path);
    }
  }
  for (const p of unproven) {
    if (!ownPath(root, p)) left.push({ path: p, why: 'di-luar-arsip' });
    else doubtful.push(p);
  }
  // Not what ppid wrote: as committed means never written (nothing to undo), changed means someone else's work.
  const changed = await changedOf(root, doubtful);
  left.push(...doubtful.filter((p) => changed.has(p)).map((path) => ({ path, why: 'tanpa-bukti' as const })));
  return { proven, left };
}

/**
 * The journal's files put back as HEAD has them, where their bytes prove ppid wrote them.
 * `unproven`: paths named without proof (an older ppid's journal), never touched.
 */
export async function rollBack(root: string, gitDir: string, files: readonly JournalEntry[], unproven: readonly string[] = []): Promise<Rollback> {
  const { proven, left } = await sortOut(root, files, unproven);
  const inHead = await headEntries(root, proven);
  await writeFromHead(root, gitDir, inHead);
  for (const p of proven) if (!inHead.has(p)) unlinkSync(join(root, p));
  return { restored: proven, left, ...(await resetIndex(root, proven, inHead)) };
}
