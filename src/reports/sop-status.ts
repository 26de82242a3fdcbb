/**
 * `ppid status`: for every item not yet closed, the SOP step it waits for, since when (from
 * git history), the step's time limit in working days, and whether it is late.
 */
import { compareText } from './text.js';
import type { SummaryRecord } from '../domain/record-summary.js';
import { STATUS_INFO, WAITING_FOR, type Perintah, type SopStep } from '../domain/lifecycle.js';
import { stepLimit, type Config } from '../domain/config.js';
import type { WorkingCalendar } from '../rules/working-days.js';
import { periodFacts } from '../rules/period.js';
import { batasKeputusanOf, decisionDeadline } from '../rules/opening-window.js';
import type { HistoryCommit } from '../history/read-history.js';

export interface StatusRow {
  record: SummaryRecord;
  langkah?: SopStep['langkah'];
  perintah?: Perintah;
  sejak?: string;
  batasHariKerja?: number;
  tenggat?: string;
  hariKerjaBerjalan?: number;
  terlambat: boolean;
  berakhir?: string;
}

export interface StatusReport {
  today: string;
  rows: StatusRow[];
  perLangkah: { langkah: number; butir: number; terlambat: number }[];
}

/** The day the item entered its current status: from history (audit/entered.ts), else from the record's own dates. */
function enteredStatus(rec: SummaryRecord, fromHistory: string | undefined): string | undefined {
  const d = rec.data;
  if (fromHistory) return fromHistory;
  switch (d.status) {
    case 'diusulkan':
      return d.didaftarkan;
    case 'diklarifikasi':
      return d.klarifikasi?.tanggal;
    case 'dipertimbangkan':
      return d.pertimbangan?.tanggal;
    case 'ditetapkan':
      return d.penetapan?.tanggal;
    default:
      return undefined;
  }
}

/** Item id → the last day a step-6 commit named it (the publications git history shows). */
export function lastPublished(commits: readonly HistoryCommit[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of commits) {
    // A publication is a publish step's commit, not any commit that says step 6 (audit names such claims).
    if (c.trailers['PPID-Perintah']?.[0] !== 'publish') continue;
    const day = c.waktuCommit.slice(0, 10);
    for (const id of c.trailers['PPID-Item'] ?? []) if (day > (out.get(id) ?? '')) out.set(id, day);
  }
  return out;
}

/** Published after `since`: by a step-6 commit naming the item, or by the record's own publication date. */
function publishedSince(rec: SummaryRecord, since: string, published: ReadonlyMap<string, string>): boolean {
  return (rec.data.publikasi?.terakhir ?? '') >= since || (published.get(rec.data.id) ?? '') >= since;
}

export function sopStatus(
  records: SummaryRecord[],
  entered: ReadonlyMap<string, string>,
  published: ReadonlyMap<string, string>,
  cal: WorkingCalendar,
  config: Config,
  today: string,
  window: number,
): StatusReport {
  const rows: StatusRow[] = [];
  // Within `window` working days of the end.
  const nearEnd = cal.lastWithin(today, window);
  for (const record of records) {
    const d = record.data;
    if (STATUS_INFO[d.status].selesai) continue;
    const since = enteredStatus(record, entered.get(d.id));
    const row = (langkah: SopStep['langkah'], perintah: Perintah, from: string | undefined, extra: Partial<StatusRow> = {}): StatusRow => {
      const limit = stepLimit(config, langkah);
      if (!from) return { record, langkah, perintah, batasHariKerja: limit, terlambat: false, ...extra };
      const tenggat = cal.addWorkingDays(from, limit);
      return {
        record,
        langkah,
        perintah,
        sejak: from,
        batasHariKerja: limit,
        tenggat,
        hariKerjaBerjalan: cal.countBetween(from, today),
        terlambat: today > tenggat,
        ...extra,
      };
    };
    const waiting = WAITING_FOR[d.status];
    if (waiting) {
      rows.push(row(waiting.langkah, waiting.perintah, since));
      continue;
    }
    // In force: near (or past) the end, the opening comes first; otherwise documentation,
    // then publication; otherwise nothing is due until the period nears its end.
    const facts = periodFacts(d);
    const end = facts.berakhir ? { berakhir: facts.berakhir } : {};
    if (facts.berakhir && facts.berakhir <= nearEnd) {
      const windowStart = cal.addWorkingDays(facts.berakhir, -window);
      const r = row(4, 'open', windowStart, end);
      // The opening is decided by the archive's reading of PP 61/2010 Pasal 11(2); once the
      // period is over the item is public by law, and recording that is all that is left.
      const tenggat = decisionDeadline(cal, facts.berakhir, batasKeputusanOf(config));
      rows.push({ ...r, tenggat, terlambat: today > tenggat });
    } else if (!(d.lampiran?.length && d.arsip?.lokasi)) rows.push(row(5, 'attach', since, end));
    else if (since && !publishedSince(record, since, published)) rows.push(row(6, 'publish', since, end));
    else rows.push({ record, terlambat: false, ...end });
  }
  rows.sort(
    (x, y) =>
      (x.langkah ?? 9) - (y.langkah ?? 9) ||
      Number(y.terlambat) - Number(x.terlambat) ||
      compareText(x.sejak ?? '', y.sejak ?? '') ||
      compareText(x.record.data.id, y.record.data.id),
  );
  const perLangkah = [1, 2, 3, 4, 5, 6].map((langkah) => {
    const at = rows.filter((r) => r.langkah === langkah);
    return { langkah, butir: at.length, terlambat: at.filter((r) => r.terlambat).length };
  });
  return { today, rows, perLangkah };
}
