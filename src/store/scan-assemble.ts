/**
 * A scan's last phase: every record as the command wants it — from what was read now, or from
 * the cache — in listing order, less the valid records a report's `where` leaves out (counted
 * only). A record whose cached part cannot be had after all is read again here.
 */
import type { CheckedRecord } from '../archive/check.js';
import { RECORDS_DIR } from '../domain/config.js';
import type { ReportKeys, RecordSummary } from '../domain/record-summary.js';
import { hasErrors } from '../diagnostics.js';
import { reportKeysOf, summaryFromText, type Fresh, type IndexRow } from './cache-format.js';
import { at, nameAt, type ScanPlan } from './scan-plan.js';
import type { Reads } from './scan-read.js';
import { wantsData } from './types.js';

type Reader = typeof import('./read-misses.js');

const optional = (facts: ReportKeys | undefined): { facts?: ReportKeys } => (facts ? { facts } : {});

/** A record's marks as read now (domain/record-summary.ts: RecordMarks), with its facts. */
const marksOf = (row: IndexRow): CheckedRecord['marks'] => ({ terakhir: row.terakhir, kunci: row.kunci, ...optional(reportKeysOf(row)) });

/** Record `rel` read again on this thread, as the command wants it. */
const readAgain = (p: ScanPlan, r: Reader, rel: string): Fresh => r.forCommand(r.readFresh(p.root, p.ctx, rel, p.index.startedMs), p.want);

/** The marks validate's checks across records start from; the reports have no use for them. */
function marks(p: ScanPlan, f: Fresh | undefined, i: number): { marks?: CheckedRecord['marks'] } {
  if (p.want !== 'problems' && p.want !== 'full') return {};
  if (f?.row) return { marks: marksOf(f.row) };
  return i >= 0 ? { marks: { ...p.index.marksAt(i), ...optional(p.index.reportKeysAt(i)) } } : {};
}

/** Record `k` as the command wants it; undefined when it must be read again and the reader is not loaded yet. */
function record(p: ScanPlan, r: Reads, k: number): CheckedRecord<unknown> | undefined {
  const { index, want, where } = p;
  const rel = nameAt(p, k);
  let f = r.store?.get(k);
  // Fields to be taken from a shard that no longer held them: the record is read again, and
  // all that is said of it comes from that reading.
  if (r.later && f?.row && p.keptData[k] === undefined) {
    if (!r.reader) return undefined;
    f = readAgain(p, r.reader, rel);
  }
  const i = at(p, k);
  const cached = f ? [] : index.problemsAt(i);
  // Problems the cache cannot give back (its index damaged): the record is read again.
  if (!cached) {
    if (!r.reader) return undefined;
    f = readAgain(p, r.reader, rel);
  }
  let summary: RecordSummary | undefined;
  if (!f && want === 'summary' && !hasErrors(cached!)) {
    const facts = index.reportKeysAt(i);
    if (facts && where && !where(facts))
      return { parsed: { file: rel, data: { id: index.idAt(i) }, body: '', problems: [] }, problems: [...cached!], unloaded: true };
    summary = facts && (p.early.has(i) ? p.early.get(i) : index.summaryAt(i));
    // A record without errors always has a summary; one the cache cannot give back (its
    // file damaged, or removed meanwhile by another run) is made again from the record.
    if (!summary) {
      if (!r.reader) return undefined;
      f = readAgain(p, r.reader, rel);
    }
  }
  if (f && !f.row) return { parsed: { file: rel, data: undefined, body: '', problems: [] }, problems: [...f.problems] };
  const id = f ? f.row!.id : index.idAt(i);
  const idOnly = id !== undefined ? { id } : {};
  const problems = [...(f ? f.problems : cached!)];
  if (wantsData(want)) {
    const entry = f?.full ?? { data: p.keptData[k], body: p.keptBody[k] };
    return { parsed: { file: rel, data: entry?.data, body: entry?.body ?? '', problems: [] }, problems, ...marks(p, f, i) };
  }
  // A record read again here has its summary as text only (store/read-misses.ts: forCommand).
  summary ??= f?.row!.summary ?? (f?.row!.summaryText !== undefined ? summaryFromText(f.row!.summaryText) : undefined);
  const facts = f ? reportKeysOf(f.row!) : undefined;
  if (want === 'problems' || !summary || (facts && where && !where(facts))) {
    return { parsed: { file: rel, data: idOnly, body: '', problems: [] }, problems, unloaded: true, ...marks(p, f, i) };
  }
  return { parsed: { file: rel, data: summary, body: '', problems: [] }, problems };
}

/**
 * The records only counted: left out by the report's `where`. A record named otherwise than by
 * its id may share the id of one only counted: that one takes part in the check of duplicate ids.
 */
function countedOnly(p: ScanPlan, r: Reads): (k: number) => boolean {
  const { n, index, where, want } = p;
  const store = r.store;
  const counted = new Uint8Array(n);
  for (let k = 0; k < n; k++) counted[k] = (store?.has(k) ? where !== undefined && want === 'summary' && store.leftOut(k, where) : p.notChosen?.[k]) ? 1 : 0;
  const idOf = (k: number): string | undefined => (store?.has(k) ? store.id(k) : at(p, k) >= 0 ? index.idAt(at(p, k)) : undefined);
  const odd = new Set<string>();
  for (let k = 0; k < n; k++) {
    const id = counted[k] ? undefined : idOf(k);
    if (id !== undefined && nameAt(p, k) !== `${RECORDS_DIR}/${id}.md`) odd.add(`${RECORDS_DIR}/${id}.md`);
  }
  return (k) => counted[k] === 1 && (odd.size === 0 || !odd.has(nameAt(p, k)));
}

/** Phase 6: the records handed to the command. */
export async function assemble(p: ScanPlan, r: Reads): Promise<CheckedRecord<unknown>[]> {
  const skip = countedOnly(p, r);
  const checked: CheckedRecord<unknown>[] = [];
  for (let k = 0; k < p.n; k++) {
    if (skip(k)) continue;
    let c = record(p, r, k);
    if (!c) {
      r.reader = await import('./read-misses.js');
      c = record(p, r, k)!;
    }
    checked.push(c);
  }
  return checked;
}
