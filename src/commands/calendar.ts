/** `ppid calendar [YEAR]`: the non-working days in use (national list + archive changes). */
import type { Io } from '../terminal/io.js';
import { loadCalendar } from '../archive/calendar-files.js';
import { renderCsv, renderTable, type Column } from '../terminal/table.js';
import type { NonWorkingDay } from '../rules/working-days.js';
import { longDate, weekday } from '../reports/text.js';
import { yearOf } from '../rules/dates.js';
import { ui } from '../i18n/ui-messages.js';
import { fitLine } from '../terminal/width.js';
import { EXIT, UserError } from '../errors.js';
import { json, openArchive, outputFormat, csvDialect, resolveToday, type CommonOptions } from './context.js';

export async function run(io: Io, year: string | undefined, opts: CommonOptions): Promise<number> {
  const format = outputFormat(opts);
  if (year !== undefined && !/^\d{4}$/.test(year)) throw new UserError('tahun-salah', { nilai: year }, EXIT.USAGE);
  const y = year !== undefined ? Number(year) : yearOf(resolveToday(opts, io.env));
  const a = await openArchive(io, opts);
  const { calendar, problems } = await loadCalendar(a.root, a.config);
  if (problems.some((p) => p.severity === 'galat')) throw new UserError('arsip-ada-galat', { n: problems.length }, EXIT.INVALID, problems);
  const days = calendar.nonWorkingDaysIn(y);
  const covered = calendar.coveredYears.has(y);
  if (format === 'json') {
    io.stdout(
      json({
        tahun: y,
        lengkap: covered,
        hari: days.map((d) => ({ tanggal: d.tanggal, nama: d.nama, jenis: d.jenis, asal: d.asal })),
        dihapus: calendar.removed.filter((r) => yearOf(r.tanggal) === y),
      }),
    );
    return EXIT.OK;
  }
  const cols: Column<NonWorkingDay>[] = [
    { key: 'tanggal', header: ui('kol.tanggal'), value: (d) => (format === 'csv' ? d.tanggal : longDate(d.tanggal)) },
    { key: 'hari', header: ui('kol.hari'), value: (d) => weekday(d.tanggal) },
    { key: 'nama', header: ui('kol.nama'), value: (d) => d.nama },
    { key: 'jenis', header: ui('kol.jenis'), value: (d) => d.jenis },
    { key: 'asal', header: ui('kol.asal'), value: (d) => ui(`asal.${d.asal}`) },
  ];
  if (format === 'csv') {
    io.stdout(renderCsv(cols, days, csvDialect(opts)));
    return EXIT.OK;
  }
  if (!covered) io.stderr(io.colorErr.yellow.bold(ui('calendar.tanpa', { tahun: y })) + '\n');
  io.stdout(io.color.bold(fitLine(ui('calendar.judul', { tahun: y }))) + '\n');
  io.stdout(renderTable(cols, days, io.color.bold));
  return EXIT.OK;
}
