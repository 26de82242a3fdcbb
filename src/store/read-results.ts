/**
 * What a run read, kept compact by listing position until the index is written. A first run
 * over 100,000 records would otherwise hold 100,000 result objects — most of its memory — while
 * it reads the rest. Each record's numbers sit in typed arrays, and what only some records have
 * (problems, an id other than the file's name, attachments) in maps. The summaries' text, which
 * only the index needs, goes to a file in the cache folder as it arrives (in a large archive,
 * memory the reading threads need more: docs/performance.md, 'Why the code is shaped so'),
 * and that file becomes the index's summaries.
 */
import { mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Diagnostic } from '../diagnostics.js';
import { writePiecesAt } from '../archive/atomic.js';
import { STATUSES } from '../domain/lifecycle.js';
import type { ReportKeys, RecordSummary } from '../domain/record-summary.js';
import { baseName, type Names } from './cache-names.js';
import {
  dropSpill,
  reportKeysFrom,
  SPILL_PREFIX,
  summaryFromText,
  type Fresh,
  type SpillFile,
  type FullEntry,
  type IndexRow,
  type Signature,
} from './cache-format.js';

const BLOB_BYTES = 20;
/** state: not read, read without a row (not cached: an odd or broken file), read with a row. */
const UNREAD = 0;
const NO_ROW = 1;
const ROW = 2;

export class FreshStore {
  private readonly state: Uint8Array;
  private readonly sigs: Float64Array;
  /** berakhir, tinjau (YYYYMMDD, 0: none) and the status's position in STATUSES (-1: none). */
  private readonly facts: Float64Array;
  /** terakhir and kunci (domain/record-summary.ts: RecordMarks). */
  private readonly marks: Float64Array;
  private readonly blobs: Uint8Array;
  private readonly hasBlob: Uint8Array;
  /** Whether the record has a summary (it has no errors), and the text's start and end in the spill file. */
  private readonly hasSummary: Uint8Array;
  private readonly spans: Float64Array;
  private spill: SpillFile | undefined;
  private readonly problems = new Map<number, Diagnostic[]>();
  /** Only where the id is not the file's own name (undefined: the record gave none). */
  private readonly ids = new Map<number, string | undefined>();
  private readonly rare = new Map<number, Pick<IndexRow, 'att' | 'sha1'>>();
  private readonly summaries = new Map<number, RecordSummary>();
  private readonly fulls = new Map<number, FullEntry>();

  /** `spillDir`: the cache folder (none: the summaries' text is not kept, as no index is written). */
  constructor(
    private readonly names: Names,
    private readonly spillDir?: string,
  ) {
    const n = names.length;
    this.state = new Uint8Array(n);
    this.sigs = new Float64Array(n * 4);
    this.facts = new Float64Array(n * 3);
    this.marks = new Float64Array(n * 2);
    this.blobs = new Uint8Array(n * BLOB_BYTES);
    this.hasBlob = new Uint8Array(n);
    this.hasSummary = new Uint8Array(n);
    this.spans = new Float64Array(n * 2);
  }

  /**
   * One shard's records, by listing position (`at`). `keepSummary`: whether the command will
   * read this record's summary (a report lets go of those it cannot list).
   */
  add(read: readonly Fresh[], at: (rel: string) => number, keepSummary: (row: IndexRow) => boolean): void {
    const texts: string[] = [];
    /** The records whose text is in `texts`, and each one's span in it. */
    const spilled: number[] = [];
    let bytes = 0;
    for (const f of read) {
      const k = at(f.rel);
      if (k < 0 || this.state[k] !== UNREAD) continue;
      if (f.problems.length > 0) this.problems.set(k, f.problems);
      if (f.id !== baseName(f.rel)) this.ids.set(k, f.id);
      if (f.full) this.fulls.set(k, f.full);
      const r = f.row;
      if (!r) {
        this.state[k] = NO_ROW;
        continue;
      }
      this.state[k] = ROW;
      this.sigs.set(r.sig, k * 4);
      this.facts[k * 3] = r.berakhir;
      this.facts[k * 3 + 1] = r.tinjau;
      this.facts[k * 3 + 2] = r.status ? STATUSES.indexOf(r.status) : -1;
      this.marks[k * 2] = r.terakhir;
      this.marks[k * 2 + 1] = r.kunci;
      if (r.blob) {
        this.blobs.set(Buffer.from(r.blob, 'hex'), k * BLOB_BYTES);
        this.hasBlob[k] = 1;
      }
      if (r.att || r.sha1) this.rare.set(k, { ...(r.att ? { att: r.att } : {}), ...(r.sha1 ? { sha1: r.sha1 } : {}) });
      if (r.summaryText) this.hasSummary[k] = 1;
      if (r.summaryText && this.spillDir) {
        const len = Buffer.byteLength(r.summaryText, 'utf8');
        texts.push(r.summaryText);
        spilled.push(k);
        this.spans[k * 2] = bytes;
        this.spans[k * 2 + 1] = bytes + len;
        bytes += len;
      }
      const summary = r.summaryText && keepSummary(r) ? summaryFromText(r.summaryText) : undefined;
      if (summary) this.summaries.set(k, summary);
    }
    if (texts.length === 0) return;
    const offset = this.write(Buffer.from(texts.join(''), 'utf8'));
    // Text that could not be kept is not given to the index: those records are read again next run.
    for (const k of spilled) {
      if (offset < 0) this.spans[k * 2] = this.spans[k * 2 + 1] = -1;
      else {
        this.spans[k * 2] = this.spans[k * 2]! + offset;
        this.spans[k * 2 + 1] = this.spans[k * 2 + 1]! + offset;
      }
    }
  }

