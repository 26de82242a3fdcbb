/** The columns every report's CSV starts with for an item, and its exempt-until/open-since pair: one wording, one order. */
import type { SummaryRecord } from '../domain/record-summary.js';
import { ui } from '../i18n/ui-messages.js';
import { lastExemptDay } from '../rules/period.js';
import type { Column } from '../terminal/table.js';

export function itemCsvColumns<R extends { record: SummaryRecord }>(): Column<R>[] {
  return [
    { key: 'id', header: ui('kol.id'), value: (r) => r.record.data.id },
    { key: 'judul', header: ui('kol.judul'), value: (r) => r.record.data.judul },
    { key: 'unit', header: ui('kol.unit'), value: (r) => r.record.data.unit },
    { key: 'pasal17', header: ui('kol.pasal17'), value: (r) => r.record.data.pasal17.join(' ') },
    { key: 'status', header: ui('kol.status'), value: (r) => r.record.data.status },
  ];
}

/** "Exempt until" is the last exempt day, "open since" the first public one (DOMAIN.md: `sampai`). */
export function opensCsvColumns<R>(opens: (r: R) => string | undefined): Column<R>[] {
  return [
    { key: 'dikecualikan_sampai', header: ui('kol.sampai'), value: (r) => (opens(r) ? lastExemptDay(opens(r)!) : '') },
    { key: 'terbuka_sejak', header: ui('kol.terbuka'), value: (r) => opens(r) ?? '' },
  ];
}
