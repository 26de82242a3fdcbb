/**
 * A cache of checked records in `.git/ppid-cache/` (outside the tracked files), so that a
 * report over an unchanged archive does not read, parse and check every record again.
 *
 * It must never be wrong. An entry is used only when the file's size, modification time,
 * change time (to the file system's precision) and inode are exactly those it was made from.
 * An edit behind ppid's back changes the change time even when the size and the modification
 * time are put back; and an entry whose file was written in the last seconds before the cache
 * was made ("racily clean", as git calls it: a later write in the same clock tick would keep
 * every time stamp) is used only after its content hash is checked. The whole cache is
 * dropped when ppid.yaml, the attachments a record names, or ppid itself changed. Deleting
 * the cache only costs time.
 *
 * Three parts, so that what a command loads grows with what it needs:
 * - `index.json` + `index-G.bin`: the file list, and per file its signature, status and end
 *   date as numbers (read without parsing), plus the few records' problems, attachments and
 *   ids that differ from their file names — all `validate` loads;
 * - `summaries-G.jsonl`: the summary the reports read (src/domain/record-summary.ts), one
 *   JSON text per record, parsed only for the records a report asks for;
 * - `full-NN.json`: the full front matter and body, in shards by a hash of the file name —
 *   loaded by the commands that print or export whole records, rewritten shard by shard.
 * `index.json` is written last and names its generation G, so the three never mix; every
 * shard entry carries the signature it was made from.
 */
import { createHash } from 'node:crypto';
import { closeSync, lstatSync, mkdirSync, openSync, readFileSync, readSync, readdirSync, statSync, unlinkSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_FILE } from '../domain/config.js';
import { hasErrors, type Diagnostic } from '../diagnostics.js';
import { STATUSES } from '../domain/lifecycle.js';
import type { Facts, RecordSummary } from '../domain/record-summary.js';
import { packagePath, packageVersion } from './package-files.js';
import { writeFileAtomic } from './atomic.js';

/** Bump when the shape of an entry (or of the summary) changes. */
export const FORMAT = 4;
/** Full entries are kept in this many files; a changed record rewrites one of them. */
export const SHARDS = 64;
/** Writes this close to the cache's own time are checked by content (coarse file-system clocks). */
const RACY_MS = 2000;

/** size, mtimeMs, ctimeMs, inode: milliseconds keep their fraction (sub-microsecond for today's dates). */
export type Signature = [number, number, number, number];

/** What is kept of one record file just read (the index of the next run is made of these). */
export interface IndexRow {
  sig: Signature;
  /** Only for a file racy against this run (its times too close to the cache's). */
  sha1?: string;
  /** The attachments the record names, with their signatures (null: missing) when checked. */
  att?: Record<string, Signature | null>;
  /** The record's id, when its front matter gave one. */
  id?: string;
  problems?: Diagnostic[];
  /** For records without errors of their own: the summary as stored, and its status. */
  summaryText?: string;
  status?: RecordSummary['status'];
  /** The summary itself, kept only when the command reads summaries (it costs memory). */
  summary?: RecordSummary;
  /** The end and review dates of its period as YYYYMMDD (0: none), for choosing without parsing. */
  berakhir: number;
  tinjau: number;
}

export interface FullEntry {
  sig: Signature;
  data: unknown;
  body: string;
}

interface IndexFile {
  format: number;
  /** ppid's version and build, and ppid.yaml's content: what the checks depend on. */
  key: string;
  /** When the run that wrote the cache began, milliseconds since the epoch. */
  startedMs: number;
  /** Names the binary part and the summaries of this index. */
  gen: string;
  /** The records folder's signature when listed: unchanged, the listing is too. */
  dir: Signature | null;
  /** The record files, one per line (one JSON string parses far faster than 100,000). */
  files: string;
  /** By position in `files`, only where there is something to say. */
  ids: Record<number, string | null>;
  problems: Record<number, Diagnostic[]>;
  att: Record<number, Record<string, Signature | null>>;
  /** Content hashes of the files that are racy for the next run. */
  sha1: Record<number, string>;
}

/** Numbers per file in the binary part: size, mtimeMs, ctimeMs, inode, status, berakhir, tinjau, end of summary. */
const STRIDE = 8;

export const sha1 = (buf: Buffer | string): string => createHash('sha1').update(buf).digest('hex');

export const signature = (st: Stats): Signature => [st.size, st.mtimeMs, st.ctimeMs, st.ino];

export const sameSig = (a: Signature | null | undefined, b: Signature | null | undefined): boolean =>
  a === b || (!!a && !!b && a[0] === b[0] && a[1] === b[1] && a[2] === b[2] && a[3] === b[3]);

export function statSig(abs: string): Signature | null {
  const st = lstatSync(abs, { throwIfNoEntry: false });
  return st ? signature(st) : null;
}

