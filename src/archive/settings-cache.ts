/**
 * ppid.yaml and the working-day calendar, parsed once per content. A report over a large
 * archive should not load the YAML parser and the compiled schema checks, a noticeable cost
 * (docs/performance.md, 'Why the code is shaped so'), only to read two small files exactly as
 * it read them last time. Kept beside the record cache in `.git/ppid-cache/`, keyed by ppid's
 * build and the exact text of every input; never wrong for the same reason, and deleting it
 * only costs time.
 */
import { join } from 'node:path';
import { buildKey } from '../package.js';
import { readFileSync } from 'node:fs';
import { cacheDir } from '../git/git-dir.js';
import { sha1 } from '../hashes.js';
import { writeFileAtomic } from './atomic.js';

/** A cache file's JSON; undefined when missing or damaged, which is as good as none. */
export function readJson<T>(path: string): T | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

interface Remembered<T> {
  key: string;
  value: T;
}

/**
 * `make`'s result for these inputs (texts), from the cache when it was made from the same ones
 * by this build of ppid. A `make` that throws leaves nothing behind (a user error is found
 * again, and said again, every time).
 */
export async function remembered<T>(root: string, name: string, inputs: readonly string[], make: () => Promise<T>): Promise<T> {
  const dir = cacheDir(root);
  const key = sha1([buildKey(), name, ...inputs].map((s) => `${s.length}:${s}`).join('\n'));
  const file = dir && join(dir, `${name}.json`);
  const known = file ? readJson<Remembered<T>>(file) : undefined;
  if (known && known.key === key && 'value' in known) return known.value;
  const value = await make();
  if (file && survivesJson(value)) {
    try {
      writeFileAtomic(file, JSON.stringify({ key, value } satisfies Remembered<T>), { durable: false });
    } catch {
      // A cache that cannot be written (read-only copy, full disk) only costs time next run.
    }
  }
  return value;
}

/** Whether JSON gives this value back as it is (no undefined, no infinite or NaN number, plain objects only). */
function survivesJson(v: unknown): boolean {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (Array.isArray(v)) return v.every(survivesJson);
  if (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) return Object.values(v as object).every(survivesJson);
  return false;
}
