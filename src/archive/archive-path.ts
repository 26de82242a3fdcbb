/**
 * Paths that settings and templates name (the calendar, the letterhead's logo): they must be the
 * archive's own files. Not outside it, not through a link, not inside .git — otherwise a
 * ppid.yaml pushed by anyone could make ppid read /etc/passwd or .git/config and quote it back.
 */
import { lstatSync, realpathSync, type Stats } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';

/**
 * What is at `abs`, or undefined when nothing is: also when a folder on its way is a file
 * (ENOTDIR), which a publication refused half-way can leave named in a journal.
 */
export function lstatIfAny(abs: string): Stats | undefined {
  try {
    return lstatSync(abs, { throwIfNoEntry: false });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
    throw e;
  }
}

/** Whether `rel` names a place inside the archive by its words alone (no `..`, not absolute, not in .git). */
export function plainArchivePath(rel: string): boolean {
  if (!rel.trim() || isAbsolute(rel) || /^[a-zA-Z]:/.test(rel) || rel.includes('\\')) return false;
  const parts = rel.split('/');
  return !parts.some((p) => p === '..') && parts.every((p) => p.toLowerCase() !== '.git');
}

/**
 * The file's absolute path when it exists as a regular file of the archive reached without a
 * link; undefined when it does not exist; `false` when it leaves the archive or goes through a link.
 */
export function archiveFile(root: string, rel: string): string | undefined | false {
  if (!plainArchivePath(rel)) return false;
  let at = root;
  for (const part of rel.split('/').filter((p) => p !== '' && p !== '.')) {
    at = join(at, part);
    const st = lstatIfAny(at);
    if (!st) return undefined;
    if (st.isSymbolicLink()) return false;
  }
  const inside = relative(realpathSync(root), realpathSync(at));
  return inside.startsWith('..') || isAbsolute(inside) || inside.split(sep)[0] === '.git' ? false : at;
}

/** The first folder on `rel`'s way (from the root, `rel` itself excluded) that is a link, if any. */
export function linkOnPath(root: string, rel: string): string | undefined {
  const parts = rel.split('/').filter((p) => p !== '' && p !== '.');
  let at = root;
  for (let i = 0; i < parts.length - 1; i++) {
    at = join(at, parts[i]!);
    const st = lstatIfAny(at);
    if (!st) return undefined;
    if (st.isSymbolicLink()) return parts.slice(0, i + 1).join('/');
  }
  return undefined;
}
