/** Writing files so that a crash leaves either the old content or the new, never half. */
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';

export const TEMP_MARK = '.ppid-tmp-';

/**
 * `durable: false` skips the flush to disk: for the cache, whose loss costs only time and
 * whose damage is detected when read, the rename alone is enough.
 */
export function writeFileAtomic(path: string, content: string | Buffer | Buffer[], { durable = true }: { durable?: boolean } = {}): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `${TEMP_MARK}${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}`);
  const fd = openSync(tmp, 'wx', 0o644);
  try {
    // A list of pieces is written one after another: a large file need not be joined in memory first.
    for (const piece of Array.isArray(content) ? content : [content]) writeSync(fd, typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece);
    if (durable) fsyncSync(fd);
  } catch (e) {
    closeSync(fd);
    unlinkSync(tmp);
    throw e;
  }
  closeSync(fd);
  renameSync(tmp, path);
}
