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
 * dropped when ppid.yaml, the working-day calendar, the attachments a record names, or ppid
 * itself changed. Deleting
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
 * shard entry carries the signature it was made from. Beside them, `blobs-G.bin` keeps the git
 * blob id of the content each entry was made from, and the binary part a mark for the entries
 * whose content was HEAD's blob when the index was written (see store/git-trust.ts): those may be
 * taken on git's word instead of their `lstat`.
 */
import { createHash } from 'node:crypto';
import { closeSync, lstatSync, mkdirSync, openSync, readFileSync, readSync, readdirSync, renameSync, rmSync, statSync, unlinkSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_FILE } from '../domain/config.js';
import { type Diagnostic } from '../diagnostics.js';
import { STATUSES } from '../domain/lifecycle.js';
import type { Facts, RecordSummary } from '../domain/record-summary.js';
import { buildKey } from '../package.js';
import { CACHE_INDEX_FILE, cacheDir } from '../git/git-dir.js';
import type { RecordMarks } from '../domain/record-summary.js';
import { readJson } from '../archive/settings-cache.js';
import { sha1 } from '../hashes.js';
import { writeFileAtomic, writePiecesAt } from '../archive/atomic.js';
import { MAX_TEXT_BYTES } from '../text-file.js';

/** Bump when the shape of an entry (or of the summary) changes. */
export const FORMAT = 11;
/** Full entries are kept in this many files; a changed record rewrites one of them. */
export const SHARDS = 64;
/** Files in which a run keeps the summaries it read until it writes the index (store/read-results.ts). */
export const SPILL_PREFIX = 'spill-';

/** A run's spill file, open: the index it writes takes the file as its summaries. */
export interface SpillFile {
  path: string;
  fd: number;
  length: number;
}

/** Closes and removes a spill file no index took (closed already, or gone: nothing to do). */
export function dropSpill(spill: SpillFile): void {
  try {
    closeSync(spill.fd);
  } catch {
    // Closed when the index took it.
  }
  rmSync(spill.path, { force: true });
}
/** Writes this close to the cache's own time are checked by content (coarse file-system clocks). */
const RACY_MS = 2000;

/** size, mtimeMs, ctimeMs, inode: milliseconds keep their fraction (sub-microsecond for today's dates). */
export type Signature = [number, number, number, number];

/** What is kept of one record file just read (the index of the next run is made of these). */
export interface IndexRow {
  sig: Signature;
  /** Only for a file racy against this run (its times too close to the cache's). */
  sha1?: string;
  /** The git blob id of the content read. */
  blob?: string;
  /** The attachments the record names, with their signatures (null: missing) when checked. */
  att?: Record<string, Signature | null>;
  /** The record's id, when its front matter gave one. */
  id?: string;
  problems?: Diagnostic[];
  /** For records without errors of their own: the summary as stored, and its status. */
  summaryText?: string;
  /** Where this run wrote the same text in its spill file (store/read-results.ts), start and end. */
  summarySpan?: [number, number];
  status?: RecordSummary['status'];
  /** The summary itself, kept only when the command reads summaries (it costs memory). */
  summary?: RecordSummary;
  /** The end and review dates of its period as YYYYMMDD (0: none), for choosing without parsing. */
  berakhir: number;
  tinjau: number;
  /** See `RecordMarks`. */
  terakhir: number;
  kunci: number;
}

/** What `save` keeps for a listed file: its entry in this index, what was just read, or nothing. */
export type SaveEntry = { i: number } | { row: IndexRow } | null;

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
  /** As JSON texts, parsed for the entries a command looks at (thousands of records have warnings). */
  problems: Record<number, string>;
  att: Record<number, Record<string, Signature | null>>;
  /** Content hashes of the files that are racy for the next run. */
  sha1: Record<number, string>;
  /** HEAD's commit when the index was written, when git was asked (see `headMark`). */
  head?: string;
  /**
   * The distinct facts of the entries, three numbers each: status (its position in STATUSES)
   * and the end and review dates as YYYYMMDD (0: none). Records share them, so a report judges
   * each once rather than once per record.
   */
  facts: number[];
  /** The summaries file's length in bytes. */
  summariesLength: number;
}

