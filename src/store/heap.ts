/**
 * How soon V8 collects garbage in a command that reads every record. By default V8 lets its
 * old generation grow to up to four times what was live after the last full collection before
 * it collects again; a command holding the public fields of 100,000 records (about 90 MB live)
 * then peaked near 390 MB, most of it garbage not yet collected. Capping the growth at a tenth
 * (V8's own smallest factor) brought the same run to about 280 MB; the full collections it adds
 * cost about 0.1 s over a 30-second first read (measured with --trace-gc; scavenges of the
 * young generation, which this does not touch, are most of the collection time).
 */
import { setFlagsFromString } from 'node:v8';

let set = false;

/** Process-wide and lasting: worker threads started afterwards share it. */
export function collectSooner(): void {
  if (set) return;
  set = true;
  setFlagsFromString('--heap-growing-percent=10');
}