/** FNV-1a of the file name: the same record always lands in the same shard. */
export function shardOf(rel: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < rel.length; i++) h = Math.imul(h ^ rel.charCodeAt(i), 0x01000193);
  return (h >>> 0) % SHARDS;
}

/** The cache lives in the repository's own .git directory; an archive without one has none. */
export function cacheDir(root: string): string | undefined {
  const git = join(root, '.git');
  try {
    return statSync(git).isDirectory() ? join(git, 'ppid-cache') : undefined;
  } catch {
    return undefined;
  }
}

const shardFile = (dir: string, n: number): string => join(dir, `full-${String(n).padStart(2, '0')}.json`);

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

function readJson<T>(path: string): T | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    // Missing or damaged: as good as none.
    return undefined;
  }
}

/** The full entries of one shard as last written (empty when missing or damaged). */
export function readShard(dir: string | undefined, n: number): Record<string, FullEntry> {
  const s = dir ? readJson<Record<string, FullEntry>>(shardFile(dir, n)) : undefined;
  return s && typeof s === 'object' ? s : {};
}

export function writeShard(dir: string, n: number, entries: Record<string, FullEntry>): void {
  try {
    mkdirSync(dir, { recursive: true });
    writeFileAtomic(shardFile(dir, n), JSON.stringify(entries), { durable: false });
  } catch {
    // A cache that cannot be written (read-only copy, full disk) only costs time next run.
  }
}

/** One record file read and checked now: what the index keeps of it, and its full entry. */
export interface Fresh {
  rel: string;
  /** Undefined when the file could not be read whole or gave no front matter: not cached. */
  row?: IndexRow;
  full?: FullEntry;
  problems: Diagnostic[];
  id?: string;
}

/** Whether a file with these times may change unseen after a cache made at `startedMs`. */
export const racyAt = (sig: Signature, startedMs: number): boolean => sig[1] >= startedMs - RACY_MS || sig[2] >= startedMs - RACY_MS;

