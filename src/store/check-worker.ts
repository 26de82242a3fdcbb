/** A reading thread of `ReaderPool`: reads, checks and writes the shards it is handed. */
import { parentPort } from 'node:worker_threads';
import { processShard } from './read-misses.js';
import type { FromReader, ReaderSetup, ToReader } from './reader-pool.js';
import { WorkingCalendar } from '../rules/working-days.js';
import type { RuleContext } from '../rules/legal.js';

// The yaml parser looks up process.env.LOG_TOKENS once per token, and a worker's env object
// answers each lookup from a locked native map: a large share of the parse time
// (docs/performance.md, 'Why the code is shaped so').
// This thread only reads records and starts no process, so a plain copy of the same values
// serves (a worker's env is already a copy of the main thread's, taken when it started).
process.env = { ...process.env };

const port = parentPort!;
const send = (m: FromReader): void => port.postMessage(m);
let setup: ReaderSetup | undefined;
let ctx: RuleContext | undefined;
port.on('message', (m: ToReader) => {
  if ('setup' in m) {
    setup = m.setup;
    ctx = { config: setup.config, calendar: WorkingCalendar.fromParts(setup.calendar) };
  } else if ('task' in m) {
    // Asked before reading, so that the next shard is here when this one is done.
    send({ next: true });
    const { root, dir, want, startedMs } = setup!;
    // One message per shard: what was read leaves this thread as soon as its shard is written.
    send({ fresh: processShard(root, ctx!, dir, m.task, want, startedMs) });
  } else {
    send({ done: true });
    port.close();
  }
});
