/**
 * Dates of events come from the real world (docs/domain.md §6): a consequence test, an approval, a
 * decree, an opening or the event a period counts from cannot lie after today. Kept apart from
 * the rules a record's cache entry holds, since the answer changes with the day.
 */
import { EVENT_DATE_PATHS, RIWAYAT_DATE_KEYS } from '../domain/record.js';
import { isIsoDate } from './dates.js';
import type { Findings } from './finding.js';

function at(data: unknown, path: readonly string[]): unknown {
  let v = data;
  for (const k of path) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
  return v;
}

/** Every event date of the record, with its path. */
export function eventDates(data: unknown): Array<{ path: Array<string | number>; tanggal: string }> {
  const out: Array<{ path: Array<string | number>; tanggal: string }> = [];
  for (const p of EVENT_DATE_PATHS) {
    const v = at(data, p);
    if (isIsoDate(v)) out.push({ path: [...p], tanggal: v });
  }
  const riwayat = at(data, ['riwayat_klasifikasi']);
  if (Array.isArray(riwayat)) {
    riwayat.forEach((r, i) => {
      for (const k of RIWAYAT_DATE_KEYS) {
        const v = at(r, [k]);
        if (isIsoDate(v)) out.push({ path: ['riwayat_klasifikasi', i, k], tanggal: v });
      }
    });
  }
  return out;
}

/** The latest event date (undefined: none), for choosing which records to look at again. */
export function latestEventDate(data: unknown): string | undefined {
  let latest: string | undefined;
  for (const e of eventDates(data)) if (latest === undefined || e.tanggal > latest) latest = e.tanggal;
  return latest;
}

export function checkAgainstToday(data: unknown, today: string, f: Findings): void {
  for (const e of eventDates(data)) {
    if (e.tanggal > today) f.err('tanggal-masa-depan', { tanggal: e.tanggal, hari_ini: today }, e.path);
  }
}
