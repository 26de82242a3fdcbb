/**
 * A cache of checked records in `.git/ppid-cache/` (outside the tracked files), so that a
 * report over an unchanged archive does not read, parse and check every record again.
 *
 * It must never be wrong. An entry is used only when the file's size, modification time,
 * change time (to the file system's precision) and inode are exactly those it was made from. An edit behind
 * ppid's back changes the change time even when the size and the modification time are put
 * back; and an entry whose file was written in the last seconds before the cache was made
 * ("racily clean", as git calls it: a later write in the same clock tick would keep every
 * time stamp) is used only after its content hash is checked. The whole cache is dropped
 * when ppid.yaml, the attachments a record names, or ppid itself changed. Deleting the cache
 * only costs time.
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { CONFIG_FILE, type Config } from '../domain/config.js';
import type { Diagnostic } from '../diagnostics.js';
import type { RecordData } from '../domain/record.js';
import { packagePath, packageVersion } from './package-files.js';
import type { ParsedRecord } from '../records/parse.js';
import { writeFileAtomic } from './atomic.js';
import { readTextFile } from './text-file.js';
import { recordFiles } from './read.js';
import { parseRecordText } from '../records/parse.js';
import { checkRecordFile, completeArchiveCheck, type CheckedRecord } from './check.js';

/** Bump when the shape of an entry changes. */
const FORMAT = 2;
/** Writes this close to the cache's own time are checked by content (coarse file-system clocks). */
const RACY_MS = 2000;

interface Signature {
  size: number;
  /** Milliseconds with their fraction: a double holds sub-microsecond precision for today's dates. */
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

export interface CacheEntry {
  sig: Signature;
  sha1: string;
  data: unknown;
  body: string;
  problems: Diagnostic[];
  /** The attachments the record names, with their signatures (null: missing) when checked. */
  attachments: Record<string, Signature | null>;
}

interface CacheFile {
  format: number;
  /** ppid's version and build, and ppid.yaml's content: what the checks depend on. */
  key: string;
  /** When the run that wrote the cache began, milliseconds since the epoch. */
  startedMs: number;
  entries: Record<string, CacheEntry>;
}

export const sha1 = (buf: Buffer | string): string => createHash('sha1').update(buf).digest('hex');

export function signature(st: Stats): Signature {
  return { size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, ino: st.ino };
}

const same = (a: Signature | null | undefined, b: Signature | null): boolean =>
  a === b || (!!a && !!b && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino);

function statSig(abs: string): Signature | null {
  const st = lstatSync(abs, { throwIfNoEntry: false });
  return st ? signature(st) : null;
}

/** The cache lives in the repository's own .git directory; an archive without one has none. */
function cacheDir(root: string): string | undefined {
  const git = join(root, '.git');
  try {
    return statSync(git).isDirectory() ? join(git, 'ppid-cache') : undefined;
  } catch {
    return undefined;
  }
}

function cacheKey(root: string): string {
  let build = '';
  try {
    // The compiled checks: a rebuilt ppid may check differently under the same version.
    build = String(statSync(packagePath('dist/schema/validators.cjs')).mtimeMs);
  } catch {
    build = 'src';
  }
  let config = '';
  try {
    config = sha1(readFileSync(join(root, CONFIG_FILE)));
  } catch {
    config = 'none';
  }
  return `${FORMAT}:${packageVersion()}:${build}:${config}`;
}

export class RecordCache {
  private readonly entries: Record<string, CacheEntry>;
  private readonly startedMs = Date.now();
  private changed = false;
  hits = 0;
  misses = 0;

  private constructor(private readonly root: string, private readonly dir: string | undefined, private readonly key: string, private readonly previous?: CacheFile) {
    this.entries = previous && previous.key === key && previous.format === FORMAT ? { ...previous.entries } : {};
    if (previous && previous.key !== key) this.changed = true;
  }

  static open(root: string): RecordCache {
    const dir = cacheDir(root);
    const key = cacheKey(root);
    let previous: CacheFile | undefined;
    if (dir && existsSync(join(dir, 'records.json'))) {
      try {
        previous = JSON.parse(readFileSync(join(dir, 'records.json'), 'utf8')) as CacheFile;
      } catch {
        // A damaged cache is as good as none.
        previous = undefined;
      }
    }
    return new RecordCache(root, dir, key, previous);
  }

  /** The checked record at `rel` when the file is provably unchanged; else the file's lstat for the read. */
  lookup(rel: string): { hit: Checked } | { miss: Stats | undefined } {
    const abs = join(this.root, rel);
    const st = lstatSync(abs, { throwIfNoEntry: false });
    const e = this.entries[rel];
    if (st?.isFile() && e && same(e.sig, signature(st)) && this.attachmentsUnchanged(e) && this.contentConfirmed(e, abs)) {
      this.hits++;
      // Shared, not copied: what reads the archive for a report never changes what it read.
      return { hit: { parsed: { file: rel, data: e.data, body: e.body, problems: [] }, problems: e.problems } };
    }
    this.misses++;
    return { miss: st };
  }

  /** Keeps a record just read and checked, under the lstat made before it was read. */
  store(rel: string, st: Stats | undefined, r: Checked & { sha1?: string }): void {
    // Only regular files that were read whole are kept; anything odd is checked every time.
    if (st?.isFile() && r.sha1 !== undefined && r.parsed.data !== undefined) {
      const data = r.parsed.data as Partial<RecordData>;
      const attachments: Record<string, Signature | null> = {};
      for (const l of Array.isArray(data.lampiran) ? data.lampiran : []) {
        if (typeof l?.berkas === 'string') attachments[l.berkas] = statSig(join(this.root, l.berkas));
      }
      this.entries[rel] = { sig: signature(st), sha1: r.sha1, data: r.parsed.data, body: r.parsed.body, problems: r.problems, attachments };
    } else {
      delete this.entries[rel];
    }
    this.changed = true;
  }

