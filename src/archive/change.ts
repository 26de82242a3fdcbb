/**
 * One change to the archive = files written atomically + exactly one git commit, under the
 * archive's lock and recorded in a journal until the commit is made. If the commit cannot be
 * made, the files go back to HEAD (without git's index lock, which another git may hold); if
 * the process is killed, the next change (or `ppid doctor`) does that. Either way the archive
 * holds the state before the step or the whole step, never half of it — and a failure that
 * leaves more than that says so.
 */
import { writeFileAtomic } from './atomic.js';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { acquireLock, releaseAll } from './lock.js';
import { gitDirOf } from '../git/git-dir.js';
import { forgetCalendars } from './calendar-files.js';
import { recoverInterrupted, removeJournal, writeJournal, type Recovery } from './recovery.js';
import { rollBack, type JournalEntry, type Rollback } from './rollback.js';
import { sha256 } from '../hashes.js';
import {
  catFileObjects,
  commitFirst,
  commitMessage,
  forgetIdentities,
  gitFailed,
  indexEntries,
  repoPaths,
  requireIdentity,
  requireOwnWorkTree,
  type CommitSpec,
  type IndexEntry,
} from '../git/repo.js';
import { commitOnHead, committedEntry, foldersOf, readHeadView, type HeadView } from '../git/step-commit.js';
import { commitSigning, type Signing } from '../git/signing.js';
import { readConfig } from './config-file.js';
import { gitRun } from '../git/run.js';
import { stepDates } from '../git/commit-time.js';
import { uncommitted } from '../git/status.js';
import { linkOnPath } from './archive-path.js';
import { advanceGoneIds } from './gone-ids.js';
import { CONFIG_FILE, DEFAULT_CALENDAR_FILE } from '../domain/config.js';
import { TREE_MODE, type FoundEntry } from '../git/tree-edit.js';
import { EXIT, UserError } from '../errors.js';
import { MAX_TEXT_BYTES, tooLarge } from '../text-file.js';

export interface FileWrite {
  /** Relative to the archive root, forward slashes. */
  path: string;
  content: string | Buffer;
}

const opened = new Map<string, { gitDir: string; recovery: Recovery }>();
/** Archives this command found fit for a step (openForStep). */
const readyForStep = new Set<string>();

/**
 * Takes the archive's lock (held until the process ends) and undoes whatever an interrupted
 * earlier command left. Called before a command reads what it will change.
 */
export async function openForChange(root: string): Promise<{ gitDir: string; recovery: Recovery }> {
  const known = opened.get(root);
  if (known) return known;
  // One git call for both: is this the top of its own work tree, and where is .git. The usual
  // archive has its own .git folder: its lock is taken meanwhile.
  const own = gitDirOf(root);
  const [paths, release] = await Promise.all([repoPaths(root), own ? acquireLock(own) : undefined]);
  const real = realpathSync(root);
  let gitDir: string;
  if (own && paths && paths.top === real && realpathSync(paths.gitDir) === realpathSync(own)) gitDir = own;
  else {
    release?.();
    if (!paths || paths.top !== real) await requireOwnWorkTree(root);
    gitDir = paths!.gitDir;
    await acquireLock(gitDir);
  }
  const recovery = await recoverInterrupted(root, gitDir);
  const o = { gitDir, recovery };
  opened.set(root, o);
  return o;
}

/** git's own operations that leave the repository half-way until the user goes on or gives up. */
const UNFINISHED: ReadonlyArray<readonly [file: string, operasi: string]> = [
  ['rebase-merge', 'rebase'],
  ['rebase-apply', 'rebase'],
  ['MERGE_HEAD', 'merge'],
  ['CHERRY_PICK_HEAD', 'cherry-pick'],
  ['REVERT_HEAD', 'revert'],
];

/**
 * The archive as a step may change it: recovered, locked, on a branch and with no git operation
 * half-way (a step committed onto a rebase's HEAD is lost by `git rebase --abort`). `doctor`
 * opens with openForChange alone, as it is what repairs such a state.
 */