/** What git said when the index is written: HEAD's commit and its blob id of every record file. */
export interface HeadBlobs {
  head: string;
  blobs: Map<string, string>;
}

/**
 * Numbers per file in the binary part: the entry's facts (its position in the index's table of
 * distinct status-and-dates, -1: no summary); the start and end of its summary in the summaries
 * file (in any order: a run writes the summaries it reads as they arrive, see store/read-results.ts);
 * 1 when the entry was made from the content of HEAD's blob (0: not known to be); and the
 * record's marks for the checks `validate` makes across records and against today
 * (`RecordMarks`).
 */
const STRIDE = 6;
const FACTS = 0;
const END = 1;
const MARK = 2;
const START = 3;
const LATEST = 4;
const KEY = 5;
/**
 * The signatures are kept apart (`sigs-G.bin`: size, mtimeMs, ctimeMs, inode per file), read
 * only when a file must be compared by them: a warm report whose files git vouches for needs none.
 */
const SIG = 4;
/** Bytes of a blob id in `blobs-G.bin` (SHA-1; all zeros: unknown). */
const BLOB_BYTES = 20;

/** The git blob id (SHA-1) of a file whose content is this text (see store/git-trust.ts). */
export const blobId = (text: string): string => createHash('sha1').update(`blob ${Buffer.byteLength(text, 'utf8')}\0`).update(text, 'utf8').digest('hex');

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
const shardFile = (dir: string, n: number): string => join(dir, `full-${String(n).padStart(2, '0')}.json`);

/** `calendar`: the working days the checks read (calendar-files.ts names them). */
function cacheKey(root: string, calendar: string): string {
  let config = '';
  try {
    config = sha1(readFileSync(join(root, CONFIG_FILE)));
  } catch {
    config = 'none';
  }
  return `${FORMAT}:${buildKey()}:${config}:${calendar}`;
}

