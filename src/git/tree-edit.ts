/**
 * git tree objects edited as bytes: entries `<mode> SP <name> NUL <binary id>`, sorted by
 * name, a folder's name compared as if it ended in `/`. A step changes a few entries of a folder that may hold
 * 100,000 (the records folder): the new tree is the old one's bytes with those entries put in
 * place, so nothing else of it is parsed or rebuilt.
 */
import { createHash } from 'node:crypto';

export const FILE_MODE = '100644';
export const TREE_MODE = '40000';

/** One entry to put in a tree (an entry of the same name, file or folder, is replaced). */
export interface TreeEntry {
  name: string;
  mode: string;
  /** Object id, hexadecimal. */
  id: string;
}

/** An entry found in a tree: its mode and its object id (hexadecimal). */
export interface FoundEntry {
  mode: string;
  id: string;
}

const SLASH = 0x2f;

/**
 * git's order of tree entries (`base_name_compare`): byte order of the names, where a name
 * that is a prefix of the other compares its end as `/` if it is a folder and as NUL if not.
 */
function compareEntryNames(a: Uint8Array, aStart: number, aEnd: number, aTree: boolean, b: Uint8Array, bStart: number, bEnd: number, bTree: boolean): number {
  const aLen = aEnd - aStart;
  const bLen = bEnd - bStart;
  const common = Math.min(aLen, bLen);
  for (let i = 0; i < common; i++) {
    const d = a[aStart + i]! - b[bStart + i]!;
    if (d !== 0) return d;
  }
  const ca = aLen > common ? a[aStart + common]! : aTree ? SLASH : 0;
  const cb = bLen > common ? b[bStart + common]! : bTree ? SLASH : 0;
  return ca - cb;
}

/**
 * Where each entry of a raw tree starts and where its name starts, found in a plain loop over
 * its bytes: a folder of 100,000 records is a tree of megabytes, and a native call per entry
 * would cost more than the loop (docs/performance.md, 'Why the code is shaped so'). Throws on
 * bytes that are no tree.
 */
function locate(raw: Uint8Array, hashLen: number): { starts: Int32Array; names: Int32Array } {
  let starts = new Int32Array(1024);
  let names = new Int32Array(1024);
  let n = 0;
  const len = raw.length;
  let at = 0;
  while (at < len) {
    if (n + 1 >= starts.length) {
      const more = new Int32Array(starts.length * 2);
      more.set(starts);
      starts = more;
      const moreNames = new Int32Array(names.length * 2);
      moreNames.set(names);
      names = moreNames;
    }
    starts[n] = at;
    let i = at;
    while (i < len && raw[i] !== 0x20) i++;
    names[n++] = i + 1;
    while (i < len && raw[i] !== 0) i++;
    at = i + 1 + hashLen;
    if (i >= len || at > len) throw new Error('git tree object cut short');
  }
  starts[n] = len;
  return { starts: starts.subarray(0, n + 1), names: names.subarray(0, n) };
}

/** A tree's entries, located: compare and read them by index. */
class Entries {
  readonly count: number;
  private readonly starts: Int32Array;
  private readonly names: Int32Array;

  constructor(
    readonly raw: Buffer,
    readonly hashLen: number,
  ) {
    ({ starts: this.starts, names: this.names } = locate(raw, hashLen));
    this.count = this.starts.length - 1;
  }

  start(i: number): number {
    return this.starts[i]!;
  }

  nameEnd(i: number): number {
    return this.starts[i + 1]! - this.hashLen - 1;
  }

  isTree(i: number): boolean {
    return this.names[i]! - 1 - this.starts[i]! === 5 && this.raw[this.starts[i]!] === 0x34;
  }

  /** Entry i's place against a name of the given kind (git's order). */
  compare(i: number, name: Uint8Array, tree: boolean): number {
    return compareEntryNames(this.raw, this.names[i]!, this.nameEnd(i), this.isTree(i), name, 0, name.length, tree);
  }

  nameIs(i: number, name: Uint8Array): boolean {
    const from = this.names[i]!;
    return this.nameEnd(i) - from === name.length && this.raw.compare(name, 0, name.length, from, from + name.length) === 0;
  }

