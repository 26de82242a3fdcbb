/**
 * One change to the archive = files written atomically + exactly one git commit, under the
 * archive's lock and recorded in a journal until the commit is made. If the commit cannot be
 * made, the paths go back to HEAD; if the process is killed, the next change (or
 * `ppid doctor`) does that. Either way the archive holds the state before the step or the
 * whole step, never half of it.
 */
import { writeFileAtomic } from './atomic.js';
import { readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { acquireLock, releaseAll } from './lock.js';
import { recoverInterrupted, removeJournal, restoreToHead, writeJournal, type Recovery } from './recovery.js';
import { catFileBatch, commitPaths, forgetIdentities, git, headCommit, repoPaths, requireIdentity, requireOwnWorkTree, stagedPaths, type CommitSpec } from '../audit/git.js';
import { EXIT, UserError } from '../errors.js';

export interface FileWrite {
  /** Relative to the archive root, forward slashes. */
  path: string;
  content: string | Buffer;
}

const opened = new Map<string, { gitDir: string; recovery: Recovery }>();

/**
 * Takes the archive's lock (held until the process ends) and undoes whatever an interrupted
 * earlier command left. Called before a command reads what it will change.
 */
export async function openForChange(root: string): Promise<{ gitDir: string; recovery: Recovery }> {
  const known = opened.get(root);
  if (known) return known;
  // One git call for both: is this the top of its own work tree, and where is .git.
  const paths = await repoPaths(root);
  if (!paths || paths.top !== realpathSync(root)) await requireOwnWorkTree(root);
  const gitDir = paths!.gitDir;
  await acquireLock(gitDir);
  const recovery = await recoverInterrupted(root, gitDir);
  const o = { gitDir, recovery };
  opened.set(root, o);
  return o;
}

/**
 * Ends this process's hold on every archive it opened: the locks go, and a later change
 * recovers again. A command-line run never needs it (its exit does the same); a process that
 * runs commands one after another (the tests) does.
 */
export function closeArchives(): void {
  opened.clear();
  releaseAll();
  forgetIdentities();
}

/** What the work tree holds at `path` now: undefined when nothing readable is there. */
function onDisk(root: string, path: string): Buffer | undefined {
  try {
    return readFileSync(join(root, path));
  } catch {
    return undefined;
  }
}

/**
 * Paths the user changed by hand and did not commit would be swept into our commit: refuse.
 * Answers whether other paths are staged (the commit must then leave them out). Cheap where
 * the archive is large: one index-wide diff against HEAD (git's cache of trees makes it
 * fast) and HEAD's content of these paths compared byte for byte; only a path whose bytes
 * differ is put to `git status`, which knows about line-ending filters and untracked files.
 */
async function refuseUncommitted(root: string, writes: FileWrite[], now: Array<Buffer | undefined>): Promise<{ othersStaged: boolean }> {
  const paths = writes.map((w) => w.path);
  const mine = new Set(paths);
  const [staged, inHead] = await Promise.all([stagedPaths(root), catFileBatch(root, paths.map((p) => `HEAD:${p}`))]);
  const dirty = staged.filter((p) => mine.has(p));
  const unsure = paths.filter((p, i) => !dirty.includes(p) && !(inHead[i] === undefined ? now[i] === undefined : now[i]?.equals(inHead[i]!)));
  if (unsure.length > 0) {
    const status = await git(root).raw(['status', '--porcelain', '-z', '--untracked-files=all', '--', ...unsure]);
    dirty.push(...status.split('\0').filter(Boolean).map((l) => l.slice(3)));
  }
  if (dirty.length) throw new UserError('perubahan-belum-dicommit', { berkas: dirty.join(', ') }, EXIT.INVALID);
  return { othersStaged: staged.length > 0 };
}

const bytesOf = (w: FileWrite): Buffer => (typeof w.content === 'string' ? Buffer.from(w.content, 'utf8') : w.content);

export async function applyChange(root: string, writes: FileWrite[], spec: CommitSpec): Promise<string> {
  const { gitDir } = await openForChange(root);
  await requireIdentity(root);
  const paths = writes.map((w) => w.path);
  const head = await headCommit(root);
  const now = writes.map((w) => onDisk(root, w.path));
  // Without HEAD (the first commit) nothing was committed that a hand edit could differ from.
  const { othersStaged } = head !== undefined ? await refuseUncommitted(root, writes, now) : { othersStaged: false };
  // Writing what is already there (publishing twice a day) is not a change: no empty commit.
  if (head !== undefined && writes.every((w, i) => now[i]?.equals(bytesOf(w)))) return head;
  writeJournal(gitDir, paths);
  try {
    for (const w of writes) writeFileAtomic(join(root, w.path), w.content);
    const sha = await commitPaths(root, paths, spec, { hasHead: head !== undefined, othersStaged });
    removeJournal(gitDir);
    return sha;
  } catch (e) {
    await restoreToHead(root, paths);
    removeJournal(gitDir);
    throw e;
  }
}