export async function openForStep(
  root: string,
  settings: readonly string[] = [CONFIG_FILE, DEFAULT_CALENDAR_FILE],
): Promise<{ gitDir: string; recovery: Recovery }> {
  const o = await openForChange(root);
  // Asked once per command: the lock is held from here, and a step's commit (applyChange)
  // opens again what its start (beginStep) opened.
  if (readyForStep.has(root)) return o;
  const unfinished = UNFINISHED.find(([f]) => existsSync(join(o.gitDir, f)));
  if (unfinished) throw new UserError('git-belum-selesai', { operasi: unfinished[1] }, EXIT.INVALID);
  const head = readFileSync(join(o.gitDir, 'HEAD'), 'utf8');
  if (!head.startsWith('ref: ')) throw new UserError('git-head-lepas', { commit: head.trim().slice(0, 12) }, EXIT.INVALID);
  // Roles and settings are those of the history: a role granted in an uncommitted ppid.yaml
  // grants nothing, so no step runs until the file is as committed.
  const dirty = await uncommitted(root, settings);
  // Joined by spaces: the hint's `git checkout -- {berkas}` is then a command that runs.
  if (dirty?.length) throw new UserError('pengaturan-belum-dicommit', { berkas: dirty.join(' ') }, EXIT.INVALID);
  readyForStep.add(root);
  return o;
}

/**
 * Ends this process's hold on every archive it opened: the locks go, and a later change
 * recovers again. A command-line run never needs it (its exit does the same); a process that
 * runs commands one after another (the tests) does.
 */
export function closeArchives(): void {
  opened.clear();
  readyForStep.clear();
  releaseAll();
  forgetIdentities();
  forgetCalendars();
}

/** What the work tree holds at `path` now: undefined when nothing readable is there. */
function onDisk(root: string, path: string): Buffer | undefined {
  try {
    return readFileSync(join(root, path));
  } catch {
    return undefined;
  }
}

/**
 * Paths the user changed by hand and did not commit would be lost under our write, or mixed
 * into our commit: refuse. A path is changed when its index entry is not HEAD's (staged), or
 * its bytes are not HEAD's — then `git status` has the last word, as it knows about
 * line-ending filters. Other staged paths stay staged and out of the commit (git/step-commit.ts).
 */
async function refuseUncommitted(
  root: string,
  paths: string[],
  now: Array<Buffer | undefined>,
  committed: Array<FoundEntry | undefined>,
  indexed: Promise<IndexEntry[]>,
): Promise<void> {
  const ids = committed.flatMap((e) => (e && e.mode !== TREE_MODE ? [e.id] : []));
  const [objects, index] = await Promise.all([catFileObjects(root, ids), indexed]);
  const inHeadById = new Map(ids.map((id, i) => [id, objects[i]?.content]));
  // The index's entries at each path, and the paths the index has as folders (entries below them).
  const at = new Map<string, IndexEntry[]>();
  const folders = new Set<string>();
  for (const e of index) {
    if (e.path !== e.asked) folders.add(e.asked);
    else at.set(e.path, [...(at.get(e.path) ?? []), e]);
  }
  const dirty = paths.filter((p, i) => {
    const c = committed[i];
    const staged = at.get(p) ?? [];
    if (folders.has(p)) return true;
    if (c === undefined || c.mode === TREE_MODE) return staged.length > 0;
    return !(staged.length === 1 && staged[0]!.stage === '0' && staged[0]!.id === c.id && staged[0]!.mode === c.mode);
  });
  const refused = new Set(dirty);
  const unsure = paths.filter((p, i) => {
    if (refused.has(p)) return false;
    const c = committed[i];
    const inHead = c && c.mode !== TREE_MODE ? inHeadById.get(c.id) : undefined;
    return !(inHead === undefined ? now[i] === undefined : now[i]?.equals(inHead));
  });
  if (unsure.length > 0) {
    const status = (await gitRun(root, ['status', '--porcelain', '-z', '--untracked-files=all', '--', ...unsure])).toString('utf8');
    dirty.push(
      ...status
        .split('\0')
        .filter(Boolean)
        .map((l) => l.slice(3)),
    );
  }
  if (dirty.length) throw new UserError('perubahan-belum-dicommit', { berkas: dirty.join(', ') }, EXIT.INVALID);
}

