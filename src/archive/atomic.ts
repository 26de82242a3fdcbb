/** Writing files so that a crash leaves either the old content or the new, never half. */
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';

export const TEMP_MARK = '.ppid-tmp-';

export interface WriteOptions {
  /** fsync before the rename (off for caches, whose damage is detected when read). */
  durable?: boolean;
  /** The file's mode from the moment it exists: a secret is never readable by others, not even while it is written. */
  mode?: number;
}

/**
 * `durable: false` skips the flush to disk: for the cache, whose loss costs only time and
 * whose damage is detected when read, the rename alone is enough.
 */
export function writeFileAtomic(path: string, content: string | Buffer | Iterable<string | Buffer>, { durable = true, mode = 0o644 }: WriteOptions = {}): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `${TEMP_MARK}${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}`);
  const fd = openSync(tmp, 'wx', mode);
  const text = new TextBatch(fd);
  try {
    // Pieces are written as they come: a large file need not be joined in memory first.
    const pieces = typeof content === 'string' || Buffer.isBuffer(content) ? [content] : content;
    for (const piece of pieces) {
      if (typeof piece === 'string') text.add(piece);
      else {
        text.flush();
        writeAll(fd, piece);
      }
    }
    text.flush();
    if (durable) fsyncSync(fd);
  } catch (e) {
    closeSync(fd);
    unlinkSync(tmp);
    throw e;
  } finally {
    text.release();
  }
  closeSync(fd);
  renameSync(tmp, path);
}

/**
 * Removes the temporary files this process left in `dir`: those of a thread stopped in the
 * middle of a write (a worker out of memory), which never reached its clean-up.
 */
export function removeOwnTemporaries(dir: string): void {
  const own = `.${process.pid}.`;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const n of names) if (n.startsWith(TEMP_MARK) && n.includes(own)) rmSync(join(dir, n), { force: true });
}

const BYTES = 1 << 20;
/**
 * A long text is encoded this many UTF-16 units at a time: at most three bytes each, so a
 * piece always fits the empty buffer.
 */
export const TEXT_STEP = Math.floor(BYTES / 3);
let spare: Buffer | undefined;

/**
 * Text written about a megabyte at a time, through one buffer that is filled again and again:
 * many small pieces are gathered (one write each would be slow) and a long one is cut (a
 * published page of 100,000 items is tens of megabytes, and encoding it whole would hold a
 * second copy of it). A new buffer per write was worse than it looks: dead buffers live outside
 * V8's heap, which collects them only after some 64 MB of them, all counted in the process's
 * memory. A cut never falls between the two halves of a surrogate pair.
 */
class TextBatch {
  private readonly buf: Buffer;
  private used = 0;

  constructor(private readonly fd: number) {
    // One buffer serves every write of this thread (a write made while another is under way gets its own).
    this.buf = spare ?? Buffer.allocUnsafe(BYTES);
    spare = undefined;
  }

  /** Gives the buffer back for the next write. */
  release(): void {
    spare = this.buf;
  }

  add(text: string): void {
    for (let at = 0; at < text.length;) {
      let end = Math.min(at + TEXT_STEP, text.length);
      const last = text.charCodeAt(end - 1);
      if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
      const piece = at === 0 && end === text.length ? text : text.slice(at, end);
      // The exact length is counted only where the worst case might not fit.
      if (this.used + piece.length * 3 > BYTES && this.used + Buffer.byteLength(piece, 'utf8') > BYTES) this.flush();
      this.used += this.buf.write(piece, this.used, 'utf8');
      at = end;
    }
  }

  flush(): void {
    writeAll(this.fd, this.buf.subarray(0, this.used));
    this.used = 0;
  }
}

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done, bytes.length - done);
}

/** Writes `pieces` one after another into an open file, from `position` on. */
export function writePiecesAt(fd: number, pieces: Iterable<Uint8Array>, position: number): void {
  for (const bytes of pieces) {
    for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done, bytes.length - done, position + done);
    position += bytes.length;
  }
}
