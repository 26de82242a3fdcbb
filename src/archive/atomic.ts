/** Writing files so that a crash leaves either the old content or the new, never half. */
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';

export const TEMP_MARK = '.ppid-tmp-';

/**
 * `durable: false` skips the flush to disk: for the cache, whose loss costs only time and
 * whose damage is detected when read, the rename alone is enough.
 */
export function writeFileAtomic(path: string, content: string | Buffer | Iterable<string | Buffer>, { durable = true }: { durable?: boolean } = {}): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `${TEMP_MARK}${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}`);
  const fd = openSync(tmp, 'wx', 0o644);
  try {
    // Pieces are written as they come: a large file need not be joined in memory first.
    const pieces = typeof content === 'string' || Buffer.isBuffer(content) ? [content] : content;
    const text = new TextBatch(fd);
    for (const piece of pieces) {
      if (typeof piece === 'string') text.add(piece);
      else {
        text.flush();
        writeSync(fd, piece);
      }
    }
    text.flush();
    if (durable) fsyncSync(fd);
  } catch (e) {
    closeSync(fd);
    unlinkSync(tmp);
    throw e;
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

const SLICE = 1 << 20;

/**
 * Text written about a megabyte at a time: many small pieces are gathered (one write each would
 * be slow) and a long one is cut (a published page of 100,000 items is tens of megabytes, and
 * encoding it whole would hold a second copy of it). A cut never falls between the two halves of
 * a surrogate pair.
 */
class TextBatch {
  private pending: string[] = [];
  private length = 0;

  constructor(private readonly fd: number) {}

  add(text: string): void {
    if (text.length > SLICE) {
      this.flush();
      for (let at = 0; at < text.length;) {
        let end = Math.min(at + SLICE, text.length);
        const last = text.charCodeAt(end - 1);
        if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
        writeSync(this.fd, Buffer.from(text.slice(at, end), 'utf8'));
        at = end;
      }
      return;
    }
    this.pending.push(text);
    this.length += text.length;
    if (this.length >= SLICE) this.flush();
  }

  flush(): void {
    if (this.pending.length > 0) writeSync(this.fd, Buffer.from(this.pending.join(''), 'utf8'));
    this.pending = [];
    this.length = 0;
  }
}
