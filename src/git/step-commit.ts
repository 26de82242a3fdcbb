/**
 * The commit of a step, made with git's plumbing rather than `git add` and `git commit`.
 *
 * Why: in an archive of 100,000 records `git commit` reads and rewrites the whole index,
 * looks at every file's stat data, compares the index with HEAD and builds every folder's tree
 * from the index — far more work than the step itself (docs/performance.md, 'Why the code is
 * shaped so'). Here the commit is HEAD's trees
 * with the step's files put in: only the folders on the files' paths are read and written,
 * git's index is read once (to record the files in it) and nothing else of it is touched, so
 * whatever else the user has staged stays staged and out of the step's commit.
 *
 * `git commit` did more that is kept: the reflog's line ("commit: …"), the signature
 * (`commit.gpgSign`, or ppid.yaml's `tanda_tangan`: commit-tree signs only when given `-S`,
 * git/signing.ts), the post-commit hook (`git hook run`, git 2.36 and later) and
 * git's automatic upkeep (`maintenance run --auto`). The message is cleaned as `git commit -m` cleans one. pre-commit and
 * commit-msg hooks never ran for a step (`--no-verify`); prepare-commit-msg no longer does:
 * the message, whose trailers are the audit trail, is ppid's.
 */
import { spawn } from 'node:child_process';
import { gitEnv, gitRun } from './run.js';
import { committerTime, type GitTime } from './commit-time.js';
import { catFileObjects, gitFailed } from './repo.js';
import { EXIT, UserError } from '../errors.js';
import { editTree, findEntry, FILE_MODE, objectId, TREE_MODE, type FoundEntry, type TreeEntry } from './tree-edit.js';
import { commitFailed, signingArgs, type Signing } from './signing.js';

/** `git commit -m`'s cleaning of a message: no trailing blanks, no runs of empty lines, none at either end. */
export function cleanMessage(message: string): string {
  const lines = message.split('\n').map((l) => l.replace(/\s+$/, ''));
  const kept: string[] = [];
  for (const l of lines) {
    if (l === '' && (kept.length === 0 || kept.at(-1) === '')) continue;
    kept.push(l);
  }
  while (kept.at(-1) === '') kept.pop();
  return kept.join('\n') + '\n';
}

/** `dirs` and every folder above them, the top one ('') first. */
function withAncestors(dirs: Iterable<string>): string[] {
  const all = new Set<string>(['']);
  for (const d of dirs) {
    const parts = d === '' ? [] : d.split('/');
    for (let i = 1; i <= parts.length; i++) all.add(parts.slice(0, i).join('/'));
  }
  return [...all].sort((a, b) => depth(a) - depth(b) || (a < b ? -1 : 1));
}

/** The folders on the way to each path, the top one ('') first. */
export const foldersOf = (paths: readonly string[]): string[] => withAncestors(paths.map(parentOf));

const depth = (dir: string): number => (dir === '' ? 0 : dir.split('/').length);
/** The folder that holds `path` ('' for the top). */
export const parentOf = (path: string): string => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
export const baseOf = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/** HEAD's entry for `path`, from the view's tree of its folder (undefined: none, or the folder was not read). */
export function committedEntry(view: HeadView, path: string): FoundEntry | undefined {
  return view.head === undefined ? undefined : findEntry(view.trees.get(parentOf(path)), view.head.length / 2, baseOf(path));
}

/** How `git cat-file --batch` names the tree of `dir` in commit `head`. */
const treeName = (head: string, dir: string): string => (dir === '' ? `${head}^{tree}` : `${head}:${dir}`);

/** HEAD's commit and its raw trees of some folders (undefined where HEAD has no such folder). */
export interface HeadView {
  /** Undefined: no commit yet. */
  head?: string;
  /** HEAD's committer time: a step's commit is never dated before it. */
  time?: GitTime;
  trees: Map<string, Buffer | undefined>;
}

/**
 * HEAD and its trees of `dirs` (with every folder above them), read by one `git cat-file`.
 * Names are looked up one after another, so a commit made meanwhile could mix two HEADs: each
 * tree is checked to be the one its parent (and the commit) names, and read again if not.
 */
export async function readHeadView(root: string, dirs: readonly string[], at = 'HEAD'): Promise<HeadView> {
  const all = withAncestors(dirs);
  for (let attempt = 1; ; attempt++) {
    const [commit, ...trees] = await catFileObjects(root, [at, ...all.map((d) => treeName(at, d))]).catch((e: unknown) => {
      throw gitFailed(e);
    });
    if (commit?.type !== 'commit') return { trees: new Map() };
    const time = committerTime(commit.content);
    const view: HeadView = {
      head: commit.id,
      ...(time ? { time } : {}),
      trees: new Map(all.map((d, i) => [d, trees[i]?.type === 'tree' ? trees[i]!.content : undefined])),
    };
    const hashLen = commit.id.length / 2;
    const named = (d: string): string | undefined => {
      if (d === '') return /^tree ([0-9a-f]+)$/m.exec(commit.content.toString('latin1', 0, 200))?.[1];
      const e = findEntry(view.trees.get(parentOf(d)), hashLen, baseOf(d));
      return e?.mode === TREE_MODE ? e.id : undefined;
    };
    if (all.every((d, i) => named(d) === (trees[i]?.type === 'tree' ? trees[i]!.id : undefined))) return view;
    if (attempt === 3) throw new UserError('git-gagal', { detail: 'HEAD kept moving while its trees were read' }, EXIT.GIT);
    // The second time, by the commit's id: one HEAD for all.
    at = commit.id;
  }
}

