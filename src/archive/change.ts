/**
 * One change to the archive = files written atomically + exactly one git commit, under the
 * archive's lock and recorded in a journal until the commit is made. If the commit cannot be
 * made, the paths go back to HEAD; if the process is killed, the next change (or
 * `ppid doctor`) does that. Either way the archive holds the state before the step or the
 * whole step, never half of it.
 */
import { writeFileAtomic } from './atomic.js';
import { join } from 'node:path';
import { acquireLock, releaseAll } from './lock.js';
import { absoluteGitDir, recoverInterrupted, removeJournal, restoreToHead, writeJournal, type Recovery } from './recovery.js';
import { commitPaths, git, headCommit, requireIdentity, requireOwnWorkTree, type CommitSpec } from '../audit/git.js';
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
  await requireOwnWorkTree(root);
  const gitDir = await absoluteGitDir(root);
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
}

/** Paths the user changed by hand and did not commit would be swept into our commit: refuse. */
async function refuseUncommitted(root: string, paths: string[]): Promise<void> {
  if ((await headCommit(root)) === undefined) return;
  const status = await git(root).raw(['status', '--porcelain', '-z', '--untracked-files=all', '--', ...paths]);
  const dirty = status.split('\0').filter(Boolean).map((l) => l.slice(3));
  if (dirty.length) throw new UserError('perubahan-belum-dicommit', { berkas: dirty.join(', ') }, EXIT.INVALID);
}

async function unchanged(root: string, paths: string[]): Promise<boolean> {
  if ((await headCommit(root)) === undefined) return false;
  const status = await git(root).raw(['status', '--porcelain', '--untracked-files=all', '--', ...paths]);
  return status.trim() === '';
}

export async function applyChange(root: string, writes: FileWrite[], spec: CommitSpec): Promise<string> {
  const { gitDir } = await openForChange(root);
  await requireIdentity(root);
  const paths = writes.map((w) => w.path);
  await refuseUncommitted(root, paths);
  writeJournal(gitDir, paths);
  try {
    for (const w of writes) writeFileAtomic(join(root, w.path), w.content);
    // Writing what is already there (publishing twice a day) is not a change: no empty commit.
    const sha = (await unchanged(root, paths)) ? (await headCommit(root))! : await commitPaths(root, paths, spec);
    removeJournal(gitDir);
    return sha;
  } catch (e) {
    await restoreToHead(root, paths);
    removeJournal(gitDir);
    throw e;
  }
}
