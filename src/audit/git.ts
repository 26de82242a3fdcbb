/**
 * git, through simple-git: the archive's history is its audit trail. Every change is one
 * commit whose message says the SOP step in Indonesian and ends with machine-readable
 * trailers (PPID-Langkah, PPID-Item, …).
 */
import { spawn } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { simpleGit, type SimpleGit } from 'simple-git';
import { EXIT, UserError } from '../errors.js';
import { gitEnv } from './git-env.js';

export { gitEnv };

export function git(root: string): SimpleGit {
  // The user's own git settings (global config file, ssh command, askpass) are theirs to keep:
  // simple-git's guards are for untrusted values, and the arguments stay guarded.
  return simpleGit({
    baseDir: root, trimmed: true,
    // ppid itself sets `-c core.editor=true` where git would open an editor (a rebase), so none ever opens.
    unsafe: { allowUnsafeConfigPaths: true, allowUnsafeSshCommand: true, allowUnsafeAskPass: true, allowUnsafeGitProxy: true, allowUnsafeEditor: true },
  }).env(gitEnv());
}

/** The top of the work tree that holds `dir`, or undefined when it is in none. */
export async function workTreeTop(dir: string): Promise<string | undefined> {
  try {
    const top = await git(dir).revparse(['--show-toplevel']);
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
    const [top, gitDir] = (await git(root).raw(['rev-parse', '--show-toplevel', '--absolute-git-dir'])).split('\n');
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
    const ident = await git(root).raw(['var', 'GIT_AUTHOR_IDENT']);
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

export async function headCommit(root: string): Promise<string | undefined> {
  try {
    // No HEAD yet prints nothing, and simple-git does not fail on an exit status alone.
    return (await git(root).revparse(['--verify', '-q', 'HEAD'])) || undefined;
  } catch {
    return undefined;
  }
}

/** The name this clone was given when it joined a shared archive (`ppid clone`, `ppid remote add`). */
export async function cloneName(root: string): Promise<string | undefined> {
  try {
    return (await git(root).raw(['config', '--local', '--get', 'ppid.klon'])).trim() || undefined;
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

/**
 * Objects named as `git cat-file --batch` takes them (a blob id, `HEAD:path`), in the order
 * asked; undefined for one that is missing or above `maxBytes`. One git process for all.
 */
export function catFileBatch(root: string, names: string[], maxBytes = Infinity): Promise<Array<Buffer | undefined>> {
  if (names.length === 0) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    const p = spawn('git', ['cat-file', '--batch'], { cwd: root, env: gitEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    p.stdout.on('data', (d: Buffer) => chunks.push(d));
    p.on('error', reject);
    p.on('close', (code) => {
      if (code !== 0) return reject(new Error(`git cat-file exited ${code}`));
      const buf = Buffer.concat(chunks);
      const out: Array<Buffer | undefined> = [];
      let pos = 0;
      while (pos < buf.length && out.length < names.length) {
        const nl = buf.indexOf(10, pos);
        const [, type, size] = buf.subarray(pos, nl).toString().split(' ');
        pos = nl + 1;
        if (type === 'missing' || type === 'ambiguous' || size === undefined) {
          out.push(undefined);
          continue;
        }
        const n = Number(size);
        out.push(n <= maxBytes ? buf.subarray(pos, pos + n) : undefined);
        pos += n + 1;
      }
      resolve(out);
    });
    p.stdin.end(names.join('\n') + '\n');
  });
}

/** Paths whose index entry differs from HEAD's (what a plain `git commit` would record). */
export async function stagedPaths(root: string): Promise<string[]> {
  return (await git(root).raw(['diff-index', '--cached', '--name-only', '-z', '--no-renames', 'HEAD'])).split('\0').filter(Boolean);
}

/**
 * Stages exactly `paths` and commits only them. `othersStaged`: the user has other changes
 * staged, which must stay staged and out of this commit (`--only`, which costs git a second
 * index of the whole archive: about half a second at 100,000 records, so only when needed).
 */
export async function commitPaths(root: string, paths: string[], spec: CommitSpec, { hasHead, othersStaged = true }: { hasHead?: boolean; othersStaged?: boolean } = {}): Promise<string> {
  const g = git(root);
  await g.raw(['add', '--all', '--', ...paths]);
  hasHead ??= (await headCommit(root)) !== undefined;
  // Separate -m paragraphs keep the trailers as the message's last paragraph, where
  // `git interpret-trailers` and `git log --format=%(trailers)` find them.
  const message = commitMessage(spec).trimEnd().split('\n\n').flatMap((p) => ['-m', p]);
  const args = ['commit', '--quiet', '--no-verify', ...message];
  if (hasHead && othersStaged) args.push('--only', '--', ...paths);
  try {
    await g.raw(args);
  } catch (e) {
    throw new UserError('git-gagal', { detail: String((e as Error).message).trim().split('\n')[0] ?? '' }, EXIT.GIT);
  }
  return (await headCommit(root))!;
}
