/**
 * One change to the archive = files written atomically + exactly one git commit, under the
 * archive's lock and recorded in a journal until the commit is made. If the commit cannot be
 * made, the paths go back to HEAD; if the process is killed, the next change (or
 * `ppid doctor`) does that. Either way the archive holds the state before the step or the
 * whole step, never half of it.
 */
import { writeFileAtomic } from './atomic.js';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { acquireLock, releaseAll } from './lock.js';
import { recoverInterrupted, removeJournal, restoreToHead, writeJournal, type Recovery } from './recovery.js';
import { commitPaths, forgetIdentities, git, headCommit, repoPaths, requireIdentity, requireOwnWorkTree, type CommitSpec } from '../audit/git.js';
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

/** Paths the user changed by hand and did not commit would be swept into our commit: refuse. */
async function refuseUncommitted(root: string, paths: string[]): Promise<void> {
  const status = await git(root).raw(['status', '--porcelain', '-z', '--untracked-files=all', '--', ...paths]);
  const dirty = status.split('\0').filter(Boolean).map((l) => l.slice(3));
  if (dirty.length) throw new UserError('perubahan-belum-dicommit', { berkas: dirty.join(', ') }, EXIT.INVALID);
}

/** The work tree holds HEAD's content for these paths (checked above), so bytes compare with it. */
function sameAsNow(root: string, w: FileWrite): boolean {
  const abs = join(root, w.path);
  if (!existsSync(abs)) return false;
  const now = readFileSync(abs);
  return now.equals(typeof w.content === 'string' ? Buffer.from(w.content, 'utf8') : w.content);
}

export async function applyChange(root: string, writes: FileWrite[], spec: CommitSpec): Promise<string> {
  const { gitDir } = await openForChange(root);
  await requireIdentity(root);
  const paths = writes.map((w) => w.path);
  const head = await headCommit(root);
  if (head !== undefined) await refuseUncommitted(root, paths);
  // Writing what is already there (publishing twice a day) is not a change: no empty commit.
  if (head !== undefined && writes.every((w) => sameAsNow(root, w))) return head;
  writeJournal(gitDir, paths);
  try {
    for (const w of writes) writeFileAtomic(join(root, w.path), w.content);
    const sha = await commitPaths(root, paths, spec, head !== undefined);
    removeJournal(gitDir);
    return sha;
  } catch (e) {
    await restoreToHead(root, paths);
    removeJournal(gitDir);
    throw e;
  }
}