  private attachmentsUnchanged(e: CacheEntry): boolean {
    return Object.entries(e.attachments).every(([p, sig]) => same(sig, statSig(join(this.root, p))));
  }

  /** A file written just before the cache was made could have changed since in the same tick. */
  private contentConfirmed(e: CacheEntry, abs: string): boolean {
    if (!this.isRacy(e)) return true;
    try {
      return sha1(readFileSync(abs)) === e.sha1;
    } catch {
      return false;
    }
  }

  /** Forgets records no longer in the archive and writes the cache if anything changed. */
  save(present: Iterable<string>): void {
    if (!this.dir) return;
    const keep = new Set(present);
    for (const k of Object.keys(this.entries)) {
      if (!keep.has(k)) {
        delete this.entries[k];
        this.changed = true;
      }
    }
    // Entries confirmed by content this time are racy no longer once the new time is written.
    if (!this.changed && this.previous && this.hits > 0 && this.racyCount() === 0) return;
    try {
      mkdirSync(this.dir, { recursive: true });
      writeFileAtomic(join(this.dir, 'records.json'), JSON.stringify({ format: FORMAT, key: this.key, startedMs: this.startedMs, entries: this.entries } satisfies CacheFile));
    } catch {
      // A cache that cannot be written (read-only copy, full disk) only costs time next run.
    }
  }

  private isRacy(e: CacheEntry): boolean {
    const written = this.previous?.startedMs ?? 0;
    return e.sig.mtimeMs >= written - RACY_MS || e.sig.ctimeMs >= written - RACY_MS;
  }

  private racyCount(): number {
    return Object.values(this.entries).filter((e) => this.isRacy(e)).length;
  }
}

export interface Checked {
  parsed: ParsedRecord;
  problems: Diagnostic[];
}

/** Reads and checks one record file; `known` is its lstat when just made. Also run in workers. */
export function checkOne(root: string, config: Config, rel: string, known?: Stats): Checked & { sha1?: string } {
  const read = readTextFile(join(root, rel), rel, undefined, known);
  if (!read.ok) return { parsed: { file: rel, data: undefined, body: '', problems: [read.problem] }, problems: [read.problem] };
  const parsed = parseRecordText(rel, read.text);
  const problems = checkRecordFile(root, parsed, config);
  // The positioned YAML document is large and needed only for the messages just made:
  // dropping it keeps memory flat as the archive grows (a rare duplicate id reads it again).
  const { source: _positions, ...plain } = parsed;
  return { parsed: plain, problems, sha1: sha1(read.text) };
}

/** Below this many records to read, starting a worker costs more than it saves (PPID_PARALLEL_MIN: tests). */
const parallelMin = (): number => Number(process.env.PPID_PARALLEL_MIN) || 400;

/** Reads and checks `files` on a worker thread while the caller's thread does its own share. */
function checkInWorker(root: string, config: Config, files: string[]): Promise<Array<Checked & { sha1?: string }>> {
  return new Promise((done, fail) => {
    const w = new Worker(new URL('./check-worker.js', import.meta.url), { workerData: { root, config, files } });
    w.once('message', (m: Array<Checked & { sha1?: string }>) => done(m));
    w.once('error', fail);
    w.once('exit', (code) => {
      if (code !== 0) fail(new Error(`check worker exited with ${code}`));
    });
  });
}

/**
 * Every record of the archive, checked — from the cache where a file is provably unchanged,
 * and what must be read is read on every core. The checks across records (one id, one file)
 * are made anew every time.
 */
export async function checkArchiveCached(root: string, config: Config, onProgress?: (done: number, total: number) => void): Promise<{ checked: CheckedRecord[]; hits: number; misses: number }> {
  const files = recordFiles(root);
  const cache = RecordCache.open(root);
  const results: Checked[] = new Array(files.length);
  const toRead: Array<{ i: number; rel: string; st: Stats | undefined }> = [];
  files.forEach((rel, i) => {
    const r = cache.lookup(rel);
    if ('hit' in r) results[i] = r.hit;
    else toRead.push({ i, rel, st: r.miss });
  });
  let done = files.length - toRead.length;
  onProgress?.(done, files.length);
  const cores = availableParallelism();
  // The workers take the first shares; this thread reads the last one meanwhile.
  const shares = toRead.length >= parallelMin() && cores > 1 ? Math.min(cores, 4) : 1;
  const size = Math.ceil(toRead.length / shares);
  const parts = Array.from({ length: shares }, (_, k) => toRead.slice(k * size, (k + 1) * size));
  const workers = parts.slice(0, -1).map((part) => checkInWorker(root, config, part.map((t) => t.rel)));
  const mine = parts.at(-1) ?? [];
  const own = mine.map((t) => {
    const r = checkOne(root, config, t.rel, t.st);
    onProgress?.(++done, files.length);
    return r;
  });
  const all = [...(await Promise.all(workers)).flat(), ...own];
  toRead.forEach((t, k) => {
    const r = all[k]!;
    cache.store(t.rel, t.st, r);
    results[t.i] = { parsed: r.parsed, problems: r.problems };
  });
  onProgress?.(files.length, files.length);
  cache.save(files);
  return { checked: completeArchiveCheck(root, results), hits: cache.hits, misses: cache.misses };
}
