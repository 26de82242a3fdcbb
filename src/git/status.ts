/**
 * `git status` on the records folder: which record files differ from HEAD, as git sees them
 * (what a report may do with that is in store/git-trust.ts). Imports next to nothing, so that the
 * command line can start it before the command's own modules load.
 */
import { join } from 'node:path';
import { gitOutput } from './run.js';
import { cacheDirOf } from './git-dir.js';
import { RECORDS_DIR } from '../domain/config.js';

export interface GitView {
  /** HEAD's commit id. */
  head: string;
  /** Record paths that git lists as differing from HEAD, in the index or in the work tree. */
  changed: Set<string>;
}

/**
 * Starts `git status` on the records folder; resolves to what it says, or undefined (no
 * commit yet, git missing or failing, or stopped by `signal`). Never takes git's index lock
 * (GIT_OPTIONAL_LOCKS=0), so stopping it leaves nothing behind.
 * git looks at the files on one thread (core.preloadIndex=false): with its helper threads it
 * takes the core that ppid reads its cache on meanwhile, and the report ends later.
 */
export async function askGit(root: string, gitDir: string, signal?: AbortSignal): Promise<GitView | undefined> {
  const out = await gitOutput(
    root,
    [
      '-c',
      'core.checkStat=default',
      '-c',
      'core.trustctime=true',
      '-c',
      'core.fsmonitor=false',
      '-c',
      'core.autocrlf=false',
      '-c',
      'core.preloadIndex=false',
      '-c',
      `core.attributesFile=${join(cacheDirOf(gitDir), 'tanpa-atribut')}`,
      'status',
      '--porcelain=v2',
      '-z',
      '--branch',
      '--untracked-files=no',
      '--no-renames',
      '--ignore-submodules=all',
      '--',
      RECORDS_DIR,
    ],
    { GIT_OPTIONAL_LOCKS: '0', GIT_ATTR_NOSYSTEM: '1' },
    signal,
  );
  if (!out) return undefined;
  let head: string | undefined;
  const changed = new Set<string>();
  const fields = out.toString('utf8').split('\0');
  for (let k = 0; k < fields.length; k++) {
    const line = fields[k]!;
    if (line.startsWith('# branch.oid ')) head = line.slice('# branch.oid '.length);
    else if (line.startsWith('1 ')) changed.add(after(line, 8));
    else if (line.startsWith('u ')) changed.add(after(line, 10));
    else if (line.startsWith('2 ')) {
      changed.add(after(line, 9));
      changed.add(fields[++k] ?? '');
    } else if (line.startsWith('? ') || line.startsWith('! ')) changed.add(line.slice(2));
  }
  // A SHA-256 repository's blobs are never those of the cache (SHA-1 ids): nothing to vouch for.
  return head && /^[0-9a-f]{40}$/.test(head) ? { head, changed } : undefined;
}

/** The text after the `n`-th space (a path may hold spaces itself). */
function after(line: string, n: number): string {
  let at = -1;
  for (let k = 0; k < n; k++) at = line.indexOf(' ', at + 1);
  return line.slice(at + 1);
}

/**
 * The files under `paths` that differ from HEAD (changed, staged, new or deleted), or undefined
 * where git cannot tell (no repository). Never takes git's index lock.
 */
export async function uncommitted(root: string, paths: readonly string[]): Promise<string[] | undefined> {
  // No paths would be every path to git.
  if (paths.length === 0) return [];
  const out = await gitOutput(root, ['status', '--porcelain', '-z', '--untracked-files=all', '--no-renames', '--', ...paths], { GIT_OPTIONAL_LOCKS: '0' });
  if (out === undefined) return undefined;
  return out
    .toString('utf8')
    .split('\0')
    .filter(Boolean)
    .map((l) => l.slice(3));
}
