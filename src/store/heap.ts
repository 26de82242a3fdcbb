/**
 * How soon V8 collects garbage in a command that reads every record. By default V8 lets its
 * old generation grow to up to four times what was live after the last full collection before
 * it collects again; a command holding the public fields of 100,000 records then peaked at
 * several times what was live, most of it garbage not yet collected. Capping the growth at a
 * tenth (V8's own smallest factor) brought the same run's peak well down; the full collections
 * it adds cost little beside a first read's time (measured with --trace-gc; scavenges of the
 * young generation, which this does not touch, are most of the collection time). The figures:
 * docs/performance.md, 'Why the code is shaped so'.
 */
import { setFlagsFromString } from 'node:v8';

let set = false;

/** Process-wide and lasting: worker threads started afterwards share it. */
export function collectSooner(): void {
  if (set) return;
  set = true;
  setFlagsFromString('--heap-growing-percent=10');
}
