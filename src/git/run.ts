/**
 * How ppid starts git: with the archive's repository and nothing of the user's that would
 * point git elsewhere or make it wait for a person. Imports nothing heavy: a report that only
 * asks git one question need not load simple-git.
 */
import { spawn } from 'node:child_process';
import { environment } from '../environment.js';

/**
 * Variables of the user's environment that git must not see from ppid: its own repository
 * (GIT_DIR, GIT_WORK_TREE, GIT_INDEX_FILE: ppid works on the archive's), and editors and pagers
 * (ppid never lets git open one; simple-git refuses to run at all while they are set, and many
 * officers' shells set EDITOR or PAGER).
 */
const DROPPED = new Set(['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'EDITOR', 'GIT_EDITOR', 'GIT_SEQUENCE_EDITOR', 'VISUAL', 'PAGER', 'GIT_PAGER']);

export function gitEnv(env: NodeJS.ProcessEnv = environment()): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined && !DROPPED.has(k.toUpperCase())) out[k] = v;
  return out;
}

/** What one git command printed, or undefined when it could not run, failed or was stopped by `signal`. */
export function gitOutput(root: string, args: string[], env: Record<string, string> = {}, signal?: AbortSignal): Promise<Buffer | undefined> {
  return gitRun(root, args, undefined, { env, signal }).catch(() => undefined);
}

/**
 * What a git process printed; rejects with git's first line of complaint when it fails (or
 * when `signal` stops it). `env`: variables added to the user's.
 */
export function gitRun(
  root: string,
  args: string[],
  input?: string | Buffer | readonly Buffer[],
  { env = {}, signal }: { env?: Record<string, string>; signal?: AbortSignal } = {},
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const p = spawn('git', args, {
      cwd: root,
      env: { ...gitEnv(), ...env },
      stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      ...(signal ? { signal } : {}),
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    p.stdout!.on('data', (d: Buffer) => out.push(d));
    p.stderr!.on('data', (d: Buffer) => err.push(d));
    p.on('error', reject);
    p.on('close', (code) => {
      if (code === 0) return resolve(out.length === 1 ? out[0]! : Buffer.concat(out));
      const said = Buffer.concat(err)
        .toString('utf8')
        .trim()
        .split('\n')
        .find((l) => l.trim() !== '');
      reject(new Error(said ?? `git ${args[0]} exited ${code}`));
    });
    if (input !== undefined) {
      // A git that stops reading (it failed) closes the pipe: its exit status tells why.
      p.stdin!.on('error', () => undefined);
      for (const piece of typeof input === 'string' || Buffer.isBuffer(input) ? [input] : input) p.stdin!.write(piece);
      p.stdin!.end();
    }
  });
}

/** `gitRun`'s output as text without the blank at its ends (one value, a few lines). */
export async function gitText(root: string, args: string[], input?: string | Buffer): Promise<string> {
  return (await gitRun(root, args, input)).toString('utf8').trim();
}