const ymdText = new Map<number, string>();
/** A day as YYYYMMDD back to YYYY-MM-DD (remembered: an archive's dates repeat a lot). */
function fromYmd(n: number): string | undefined {
  if (!(n > 0)) return undefined;
  let t = ymdText.get(n);
  if (t === undefined) {
    const s = String(n);
    t = `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
    ymdText.set(n, t);
  }
  return t;
}

/** What a report chooses by, from a status and the period's dates as YYYYMMDD (0: none). */
export function factsFrom(status: Facts['status'], berakhir: number, tinjau: number): Facts {
  const f: Facts = { status };
  const b = fromYmd(berakhir);
  const t = fromYmd(tinjau);
  if (b) f.berakhir = b;
  if (t) f.tinjauUlang = t;
  return f;
}

const baseName = (rel: string): string => rel.slice(rel.lastIndexOf('/') + 1, -'.md'.length);

/** The index of the last run, when it was made for this archive's settings and this ppid. */
export class CacheIndex {
  readonly dir: string | undefined;
  private readonly key: string;
  private readonly meta: IndexFile | undefined;
  private readonly nums: Float64Array;
  /** The files of the index, in its order. */
  private readonly files: string[];
  private pos: Map<string, number> | undefined;
  private summaries: Buffer | undefined;
  readonly startedMs = Date.now();

  private constructor(root: string) {
    this.dir = cacheDir(root);
    this.key = cacheKey(root);
    const meta = this.dir ? readJson<IndexFile>(join(this.dir, 'index.json')) : undefined;
    let nums: Float64Array | undefined;
    let files: string[] = [];
    const objects = (m: IndexFile) => [m.ids, m.problems, m.att, m.sha1].every((o) => o !== null && typeof o === 'object');
    if (meta?.format === FORMAT && meta.key === this.key && typeof meta.files === 'string' && /^[0-9a-f]+$/.test(String(meta.gen)) && objects(meta)) {
      files = meta.files === '' ? [] : meta.files.split('\n');
      try {
        const buf = readFileSync(join(this.dir!, `index-${meta.gen}.bin`));
        if (buf.length === files.length * STRIDE * 8) {
          // A Float64Array needs 8-byte alignment: a large file's buffer has it, a small one
          // (in Node's shared pool) may not and is copied.
          if (buf.byteOffset % 8 === 0) nums = new Float64Array(buf.buffer, buf.byteOffset, files.length * STRIDE);
          else {
            nums = new Float64Array(files.length * STRIDE);
            new Uint8Array(nums.buffer).set(buf);
          }
          // The summaries must end where the index says (a cut-off file is as good as none).
          const end = files.length > 0 ? nums[(files.length - 1) * STRIDE + 7]! : 0;
          if (statSync(join(this.dir!, `summaries-${meta.gen}.jsonl`)).size !== end) nums = undefined;
        }
      } catch {
        nums = undefined;
      }
    }
    this.meta = nums ? meta : undefined;
    this.nums = nums ?? new Float64Array(0);
    this.files = nums ? files : [];
  }

  static open(root: string): CacheIndex {
    return new CacheIndex(root);
  }

  /** The listing of the records folder as it was, when the folder's signature proves it unchanged. */
  listing(dirSig: Signature | null): string[] | undefined {
    const m = this.meta;
    if (!m || !dirSig || !sameSig(m.dir, dirSig) || racyAt(dirSig, m.startedMs)) return undefined;
    return this.files;
  }

  /** Position of a file in the index, or -1. */
  find(rel: string): number {
    // Built only when the listing changed: an unchanged one is used in the index's own order.
    this.pos ??= new Map(this.files.map((f, i) => [f, i]));
    return this.pos.get(rel) ?? -1;
  }

  sigAt(i: number): Signature | undefined {
    const n = this.nums;
    const o = i * STRIDE;
    return n[o]! < 0 ? undefined : [n[o]!, n[o + 1]!, n[o + 2]!, n[o + 3]!];
  }

  isRacy(i: number): boolean {
    const start = (this.meta?.startedMs ?? 0) - RACY_MS;
    const o = i * STRIDE;
    return this.nums[o]! < 0 || this.nums[o + 1]! >= start || this.nums[o + 2]! >= start;
  }

  /**
   * Whether record file `rel`, whose lstat is `now[k*4 … k*4+3]` (size -1: not a regular
   * file), is provably the one entry `i` was made from.
   */
  unchanged(root: string, i: number, rel: string, now: Float64Array, k: number): boolean {
    if (i < 0) return false;
    const n = this.nums;
    const o = i * STRIDE;
    const q = k * 4;
    if (n[o] !== now[q] || n[o + 1] !== now[q + 1] || n[o + 2] !== now[q + 2] || n[o + 3] !== now[q + 3] || now[q]! < 0) return false;
    const att = this.meta!.att[i];
    if (att) for (const [p, s] of Object.entries(att)) if (!sameSig(s, statSig(join(root, p)))) return false;
    if (!this.isRacy(i)) return true;
    // A file written just before the cache was made could have changed since in the same tick.
    const want = this.meta!.sha1[i];
    try {
      return want !== undefined && sha1(readFileSync(join(root, rel))) === want;
    } catch {
      return false;
    }
  }

  idAt(i: number): string | undefined {
    const m = this.meta!;
    return i in m.ids ? m.ids[i] ?? undefined : baseName(this.files[i]!);
  }

  problemsAt(i: number): Diagnostic[] {
    return this.meta!.problems[i] ?? [];
  }

  factsAt(i: number): Facts | undefined {
    const o = i * STRIDE;
    const status = STATUSES[this.nums[o + 4]!];
    return status === undefined ? undefined : factsFrom(status, this.nums[o + 5]!, this.nums[o + 6]!);
  }

  /** What a report chooses by, for an entry that is valid and named by its id; otherwise undefined. */
  plainFactsAt(i: number): Facts | undefined {
    const m = this.meta;
    if (i < 0 || !m || i in m.ids || hasErrors(m.problems[i] ?? [])) return undefined;
    return this.factsAt(i);
  }

  /** Reads the whole summaries file at once (a command that needs most of them). */
  loadSummaries(): void {
    try {
      this.summaries ??= this.meta && this.dir ? readFileSync(join(this.dir, `summaries-${this.meta.gen}.jsonl`)) : Buffer.alloc(0);
    } catch {
      // Removed by a concurrent run that wrote a newer index: each summary is then made again.
      this.summaries = Buffer.alloc(0);
    }
  }

  private fd: number | undefined;

  /**
   * The summary's JSON text as stored (undefined: none), without parsing it: from the whole
   * file when it was read, else read from its place (a report that lists a few records of a
   * large archive reads only theirs).
   */
  summaryBytes(i: number): Buffer | undefined {
    if (this.nums[i * STRIDE + 4]! < 0 || !this.meta || !this.dir) return undefined;
    const start = i === 0 ? 0 : this.nums[(i - 1) * STRIDE + 7]!;
    const end = this.nums[i * STRIDE + 7]!;
    if (end <= start) return undefined;
    if (this.summaries) return end <= this.summaries.length ? this.summaries.subarray(start, end) : undefined;
    try {
      this.fd ??= openSync(join(this.dir, `summaries-${this.meta.gen}.jsonl`), 'r');
      const buf = Buffer.allocUnsafe(end - start);
      return readSync(this.fd, buf, 0, buf.length, start) === buf.length ? buf : undefined;
    } catch {
      // Removed by a concurrent run that wrote a newer index: the summary is made again.
      return undefined;
    }
  }

  /** Lets go of the summaries file. */
  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  /** The summary of entry `i`; undefined when it has none or its text is damaged. */
  summaryAt(i: number): RecordSummary | undefined {
    const b = this.summaryBytes(i);
    try {
      const s = b ? (JSON.parse(b.toString('utf8')) as RecordSummary) : undefined;
      return s && typeof s === 'object' && typeof s.id === 'string' ? s : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * Writes the index of this run: for every listed file, either its entry in this index
   * (`i`, unchanged) or what was just read (`row`), or nothing (a file that is not cached).
   * Skipped when nothing changed and no entry had to be confirmed by content.
   */
  save(dirSig: Signature | null, files: string[], entries: Array<{ i: number } | { row: IndexRow } | null>, racyHits: number): void {
    if (!this.dir) return;
    const unchanged = this.meta && sameSig(this.meta.dir, dirSig) && files.length === this.files.length
      && entries.every((e, k) => e !== null && 'i' in e && e.i === k && this.files[k] === files[k]);
    if (unchanged && racyHits === 0) return;
    // Every entry carried over needs its summary: one read of the whole file.
    this.loadSummaries();
    const gen = `${this.startedMs.toString(16)}${Math.floor(Math.random() * 0xffff).toString(16)}`;
    const meta: IndexFile = { format: FORMAT, key: this.key, startedMs: this.startedMs, gen, dir: dirSig, files: files.join('\n'), ids: {}, problems: {}, att: {}, sha1: {} };
    const nums = new Float64Array(files.length * STRIDE);
    const parts: Buffer[] = [];
    let offset = 0;
    const racyNext = (sig: Signature) => racyAt(sig, this.startedMs);
    entries.forEach((e, k) => {
      const o = k * STRIDE;
      let sig: Signature | undefined;
      let summary: Buffer | undefined;
      // An entry whose summary cannot be carried over (its file gone with a concurrent run's
      // clean-up) is dropped, so that the next run reads the record again.
      if (e && 'i' in e && this.nums[e.i * STRIDE + 4]! >= 0) {
        summary = this.summaryBytes(e.i);
        if (!summary) e = null;
      }
      if (e && 'i' in e) {
        sig = this.sigAt(e.i)!;
        const id = this.idAt(e.i);
        if (id !== baseName(files[k]!)) meta.ids[k] = id ?? null;
        if (this.meta!.problems[e.i]) meta.problems[k] = this.meta!.problems[e.i]!;
        if (this.meta!.att[e.i]) meta.att[k] = this.meta!.att[e.i]!;
        if (racyNext(sig) && this.meta!.sha1[e.i]) meta.sha1[k] = this.meta!.sha1[e.i]!;
        nums.set(this.nums.subarray(e.i * STRIDE + 4, e.i * STRIDE + 7), o + 4);
      } else if (e) {
        const r = e.row;
        sig = r.sig;
        if (r.id !== baseName(files[k]!)) meta.ids[k] = r.id ?? null;
        if (r.problems?.length) meta.problems[k] = r.problems;
        if (r.att) meta.att[k] = r.att;
        if (racyNext(sig) && r.sha1) meta.sha1[k] = r.sha1;
        nums[o + 4] = r.status ? STATUSES.indexOf(r.status) : -1;
        nums[o + 5] = r.berakhir;
        nums[o + 6] = r.tinjau;
        if (r.summaryText) summary = Buffer.from(r.summaryText, 'utf8');
      }
      if (sig) nums.set(sig, o);
      else nums[o] = -1;
      if (!summary) nums[o + 4] = -1;
      else {
        parts.push(summary);
        offset += summary.length;
      }
      nums[o + 7] = offset;
    });
    try {
      mkdirSync(this.dir, { recursive: true });
      writeFileAtomic(join(this.dir, `summaries-${gen}.jsonl`), parts, { durable: false });
      writeFileAtomic(join(this.dir, `index-${gen}.bin`), Buffer.from(nums.buffer), { durable: false });
      writeFileAtomic(join(this.dir, 'index.json'), JSON.stringify(meta), { durable: false });
      // Earlier generations (and the single-file cache of earlier versions) are dead weight now;
      // those written since this run began may belong to a concurrent run and are left for later.
      for (const f of readdirSync(this.dir)) {
        const old = f === 'records.json' || (/^(index-.*\.bin|summaries-.*\.jsonl)$/.test(f) && !f.includes(gen));
        if (old && statSync(join(this.dir, f)).mtimeMs < this.startedMs) unlinkSync(join(this.dir, f));
      }
    } catch {
      // A cache that cannot be written (read-only copy, full disk) only costs time next run.
    }
  }
}
