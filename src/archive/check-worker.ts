/** A worker thread of `scanArchive`: reads, checks and writes its shards of the record cache. */
import { parentPort, workerData } from 'node:worker_threads';
import type { Config } from '../domain/config.js';
import { processShard, type ShardTask } from './scan.js';

const { root, config, dir, tasks, wantFull, startedMs } = workerData as { root: string; config: Config; dir: string | undefined; tasks: ShardTask[]; wantFull: boolean; startedMs: number };
const fresh = tasks.flatMap((t) => {
  const f = processShard(root, config, dir, t, wantFull, startedMs);
  parentPort!.postMessage({ shard: f.length });
  return f;
});
parentPort!.postMessage({ fresh });
