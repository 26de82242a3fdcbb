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
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_FILE } from '../domain/config.js';
import { type Diagnostic } from '../diagnostics.js';
import { STATUSES } from '../domain/lifecycle.js';
import type { ReportKeys, RecordMarks, RecordSummary } from '../domain/record-summary.js';
import { buildKey } from '../package.js';
import { CACHE_INDEX_FILE, cacheDir } from '../git/git-dir.js';
import { readJson } from '../archive/settings-cache.js';
import { sha1 } from '../hashes.js';
import {
  FORMAT,
  STRIDE,
  FACTS,
  END,
  MARK,
  START,
  LATEST,
  KEY,
  SIG,
  BLOB_BYTES,
  RACY_MS,
  reportKeysFrom,
  float64s,
  racyAt,
  sameSig,
  statSig,
  summaryFromText,
  type HeadBlobs,
  type IndexFile,
  type IndexSource,
  type SaveEntry,
  type Signature,
  type SpillFile,
} from './cache-format.js';
import { baseName, ListedNames, type Names } from './cache-names.js';
import { needsSave, writeIndex } from './cache-write.js';

/** `calendar`: the working days the checks read (calendar-files.ts names them). */
function cacheKey(root: string, calendar: string): string {
  let config: string;
  try {
    config = sha1(readFileSync(join(root, CONFIG_FILE)));
  } catch {
    config = 'none';
  }
  return `${FORMAT}:${buildKey()}:${config}:${calendar}`;
}

/** The index of the last run, when it was made for this archive's settings and this ppid. */
export class CacheIndex implements IndexSource {
  readonly dir: string | undefined;
  readonly key: string;
  readonly meta: IndexFile | undefined;
  readonly nums: Float64Array;
  /** The signatures, when read (undefined: not yet; empty: missing or damaged, as if every file had changed). */
  private sigNums: Float64Array | undefined;
  /** The files of the index, in its order. */
  readonly files: Names;
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
    return i in m.ids ? (m.ids[i] ?? undefined) : baseName(this.files.at(i)!);
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
  private readonly factsMade: Array<ReportKeys | undefined> = [];

  /** How many distinct facts the entries have (`factsIdAt` is below it). */
  get factsCount(): number {
    return (this.meta?.facts.length ?? 0) / 3;
  }

  /** The position of entry `i`'s facts in the table, -1 when it has none. */
  factsIdAt(i: number): number {
    return this.nums[i * STRIDE + FACTS]!;
  }

  reportKeysOf(id: number): ReportKeys | undefined {
    const t = this.meta!.facts;
    const status = STATUSES[t[id * 3]!];
    if (status === undefined) return undefined;
    return (this.factsMade[id] ??= Object.freeze(reportKeysFrom(status, t[id * 3 + 1]!, t[id * 3 + 2]!)));
  }

  reportKeysAt(i: number): ReportKeys | undefined {
    const id = this.factsIdAt(i);
    return id >= 0 ? this.reportKeysOf(id) : undefined;
  }

  /**
   * Every entry judged by `where` from its facts alone, each distinct facts once: `left` marks
   * the entries a report may leave out unread (valid, named by their id, not chosen), `chosen`
   * lists the entries whose facts `where` chooses.
   */
  judge(where: (f: ReportKeys) => boolean): { left: Uint8Array; chosen: number[] } {
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
        const f = this.reportKeysOf(id);
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
  blobAt(i: number): string | undefined {
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
   * Whether this run must write the index (cache-write.ts): not when nothing changed, no entry had
   * to be confirmed by content and HEAD is the one the index was written at.
   */
  needsSave(dirSig: Signature | null, files: Names, entryAt: (k: number) => SaveEntry, racyHits: number, headNow?: string): boolean {
    return needsSave(this, dirSig, files, entryAt, racyHits, headNow);
  }

  /** Writes the index of this run (cache-write.ts); `git`: HEAD's blobs now, to mark the entries made from them. */
  save(dirSig: Signature | null, listing: Names, entryAt: (k: number) => SaveEntry, git?: HeadBlobs, spill?: SpillFile): void {
    writeIndex(this, dirSig, listing, entryAt, git, spill);
  }
}
