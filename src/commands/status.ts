/** `ppid status`: which item is stuck at which SOP step, and who is late. */
import type { Io } from '../terminal/io.js';
import { loadCalendar } from '../archive/calendar-files.js';
import { readHistory } from '../history/read-history.js';
import { enteredStatus } from '../history/status-since.js';
import { workTreeTop } from '../git/repo.js';
import { expiryWindow } from '../domain/config.js';
import { STATUS_INFO, sopStep, transition } from '../domain/lifecycle.js';
import { lastPublished, sopStatus, type StatusRow } from '../reports/sop-status.js';
import type { SummaryRecord } from '../domain/record-summary.js';
import { renderCsv, writeTable, type Column } from '../terminal/table.js';
import { longDate, statusLabel } from '../reports/text.js';
import { lang } from '../i18n/lang.js';
import { fitLine } from '../terminal/width.js';
import { ui } from '../i18n/ui-messages.js';
import { statusReminders, statusUrgency } from '../reports/reminders.js';
import { reminderContext, reportExit, writeIcs } from './reminder-output.js';
import { realpathSync } from 'node:fs';
import { writeJsonWithArray, loadSummaries, openArchive, reportFormat, csvDialect, resolveToday, warnLeftOut, type CommonOptions } from './context.js';

/** What the report takes from history; the history itself is let go before the report is made. */
async function fromHistory(root: string, own: boolean, records: readonly SummaryRecord[]) {
  const commits = own ? await readHistory(root) : [];
  const entered = await enteredStatus(
    root,
    commits,
    records.map((r) => ({ id: r.data.id, path: r.path, status: r.data.status })),
  );
  return { entered, published: lastPublished(commits) };
}

export async function run(io: Io, opts: CommonOptions & { exitCode?: boolean }): Promise<number> {
  const format = reportFormat(opts);
  const today = resolveToday(opts, io.env);
  const a = await openArchive(io, opts);
  const { calendar } = await loadCalendar(a.root, a.config);
  // Closed items wait for no step: only counted, their summaries not read.
  const loaded = await loadSummaries(io, a, (f) => !STATUS_INFO[f.status].selesai);
  const leftOut = warnLeftOut(io, loaded);
  // History counts only when the archive is its own repository; otherwise the records' dates are used.
  const own = (await workTreeTop(a.root)) === realpathSync(a.root);
  const { entered, published } = await fromHistory(a.root, own, loaded.records);
  const report = sopStatus(loaded.records, entered, published, calendar, a.config, today, expiryWindow(a.config));
  const exit = reportExit(leftOut, opts.exitCode, statusUrgency(report));
  if (format === 'ics') {
    const ctx = reminderContext(a, today, 'status');
    writeIcs(io, statusReminders(report, ctx), ctx);
    return exit;
  }
  // The step's own action: step 3 is both the team's opinion and the decree that follows it.
  const stepName = (r: StatusRow) => (r.perintah ? `${r.langkah} ${transition(r.perintah).label[lang()]}` : ui('status.berlaku'));
  if (format === 'json') {
    writeJsonWithArray(io.stdout, { tanggal: today, butir: [], per_langkah: report.perLangkah }, 'butir', report.rows, (r) => ({
      id: r.record.data.id,
      status: r.record.data.status,
      langkah: r.langkah ?? null,
      perintah: r.perintah ?? null,
      sejak: r.sejak ?? null,
      batas_hari_kerja: r.batasHariKerja ?? null,
      tenggat: r.tenggat ?? null,
      hari_kerja_berjalan: r.hariKerjaBerjalan ?? null,
      terlambat: r.terlambat,
      berakhir: r.berakhir ?? null,
      judul: r.record.data.judul,
    }));
    return exit;
  }
  const cols: Column<StatusRow>[] = [
    { key: 'id', header: ui('kol.id'), value: (r) => r.record.data.id },
    { key: 'status', header: ui('kol.status'), value: (r) => statusLabel(r.record.data.status) },
    { key: 'langkah', header: ui('kol.langkah'), value: stepName, cut: true },
    { key: 'sejak', header: ui('kol.sejak'), value: (r) => (r.sejak ? (format === 'csv' ? r.sejak : longDate(r.sejak)) : '—') },
    { key: 'batas_hari_kerja', header: ui('kol.batas-hk'), value: (r) => (r.batasHariKerja !== undefined ? String(r.batasHariKerja) : '—'), align: 'right' },
    { key: 'tenggat', header: ui('kol.tenggat'), value: (r) => (r.tenggat ? (format === 'csv' ? r.tenggat : longDate(r.tenggat)) : '—') },
    { key: 'terlambat', header: ui('kol.keadaan'), value: (r) => (r.langkah === undefined ? '' : r.terlambat ? ui('status.terlambat') : ui('status.tepat')) },
    { key: 'judul', header: ui('kol.judul'), value: (r) => r.record.data.judul, cut: true },
  ];
  if (format === 'csv') {
    io.stdout(renderCsv(cols, report.rows, csvDialect(opts)));
    return exit;
  }
  const c = io.color;
  io.stdout(c.bold(fitLine(ui('status.judul', { tanggal: longDate(today) }))) + '\n\n');
  writeTable(io.stdout, cols, report.rows, c.bold);
  io.stdout('\n');
  for (const t of report.perLangkah) {
    if (t.butir === 0) continue;
    const line = fitLine(ui('status.total', { langkah: t.langkah, nama: sopStep(t.langkah).label[lang()], n: t.butir, terlambat: t.terlambat }));
    io.stdout((t.terlambat ? c.red(line) : line) + '\n');
  }
  return exit;
}
