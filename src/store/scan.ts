/**
 * Every record of the archive, checked: from the cache where a file is provably unchanged,
 * and what must be read is read on every core, shard by shard, each thread writing the
 * shards it read (so no thread ever holds the whole archive). The checks across records
 * (one id per item) are made anew every time.
 *
 * A scan is a plan (scan-plan.ts) taken through five phases: list the records and ask git,
 * compare them with the cache, read what it cannot vouch for (scan-read.ts), save the index,
 * and assemble what the command wants (scan-assemble.ts).
 */
import type { CheckedRecord } from '../archive/check.js';
import { completeArchiveCheck } from '../archive/archive-check.js';
import type { Config } from '../domain/config.js';
import type { ReportKeys } from '../domain/record-summary.js';
import type { Want } from './types.js';
import { compareWithCache, listRecords, type ScanPlan } from './scan-plan.js';
import { planReads, readMisses, saveIndex, takeLaterFields, releaseReading } from './scan-read.js';
import { assemble } from './scan-assemble.js';

export type { Want } from './types.js';

export interface ScanResult {
  /**
   * Every record, except — when the command gave `where` — the valid records taken from the
   * cache that it cannot list.
   */
  checked: CheckedRecord<unknown>[];
  hits: number;
  misses: number;
  /** Of the hits, those taken on git's word without an `lstat` (store/git-trust.ts). */
  vouched: number;
  /** Of the misses, those read on this thread because a worker ran out of memory. */
  retaken: number;
  /** The threads that read the misses (1: this one), and whether they were started before the scan. */
  readers: { threads: number; early: boolean };
}

/**
 * `where` lets a report name, from each record's status and period dates alone, the records
 * it could possibly list (a superset: the report still decides); the others are counted and
 * checked but their summaries are not parsed.
 */
export async function scanArchive(
  root: string,
  config: Config,
  want: Want,
  onProgress?: (done: number, total: number) => void,
  where?: (f: ReportKeys) => boolean,
): Promise<ScanResult> {
  const plan: ScanPlan = await listRecords(root, config, want, where);
  await compareWithCache(plan);
  const reads = planReads(plan);
  const hits = plan.n - reads.toRead;
  onProgress?.(hits, plan.n);
  await readMisses(plan, reads, onProgress);
  await saveIndex(plan, reads);
  takeLaterFields(plan, reads);
  releaseReading(plan, reads);
  reads.store?.close();
  const checked = await assemble(plan, reads);
  plan.index.close();
  const vouched = plan.vouched ? plan.vouched.reduce((sum, v, k) => sum + (v && plan.hit[k] ? 1 : 0), 0) : 0;
  return {
    checked: await completeArchiveCheck(root, checked),
    hits,
    misses: reads.toRead,
    vouched,
    retaken: reads.retaken,
    readers: { threads: reads.threads, early: reads.threads > 1 && plan.start.readers !== undefined },
  };
}
