/**
 * The archive's history is its audit trail. Every change is one commit whose message says the
 * SOP step in Indonesian and ends with machine-readable trailers (PPID-Langkah, PPID-Item, …).
 * The questions every step asks git are asked here with a plain process (git/run.ts): a step
 * at national scale has no time to load simple-git (simple-git.ts), which the commands that
 * talk to remotes and rewrite history use.
 */
import { spawn } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { EXIT, UserError } from '../errors.js';
import { gitEnv, gitOutput, gitRun, gitText } from './run.js';
import { stepDates } from './commit-time.js';
import { commitFailed, signingArgs, type Signing } from './signing.js';

export { gitEnv };

/** The top of the work tree that holds `dir`, or undefined when it is in none. */
export async function workTreeTop(dir: string): Promise<string | undefined> {
  try {
    const top = await gitText(dir, ['rev-parse', '--show-toplevel']);
    return top ? realpathSync(top) : undefined;
  } catch {
    return undefined;
  }
}

/** Commands that change an archive need it to be the top of its own git work tree. */
export async function requireOwnWorkTree(root: string): Promise<void> {
  const top = await workTreeTop(root);
  const real = realpathSync(root);
  if (top === undefined) throw new UserError('arsip-bukan-git', { dir: root }, EXIT.ARCHIVE);
  if (top !== real) throw new UserError('arsip-bukan-akar-git', { dir: root, akar: top }, EXIT.ARCHIVE);
}

/** The top of the work tree and the absolute git directory, in one git call. */
export async function repoPaths(root: string): Promise<{ top: string; gitDir: string } | undefined> {
  try {
    const [top, gitDir] = (await gitText(root, ['rev-parse', '--show-toplevel', '--absolute-git-dir'])).split('\n');
    return top && gitDir ? { top: realpathSync(top), gitDir } : undefined;
  } catch {
    return undefined;
  }
}

/** The identity is asked of git once per run (a step needs it twice: for the role and the commit). */
const identities = new Map<string, string>();

export async function requireIdentity(root: string): Promise<string> {
  const known = identities.get(root);
  if (known !== undefined) return known;
  try {
    const ident = await gitText(root, ['var', 'GIT_AUTHOR_IDENT']);
    identities.set(root, ident);
    return ident;
  } catch {
    throw new UserError('git-identitas-kosong', {}, EXIT.GIT);
  }
}

/** For a process that runs commands one after another (the tests): each run asks again. */
export function forgetIdentities(): void {
  identities.clear();
}

