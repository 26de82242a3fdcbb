/**
 * A worker thread of `statAll` (store/scan.ts): the lstat of its share of the record files, sent
 * back as a flat array of numbers that crosses threads without copying.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { statInto } from './stat-into.js';

const { root, files } = workerData as { root: string; files: string[] };
const out = new Float64Array(files.length * 4);
statInto(root, files, out);
parentPort!.postMessage(out, [out.buffer]);
