/**
 * A worker thread of `statAll`: the lstat of its share of the record files, as a flat array
 * of numbers (size, mtimeMs, ctimeMs, inode; size -1 for anything but a regular file), so
 * that the answer crosses threads without copying. Imports nothing else: it starts fast.
 */
import { lstatSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';

const { root, files } = workerData as { root: string; files: string[] };
const out = new Float64Array(files.length * 4);
files.forEach((rel, i) => {
  const st = lstatSync(`${root}/${rel}`, { throwIfNoEntry: false });
  if (st?.isFile()) out.set([st.size, st.mtimeMs, st.ctimeMs, st.ino], i * 4);
  else out[i * 4] = -1;
});
parentPort!.postMessage(out, [out.buffer]);
