/**
 * The record cache's format: its version, the shapes of its entries, file signatures, and the
 * binary part's layout (store/cache-index.ts reads it, store/cache-write.ts writes it).
 */
import { createHash } from 'node:crypto';
import { closeSync, lstatSync, rmSync, type Stats } from 'node:fs';
import type { Diagnostic } from '../diagnostics.js';
import type { ReportKeys, RecordSummary } from '../domain/record-summary.js';

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
export const RACY_MS = 2000;

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

export interface IndexFile {
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
export const STRIDE = 6;
export const FACTS = 0;
export const END = 1;
export const MARK = 2;
export const START = 3;
export const LATEST = 4;
export const KEY = 5;
/**
 * The signatures are kept apart (`sigs-G.bin`: size, mtimeMs, ctimeMs, inode per file), read
 * only when a file must be compared by them: a warm report whose files git vouches for needs none.
 */
export const SIG = 4;
/** Bytes of a blob id in `blobs-G.bin` (SHA-1; all zeros: unknown). */
export const BLOB_BYTES = 20;

/** The git blob id (SHA-1) of a file whose content is this text (see store/git-trust.ts). */
export const blobId = (text: string): string =>
  createHash('sha1')
    .update(`blob ${Buffer.byteLength(text, 'utf8')}\0`)
    .update(text, 'utf8')
    .digest('hex');

export const signature = (st: Stats): Signature => [st.size, st.mtimeMs, st.ctimeMs, st.ino];

export const sameSig = (a: Signature | null | undefined, b: Signature | null | undefined): boolean =>
  a === b || (!!a && !!b && a[0] === b[0] && a[1] === b[1] && a[2] === b[2] && a[3] === b[3]);

export function statSig(abs: string): Signature | null {
  const st = lstatSync(abs, { throwIfNoEntry: false });
  return st ? signature(st) : null;
}

/** A file's bytes as `n` numbers, or undefined when it holds another count. */
export function float64s(buf: Buffer, n: number): Float64Array | undefined {
  if (buf.length !== n * 8) return undefined;
  // A Float64Array needs 8-byte alignment: a large file's buffer has it, a small one (in
  // Node's shared pool) may not and is copied.
  if (buf.byteOffset % 8 === 0) return new Float64Array(buf.buffer, buf.byteOffset, n);
  const out = new Float64Array(n);
  new Uint8Array(out.buffer).set(buf);
  return out;
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
export function reportKeysFrom(status: ReportKeys['status'], berakhir: number, tinjau: number): ReportKeys {
  const f: ReportKeys = { status };
  const b = fromYmd(berakhir);
  const t = fromYmd(tinjau);
  if (b) f.berakhir = b;
  if (t) f.tinjauUlang = t;
  return f;
}

/** The facts of a record as just read (undefined when it has none: not a valid record). */
export const reportKeysOf = (row: IndexRow): ReportKeys | undefined => (row.status ? reportKeysFrom(row.status, row.berakhir, row.tinjau) : undefined);

/** What writing the next index reads of the last one (store/cache-index.ts: CacheIndex). */
export interface IndexSource {
  readonly dir: string | undefined;
  readonly key: string;
  readonly startedMs: number;
  readonly meta: IndexFile | undefined;
  readonly nums: Float64Array;
  readonly files: import('./cache-names.js').Names;
  loadSummaries(): void;
  sigAt(i: number): Signature | undefined;
  idAt(i: number): string | undefined;
  factsIdAt(i: number): number;
  summaryBytes(i: number): Buffer | undefined;
  blobAt(i: number): string | undefined;
}