  /** The first entry not before a name of the given kind. */
  lowerBound(name: Uint8Array, tree: boolean): number {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compare(mid, name, tree) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The entry of this name, a file's or a folder's (a tree holds at most one of the two). */
  indexOf(name: Uint8Array): number {
    for (const tree of [false, true]) {
      const i = this.lowerBound(name, tree);
      if (i < this.count && this.nameIs(i, name)) return i;
    }
    return -1;
  }

  /** Each entry whose name starts with `prefix`: its name's byte range (such names sort together). */
  eachStartingWith(prefix: Uint8Array, each: (from: number, to: number) => void): void {
    const raw = this.raw;
    for (let i = this.lowerBound(prefix, false); i < this.count; i++) {
      const from = this.names[i]!;
      const to = this.nameEnd(i);
      if (to - from < prefix.length) return;
      for (let k = 0; k < prefix.length; k++) if (raw[from + k] !== prefix[k]) return;
      each(from, to);
    }
  }

  found(i: number): FoundEntry {
    const end = this.starts[i + 1]!;
    return { mode: this.raw.toString('latin1', this.starts[i], this.names[i]! - 1), id: this.raw.toString('hex', end - this.hashLen, end) };
  }
}

/** A tree is located once however often it is searched (a step checks its paths, then edits the tree). */
const located = new WeakMap<Buffer, Entries>();
function entriesOf(raw: Buffer, hashLen: number): Entries {
  let e = located.get(raw);
  if (!e || e.hashLen !== hashLen) located.set(raw, (e = new Entries(raw, hashLen)));
  return e;
}

/** The entry named `name` in a raw tree, or undefined. */
export function findEntry(raw: Buffer | undefined, hashLen: number, name: string): FoundEntry | undefined {
  if (!raw) return undefined;
  const entries = entriesOf(raw, hashLen);
  const i = entries.indexOf(Buffer.from(name, 'utf8'));
  return i < 0 ? undefined : entries.found(i);
}

/**
 * The highest N among the entries named `prefix` N `suffix` (N a number), 0 when there is none.
 * Read from the names' bytes: the records folder's tree holds a year's tens of thousands.
 */
export function highestNumber(raw: Buffer | undefined, hashLen: number, prefix: string, suffix: string): number {
  if (!raw) return 0;
  const p = Buffer.from(prefix, 'utf8');
  const sfx = Buffer.from(suffix, 'utf8');
  let max = 0;
  entriesOf(raw, hashLen).eachStartingWith(p, (from, to) => {
    const end = to - sfx.length;
    if (end < from + p.length) return;
    for (let k = 0; k < sfx.length; k++) if (raw[end + k] !== sfx[k]) return;
    let n = 0;
    let digits = true;
    for (let i = from + p.length; i < end && digits; i++) {
      const c = raw[i]!;
      if (c >= 0x30 && c <= 0x39) n = n * 10 + (c - 0x30);
      else digits = false;
    }
    // Anything but plain digits is read as the ids' own rule reads it (ids.ts).
    if (!digits) n = Number(raw.toString('utf8', from + p.length, end));
    if (Number.isInteger(n) && n > max) max = n;
  });
  return max;
}

/**
 * A new raw tree, as pieces in order: `raw` (undefined: a new, empty folder) with `put`
 * entered, each replacing any entry of its name (a file where a folder was, too). The pieces
 * between are views of `raw`, not copies: a fresh buffer the size of the records folder's tree
 * is slow to fill, in page faults alone (docs/performance.md, 'Why the code is shaped so'),
 * and the pieces go to git as they are.
 */
export function editTree(raw: Buffer | undefined, hashLen: number, put: readonly TreeEntry[]): Buffer[] {
  const adds = put.map((e) => {
    const name = Buffer.from(e.name, 'utf8');
    if (name.length === 0 || name.includes(0) || name.includes(SLASH)) throw new Error(`not a tree entry name: ${JSON.stringify(e.name)}`);
    const id = Buffer.from(e.id, 'hex');
    if (id.length !== hashLen) throw new Error(`object id of the wrong length: ${e.id}`);
    return { name, tree: e.mode === TREE_MODE, bytes: Buffer.concat([Buffer.from(`${e.mode} `, 'latin1'), name, Buffer.from([0]), id]) };
  });
  adds.sort((x, y) => compareEntryNames(x.name, 0, x.name.length, x.tree, y.name, 0, y.name.length, y.tree));
  for (let i = 1; i < adds.length; i++)
    if (adds[i]!.name.equals(adds[i - 1]!.name)) throw new Error(`one name entered twice: ${adds[i]!.name.toString('utf8')}`);
  if (!raw) return adds.map((a) => a.bytes);
  const entries = entriesOf(raw, hashLen);
  const dropped = adds
    .map((a) => entries.indexOf(a.name))
    .filter((i) => i >= 0)
    .sort((x, y) => x - y);
  // Each entered entry goes before the first old one that sorts after it; runs between are copied.
  const out: Buffer[] = [];
  let from = 0;
  let d = 0;
  const copyTo = (to: number) => {
    for (; d < dropped.length && dropped[d]! < to; d++) {
      if (dropped[d]! > from) out.push(raw.subarray(entries.start(from), entries.start(dropped[d]!)));
      from = dropped[d]! + 1;
    }
    if (to > from) out.push(raw.subarray(entries.start(from), entries.start(to)));
    from = Math.max(from, to);
  };
  for (const a of adds) {
    copyTo(entries.lowerBound(a.name, a.tree));
    out.push(a.bytes);
  }
  copyTo(entries.count);
  return out;
}

/** The id git gives an object of `type` whose content is `pieces` joined, in the repository's hash (`hashLen` 20: SHA-1, 32: SHA-256). */
export function objectId(type: 'tree' | 'blob' | 'commit', pieces: readonly Buffer[], hashLen: number): string {
  const h = createHash(hashLen === 32 ? 'sha256' : 'sha1').update(`${type} ${pieces.reduce((n, p) => n + p.length, 0)}\0`, 'latin1');
  for (const p of pieces) h.update(p);
  return h.digest('hex');
}
