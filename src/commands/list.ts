/** `ppid list`: the register ordered by the end of the exemption period. */
import type { Io } from '../terminal/io.js';
import { renderCsv, writeTable, type Column } from '../terminal/table.js';
import { register, registerRowJson, type RegisterRow } from '../reports/register.js';
import { longDate, periodText, statusLabel } from '../reports/text.js';
import { lastExemptDay } from '../rules/period.js';
import { itemCsvColumns, opensCsvColumns } from './item-columns.js';
import { ui } from '../i18n/ui-messages.js';
import { pasal17Filter, unitFilter, unitsOf } from './filters.js';
import {
  writeJsonArray,
  statusOption,
  loadSummaries,
  openArchive,
  outputFormat,
  csvDialect,
  resolveToday,
  warnLeftOut,
  type CommonOptions,
} from './context.js';

export interface ListOptions extends CommonOptions {
  status?: string[];
  unit?: string[];
  pasal17?: string[];
}

export async function run(io: Io, opts: ListOptions): Promise<number> {
  const format = outputFormat(opts);
  const statuses = statusOption(opts.status);
  const pasal17 = pasal17Filter(opts.pasal17);
  const today = resolveToday(opts, io.env);
  const a = await openArchive(io, opts);
  const loaded = await loadSummaries(io, a);
  const leftOut = warnLeftOut(io, loaded);
  const units = unitFilter(opts.unit, a.config, unitsOf(loaded.records));
  const rows = register(loaded.records, { status: statuses, unit: units, pasal17 }, today);
  if (format === 'json') {
    writeJsonArray(io.stdout, rows, registerRowJson);
    return leftOut;
  }
  const csvCols: Column<RegisterRow>[] = [
    ...itemCsvColumns<RegisterRow>(),
    ...opensCsvColumns<RegisterRow>((r) => r.terbukaSejak),
    { key: 'tinjau_ulang', header: ui('kol.tinjau'), value: (r) => r.facts.tinjauUlang ?? '' },
    { key: 'jangka_waktu', header: ui('kol.jangka'), value: (r) => periodText(r.record.data.jangka_waktu, r.facts) },
  ];
  if (format === 'csv') {
    io.stdout(renderCsv(csvCols, rows, csvDialect(opts)));
    return leftOut;
  }
  if (rows.length === 0) {
    io.stdout(ui('list.kosong') + '\n');
    return leftOut;
  }
  const cols: Column<RegisterRow>[] = [
    { header: ui('kol.id'), value: (r) => r.record.data.id },
    // The last exempt day: "berakhir D" would be read as that day, not as the first public one.
    {
      header: ui('kol.sampai'),
      value: (r) =>
        r.terbukaSejak
          ? longDate(lastExemptDay(r.terbukaSejak))
          : r.facts.tinjauUlang
            ? `(${ui('kol.tinjau').toLowerCase()} ${longDate(r.facts.tinjauUlang)})`
            : '—',
    },
    { header: ui('kol.status'), value: (r) => (r.demiHukum ? ui('status.demi-hukum') : statusLabel(r.record.data.status)) },
    { header: ui('kol.pasal17'), value: (r) => r.record.data.pasal17.join(', ') },
    { header: ui('kol.unit'), value: (r) => r.record.data.unit, cut: true },
    { header: ui('kol.judul'), value: (r) => r.record.data.judul, cut: true },
  ];
  writeTable(io.stdout, cols, rows, io.color.bold);
  io.stdout(io.color.dim(ui('ringkasan.total', { n: rows.length })) + '\n');
  return leftOut;
}
