/**
 * The lstat of record files as four numbers each (size, mtimeMs, ctimeMs, inode; size -1:
 * missing or not a regular file). Imports nothing of ppid: the stat worker starts fast with it.
 */
import { lstatSync } from 'node:fs';

/** Fills `out` from position `at` (in files) with the lstat of `files`. */
export function statInto(root: string, files: readonly string[], out: Float64Array, at = 0): void {
  files.forEach((rel, k) => {
    const st = lstatSync(`${root}/${rel}`, { throwIfNoEntry: false });
    const q = (at + k) * 4;
    if (st?.isFile()) {
      out[q] = st.size;
      out[q + 1] = st.mtimeMs;
      out[q + 2] = st.ctimeMs;
      out[q + 3] = st.ino;
    } else out[q] = -1;
  });
}
