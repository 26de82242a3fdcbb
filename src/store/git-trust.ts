/**
 * git's word on which record files hold exactly what HEAD holds, so that a warm report over
 * a large archive need not `lstat` every record itself (at 100,000 records Node's `lstat`
 * calls alone cost more than a whole `git status`, which runs beside the report's own work).
 *
 * The chain, for a record file `p` that `git status` does not list: its content is the index's
 * blob for `p` (git compares stat data, and content where the stat data cannot tell), and the
 * index's blob is HEAD's. A cache entry made from content whose blob id is HEAD's blob for `p`
 * (checked with `git ls-tree` when the cache was written, at a HEAD still current) was
 * therefore made from the file as it is now. git is asked so that nothing of the user's
 * makes it look less closely (the settings in git/status.ts), and its word
 * is not taken when something lets it call a file clean without looking: an index entry
 * marked assume-unchanged or skip-worktree, or attributes that change content on its way in
 * (filters, encodings: only ppid's own `.gitattributes` lines, which at most turn CRLF into
 * LF, are accepted — and a record's reading does not depend on its line ends).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gitOutput } from '../git/run.js';
import { headCommit } from '../git/repo.js';
import { RECORDS_DIR } from '../domain/config.js';
import { readIndexFlags, type IndexFlags } from '../git/index-flags.js';
import { racyAt, sameSig, statSig, type HeadBlobs, type Signature } from './cache-format.js';
import { readJson } from '../archive/settings-cache.js';
import { writeFileAtomic } from '../archive/atomic.js';
import { cacheDirOf } from '../git/git-dir.js';
import { readPackageFile } from '../package.js';

/** Attribute files that apply to the records folder, by their path in the repository. */
const ATTRIBUTE_FILES = ['.gitattributes', `${RECORDS_DIR}/.gitattributes`];

/** The lines ppid's own `.gitattributes` holds (none of them changes a record's reading). */
let knownLines: Set<string> | undefined;
const meaningful = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));

function onlyKnownLines(text: string): boolean {
  knownLines ??= new Set(meaningful(readPackageFile('templates/gitattributes')));
  return meaningful(text).every((l) => knownLines!.has(l));
}

/**
 * Whether git's word on the records can be taken in this repository now: no index entry is
 * marked so that git skips its file, and every attribute file is ppid's own or absent (also
 * from the index, which git reads when the work tree has none). The index is read as a SHA-1
 * repository's (a SHA-256 repository gets no marks to vouch for: see git/status.ts).
 */
export function gitWordHolds(root: string, gitDir: string): boolean {
  const read = (p: string): string | undefined => {
    try {
      return readFileSync(p, 'utf8');
    } catch {
      return undefined;
    }
  };
  const flags = indexFlags(gitDir);
  if (flags.hidden) return false;
  for (const p of ATTRIBUTE_FILES) {
    const text = read(join(root, p));
    if (text === undefined ? flags.present.has(p) : !onlyKnownLines(text)) return false;
  }
  const info = read(join(gitDir, 'info', 'attributes'));
  return info === undefined || onlyKnownLines(info);
}

/** An index found with no hidden entry: its signature, and which attribute files it holds. */
interface IndexSeen {
  sig: Signature;
  present: string[];
}

/**
 * The flags of git's index, remembered by the index file's signature: git writes a new index
 * file (a new inode, new times) whenever it changes one, so an index with the signature of one
 * read before is that one — unless it was written too close to that reading (racy, as for the
 * record cache), which is then not remembered.
 */
function indexFlags(gitDir: string): IndexFlags {
  const path = join(gitDir, 'index');
  const memo = join(cacheDirOf(gitDir), 'git-index.json');
  const before = statSig(path);
  if (!before) return { hidden: true, present: new Set() };
  const seen = readJson<IndexSeen>(memo);
  if (seen && sameSig(seen.sig, before) && Array.isArray(seen.present)) return { hidden: false, present: new Set(seen.present) };
  let flags: IndexFlags;
  try {
    flags = readIndexFlags(readFileSync(path), 20, ATTRIBUTE_FILES);
  } catch {
    return { hidden: true, present: new Set() };
  }
  if (!flags.hidden && sameSig(statSig(path), before) && !racyAt(before, Date.now())) {
    try {
      writeFileAtomic(memo, JSON.stringify({ sig: before, present: [...flags.present] } satisfies IndexSeen), { durable: false });
    } catch {
      // Not remembered: read again next time.
    }
  }
  return flags;
}

/** Calls `each` with the path and blob id of every record file in commit `head` (one `git ls-tree`); false: git could not tell. */
export async function eachHeadBlob(root: string, head: string, each: (path: string, blob: string) => void): Promise<boolean> {
  const out = await gitOutput(root, ['ls-tree', '-z', head, '--', `${RECORDS_DIR}/`]);
  if (!out) return false;
  for (const entry of out.toString('utf8').split('\0')) {
    // <mode> SP <type> SP <id> TAB <path>
    const tab = entry.indexOf('\t');
    if (tab < 0) continue;
    const [, type, id] = entry.slice(0, tab).split(' ');
    if (type === 'blob' && id) each(entry.slice(tab + 1), id);
  }
  return true;
}

/** HEAD's blob id of every record file, by path. */
export async function headBlobs(root: string, head: string): Promise<Map<string, string> | undefined> {
  const blobs = new Map<string, string>();
  return (await eachHeadBlob(root, head, (path, blob) => blobs.set(path, blob))) ? blobs : undefined;
}

/**
 * HEAD's commit and blobs now: started before many records are read (by worker threads, this
 * thread free to take git's answer meanwhile) and taken when the cache is written.
 */
export async function headBlobsNow(root: string): Promise<HeadBlobs | undefined> {
  const head = await headCommit(root);
  if (!head) return undefined;
  const blobs = await headBlobs(root, head);
  return blobs && { head, blobs };
}