const bytesOf = (w: FileWrite): Buffer => (typeof w.content === 'string' ? Buffer.from(w.content, 'utf8') : w.content);

/** git's lock on its index: held while another git program (or a git that died) works on it. */
const indexLock = (gitDir: string): string => join(gitDir, 'index.lock');

/** The lock as the officer finds it: `.git/index.lock` in the usual archive. */
function lockShown(root: string, gitDir: string): string {
  const rel = relative(root, indexLock(gitDir));
  return rel.startsWith('..') || isAbsolute(rel) ? indexLock(gitDir) : rel;
}

/**
 * The commit records the step's files in git's index, which another git program may be
 * working on: then nothing is written. (openForStep removed the lock already if no git ran.)
 */
function refuseIndexLocked(root: string, gitDir: string): void {
  if (existsSync(indexLock(gitDir))) throw new UserError('git-indeks-terkunci', { berkas: lockShown(root, gitDir) }, EXIT.GIT);
}

const firstLine = (e: unknown): string =>
  (e instanceof UserError ? (e.params.detail ?? e.code) : e instanceof Error ? e.message : String(e)).toString().trim().split('\n')[0] ?? '';

/**
 * The step's files put back after its commit failed (`cause`), and the error that tells the
 * officer where the archive stands: `cause` itself only when it is as it was.
 */
async function undoStep(root: string, gitDir: string, files: JournalEntry[], cause: unknown): Promise<unknown> {
  let undone: Rollback;
  try {
    undone = await rollBack(root, gitDir, files);
  } catch (e) {
    // The journal stays: the next change, or doctor, finishes what this could not.
    return new UserError(
      'langkah-tidak-dikembalikan',
      { detail: `${firstLine(cause)}; ${firstLine(e)}`, berkas: files.map((f) => f.path).join(', ') },
      EXIT.GIT,
    );
  }
  removeJournal(gitDir);
  if (undone.left.length)
    return new UserError('langkah-tidak-dikembalikan', { detail: firstLine(cause), berkas: undone.left.map((l) => l.path).join(', ') }, EXIT.GIT);
  if (undone.indexStale.length) return new UserError('indeks-tertinggal', { detail: firstLine(cause), berkas: undone.indexStale.join(' ') }, EXIT.GIT);
  // The commit could not record the files because another git took the index meanwhile.
  if (existsSync(indexLock(gitDir))) return new UserError('git-indeks-terkunci', { berkas: lockShown(root, gitDir) }, EXIT.GIT);
  return cause;
}

/** Writes the files, then commits them (`commit`); on any failure the files go back to HEAD. */
async function writeAndCommit(root: string, gitDir: string, writes: FileWrite[], commit: () => Promise<string>): Promise<string> {
  refuseIndexLocked(root, gitDir);
  // The proof that each file is ppid's: what a rollback, now or after a crash, may undo.
  const files = writes.map((w) => ({ path: w.path, sha256: sha256(w.content) }));
  writeJournal(gitDir, files);
  try {
    for (const w of writes) writeFileAtomic(join(root, w.path), w.content);
    const sha = await commit();
    removeJournal(gitDir);
    return sha;
  } catch (e) {
    throw await undoStep(root, gitDir, files, e);
  }
}

/** What a change needs of git before it writes, asked as soon as its paths are known (`prepareChange`). */
export interface PreparedChange {
  paths: readonly string[];
  view: Promise<HeadView>;
  index: Promise<IndexEntry[]>;
}

/**
 * Starts git's answers a change at `paths` needs — HEAD's trees (or `view`, read already) and
 * the index's entries — so that they come while the step checks its records.
 */
