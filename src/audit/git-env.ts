/**
 * How ppid starts git: with the archive's repository and nothing of the user's that would
 * point git elsewhere or make it wait for a person. Imports nothing heavy: a report that only
 * asks git one question need not load simple-git.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Variables of the user's environment that git must not see from ppid: its own repository
 * (GIT_DIR, GIT_WORK_TREE, GIT_INDEX_FILE: ppid works on the archive's), and editors and pagers
 * (ppid never lets git open one; simple-git refuses to run at all while they are set, and many
 * officers' shells set EDITOR or PAGER).
 */
const DROPPED = new Set(['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'EDITOR', 'GIT_EDITOR', 'GIT_SEQUENCE_EDITOR', 'VISUAL', 'PAGER', 'GIT_PAGER']);

export function gitEnv(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined && !DROPPED.has(k.toUpperCase())) out[k] = v;
  return out;
}

/** What one git command printed, or undefined when it could not run, failed or was stopped by `signal`. */
export function gitOutput(root: string, args: string[], env: Record<string, string> = {}, signal?: AbortSignal): Promise<Buffer | undefined> {
  return new Promise((resolve) => {
    const p = spawn('git', args, { cwd: root, env: { ...gitEnv(), ...env }, stdio: ['ignore', 'pipe', 'ignore'], ...(signal ? { signal } : {}) });
    const chunks: Buffer[] = [];
    p.stdout.on('data', (d: Buffer) => chunks.push(d));
    p.on('error', () => resolve(undefined));
    p.on('close', (code) => resolve(code === 0 ? Buffer.concat(chunks) : undefined));
  });
}

/** HEAD's commit id now (undefined: no commit yet, or no git): one quick git process, waited for. */
export function headCommitNow(root: string): string | undefined {
  const r = spawnSync('git', ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], { cwd: root, env: gitEnv(), stdio: ['ignore', 'pipe', 'ignore'], encoding: 'utf8' });
  const id = r.status === 0 ? r.stdout.trim() : '';
  return /^[0-9a-f]{40,64}$/.test(id) ? id : undefined;
}

let outFiles = 0;

/**
 * The same, for a command whose output comes while this thread is busy (reading records): git
 * writes it to a file of its own, where a pipe would fill and hold git until this thread is free
 * to read it. The file is read and removed when git is done.
 */
export function gitOutputAside(root: string, args: string[]): Promise<Buffer | undefined> {
  const file = join(tmpdir(), `ppid-git-${process.pid}-${outFiles++}`);
  let fd: number;
  try {
    fd = openSync(file, 'w', 0o600);
  } catch {
    return gitOutput(root, args);
  }
  return new Promise((resolve) => {
    const done = (out: Buffer | undefined) => {
      rmSync(file, { force: true });
      resolve(out);
    };
    try {
      const p = spawn('git', args, { cwd: root, env: gitEnv(), stdio: ['ignore', fd, 'ignore'] });
      p.on('error', () => done(undefined));
      p.on('close', (code) => {
        let out: Buffer | undefined;
        try {
          out = code === 0 ? readFileSync(file) : undefined;
        } catch {
          out = undefined;
        }
        done(out);
      });
    } finally {
      // git has its own copy of the descriptor.
      closeSync(fd);
    }
  });
}
