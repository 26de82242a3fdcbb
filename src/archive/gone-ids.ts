/**
 * Ids whose record file left the records folder somewhere in the history: deleted by hand
 * (`git rm`), renamed (`git mv`: git sees the old name go), or dropped in a merge. HEAD's tree
 * no longer shows them, but the history still tells their story under that id, so a new item
 * must never take one (`ppid log` would tell two items' stories as one).
 *
 * Finding them means comparing every commit's records folder with its parent's, and the records
 * folder is one flat tree: in an archive of 10,000 items and 15,000 commits that is seconds of
 * git's time (docs/performance.md). So the answer is kept in `.git/ppid-cache/` with the commit
 * it covers, and only the commits since are compared: none when a step's own commit moved HEAD
 * (a step only puts files in, see `advanceGoneIds`), a few after a hand commit or a sync.
 */
import { join } from 'node:path';
import { cacheDir } from '../git/git-dir.js';
import { gitRun } from '../git/run.js';
import { gitFailed } from '../git/repo.js';
import { RECORDS_DIR } from '../domain/config.js';
import { readJson } from './settings-cache.js';
import { writeFileAtomic } from './atomic.js';

/** Id → the commit that took its record out (the newest such commit). */
export type GoneIds = ReadonlyMap<string, string>;

const CACHE_FILE = 'ids-gone.json';
const FORMAT = 1;

interface GoneFile {
  format: number;
  /** Every deletion in the history of this commit is in `gone` (and perhaps a few from a history given up since). */
  at: string;
  gone: Record<string, string>;
}

const COMMIT_ID = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
const RECORD_PATH = new RegExp(`^${RECORDS_DIR}/([^/]+)\\.md$`);

/**
 * The ids whose record left the records folder in the history of any of `tips`. Ids from a
 * history given up since (a reset, a sync's renumbering) may be among them: such a number is
 * skipped, never wrongly handed out. The answer is kept for the first tip (when it is a commit
 * id), with what the others' histories add: more than that tip needs, never less.
 */
export async function goneIds(root: string, tips: readonly string[]): Promise<GoneIds> {
  if (tips.length === 0) return new Map();
  const file = cacheFile(root);
  const known = file ? readGoneFile(file) : undefined;
  if (known && tips.length === 1 && tips[0] === known.at) return goneMap(known);
  let found: Map<string, string> | undefined;
  // A cached commit git no longer has (collected, or another repository's): all history again.
  if (known) found = await deletions(root, [...tips, `^${known.at}`]).catch(() => undefined);
  const gone = found ? new Map([...goneMap(known!), ...found]) : await deletions(root, tips);
  if (file && COMMIT_ID.test(tips[0]!)) saveGoneFile(file, { format: FORMAT, at: tips[0]!, gone: Object.fromEntries(gone) });
  return gone;
}

/** `goneIds` at a view's HEAD, asked as soon as the view is read; a failure waits for its await. */
export function goneAtView(root: string, view: Promise<{ head?: string }>): Promise<GoneIds> {
  const gone = view.then((v) => goneIds(root, v.head === undefined ? [] : [v.head]));
  gone.catch(() => undefined);
  return gone;
}

/**
 * After a step's commit `to` on `from`: a step only puts files in (git/step-commit.ts), so what
 * was gone at `from` is all that is gone at `to`, and the next step need not ask git.
 */
export function advanceGoneIds(root: string, from: string, to: string): void {
  const file = cacheFile(root);
  const known = file ? readGoneFile(file) : undefined;
  if (known?.at === from && COMMIT_ID.test(to)) saveGoneFile(file!, { ...known, at: to });
}

/**
 * Every record path deleted in the commits `revs` name (git's revision syntax), newest first.
 * No path limit: git compares faster without one (no pattern matched against each of the
 * folder's entries), and the records folder is most of the tree anyway. No rename detection:
 * a renamed record's old name is gone. Merges are compared with each parent, and every commit
 * is looked at (no history simplification), so a deletion on a side branch counts too.
 */
async function deletions(root: string, revs: readonly string[]): Promise<Map<string, string>> {
  // `-m` with the setting that git 2.31 and later read for it: each parent, whatever the user set.
  const args = ['-c', 'log.diffMerges=separate', 'log', '-m', '--no-renames', '--diff-filter=D', '--name-only', '-z', '--no-show-signature', '--format=%x1e%H'];
  // Commit ids only (never an option), for gits older than `--end-of-options`.
  if (!revs.every((r) => COMMIT_ID.test(r.replace(/^\^/, '')))) throw new Error(`not a commit id: ${revs.join(' ')}`);
  const out = (
    await gitRun(root, [...args, ...revs, '--']).catch((e: unknown) => {
      throw gitFailed(e);
    })
  ).toString('utf8');
  const gone = new Map<string, string>();
  for (const chunk of out.split('\x1e')) {
    const [commit, ...paths] = chunk.split('\0');
    for (const p of paths) {
      const id = RECORD_PATH.exec(p.replace(/^\n/, ''))?.[1];
      if (id !== undefined && !gone.has(id)) gone.set(id, commit!);
    }
  }
  return gone;
}

const cacheFile = (root: string): string | undefined => {
  const dir = cacheDir(root);
  return dir && join(dir, CACHE_FILE);
};

function readGoneFile(file: string): GoneFile | undefined {
  const f = readJson<GoneFile>(file);
  const valid = f?.format === FORMAT && typeof f.at === 'string' && COMMIT_ID.test(f.at) && typeof f.gone === 'object' && f.gone !== null;
  return valid ? f : undefined;
}

/** The cached ids, each with the commit that took it out (an entry without one is none of ppid's). */
const goneMap = (f: GoneFile): Map<string, string> => new Map(Object.entries(f.gone).filter((e): e is [string, string] => typeof e[1] === 'string'));

function saveGoneFile(file: string, content: GoneFile): void {
  try {
    writeFileAtomic(file, JSON.stringify(content), { durable: false });
  } catch {
    // A cache that cannot be written (read-only copy, full disk) only costs time next run.
  }
}
