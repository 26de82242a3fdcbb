/**
 * Writing the record cache's index for this run: for every listed file, either its entry in the
 * last index (`i`, unchanged) or what was just read (`row`), or nothing (a file that is not
 * cached). The binary part, the signatures, the blob ids and the summaries are written first,
 * `index.json` last, naming their generation; older generations are removed.
 */
import { closeSync, mkdirSync, readdirSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { STATUSES } from '../domain/lifecycle.js';
import { CACHE_INDEX_FILE } from '../git/git-dir.js';
import { writeFileAtomic, writePiecesAt } from '../archive/atomic.js';
import { MAX_TEXT_BYTES } from '../text-file.js';
import {
  BLOB_BYTES,
  dropSpill,
  FACTS,
  END,
  FORMAT,
  KEY,
  LATEST,
  MARK,
  racyAt,
  sameSig,
  SIG,
  SPILL_PREFIX,
  START,
  STRIDE,
  type HeadBlobs,
  type IndexFile,
  type IndexSource,
  type SaveEntry,
  type Signature,
  type SpillFile,
} from './cache-format.js';
import { baseName, type Names } from './cache-names.js';

/**
 * Whether the index must be written again. Never without a cache folder; otherwise when the
 * records folder or a file changed since the index was written, when an entry could only be
 * confirmed by reading its content (`racyHits`: written in the index's own second), or when
 * HEAD moved (`headNow`: HEAD's commit, when git was asked).
 */
export function needsSave(
  last: IndexSource,
  dirSig: Signature | null,
  files: Names,
  entryAt: (k: number) => SaveEntry,
  racyHits: number,
  headNow?: string,
): boolean {
  if (!last.dir) return false;
  let unchanged = !!last.meta && sameSig(last.meta.dir, dirSig) && files.length === last.files.length;
  for (let k = 0; unchanged && k < files.length; k++) {
    const e = entryAt(k);
    unchanged = e !== null && 'i' in e && e.i === k && (files === last.files || last.files.at(k) === files.at(k));
  }
  return !unchanged || racyHits > 0 || (headNow !== undefined && headNow !== last.meta?.head);
}

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

/** The index being written: its JSON part, its binary parts, and the summaries it takes. */
class NewIndex {
  readonly meta: IndexFile;
  readonly nums: Float64Array;
  readonly sigs: Float64Array;
  readonly blobs: Buffer;
  readonly summaries = new Pieces();
  private readonly factsIds = new Map<string, number>();

  constructor(
    last: IndexSource,
    readonly files: string[],
    dirSig: Signature | null,
    readonly gen: string,
    readonly base: number,
  ) {
    this.meta = {
      format: FORMAT,
      key: last.key,
      startedMs: last.startedMs,
      gen,
      dir: dirSig,
      files: files.join('\n'),
      ids: {},
      problems: {},
      att: {},
      sha1: {},
      facts: [],
      summariesLength: 0,
    };
    this.nums = new Float64Array(files.length * STRIDE);
    this.sigs = new Float64Array(files.length * SIG);
    this.blobs = Buffer.alloc(files.length * BLOB_BYTES);
  }

  /** The position of these facts in the index's table of distinct ones (-1: no status, no summary). */
  factsId(status: number, b: number, t: number): number {
    if (status < 0) return -1;
    const key = `${status} ${b} ${t}`;
    let id = this.factsIds.get(key);
    if (id === undefined) {
      this.factsIds.set(key, (id = this.factsIds.size));
      this.meta.facts.push(status, b, t);
    }
    return id;
  }
}

/** What an entry carried over from the last index keeps; null when it cannot be carried over. */
function carryOver(
  last: IndexSource,
  out: NewIndex,
  k: number,
  i: number,
  racyNext: (s: Signature) => boolean,
): { sig: Signature; summary?: Buffer; blob?: string } | null {
  // An entry whose summary cannot be carried over (its file gone with a concurrent run's
  // clean-up) is dropped, so that the next run reads the record again.
  // So is one whose signature is lost with a damaged signatures file (it was vouched for by git).
  const sig = last.sigAt(i);
  if (!sig) return null;
  let summary: Buffer | undefined;
  if (last.nums[i * STRIDE + FACTS]! >= 0) {
    summary = last.summaryBytes(i);
    if (!summary) return null;
  }
  const { meta, nums } = out;
  const m = last.meta!;
  const o = k * STRIDE;
  const id = last.idAt(i);
  if (id !== baseName(out.files[k]!)) meta.ids[k] = id ?? null;
  if (m.problems[i]) meta.problems[k] = m.problems[i]!;
  if (m.att[i]) meta.att[k] = m.att[i]!;
  if (racyNext(sig) && m.sha1[i]) meta.sha1[k] = m.sha1[i]!;
  const f = last.factsIdAt(i);
  const t = m.facts;
  nums[o + FACTS] = f >= 0 ? out.factsId(t[f * 3]!, t[f * 3 + 1]!, t[f * 3 + 2]!) : -1;
  nums[o + LATEST] = last.nums[i * STRIDE + LATEST]!;
  nums[o + KEY] = last.nums[i * STRIDE + KEY]!;
  const blob = last.blobAt(i);
  return { sig, ...(summary ? { summary } : {}), ...(blob ? { blob } : {}) };
}

/** Entry `k` of the new index: carried over, made from what was just read, or left out. */
function addEntry(last: IndexSource, out: NewIndex, k: number, e: SaveEntry, git: HeadBlobs | undefined): void {
  const { meta, nums, sigs, files } = out;
  const o = k * STRIDE;
  const racyNext = (sig: Signature) => racyAt(sig, last.startedMs);
  let sig: Signature | undefined;
  let summary: Buffer | undefined;
  let span: [number, number] | undefined;
  let blob: string | undefined;
  if (e && 'i' in e) {
    const kept = carryOver(last, out, k, e.i, racyNext);
    if (kept) ({ sig, summary, blob } = kept);
  } else if (e) {
    const r = e.row;
    sig = r.sig;
    if (r.id !== baseName(files[k]!)) meta.ids[k] = r.id ?? null;
    if (r.problems?.length) meta.problems[k] = JSON.stringify(r.problems);
    if (r.att) meta.att[k] = r.att;
    if (racyNext(sig) && r.sha1) meta.sha1[k] = r.sha1;
    nums[o + FACTS] = r.status ? out.factsId(STATUSES.indexOf(r.status), r.berakhir, r.tinjau) : -1;
    nums[o + LATEST] = r.terakhir;
    nums[o + KEY] = r.kunci;
    span = r.summarySpan;
    blob = r.blob;
  }
  if (blob) {
    out.blobs.write(blob, k * BLOB_BYTES, 'hex');
    // Line ends turned CRLF make a file at most twice as long: one so marked still reads within the limit.
    if (git?.blobs.get(files[k]!) === blob && sig && sig[0] * 2 <= MAX_TEXT_BYTES) nums[o + MARK] = 1;
  }
  if (sig) sigs.set(sig, k * SIG);
  else sigs[k * SIG] = -1;
  if (summary) {
    span = [out.base + out.summaries.length, out.base + out.summaries.length + summary.length];
    out.summaries.add(summary);
  }
  if (!span) nums[o + FACTS] = -1;
  else [nums[o + START], nums[o + END]] = span;
}

/** The new generation's files, `index.json` last; earlier generations removed. */
function writeFiles(dir: string, out: NewIndex, startedMs: number, spill: SpillFile | undefined): void {
  const { gen } = out;
  mkdirSync(dir, { recursive: true });
  if (spill) {
    writePiecesAt(spill.fd, out.summaries.done(), out.base);
    closeSync(spill.fd);
    renameSync(spill.path, join(dir, `summaries-${gen}.jsonl`));
  } else writeFileAtomic(join(dir, `summaries-${gen}.jsonl`), out.summaries.done(), { durable: false });
  writeFileAtomic(join(dir, `index-${gen}.bin`), Buffer.from(out.nums.buffer), { durable: false });
  writeFileAtomic(join(dir, `sigs-${gen}.bin`), Buffer.from(out.sigs.buffer), { durable: false });
  writeFileAtomic(join(dir, `blobs-${gen}.bin`), out.blobs, { durable: false });
  writeFileAtomic(join(dir, CACHE_INDEX_FILE), JSON.stringify(out.meta), { durable: false });
  // Earlier generations (and the single-file cache of earlier versions) are dead weight now;
  // those written since this run began may belong to a concurrent run and are left for later.
  for (const f of readdirSync(dir)) {
    // A spill file is a killed run's (a live one's is written to as it runs).
    const old = f === 'records.json' || f.startsWith(SPILL_PREFIX) || (/^(index|sigs|blobs)-.*\.bin$|^summaries-.*\.jsonl$/.test(f) && !f.includes(gen));
    if (old && statSync(join(dir, f)).mtimeMs < startedMs) unlinkSync(join(dir, f));
  }
}

/** Writes the index of this run; `git`: HEAD's blobs now, to mark the entries made from them. */
export function writeIndex(
  last: IndexSource,
  dirSig: Signature | null,
  listing: Names,
  entryAt: (k: number) => SaveEntry,
  git?: HeadBlobs,
  spill?: SpillFile,
): void {
  if (!last.dir) {
    if (spill) dropSpill(spill);
    return;
  }
  const files = Array.from({ length: listing.length }, (_, k) => listing.at(k)!);
  // Every entry carried over needs its summary: one read of the whole file.
  last.loadSummaries();
  const gen = `${last.startedMs.toString(16)}${Math.floor(Math.random() * 0xffff).toString(16)}`;
  // The summaries this run read are in its spill file already; those carried over follow them.
  const out = new NewIndex(last, files, dirSig, gen, spill?.length ?? 0);
  if (git) out.meta.head = git.head;
  // Entries are made one at a time: a row of each of 100,000 records at once was tens of megabytes.
  for (let k = 0; k < files.length; k++) addEntry(last, out, k, entryAt(k), git);
  out.meta.summariesLength = out.base + out.summaries.length;
  try {
    writeFiles(last.dir, out, last.startedMs, spill);
  } catch {
    // A cache that cannot be written (read-only copy, full disk) only costs time next run.
    if (spill) dropSpill(spill);
  }
}