export function prepareChange(root: string, paths: readonly string[], view?: Promise<HeadView>): PreparedChange {
  const v = view ?? readHeadView(root, foldersOf(paths));
  const index = indexEntries(root, paths);
  // Awaited by applyChange; a step refused before that must not leave them unhandled.
  v.catch(() => undefined);
  index.catch(() => undefined);
  return { paths, view: v, index };
}

/**
 * A step never writes a text file (a record, ppid.yaml, a calendar) that ppid itself would then
 * refuse to read: the archive would hold an item no command can open again.
 */
function refuseThroughLinks(root: string, writes: readonly FileWrite[]): void {
  for (const w of writes) {
    const link = linkOnPath(root, w.path);
    if (link) throw new UserError('folder-tautan', { folder: link }, EXIT.INVALID);
  }
}

function refuseUnreadable(writes: readonly FileWrite[]): void {
  // The size without a copy: a batch of records is encoded once, when it is written.
  const size = (w: FileWrite) => (typeof w.content === 'string' ? Buffer.byteLength(w.content, 'utf8') : w.content.length);
  const over = writes.filter((w) => /\.(md|ya?ml)$/.test(w.path) && size(w) > MAX_TEXT_BYTES);
  if (over.length)
    throw new UserError(
      'masukan-tidak-valid',
      {},
      EXIT.INVALID,
      over.map((w) => tooLarge(w.path, size(w))),
    );
}

/**
 * How the step's commit is signed: as the settings it runs under say (ppid.yaml as committed,
 * which openForStep made sure of), else as the officer's git does. The first commit has no
 * settings yet: `ppid init --tanda-tangan` set git to sign before it.
 */
async function stepSigning(root: string): Promise<Signing> {
  const config = await readConfig(root).catch(() => undefined);
  return commitSigning(root, config);
}

/**
 * The step's files written and committed. `prepared`: git's answers asked for these paths
 * before (`prepareChange`), so that they are not asked twice.
 */
export async function applyChange(root: string, writes: FileWrite[], spec: CommitSpec, prepared?: PreparedChange): Promise<string> {
  refuseUnreadable(writes);
  // Written through a link, a record or attachment would land outside the archive.
  refuseThroughLinks(root, writes);
  const { gitDir } = await openForStep(root);
  // Asked while the step goes on: the settings it runs under and the officer's git.
  const signing = stepSigning(root);
  await requireIdentity(root);
  const paths = writes.map((w) => w.path);
  const dirs = foldersOf(paths);
  const same = prepared !== undefined && prepared.paths.length === paths.length && prepared.paths.every((p, i) => p === paths[i]);
  let v = prepared ? await prepared.view : await readHeadView(root, dirs);
  // A view read for other folders is completed from the same commit.
  if (v.head !== undefined && dirs.some((d) => !v.trees.has(d))) v = await readHeadView(root, dirs, v.head);
  const now = writes.map((w) => onDisk(root, w.path));
  // Without HEAD (the first commit) nothing was committed that a hand edit could differ from.
  if (v.head === undefined) return writeAndCommit(root, gitDir, writes, async () => commitFirst(root, paths, spec, await signing));
  const head = v.head;
  await refuseUncommitted(
    root,
    paths,
    now,
    paths.map((p) => committedEntry(v, p)),
    same ? prepared.index : indexEntries(root, paths),
  );
  // Writing what is already there (publishing twice a day) is not a change: no empty commit.
  if (writes.every((w, i) => now[i]?.equals(bytesOf(w)))) return head;
  // Asked before anything is written: a step that would run the trail's time backwards is refused.
  const dates = await stepDates(root, v.time && { ...v.time, commit: head });
  const commit = await writeAndCommit(root, gitDir, writes, async () => {
    try {
      return await commitOnHead({ root, head, headTrees: v.trees, paths, message: commitMessage(spec), dates, signing: await signing });
    } catch (e) {
      throw gitFailed(e);
    }
  });
  advanceGoneIds(root, head, commit);
  return commit;
}
