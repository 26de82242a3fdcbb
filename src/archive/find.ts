/** Locating the archive: `--archive DIR`, or the nearest folder upward holding ppid.yaml. */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_FILE } from '../domain/config.js';
import { EXIT, UserError } from '../errors.js';

export function findArchiveRoot(cwd: string, explicit?: string): string {
  if (explicit !== undefined) {
    const dir = resolve(cwd, explicit);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UserError('arsip-folder-tidak-ada', { dir }, EXIT.ARCHIVE);
    if (!existsSync(join(dir, CONFIG_FILE))) throw new UserError('arsip-tanpa-ppid-yaml', { dir }, EXIT.ARCHIVE);
    return dir;
  }
  let dir = resolve(cwd);
  for (;;) {
    if (existsSync(join(dir, CONFIG_FILE))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new UserError('arsip-tidak-ditemukan', { dir: resolve(cwd) }, EXIT.ARCHIVE);
    dir = up;
  }
}

/** The archive's git directory, when its `.git` is a folder (only then does ppid keep a cache in it). */
export function gitDirOf(root: string): string | undefined {
  const git = join(root, '.git');
  try {
    return statSync(git).isDirectory() ? git : undefined;
  } catch {
    return undefined;
  }
}

/** ppid's caches, in the repository's own git directory (never tracked). */
export const cacheDirOf = (gitDir: string): string => join(gitDir, 'ppid-cache');

/** The record cache's index: where it is missing, nothing was read before (a first run). */
export const CACHE_INDEX_FILE = 'index.json';