export interface NewTrees {
  /** The new top tree's id. */
  top: string;
  /** Every new tree (id and bytes, as pieces), the deepest first. */
  trees: Array<{ id: string; pieces: Buffer[] }>;
}

/**
 * HEAD's trees with `files` (path → blob id) put in. `headTrees`: the raw tree of each folder on
 * the paths as HEAD has it (undefined where HEAD has none).
 */
export function treesWith(headTrees: ReadonlyMap<string, Buffer | undefined>, files: ReadonlyMap<string, string>, hashLen: number): NewTrees {
  const put = new Map<string, TreeEntry[]>();
  const enter = (dir: string, e: TreeEntry) => {
    const list = put.get(dir);
    if (list) list.push(e);
    else put.set(dir, [e]);
  };
  for (const [path, id] of files) enter(parentOf(path), { name: baseOf(path), mode: FILE_MODE, id });
  const dirs = foldersOf([...files.keys()]).reverse();
  const trees: NewTrees['trees'] = [];
  let top = '';
  for (const dir of dirs) {
    const pieces = editTree(headTrees.get(dir), hashLen, put.get(dir) ?? []);
    const id = objectId('tree', pieces, hashLen);
    trees.push({ id, pieces });
    if (dir === '') top = id;
    else enter(parentOf(dir), { name: baseOf(dir), mode: TREE_MODE, id });
  }
  return { top, trees };
}

export interface CommitOnHead {
  root: string;
  head: string;
  /** HEAD's raw trees of the folders on the paths (`foldersOf`), as read before the files were written. */
  headTrees: ReadonlyMap<string, Buffer | undefined>;
  /** Paths written, relative to the root. */
  paths: readonly string[];
  message: string;
  /** The commit's author and committer dates (`stepDates`). */
  dates: Record<string, string>;
  /** How the commit is signed (git/signing.ts). */
  signing?: Signing;
}

/**
 * Commits the files at `paths`, as they are in the work tree, on top of `head`, and records
 * them in git's index. Returns the new commit, or `head` when the files are HEAD's already.
 */
export async function commitOnHead({ root, head, headTrees, paths, message, dates, signing }: CommitOnHead): Promise<string> {
  const hashLen = head.length / 2;
  const list = paths.join('\0') + '\0';
  // The index and the objects are written side by side: two processes, one index read.
  const recorded = gitRun(root, ['update-index', '--add', '--chmod=-x', '-z', '--stdin'], list);
  // Awaited below; a failure of the objects' side first must not leave it unhandled.
  recorded.catch(() => undefined);
  // hash-object --stdin-paths takes a path a line and applies the attributes of each path.
  const blobs = (await gitRun(root, ['hash-object', '-w', '--stdin-paths'], paths.join('\n') + '\n')).toString('latin1').trim().split('\n');
  if (blobs.length !== paths.length) throw new Error('git hash-object gave a wrong number of ids');
  const { top, trees } = treesWith(headTrees, new Map(paths.map((p, i) => [p, blobs[i]!])), hashLen);
  const written = await Promise.all(trees.map((t) => gitRun(root, ['hash-object', '-w', '-t', 'tree', '--stdin'], t.pieces)));
  written.forEach((w, i) => {
    if (w.toString('latin1').trim() !== trees[i]!.id) throw new Error(`git wrote tree ${w.toString('latin1').trim()} where ${trees[i]!.id} was made`);
  });
  await recorded;
  const headTop = headTrees.get('');
  if (headTop && top === objectId('tree', [headTop], hashLen)) return head;
  const text = cleanMessage(message);
  const commit = await commitTree(root, top, head, text, signing, dates);
  await gitRun(root, ['update-ref', '-m', `commit: ${text.split('\n')[0]}`, 'HEAD', commit, head]);
  // As `git commit` does after a commit; neither's failure undoes it. The upkeep is left to run
  // (git itself runs its work in the background), the hook is waited for.
  upkeep(root);
  await gitRun(root, ['hook', 'run', '--ignore-missing', 'post-commit']).catch(() => undefined);
  return commit;
}

/** `git commit-tree` of `tree` on `parent`, signed as `signing` says; the new commit's id. */
export async function commitTree(
  root: string,
  tree: string,
  parent: string,
  text: string,
  signing: Signing | undefined,
  dates: Record<string, string>,
): Promise<string> {
  const { before, flag } = signingArgs(signing);
  try {
    return (await gitRun(root, [...before, 'commit-tree', ...flag, tree, '-p', parent, '-F', '-'], text, { env: dates })).toString('latin1').trim();
  } catch (e) {
    throw commitFailed(e, signing);
  }
}

/** `git maintenance run --auto`, not waited for: it decides in milliseconds and sends any work to the background. */
function upkeep(root: string): void {
  try {
    spawn('git', ['maintenance', 'run', '--auto', '--quiet'], { cwd: root, env: gitEnv(), stdio: 'ignore', detached: true, windowsHide: true })
      .on('error', () => undefined)
      .unref();
  } catch {
    // No upkeep this time; the next commit tries again.
  }
}
