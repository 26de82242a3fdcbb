/**
 * The expiry report (SOP step 4; PP 61/2010 Pasal 11), by the definitions of docs/domain.md §4.3:
 * - berakhir: the first day the item is no longer exempt;
 * - sisa_hari_kerja: working days d with today ≤ d < berakhir;
 * - expiring: in force and sisa_hari_kerja ≤ window; overdue: in force, berakhir ≤ today, not
 *   opened — public by law. A proposal never determined is never public by law: one whose
 *   proposed period is over is listed apart, as a proposal that can no longer be determined.
 * Items whose review date (tinjau_ulang, any period form) falls inside the window are listed
 * for review unless their end is listed already.
 */
import type { ReportKeys, SummaryRecord } from '../domain/record-summary.js';
import { STATUS_INFO } from '../domain/lifecycle.js';
import type { WorkingCalendar } from '../rules/working-days.js';
import { lastExemptDay, periodFacts, type PeriodFacts } from '../rules/period.js';
import { decisionDeadline } from '../rules/opening-window.js';
import type { BatasKeputusan } from '../domain/config.js';
import { compareText } from './text.js';

export type ExpiryState = 'lewat' | 'usulan-lewat' | 'akan-berakhir' | 'tinjau-ulang';

export interface ExpiryRow<R extends SummaryRecord = SummaryRecord> {
  record: R;
  facts: PeriodFacts;
  keadaan: ExpiryState;
  berakhir?: string;
  sisaHariKerja?: number;
  /** The last day on which the opening is decided in time (the archive's reading of Pasal 11(2)). */
  batasKeputusan?: string;
  tinjauUlang?: string;
}

export interface ExpiryReport<R extends SummaryRecord = SummaryRecord> {
  today: string;
  window: number;
  /** The last day that still lies within the window. */
  cutoff: string;
  rows: ExpiryRow<R>[];
  /** Years the counting reached that have no holiday calendar. */
  uncoveredYears: number[];
  /** How the decision deadline was read from PP 61/2010 Pasal 11(2). */
  reading: BatasKeputusan;
}

/**
 * The records the report could list, told from status and period dates alone: the report
 * below starts from this same test, so records left out by it are never missed.
 */
export function expiryCandidate(cal: WorkingCalendar, today: string, window: number): (f: ReportKeys) => boolean {
  const cutoff = cal.lastWithin(today, window);
  return (f) =>
    !STATUS_INFO[f.status].selesai && ((f.berakhir !== undefined && f.berakhir <= cutoff) || (f.tinjauUlang !== undefined && f.tinjauUlang <= cutoff));
}

export function expiryReport<R extends SummaryRecord>(
  records: R[],
  cal: WorkingCalendar,
  today: string,
  window: number,
  reading: BatasKeputusan = 'hari-kerja-terakhir',
): ExpiryReport<R> {
  const cutoff = cal.lastWithin(today, window);
  const candidate = expiryCandidate(cal, today, window);
  const uncovered = new Set<number>(cal.uncoveredYears(today, cutoff));
  const rows: ExpiryRow<R>[] = [];
  for (const record of records) {
    const facts = periodFacts(record.data);
    if (!candidate({ status: record.data.status, ...facts })) continue;
    const inForce = STATUS_INFO[record.data.status].berlaku;
    const b = facts.berakhir;
    if (b !== undefined && b <= today) {
      rows.push({ record, facts, keadaan: inForce ? 'lewat' : 'usulan-lewat', berakhir: b, sisaHariKerja: 0 });
    } else if (b !== undefined && inForce && b <= cutoff) {
      const batasKeputusan = decisionDeadline(cal, b, reading);
      for (const y of cal.uncoveredYears(batasKeputusan, b)) uncovered.add(y);
      rows.push({ record, facts, keadaan: 'akan-berakhir', berakhir: b, sisaHariKerja: cal.countBetween(today, b), batasKeputusan });
    } else if (facts.tinjauUlang !== undefined && facts.tinjauUlang <= cutoff) {
      rows.push({ record, facts, keadaan: 'tinjau-ulang', tinjauUlang: facts.tinjauUlang });
    }
  }
  const order: Record<ExpiryState, number> = { lewat: 0, 'usulan-lewat': 1, 'akan-berakhir': 2, 'tinjau-ulang': 3 };
  rows.sort(
    (x, y) =>
      order[x.keadaan] - order[y.keadaan] ||
      compareText(x.keadaan === 'tinjau-ulang' ? x.tinjauUlang! : x.berakhir!, y.keadaan === 'tinjau-ulang' ? y.tinjauUlang! : y.berakhir!) ||
      compareText(x.record.data.id, y.record.data.id),
  );
  return { today, window, cutoff, rows, uncoveredYears: [...uncovered].sort(), reading };
}

/** The JSON shape of the report (documented in the README). */
export function expiryReportJson(r: ExpiryReport): Record<string, unknown> {
  return {
    tanggal: r.today,
    jendela_hari_kerja: r.window,
    batas_jendela: r.cutoff,
    tafsir_batas_keputusan: r.reading,
    tahun_tanpa_kalender: r.uncoveredYears,
    butir: r.rows.map((x) => ({
      id: x.record.data.id,
      keadaan: x.keadaan,
      judul: x.record.data.judul,
      unit: x.record.data.unit,
      pasal17: x.record.data.pasal17,
      status: x.record.data.status,
      berakhir: x.berakhir ?? null,
      dikecualikan_sampai: x.berakhir ? lastExemptDay(x.berakhir) : null,
      sisa_hari_kerja: x.sisaHariKerja ?? null,
      batas_keputusan: x.batasKeputusan ?? null,
      tinjau_ulang: x.tinjauUlang ?? null,
      lewat_batas_keputusan: x.batasKeputusan ? x.batasKeputusan < r.today : null,
      berkas: x.record.path,
    })),
  };
}