  /** Returns the offset the bytes were written at; -1 when they could not be (a read-only cache folder). */
  private write(bytes: Buffer): number {
    try {
      if (!this.spill) {
        mkdirSync(this.spillDir!, { recursive: true });
        const path = join(this.spillDir!, `${SPILL_PREFIX}${process.pid}-${randomBytes(4).toString('hex')}`);
        this.spill = { path, fd: openSync(path, 'wx', 0o644), length: 0 };
      }
      const at = this.spill.length;
      writePiecesAt(this.spill.fd, [bytes], at);
      this.spill.length += bytes.length;
      return at;
    } catch {
      return -1;
    }
  }

  /** The spill file, for the index to take as its summaries (the store no longer removes it). */
  takeSpill(): SpillFile | undefined {
    const spill = this.spill;
    this.spill = undefined;
    return spill;
  }

  /** Removes the spill file, unless the index took it. */
  close(): void {
    if (this.spill) dropSpill(this.spill);
    this.spill = undefined;
  }

  has(k: number): boolean {
    return this.state[k] !== UNREAD;
  }

  /**
   * Whether record `k` was read valid, named by its id, and is not one `where` chooses: a report
   * then only counts it, as it does such a record taken from the cache.
   */
  leftOut(k: number, where: (f: ReportKeys) => boolean): boolean {
    if (this.state[k] !== ROW || !this.hasSummary[k] || this.ids.has(k)) return false;
    const status = STATUSES[this.facts[k * 3 + 2]!];
    return status !== undefined && !where(reportKeysFrom(status, this.facts[k * 3]!, this.facts[k * 3 + 1]!));
  }

  /** The lstat record `k` was read with (undefined: not read, or not cached). */
  sigAt(k: number): Signature | undefined {
    return this.state[k] === ROW ? (Array.from(this.sigs.subarray(k * 4, k * 4 + 4)) as Signature) : undefined;
  }

  id(k: number): string | undefined {
    return this.ids.has(k) ? this.ids.get(k) : baseName(this.names.at(k)!);
  }

  /** What is kept for the index of entry `k` (undefined: not read, or not cached). */
  rowAt(k: number): IndexRow | undefined {
    const row = this.readRow(k);
    if (!row) return undefined;
    if (this.hasBlob[k]) row.blob = Buffer.from(this.blobs.subarray(k * BLOB_BYTES, (k + 1) * BLOB_BYTES)).toString('hex');
    const problems = this.problems.get(k);
    if (problems) row.problems = problems;
    if (this.hasSummary[k] && this.spillDir && this.spans[k * 2]! >= 0) row.summarySpan = [this.spans[k * 2]!, this.spans[k * 2 + 1]!];
    return { ...row, ...this.rare.get(k) };
  }

  /** Entry `k` as a command reads it: its problems, id, facts and summary (undefined: not read). */
  get(k: number): Fresh | undefined {
    if (this.state[k] === UNREAD) return undefined;
    const rel = this.names.at(k)!;
    const id = this.id(k);
    const row = this.readRow(k);
    const full = this.fulls.get(k);
    return { rel, problems: this.problems.get(k) ?? [], ...(id !== undefined ? { id } : {}), ...(row ? { row } : {}), ...(full ? { full } : {}) };
  }

  /** The row's parts a command reads. */
  private readRow(k: number): IndexRow | undefined {
    if (this.state[k] !== ROW) return undefined;
    const status = STATUSES[this.facts[k * 3 + 2]!];
    const row: IndexRow = {
      sig: this.sigAt(k)!,
      berakhir: this.facts[k * 3]!,
      tinjau: this.facts[k * 3 + 1]!,
      terakhir: this.marks[k * 2]!,
      kunci: this.marks[k * 2 + 1]!,
    };
    const id = this.id(k);
    if (id !== undefined) row.id = id;
    if (status) row.status = status;
    const summary = this.summaries.get(k);
    if (summary) row.summary = summary;
    return row;
  }
}
