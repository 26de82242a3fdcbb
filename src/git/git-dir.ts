/** Where git keeps the archive's repository, and ppid's caches inside it (never tracked). */
import { statSync } from 'node:fs';
import { join } from 'node:path';

/** The archive's git directory, when its `.git` is a folder (only then does ppid keep a cache in it). */
export function gitDirOf(root: string): string | undefined {
  const git = join(root, '.git');
  try {
    return statSync(git).isDirectory() ? git : undefined;
  } catch {
    return undefined;
  }
}

/** ppid's caches, in the repository's own git directory. */
export const cacheDirOf = (gitDir: string): string => join(gitDir, 'ppid-cache');

/** The record cache's index: where it is missing, nothing was read before (a first run). */
export const CACHE_INDEX_FILE = 'index.json';

/** The archive's cache folder, when it can have one. */
export function cacheDir(root: string): string | undefined {
  const git = gitDirOf(root);
  return git && cacheDirOf(git);
}
