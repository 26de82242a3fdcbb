/** A worker thread of `checkArchiveCached`: reads and checks its share of the record files. */
import { parentPort, workerData } from 'node:worker_threads';
import type { Config } from '../domain/config.js';
import { checkOne } from './record-cache.js';

const { root, config, files } = workerData as { root: string; config: Config; files: string[] };
parentPort!.postMessage(files.map((rel) => checkOne(root, config, rel)));
