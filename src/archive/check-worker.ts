/** A worker thread of `scanArchive`: reads, checks and writes its shards of the record cache. */
import { parentPort, workerData } from 'node:worker_threads';
import type { Config } from '../domain/config.js';
import { processShard, type ShardTask } from './fresh-read.js';
import type { Want } from './scan.js';

const { root, config, dir, tasks, want, startedMs } = workerData as { root: string; config: Config; dir: string | undefined; tasks: ShardTask[]; want: Want; startedMs: number };
// One message per shard: what was read leaves this thread as soon as its shard is written.
for (const t of tasks) parentPort!.postMessage({ fresh: processShard(root, config, dir, t, want, startedMs) });
parentPort!.postMessage({ done: true });
