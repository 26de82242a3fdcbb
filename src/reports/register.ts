/**
 * The register (SOP step 2's output): every item ordered by the end of its exemption
 * period; items with no end date follow, by review date, then the open-ended ones.
 */
import { compareText } from './text.js';
import type { SummaryRecord } from '../domain/record-summary.js';
import type { Status } from '../domain/lifecycle.js';
import { findPasal17 } from '../domain/pasal17.js';
import { STATUS_INFO } from '../domain/lifecycle.js';
import { firstPublicDay, lastExemptDay, periodFacts, type PeriodFacts } from '../rules/period.js';

export interface RegisterRow<R extends SummaryRecord = SummaryRecord> {
  record: R;
  facts: PeriodFacts;
  /** In force on paper but past its period: public by law (PP 61/2010 Pasal 11(3)). */
  demiHukum: boolean;
  /** The first day the information is public: its opening, or the end of its period. */
  terbukaSejak?: string;
}

export interface RegisterFilter {
  status?: Status[];
  unit?: string[];
  /** Pasal 17 codes; a letter matches its numbered points too (`h` matches `h2`). */
  pasal17?: string[];
}

function sortKey(r: RegisterRow<SummaryRecord>): string {
  if (r.facts.berakhir) return `0${r.facts.berakhir}`;
  if (r.facts.tinjauUlang) return `1${r.facts.tinjauUlang}`;
  return '2';
}

export function matches(rec: SummaryRecord, f: RegisterFilter): boolean {
  const d = rec.data;
  if (f.status?.length && !f.status.includes(d.status)) return false;
  if (f.unit?.length) {
    const u = d.unit.toLowerCase();
    if (!f.unit.some((x) => u === x.toLowerCase() || u.includes(x.toLowerCase()))) return false;
  }
  if (f.pasal17?.length) {
    const ok = d.pasal17.some((k) => f.pasal17!.some((want) => k === want || findPasal17(k)?.huruf === want));
    if (!ok) return false;
  }
  return true;
}

export function register<R extends SummaryRecord>(records: R[], filter: RegisterFilter = {}, today?: string): RegisterRow<R>[] {
  return records
    .filter((r) => matches(r, filter))
    .map((record) => {
      const facts = periodFacts(record.data);
      const demiHukum = today !== undefined && STATUS_INFO[record.data.status].berlaku && facts.berakhir !== undefined && facts.berakhir <= today;
      const terbukaSejak = firstPublicDay(record.data, facts);
      return { record, facts, demiHukum, ...(terbukaSejak ? { terbukaSejak } : {}) };
    })
    .sort((a, b) => compareText(sortKey(a), sortKey(b)) || compareText(a.record.data.id, b.record.data.id));
}

/** The JSON shape of one register row (documented in the README). */
export function registerRowJson(r: RegisterRow): Record<string, unknown> {
  const d = r.record.data;
  return {
    id: d.id,
    judul: d.judul,
    unit: d.unit,
    pasal17: d.pasal17,
    status: d.status,
    cakupan: d.cakupan,
    bentuk_jangka_waktu: r.facts.bentuk ?? null,
    mulai: r.facts.mulai ?? null,
    berakhir: r.facts.berakhir ?? null,
    dikecualikan_sampai: r.terbukaSejak ? lastExemptDay(r.terbukaSejak) : null,
    terbuka_sejak: r.terbukaSejak ?? null,
    tinjau_ulang: r.facts.tinjauUlang ?? null,
    terbuka_demi_hukum: r.demiHukum,
    berkas: r.record.path,
  };
}
