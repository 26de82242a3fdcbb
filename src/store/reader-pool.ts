/**
 * The threads that read the records the cache cannot vouch for.
 *
 * Shards are handed out one at a time, as each thread asks for its next, so that the threads
 * finish together however their speeds differ (shared out in advance, two threads at 100,000
 * records ended far apart). A pool can be started before it has work, where the work is sure
 * to come (store/prefetch.ts): loading the parser and the checks is a slow part of a thread's
 * start, and that then overlaps the command's own start (docs/performance.md, 'Why the code
 * is shaped so').
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Config } from '../domain/config.js';
import type { CalendarParts } from '../rules/working-days.js';
import type { ShardTask } from './read-misses.js';
import type { Fresh } from './cache-format.js';
import type { Want } from './types.js';
import { tuning } from '../environment.js';

/** What every shard of one scan is read with. */
export interface ReaderSetup {
  root: string;
  config: Config;
  /** The archive's working days, as plain data (a class does not cross to a thread). */
  calendar: CalendarParts;
  dir: string | undefined;
  want: Want;
  startedMs: number;
}

export type ToReader = { setup: ReaderSetup } | { task: ShardTask } | { stop: true };
export type FromReader = { next: true } | { fresh: Fresh[] } | { done: true };

export const readerThreads = (): number => Math.min(availableParallelism(), 4);

/**
 * A reading thread's heap is kept small, so that the parser's garbage is collected as it goes
 * instead of piling up in every thread at once: a first read of 100,000 records peaked far
 * lower with these limits than without, in the same time (docs/performance.md, 'Why the code
 * is shaped so'). The old generation's cap is several times what a shard of ordinary records
 * needs; a thread that outgrows it (records far larger than usual) stops, and the scan reads
 * the shards it had not finished.
 * PPID_WORKER_HEAP_MB: tests.
 */
const workerLimits = () => ({ maxYoungGenerationSizeMb: 12, maxOldGenerationSizeMb: tuning.workerHeapMb() });

const ignore = (): void => {};

export class ReaderPool {
  private used = false;

  private constructor(private readonly workers: Worker[]) {}

  /** Threads that load their modules now and wait for `run`; they do not keep the process alive until then. */
  static start(n = readerThreads()): ReaderPool {
    const workers = Array.from({ length: n }, () => new Worker(new URL('./check-worker.js', import.meta.url), { resourceLimits: workerLimits() }));
    for (const w of workers) w.unref();
    return new ReaderPool(workers);
  }

  get size(): number {
    return this.workers.length;
  }

  /**
   * Reads `tasks`, each shard's results going to `onShard` as it is done. Resolves to the
   * tasks left unfinished by threads that ran out of memory (all that were left, when every
   * thread did). A pool runs once.
   */
  run(setup: ReaderSetup, tasks: ShardTask[], onShard: (fresh: Fresh[]) => void): Promise<ShardTask[]> {
    if (this.used) throw new Error('reader pool already used');
    this.used = true;
    // The largest first, so that what is handed out last is small.
    const cost = new Map(tasks.map((t) => [t, t.files.reduce((n, f) => n + (f.keep ? 0 : 1), 0)]));
    const queue = [...tasks].sort((a, b) => cost.get(b)! - cost.get(a)!);
    const left: ShardTask[] = [];
    return new Promise((done, fail) => {
      let running = this.workers.length;
      const finished = (): void => {
        if (--running === 0) done([...left, ...queue.splice(0)]);
      };
      for (const w of this.workers) {
        w.ref();
        /** Handed to this thread and not yet answered for. */
        const given: ShardTask[] = [];
        const give = (): void => {
          const task = queue.shift();
          if (task) given.push(task);
          w.postMessage(task ? { task } : ({ stop: true } satisfies ToReader));
        };
        // The Worker object outlives its thread, and any of its listeners would keep `onShard`,
        // and with it everything the scan kept (the fields of every record), alive after the scan.
        const end = (): void => {
          w.removeAllListeners();
          w.on('error', ignore);
          left.push(...given.splice(0));
          finished();
        };
        w.on('message', (m: FromReader) => {
          if ('next' in m) give();
          else if ('fresh' in m) {
            given.shift();
            onShard(m.fresh);
          } else end();
        });
        w.once('error', (e: Error & { code?: string }) => {
          if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') return end();
          this.stop();
          fail(e);
        });
        w.once('exit', (code) => {
          if (code === 0) return end();
          this.stop();
          fail(new Error(`check worker exited with ${code}`));
        });
        w.postMessage({ setup } satisfies ToReader);
        give();
      }
    });
  }

  /** Ends the threads (a pool started for work that did not come, or a scan that failed). */
  stop(): void {
    for (const w of this.workers) {
      w.removeAllListeners();
      w.on('error', ignore);
      void w.terminate();
    }
  }
}
