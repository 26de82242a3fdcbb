/**
 * One changing command at a time per archive: an exclusive lock file in .git/ holding the
 * owner's pid. Waiting is bounded (PPID_LOCK_TIMEOUT seconds, default 30) and ends with a
 * clear message; a lock whose owner is dead is taken over.
 */
import { closeSync, existsSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { EXIT, UserError } from '../errors.js';
import { tuning } from '../environment.js';

export const LOCK_FILE = 'ppid.lock';

export interface LockInfo {
  pid: number;
  host: string;
  since: string;
}

export function lockPath(gitDir: string): string {
  return join(gitDir, LOCK_FILE);
}

export function readLock(path: string): LockInfo | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as LockInfo;
  } catch {
    return undefined;
  }
}

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A lock left by a process that no longer runs (on this machine). */
export function isStale(info: LockInfo | undefined): boolean {
  if (!info) return true;
  return info.host === hostname() && !processAlive(info.pid);
}

/** A lock file with no owner in it: its writer died between creating and filling it. */
function emptyAndOld(path: string): boolean {
  try {
    return Date.now() - statSync(path).mtimeMs > 5000;
  } catch {
    return false;
  }
}

const held = new Set<string>();
let exitHook = false;

/** Releases every lock this process holds (at exit, or when ppid runs embedded in a longer process). */
export function releaseAll(): void {
  for (const p of held) {
    try {
      if (readLock(p)?.pid === process.pid) unlinkSync(p);
    } catch {
      // already gone
    }
  }
  held.clear();
}

export async function acquireLock(gitDir: string, timeoutMs = tuning.lockTimeoutMs()): Promise<() => void> {
  const path = lockPath(gitDir);
  if (held.has(path)) return () => undefined;
  const deadline = Date.now() + timeoutMs;
  let wait = 20;
  for (;;) {
    try {
      const fd = openSync(path, 'wx', 0o644);
      writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() } satisfies LockInfo));
      closeSync(fd);
      held.add(path);
      if (!exitHook) {
        // Released however the command ends, short of a kill (then it is stale and taken over).
        process.once('exit', releaseAll);
        exitHook = true;
      }
      return () => {
        held.delete(path);
        if (readLock(path)?.pid === process.pid) unlinkSync(path);
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const info = readLock(path);
    if (existsSync(path) && (info ? isStale(info) : emptyAndOld(path))) {
      try {
        unlinkSync(path);
      } catch {
        // someone else took it over first
      }
      continue;
    }
    if (Date.now() > deadline) {
      throw new UserError('arsip-terkunci', { pid: info?.pid ?? '?', sejak: info?.since ?? '?', detik: Math.round(timeoutMs / 1000) }, EXIT.LOCKED);
    }
    await new Promise((r) => setTimeout(r, wait + Math.random() * wait));
    wait = Math.min(wait * 2, 100);
  }
}