/** HEAD's commit id (undefined: no commit yet, or git could not tell). */
export async function headCommit(root: string): Promise<string | undefined> {
  const head = (await gitOutput(root, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']))?.toString('utf8').trim();
  return head && /^[0-9a-f]{40,64}$/.test(head) ? head : undefined;
}

/** The name this clone was given when it joined a shared archive (`ppid clone`, `ppid remote add`). */
export async function cloneName(root: string): Promise<string | undefined> {
  try {
    return (await gitText(root, ['config', '--local', '--get', 'ppid.klon'])) || undefined;
  } catch {
    return undefined;
  }
}

export type Trailer = readonly [key: string, value: string];

export interface CommitSpec {
  subject: string;
  body?: string;
  trailers: Trailer[];
}

export function commitMessage(spec: CommitSpec): string {
  const clean = (s: string) => s.replace(/[\r\n]+/g, ' ').trim();
  const parts = [clean(spec.subject)];
  if (spec.body?.trim()) parts.push(spec.body.trim());
  parts.push(spec.trailers.map(([k, v]) => `${k}: ${clean(v)}`).join('\n'));
  return parts.join('\n\n') + '\n';
}

export interface GitObject {
  id: string;
  type: string;
  content: Buffer;
}

/**
 * Objects named as `git cat-file --batch` takes them (a blob id, `HEAD:path`), in the order
 * asked, with their type; undefined for one that is missing or above `maxBytes`. One git
 * process for all. Each object is copied into its own buffer as git sends it, while git is
 * still at work: a fresh buffer of the records folder's tree costs page faults, paid after git
 * is done were the output joined then (docs/performance.md, 'Why the code is shaped so').
 */
export function catFileObjects(root: string, names: string[], maxBytes = Infinity): Promise<Array<GitObject | undefined>> {
  if (names.length === 0) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    const p = spawn('git', ['cat-file', '--batch'], { cwd: root, env: gitEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Array<GitObject | undefined> = [];
    let header: Buffer[] = [];
    // The object being received: its content so far (none when above maxBytes) and what is left of it, its closing newline included.
    let current: { id: string; type: string; content?: Buffer; filled: number; left: number } | undefined;
    p.stdout.on('data', (d: Buffer) => {
      let pos = 0;
      while (pos < d.length) {
        if (current) {
          const take = Math.min(current.left, d.length - pos);
          if (current.content) {
            const room = current.content.length - current.filled;
            if (room > 0) current.filled += d.copy(current.content, current.filled, pos, pos + Math.min(take, room));
          }
          current.left -= take;
          pos += take;
          if (current.left === 0) {
            out.push(current.content ? { id: current.id, type: current.type, content: current.content } : undefined);
            current = undefined;
          }
          continue;
        }
        const nl = d.indexOf(10, pos);
        if (nl < 0) {
          header.push(d.subarray(pos));
          break;
        }
        const line = Buffer.concat([...header, d.subarray(pos, nl)]).toString();
        header = [];
        pos = nl + 1;
        // "<id> <type> <size>", or "<name> missing" (a name may hold spaces: read from the end).
        const [id, type, size] = line.split(' ');
        const n = Number(line.slice(line.lastIndexOf(' ') + 1));
        if (/ (missing|ambiguous)$/.test(line) || size === undefined || !Number.isInteger(n)) {
          out.push(undefined);
          continue;
        }
        current = { id: id!, type: type!, filled: 0, left: n + 1, ...(n <= maxBytes ? { content: Buffer.allocUnsafe(n) } : {}) };
      }
    });
    p.on('error', reject);
    p.on('close', (code) => {
      if (code !== 0 || current) return reject(new Error(`git cat-file exited ${code}`));
      resolve(out);
    });
    p.stdin.end(names.join('\n') + '\n');
  });
}

/** The contents of `catFileObjects`, whatever their type. */
export async function catFileBatch(root: string, names: string[], maxBytes = Infinity): Promise<Array<Buffer | undefined>> {
  return (await catFileObjects(root, names, maxBytes)).map((o) => o?.content);
}

export interface IndexEntry {
  mode: string;
  id: string;
  stage: string;
  path: string;
  /** The asked path this entry is at, or below (as a folder). */
  asked: string;
}

/**
 * The index's entries at `paths` and below them (as folders). A few paths are given to git
 * as literal pathspecs; many are picked from the whole listing, as git matches every entry
 * against every pathspec.
 */
export async function indexEntries(root: string, paths: readonly string[]): Promise<IndexEntry[]> {
  const few = paths.length <= 64;
  const out = (await gitRun(root, ['--literal-pathspecs', 'ls-files', '--stage', '-z', ...(few ? ['--', ...paths] : [])])).toString('utf8');
  const wanted = new Set(paths);
  const askedOf = (path: string): string | undefined => {
    if (wanted.has(path)) return path;
    for (let i = path.indexOf('/'); i > 0; i = path.indexOf('/', i + 1)) if (wanted.has(path.slice(0, i))) return path.slice(0, i);
    return undefined;
  };
  const entries: IndexEntry[] = [];
  for (const line of out.split('\0')) {
    // <mode> SP <id> SP <stage> TAB <path>
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const [mode, id, stage] = line.slice(0, tab).split(' ');
    const path = line.slice(tab + 1);
    const asked = askedOf(path);
    if (asked !== undefined) entries.push({ mode: mode!, id: id!, stage: stage!, path, asked });
  }
  return entries;
}

/**
 * The archive's first commit (there is no HEAD to build on): stages exactly `paths` and
 * commits them. Every later commit is `commitOnHead`'s (git/step-commit.ts).
 */
export async function commitFirst(root: string, paths: string[], spec: CommitSpec, signing?: Signing): Promise<string> {
  await gitRun(root, ['add', '--all', '--', ...paths]);
  // Separate -m paragraphs keep the trailers as the message's last paragraph, where
  // `git interpret-trailers` and `git log --format=%(trailers)` find them.
  const message = commitMessage(spec)
    .trimEnd()
    .split('\n\n')
    .flatMap((p) => ['-m', p]);
  const { before, flag } = signingArgs(signing);
  try {
    await gitRun(root, [...before, 'commit', '--quiet', '--no-verify', ...flag, ...message], undefined, { env: await stepDates(root, undefined) });
  } catch (e) {
    throw gitFailed(commitFailed(e, signing));
  }
  return (await headCommit(root))!;
}

/** A failed git call as the user is told of it (the archive is restored meanwhile): git's first line. */
export function gitFailed(e: unknown): UserError {
  return e instanceof UserError
    ? e
    : new UserError(
        'git-gagal',
        {
          detail:
            String((e as Error).message)
              .trim()
              .split('\n')[0] ?? '',
        },
        EXIT.GIT,
      );
}
