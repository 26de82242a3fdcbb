/**
 * The checks `validate` makes that no record's cache entry can hold: its event dates against
 * today (docs/domain.md §6) and the same information opened before under another item (PP 61/2010
 * Pasal 11(3)). Both start from every record's marks in the cache (domain/record-summary.ts:
 * RecordMarks); only the records they single out are read again, to say where.
 */
import type { CheckedRecord } from './check.js';
import { readRecord } from './read.js';
import type { RecordData } from '../domain/record.js';
import { STATUS_INFO } from '../domain/lifecycle.js';
import { hasErrors } from '../diagnostics.js';
import { findings } from '../rules/finding.js';
import { checkAgainstToday } from '../rules/today.js';
import { findReopened, informationKey } from '../rules/reopened.js';

const ymd = (d: string): number => Number(d.replaceAll('-', ''));

/** Whether the marks say the record's information may be public by `today`. */
function mayBePublic(c: CheckedRecord<unknown>, today: string): boolean {
  const f = c.marks?.facts;
  if (!f) return false;
  return f.status === 'dibuka' || (STATUS_INFO[f.status].berlaku && f.berakhir !== undefined && f.berakhir <= today);
}

/** Adds the findings to the records they are about. */
export function checkAcrossRecords(root: string, checked: CheckedRecord<unknown>[], today: string): void {
  const now = ymd(today);
  const reread = new Map<CheckedRecord<unknown>, ReturnType<typeof readRecord>>();
  const read = (c: CheckedRecord<unknown>) => {
    let r = reread.get(c);
    if (!r) reread.set(c, (r = readRecord(root, c.parsed.file)));
    return r;
  };
  for (const c of checked) {
    if (!c.marks || !(c.marks.terakhir > now)) continue;
    const r = read(c);
    if (r.source && r.data !== undefined) checkAgainstToday(r.data, today, findings(r.source, c.problems));
  }
  // Items sharing a title and unit with one whose information is public: read, and compared whole.
  const groups = new Map<number, CheckedRecord<unknown>[]>();
  for (const c of checked) {
    if (!c.marks?.kunci || hasErrors(c.problems)) continue;
    groups.set(c.marks.kunci, [...(groups.get(c.marks.kunci) ?? []), c]);
  }
  for (const group of groups.values()) {
    if (group.length < 2 || !group.some((c) => mayBePublic(c, today))) continue;
    const records = group.flatMap((c) => {
      const r = read(c);
      const d = r.data as RecordData | undefined;
      return d && r.source && informationKey(d) === c.marks!.kunci ? [{ c, d, source: r.source }] : [];
    });
    for (const hit of findReopened(
      records.map((x) => x.d),
      today,
    )) {
      const x = records.find((y) => y.d.id === hit.id)!;
      findings(x.source, x.c.problems).warn('pernah-dibuka', { id: hit.dibuka.id, tanggal: hit.dibuka.tanggal }, ['judul']);
    }
  }
}
