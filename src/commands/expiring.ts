/** `ppid expiring`: the 30-working-day report of SOP step 4. */
import type { Io } from '../terminal/io.js';
import { renderCsv, writeTable, type Column } from '../terminal/table.js';
import { loadCalendar, calendarFilePath } from '../archive/calendar-files.js';
import { expiryCandidate, expiryReport, expiryReportJson, type ExpiryRow } from '../reports/expiring.js';
import { expiryWindow, MAX_EXPIRY_WINDOW } from '../domain/config.js';
import { longDate, statusLabel } from '../reports/text.js';
import { lastExemptDay } from '../rules/period.js';
import { batasKeputusanOf, PASAL_11_AYAT_2 } from '../rules/opening-window.js';
import { fitAfterLabel, fitLine } from '../terminal/width.js';
import { ui } from '../i18n/ui-messages.js';
import { expiryReminders, expiryUrgency } from '../reports/reminders.js';
import { reminderContext, reportExit, writeIcs } from './reminder-output.js';
import { itemCsvColumns, opensCsvColumns } from './item-columns.js';
import { json, loadSummaries, openArchive, reportFormat, csvDialect, positiveInt, resolveToday, warnLeftOut, type CommonOptions } from './context.js';

export interface ExpiringOptions extends CommonOptions {
  within?: string;
  exitCode?: boolean;
}

/** The report's columns as CSV: words for Excel, the JSON keys for tools. */
function csvColumns(today: string): Column<ExpiryRow>[] {
  return [
    { key: 'keadaan', header: ui('kol.keadaan'), value: (r) => r.keadaan },
    ...itemCsvColumns<ExpiryRow>(),
    ...opensCsvColumns<ExpiryRow>((r) => r.berakhir),
    { key: 'sisa_hari_kerja', header: ui('kol.sisa'), value: (r) => (r.sisaHariKerja === undefined ? '' : String(r.sisaHariKerja)) },
    { key: 'batas_keputusan', header: ui('kol.batas'), value: (r) => r.batasKeputusan ?? '' },
    { key: 'tinjau_ulang', header: ui('kol.tinjau'), value: (r) => r.tinjauUlang ?? '' },
    {
      key: 'lewat_batas_keputusan',
      header: ui('kol.lewat-batas'),
      value: (r) => (r.batasKeputusan === undefined ? '' : r.batasKeputusan < today ? 'ya' : 'tidak'),
    },
  ];
}

export async function run(io: Io, opts: ExpiringOptions): Promise<number> {
  const format = reportFormat(opts);
  const today = resolveToday(opts, io.env);
  const within = positiveInt('--within', opts.within, MAX_EXPIRY_WINDOW);
  const a = await openArchive(io, opts);
  const { calendar } = await loadCalendar(a.root, a.config);
  const window = within ?? expiryWindow(a.config);
  const loaded = await loadSummaries(io, a, expiryCandidate(calendar, today, window));
  const leftOut = warnLeftOut(io, loaded);
  const report = expiryReport(loaded.records, calendar, today, window, batasKeputusanOf(a.config));
  const exit = reportExit(leftOut, opts.exitCode, expiryUrgency(report));
  for (const y of report.uncoveredYears) {
    io.stderr(io.colorErr.yellow.bold(fitLine(ui('expiring.tanpa-kalender', { tahun: y }))) + '\n');
    io.stderr(
      fitAfterLabel(`  ${ui('saran')}: `, `  ${ui('saran')}: `, ui('expiring.tanpa-kalender.saran', { tahun: y, berkas: calendarFilePath(a.config) })) + '\n',
    );
  }
  if (format === 'json') {
    io.stdout(json(expiryReportJson(report)));
    return exit;
  }
  if (format === 'ics') {
    const ctx = reminderContext(a, today, 'expiring');
    writeIcs(io, expiryReminders(report, calendar, ctx), ctx);
    return exit;
  }
  if (format === 'csv') {
    const cols = csvColumns(today);
    io.stdout(renderCsv(cols, report.rows, csvDialect(opts)));
    return leftOut;
  }
  const c = io.color;
  io.stdout(c.bold(fitLine(ui('expiring.judul', { tanggal: longDate(today), n: report.window }))) + '\n\n');
  if (report.rows.length === 0) {
    io.stdout(ui('expiring.kosong', { n: report.window }) + '\n');
    return exit;
  }
  const section = (title: string, rows: ExpiryRow[], cols: Column<ExpiryRow>[], style: (s: string) => string) => {
    if (rows.length === 0) return;
    io.stdout(style(fitLine(`${title} (${rows.length})`)) + '\n');
    writeTable(io.stdout, cols, rows, c.bold);
    io.stdout('\n');
  };
  const base: Column<ExpiryRow>[] = [
    { header: ui('kol.id'), value: (r) => r.record.data.id },
    { header: ui('kol.judul'), value: (r) => r.record.data.judul, cut: true },
    { header: ui('kol.unit'), value: (r) => r.record.data.unit, cut: true },
  ];
  const lapsed: Column<ExpiryRow>[] = [
    base[0]!,
    { header: ui('kol.terbuka'), value: (r) => longDate(r.berakhir!) },
    { header: ui('kol.status'), value: (r) => statusLabel(r.record.data.status) },
    base[1]!,
    base[2]!,
  ];
  section(
    ui('expiring.lewat'),
    report.rows.filter((r) => r.keadaan === 'lewat'),
    lapsed,
    c.red.bold,
  );
  // Never determined, so never exempt: its proposed period is said as proposed, not as an opening.
  section(
    ui('expiring.usulan-lewat'),
    report.rows.filter((r) => r.keadaan === 'usulan-lewat'),
    [
      base[0]!,
      { header: ui('kol.usulan-sampai'), value: (r) => longDate(lastExemptDay(r.berakhir!)) },
      { header: ui('kol.status'), value: (r) => statusLabel(r.record.data.status) },
      base[1]!,
      base[2]!,
    ],
    c.magenta.bold,
  );
  const expiring = report.rows.filter((r) => r.keadaan === 'akan-berakhir');
  section(
    ui('expiring.akan'),
    expiring,
    [
      base[0]!,
      { header: ui('kol.sampai'), value: (r) => longDate(lastExemptDay(r.berakhir!)) },
      { header: ui('kol.sisa'), value: (r) => String(r.sisaHariKerja), align: 'right' },
      // Past the deadline and still not opened: said, so the officer acts today rather than on that day.
      { header: ui('kol.batas'), value: (r) => longDate(r.batasKeputusan!) + (r.batasKeputusan! < today ? ` ${ui('expiring.terlambat')}` : '') },
      base[1]!,
      base[2]!,
    ],
    c.yellow.bold,
  );
  // The deadline is a reading of the law, and is said to be one.
  if (expiring.length > 0) io.stdout(c.dim(fitLine(ui('expiring.tafsir', { tafsir: ui(`tafsir.${report.reading}`), kutipan: PASAL_11_AYAT_2 }))) + '\n\n');
  section(
    ui('expiring.tinjau'),
    report.rows.filter((r) => r.keadaan === 'tinjau-ulang'),
    [base[0]!, { header: ui('kol.tinjau'), value: (r) => longDate(r.tinjauUlang!) }, base[1]!, base[2]!],
    c.cyan.bold,
  );
  return exit;
}