/** A file's bytes as `n` numbers, or undefined when it holds another count. */
function float64s(buf: Buffer, n: number): Float64Array | undefined {
  if (buf.length !== n * 8) return undefined;
  // A Float64Array needs 8-byte alignment: a large file's buffer has it, a small one (in
  // Node's shared pool) may not and is copied.
  if (buf.byteOffset % 8 === 0) return new Float64Array(buf.buffer, buf.byteOffset, n);
  const out = new Float64Array(n);
  new Uint8Array(out.buffer).set(buf);
  return out;
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

/** A summary as the cache keeps it (one JSON text); undefined when the text is damaged. */
export function summaryFromText(text: string): RecordSummary | undefined {
  try {
    const s = JSON.parse(text) as RecordSummary;
    return s && typeof s === 'object' && typeof s.id === 'string' ? s : undefined;
  } catch {
    return undefined;
  }
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

/** A list of record file names: an array, or the index's listing, whose names are made when asked for. */
export interface Names {
  readonly length: number;
  at(k: number): string | undefined;
}

/**
 * The index's file list as stored (one name per line), each name cut out when asked for: a
 * warm report over 100,000 records uses a few thousand of them, and 100,000 small strings made
 * at once cost more in garbage collection than in making them.
 */
class ListedNames implements Names {
  private readonly starts: Uint32Array;

  constructor(private readonly text: string) {
    let count = text === '' ? 0 : 1;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
    this.starts = new Uint32Array(count + 1);
    let k = 1;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) this.starts[k++] = at + 1;
    this.starts[count] = text.length + 1;
  }

  get length(): number {
    return this.starts.length - 1;
  }

  at(k: number): string | undefined {
    return k >= 0 && k < this.length ? this.text.slice(this.starts[k], this.starts[k + 1]! - 1) : undefined;
  }
}

/** A record file's name without its folder and `.md`: the id it should carry. */
export const baseName = (rel: string): string => rel.slice(rel.lastIndexOf('/') + 1, -'.md'.length);

/**
 * The summaries file as a few large pieces, not 100,000 small ones (a write each): adjacent
 * bytes of one buffer (the old file's, or a shard's as this run read it) are joined.
 */
class Pieces {
  private readonly out: Buffer[] = [];
  private run: Buffer | undefined;
  /** Bytes so far. */
  length = 0;

  add(piece: Buffer): void {
    const r = this.run;
    if (r && r.buffer === piece.buffer && r.byteOffset + r.length === piece.byteOffset) {
      this.run = Buffer.from(r.buffer, r.byteOffset, r.length + piece.length);
    } else {
      if (r) this.out.push(r);
      this.run = piece;
    }
    this.length += piece.length;
  }

  done(): Buffer[] {
    if (this.run) this.out.push(this.run);
    this.run = undefined;
    return this.out;
  }
}

/** The index of the last run, when it was made for this archive's settings and this ppid. */
export class CacheIndex {
  readonly dir: string | undefined;
  private readonly key: string;
  private readonly meta: IndexFile | undefined;
  private readonly nums: Float64Array;
  /** The signatures, when read (undefined: not yet; empty: missing or damaged, as if every file had changed). */
  private sigNums: Float64Array | undefined;
  /** The files of the index, in its order. */
  private readonly files: Names;
  private pos: Map<string, number> | undefined;
  private summaries: Buffer | undefined;
  readonly startedMs = Date.now();

  private constructor(root: string, calendar: string) {
    this.dir = cacheDir(root);
    this.key = cacheKey(root, calendar);
    const meta = this.dir ? readJson<IndexFile>(join(this.dir, CACHE_INDEX_FILE)) : undefined;
    let nums: Float64Array | undefined;
    let files: Names = [];
    const objects = (m: IndexFile) => [m.ids, m.problems, m.att, m.sha1].every((o) => o !== null && typeof o === 'object') && Array.isArray(m.facts);
    if (meta?.format === FORMAT && meta.key === this.key && typeof meta.files === 'string' && /^[0-9a-f]+$/.test(String(meta.gen)) && objects(meta)) {
      files = new ListedNames(meta.files);
      try {
        nums = float64s(readFileSync(join(this.dir!, `index-${meta.gen}.bin`)), files.length * STRIDE);
        if (nums) {
          // The summaries must be as long as the index says (a cut-off file is as good as none).
          if (statSync(join(this.dir!, `summaries-${meta.gen}.jsonl`)).size !== meta.summariesLength) nums = undefined;
        }
      } catch {
        nums = undefined;
      }
    }
    this.meta = nums ? meta : undefined;
    this.nums = nums ?? new Float64Array(0);
    this.files = nums ? files : [];
  }

  private sigs(): Float64Array {
    if (!this.sigNums) {
      try {
        this.sigNums = this.meta && this.dir ? float64s(readFileSync(join(this.dir, `sigs-${this.meta.gen}.bin`)), this.files.length * SIG) : undefined;
      } catch {
        this.sigNums = undefined;
      }
      this.sigNums ??= new Float64Array(0);
    }
    return this.sigNums;
  }

  static open(root: string, calendar: string): CacheIndex {
    return new CacheIndex(root, calendar);
  }

  /** The listing of the records folder as it was, when the folder's signature proves it unchanged. */
  listing(dirSig: Signature | null): Names | undefined {
    const m = this.meta;
    if (!m || !dirSig || !sameSig(m.dir, dirSig) || racyAt(dirSig, m.startedMs)) return undefined;
    return this.files;
  }

  /** Position of a file in the index, or -1. */
  find(rel: string): number {
    // Built only when the listing changed: an unchanged one is used in the index's own order.
    this.pos ??= new Map(Array.from({ length: this.files.length }, (_, i) => [this.files.at(i)!, i]));
    return this.pos.get(rel) ?? -1;
  }

  sigAt(i: number): Signature | undefined {
    const n = this.sigs();
    const o = i * SIG;
    return !(n[o]! >= 0) ? undefined : [n[o]!, n[o + 1]!, n[o + 2]!, n[o + 3]!];
  }

  /** Whether an index of an earlier run was found (a first run has none). */
  get written(): boolean {
    return this.meta !== undefined;
  }

  /** HEAD's commit when the index was written, if git was asked then. */
  get head(): string | undefined {
    return this.meta?.head;
  }

  /** Whether entry `i` was made from the content of HEAD's blob (HEAD: `head`). */
  headMark(i: number): boolean {
    return i >= 0 && this.nums[i * STRIDE + MARK] === 1;
  }

  marksAt(i: number): RecordMarks {
    return { terakhir: this.nums[i * STRIDE + LATEST] ?? 0, kunci: this.nums[i * STRIDE + KEY] ?? 0 };
  }

  isRacy(i: number): boolean {
    const start = (this.meta?.startedMs ?? 0) - RACY_MS;
    const n = this.sigs();
    const o = i * SIG;
    return !(n[o]! >= 0) || n[o + 1]! >= start || n[o + 2]! >= start;
  }

  /** Whether the attachments entry `i` was checked with are as they were. */
  attachmentsUnchanged(root: string, i: number): boolean {
    const att = this.meta!.att[i];
    if (att) for (const [p, s] of Object.entries(att)) if (!sameSig(s, statSig(join(root, p)))) return false;
    return true;
  }

  /**
   * Whether record file `rel`, whose lstat is `now[k*4 … k*4+3]` (size -1: not a regular
   * file), is provably the one entry `i` was made from.
   */
  unchanged(root: string, i: number, rel: string, now: Float64Array, k: number): boolean {
    if (i < 0) return false;
    const n = this.sigs();
    const o = i * SIG;
    const q = k * 4;
    if (n[o] !== now[q] || n[o + 1] !== now[q + 1] || n[o + 2] !== now[q + 2] || n[o + 3] !== now[q + 3] || !(now[q]! >= 0)) return false;
    if (!this.attachmentsUnchanged(root, i)) return false;
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
    return i in m.ids ? m.ids[i] ?? undefined : baseName(this.files.at(i)!);
  }

  private readonly problemsMade = new Map<number, Diagnostic[]>();

  /** Entry `i`'s problems; undefined when the cache cannot give them back (damaged): the record is read again. */
  problemsAt(i: number): Diagnostic[] | undefined {
    const text = this.meta!.problems[i];
    if (text === undefined) return [];
    let made = this.problemsMade.get(i);
    if (!made) {
      try {
        const parsed: unknown = JSON.parse(text);
        if (!Array.isArray(parsed)) return undefined;
        made = parsed as Diagnostic[];
      } catch {
        return undefined;
      }
      this.problemsMade.set(i, made);
    }
    return made;
  }

  /** The facts of the index's table, made when first asked (frozen: records share them). */
  private readonly factsMade: Array<Facts | undefined> = [];

  /** How many distinct facts the entries have (`factsIdAt` is below it). */
  get factsCount(): number {
    return (this.meta?.facts.length ?? 0) / 3;
  }

  /** The position of entry `i`'s facts in the table, -1 when it has none. */
  factsIdAt(i: number): number {
    return this.nums[i * STRIDE + FACTS]!;
  }

  factsOf(id: number): Facts | undefined {
    const t = this.meta!.facts;
    const status = STATUSES[t[id * 3]!];
    if (status === undefined) return undefined;
    return (this.factsMade[id] ??= Object.freeze(factsFrom(status, t[id * 3 + 1]!, t[id * 3 + 2]!)));
  }

  factsAt(i: number): Facts | undefined {
    const id = this.factsIdAt(i);
    return id >= 0 ? this.factsOf(id) : undefined;
  }

  /**
   * Every entry judged by `where` from its facts alone, each distinct facts once: `left` marks
   * the entries a report may leave out unread (valid, named by their id, not chosen), `chosen`
   * lists the entries whose facts `where` chooses.
   */
  judge(where: (f: Facts) => boolean): { left: Uint8Array; chosen: number[] } {
    const n = this.files.length;
    const left = new Uint8Array(n);
    const chosen: number[] = [];
    // 1: chosen, 2: not, 0: not judged yet.
    const verdict = new Uint8Array(this.factsCount);
    const ids = this.meta?.ids ?? {};
    const renamed = Object.keys(ids).length > 0;
    for (let i = 0; i < n; i++) {
      const id = this.nums[i * STRIDE + FACTS]!;
      if (id < 0) continue;
      let v = verdict[id]!;
      if (v === 0) {
        const f = this.factsOf(id);
        v = verdict[id] = f && !where(f) ? 2 : 1;
      }
      if (v === 1) chosen.push(i);
      else if (!renamed || !(i in ids)) left[i] = 1;
    }
    return { left, chosen };
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
    if (this.nums[i * STRIDE + FACTS]! < 0 || !this.meta || !this.dir) return undefined;
    const start = this.nums[i * STRIDE + START]!;
    const end = this.nums[i * STRIDE + END]!;
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

  private blobs: Buffer | undefined;

  /** The blob id entry `i` was made from (hex), when known. */
  private blobAt(i: number): string | undefined {
    if (!this.blobs) {
      try {
        this.blobs = this.meta && this.dir ? readFileSync(join(this.dir, `blobs-${this.meta.gen}.bin`)) : Buffer.alloc(0);
      } catch {
        this.blobs = Buffer.alloc(0);
      }
      if (this.blobs.length !== this.files.length * BLOB_BYTES) this.blobs = Buffer.alloc(0);
    }
    const at = i * BLOB_BYTES;
    if (at + BLOB_BYTES > this.blobs.length) return undefined;
    const hex = this.blobs.toString('hex', at, at + BLOB_BYTES);
    return /^0+$/.test(hex) ? undefined : hex;
  }

  /** Lets go of the summaries file. */
  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  /** The summary of entry `i`; undefined when it has none or its text is damaged. */
  summaryAt(i: number): RecordSummary | undefined {
    const b = this.summaryBytes(i);
    return b ? summaryFromText(b.toString('utf8')) : undefined;
  }

  /**
   * Writes the index of this run: for every listed file, either its entry in this index
   * (`i`, unchanged) or what was just read (`row`), or nothing (a file that is not cached).
   * Skipped when nothing changed, no entry had to be confirmed by content and HEAD is the
   * one the index was written at (`headNow`: HEAD's commit, when git was asked).
   */
  needsSave(dirSig: Signature | null, files: Names, entryAt: (k: number) => SaveEntry, racyHits: number, headNow?: string): boolean {
    if (!this.dir) return false;
    let unchanged = !!this.meta && sameSig(this.meta.dir, dirSig) && files.length === this.files.length;
    for (let k = 0; unchanged && k < files.length; k++) {
      const e = entryAt(k);
      unchanged = e !== null && 'i' in e && e.i === k && (files === this.files || this.files.at(k) === files.at(k));
    }
    return !unchanged || racyHits > 0 || (headNow !== undefined && headNow !== this.meta?.head);
  }

  /**
   * Writes the index of this run: for every listed file, either its entry in this index
   * (`i`, unchanged) or what was just read (`row`), or nothing (a file that is not cached).
   * `git`: HEAD's blobs now, to mark the entries made from them.
   */
  save(dirSig: Signature | null, listing: Names, entryAt: (k: number) => SaveEntry, git?: HeadBlobs, spill?: SpillFile): void {
    if (!this.dir) {
      if (spill) dropSpill(spill);
      return;
    }
    const files = Array.from({ length: listing.length }, (_, k) => listing.at(k)!);
    // Every entry carried over needs its summary: one read of the whole file.
    this.loadSummaries();
    const gen = `${this.startedMs.toString(16)}${Math.floor(Math.random() * 0xffff).toString(16)}`;
    const meta: IndexFile = { format: FORMAT, key: this.key, startedMs: this.startedMs, gen, dir: dirSig, files: files.join('\n'), ids: {}, problems: {}, att: {}, sha1: {}, facts: [], summariesLength: 0 };
    const factsIds = new Map<string, number>();
    const factsId = (status: number, b: number, t: number): number => {
      if (status < 0) return -1;
      const key = `${status} ${b} ${t}`;
      let id = factsIds.get(key);
      if (id === undefined) {
        factsIds.set(key, (id = factsIds.size));
        meta.facts.push(status, b, t);
      }
      return id;
    };
    if (git) meta.head = git.head;
    const nums = new Float64Array(files.length * STRIDE);
    const sigs = new Float64Array(files.length * SIG);
    const blobs = Buffer.alloc(files.length * BLOB_BYTES);
    // The summaries this run read are in its spill file already; those carried over follow them.
    const base = spill?.length ?? 0;
    const summaries = new Pieces();
    const racyNext = (sig: Signature) => racyAt(sig, this.startedMs);
    // Entries are made one at a time: a row of each of 100,000 records at once was tens of megabytes.
    for (let k = 0; k < files.length; k++) {
      let e = entryAt(k);
      const o = k * STRIDE;
      let sig: Signature | undefined;
      let summary: Buffer | undefined;
      let span: [number, number] | undefined;
      let blob: string | undefined;
      // An entry whose summary cannot be carried over (its file gone with a concurrent run's
      // clean-up) is dropped, so that the next run reads the record again.
      // So is one whose signature is lost with a damaged signatures file (it was vouched for by git).
      if (e && 'i' in e && !this.sigAt(e.i)) e = null;
      if (e && 'i' in e && this.nums[e.i * STRIDE + FACTS]! >= 0) {
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
        const f = this.factsIdAt(e.i);
        const t = this.meta!.facts;
        nums[o + FACTS] = f >= 0 ? factsId(t[f * 3]!, t[f * 3 + 1]!, t[f * 3 + 2]!) : -1;
        nums[o + LATEST] = this.nums[e.i * STRIDE + LATEST]!;
        nums[o + KEY] = this.nums[e.i * STRIDE + KEY]!;
        blob = this.blobAt(e.i);
      } else if (e) {
        const r = e.row;
        sig = r.sig;
        if (r.id !== baseName(files[k]!)) meta.ids[k] = r.id ?? null;
        if (r.problems?.length) meta.problems[k] = JSON.stringify(r.problems);
        if (r.att) meta.att[k] = r.att;
        if (racyNext(sig) && r.sha1) meta.sha1[k] = r.sha1;
        nums[o + FACTS] = r.status ? factsId(STATUSES.indexOf(r.status), r.berakhir, r.tinjau) : -1;
        nums[o + LATEST] = r.terakhir;
        nums[o + KEY] = r.kunci;
        span = r.summarySpan;
        blob = r.blob;
      }
      if (blob) {
        blobs.write(blob, k * BLOB_BYTES, 'hex');
        // Line ends turned CRLF make a file at most twice as long: one so marked still reads within the limit.
        if (git?.blobs.get(files[k]!) === blob && sig && sig[0] * 2 <= MAX_TEXT_BYTES) nums[o + MARK] = 1;
      }
      if (sig) sigs.set(sig, k * SIG);
      else sigs[k * SIG] = -1;
      if (summary) {
        span = [base + summaries.length, base + summaries.length + summary.length];
        summaries.add(summary);
      }
      if (!span) nums[o + FACTS] = -1;
      else [nums[o + START], nums[o + END]] = span;
    }
    meta.summariesLength = base + summaries.length;
    try {
      mkdirSync(this.dir, { recursive: true });
      if (spill) {
        writePiecesAt(spill.fd, summaries.done(), base);
        closeSync(spill.fd);
        renameSync(spill.path, join(this.dir, `summaries-${gen}.jsonl`));
      } else writeFileAtomic(join(this.dir, `summaries-${gen}.jsonl`), summaries.done(), { durable: false });
      writeFileAtomic(join(this.dir, `index-${gen}.bin`), Buffer.from(nums.buffer), { durable: false });
      writeFileAtomic(join(this.dir, `sigs-${gen}.bin`), Buffer.from(sigs.buffer), { durable: false });
      writeFileAtomic(join(this.dir, `blobs-${gen}.bin`), blobs, { durable: false });
      writeFileAtomic(join(this.dir, CACHE_INDEX_FILE), JSON.stringify(meta), { durable: false });
      // Earlier generations (and the single-file cache of earlier versions) are dead weight now;
      // those written since this run began may belong to a concurrent run and are left for later.
      for (const f of readdirSync(this.dir)) {
        // A spill file is a killed run's (a live one's is written to as it runs).
        const old = f === 'records.json' || f.startsWith(SPILL_PREFIX) || (/^(index|sigs|blobs)-.*\.bin$|^summaries-.*\.jsonl$/.test(f) && !f.includes(gen));
        if (old && statSync(join(this.dir, f)).mtimeMs < this.startedMs) unlinkSync(join(this.dir, f));
      }
    } catch {
      // A cache that cannot be written (read-only copy, full disk) only costs time next run.
      if (spill) dropSpill(spill);
    }
  }
}
