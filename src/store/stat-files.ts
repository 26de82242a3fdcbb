/**
 * The lstat of the record files, four numbers each (size, mtimeMs, ctimeMs, inode; size -1:
 * missing or not a regular file), shared between worker threads and this one on a large
 * archive; and the records folder's own signature.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { statInto } from './stat-into.js';
import { readerThreads } from './reader-pool.js';
import { signature, type Signature } from './cache-format.js';
import { type Names } from './cache-names.js';
import { RECORDS_DIR } from '../domain/config.js';
import { tuning } from '../environment.js';

function statShare(root: string, files: string[]): Promise<Float64Array> {
  return new Promise((done, fail) => {
    const w = new Worker(new URL('./stat-worker.js', import.meta.url), { workerData: { root, files } });
    w.once('message', (m: Float64Array) => done(m));
    w.once('error', fail);
    w.once('exit', (code) => {
      if (code !== 0) fail(new Error(`stat worker exited with ${code}`));
    });
  });
}

/**
 * The lstat of every file; from `tuning.statParallelMin()` files on, the system calls are shared
 * between a worker thread and this one (below it, starting a worker costs more than the calls it
 * would share: docs/performance.md, 'Why the code is shaped so').
 */
export function statAll(root: string, files: string[]): Promise<Float64Array> {
  const out = new Float64Array(files.length * 4);
  const n = files.length < tuning.statParallelMin() ? 1 : readerThreads();
  const size = Math.ceil(files.length / n);
  // The workers take the first shares; this thread does the last one meanwhile.
  const parts = Array.from({ length: n - 1 }, (_, k) => statShare(root, files.slice(k * size, (k + 1) * size)));
  statInto(root, files.slice((n - 1) * size), out, (n - 1) * size);
  return Promise.all(parts).then((done) => {
    done.forEach((a, k) => out.set(a, k * size * 4));
    return out;
  });
}

/**
 * The lstat of the files git does not vouch for, as `statAll` gives it (a file vouched for is
 * left at zeros: it is judged by git's word, not by its lstat).
 */
export async function statUnvouched(root: string, files: Names, vouched: Uint8Array | undefined): Promise<Float64Array> {
  const rest: number[] = [];
  for (let k = 0; k < files.length; k++) if (!vouched?.[k]) rest.push(k);
  if (!vouched)
    return statAll(
      root,
      rest.map((k) => files.at(k)!),
    );
  const now = new Float64Array(files.length * 4);
  const some = await statAll(
    root,
    rest.map((k) => files.at(k)!),
  );
  rest.forEach((k, j) => {
    for (let c = 0; c < 4; c++) now[k * 4 + c] = some[j * 4 + c]!;
  });
  return now;
}

export const sigOf = (now: Float64Array, k: number): Signature => [now[k * 4]!, now[k * 4 + 1]!, now[k * 4 + 2]!, now[k * 4 + 3]!];

/** The records folder's signature, following a link to it (its listing is what counts). */
export function folderSig(root: string): Signature | null {
  const st = statSync(join(root, RECORDS_DIR), { throwIfNoEntry: false });
  return st?.isDirectory() ? signature(st) : null;
}
