/**
 * One change to the archive = files written atomically + exactly one git commit. If the
 * commit cannot be made, every file is put back as it was and the index is restored, so a
 * failed command leaves the work tree and HEAD untouched.
 */
import { existsSync, readFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic.js';
import { commitPaths, git, headCommit, requireIdentity, requireOwnWorkTree, unstage, type CommitSpec } from '../audit/git.js';

export interface FileWrite {
  /** Relative to the archive root, forward slashes. */
  path: string;
  content: string | Buffer;
}

export async function applyChange(root: string, writes: FileWrite[], spec: CommitSpec): Promise<string> {
  await requireOwnWorkTree(root);
  await requireIdentity(root);
  const before = writes.map((w) => {
    const abs = join(root, w.path);
    return { abs, path: w.path, old: existsSync(abs) ? readFileSync(abs) : undefined };
  });
  try {
    for (const w of writes) writeFileAtomic(join(root, w.path), w.content);
    // Writing what is already there (publishing twice a day) is not a change: no empty commit.
    if (await unchanged(root, writes.map((w) => w.path))) return (await headCommit(root))!;
    return await commitPaths(root, writes.map((w) => w.path), spec);
  } catch (e) {
    for (const b of before) {
      if (b.old !== undefined) writeFileAtomic(b.abs, b.old);
      else if (existsSync(b.abs)) unlinkSync(b.abs);
    }
    await unstage(root, before.map((b) => b.path));
    throw e;
  }
}

async function unchanged(root: string, paths: string[]): Promise<boolean> {
  if ((await headCommit(root)) === undefined) return false;
  const status = await git(root).raw(['status', '--porcelain', '--untracked-files=all', '--', ...paths]);
  return status.trim() === '';
}
