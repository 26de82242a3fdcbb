/**
 * The reports as calendar reminders (`--ics`) and as an exit code (`--exit-code`): what the
 * officer must decide or do, on the day it is due (docs/adr/0021-pengingat-kalender.md).
 *
 * Phones sync calendars to clouds, so an event carries only what the published DIK shows: the
 * item's id, its public title (`judul_publik`, else `judul`), its unit and dates, and the ppid
 * command to run. Never the consequence test, notes, names of people or where the paper lies.
 */
import type { IcsAlarm, IcsCalendar, IcsEvent } from '../export/ics.js';
import { uidSlug } from '../export/ics.js';
import type { ExpiryReport, ExpiryRow } from './expiring.js';
import type { StatusReport, StatusRow } from './sop-status.js';
import type { SummaryRecord } from '../domain/record-summary.js';
import type { BatasKeputusan } from '../domain/config.js';
import { transition, type Perintah } from '../domain/lifecycle.js';
import type { WorkingCalendar } from '../rules/working-days.js';
import { lastExemptDay } from '../rules/period.js';
import { decisionDeadline, openingWindowStart } from '../rules/opening-window.js';
import { longDate } from './text.js';
import { lang } from '../i18n/lang.js';
import { ui, type UiKey } from '../i18n/ui-messages.js';

export interface ReminderContext {
  today: string;
  /** The body's name: the calendar's name and, as a slug, every UID's right-hand side. */
  bodyName: string;
  reading: BatasKeputusan;
  /** Which report made the file: said in every event. */
  report: 'expiring' | 'status';
}

/** What `--exit-code` reports: something past its date, or something falling due. */
export type Urgency = 'terlambat' | 'jatuh-tempo' | undefined;

const SUMMARY_TITLE = 60;

/** The title that may leave the archive (the publish allowlist's): a safe public title replaces one that tells the secret. */
const publicTitle = (r: SummaryRecord): string => r.data.judul_publik ?? r.data.judul;

function shortTitle(r: SummaryRecord): string {
  const chars = [...publicTitle(r)];
  return chars.length <= SUMMARY_TITLE ? chars.join('') : `${chars.slice(0, SUMMARY_TITLE - 1).join('')}…`;
}

/** A reminder before the day (07:00 three days ahead) and on the day (07:00), each relative to the day's midnight. */
function alarms(summary: string, moved: boolean): IcsAlarm[] {
  const description = ui('ics.pengingat', { ringkasan: summary });
  // Moved to the report's day because it is late: a warning three days "before" would be in the past.
  return moved
    ? [{ trigger: 'PT7H', description }]
    : [
        { trigger: '-P2DT17H', description },
        { trigger: 'PT7H', description },
      ];
}

interface Draft {
  record: SummaryRecord;
  kind: string;
  /** The day the thing is due; a day already past is shown on the report's day (`late`). */
  due: string;
  late: boolean;
  title: UiKey;
  titleParams?: Record<string, string | number>;
  lines: string[];
  command: string;
}

function toEvent(d: Draft, ctx: ReminderContext): IcsEvent {
  const id = d.record.data.id;
  const summary = ui(d.title, { ...d.titleParams, id, judul: shortTitle(d.record) });
  const moved = d.late && d.due < ctx.today;
  const description = [
    ...d.lines,
    ...(moved ? [ui('ics.dipindah', { tenggat: longDate(d.due), hari: longDate(ctx.today) })] : []),
    ui('ics.informasi', { judul: publicTitle(d.record) }),
    ui('ics.unit', { unit: d.record.data.unit }),
    ui('ics.perintah', { perintah: d.command }),
    ui('ics.sumber', { laporan: ctx.report, tanggal: longDate(ctx.today) }),
  ].join('\n');
  return {
    // Item, kind and body: the same reminder keeps its UID across runs, so a re-import updates it.
    uid: `${id}-${d.kind}@${uidSlug(ctx.bodyName)}`,
    date: moved ? ctx.today : d.due,
    summary,
    description,
    categories: ['PPID'],
    alarms: alarms(summary, moved),
  };
}

const periodLine = (berakhir: string): string => ui('ics.periode', { sampai: longDate(lastExemptDay(berakhir)), sejak: longDate(berakhir) });

/**
 * The opening decision of an item in force whose period nears its end or has ended. The same
 * event (one UID) comes from `expiring` and from `status`, so the two files never show it twice.
 */
function openingDecision(record: SummaryRecord, berakhir: string, deadline: string, ctx: ReminderContext): Draft {
  const id = record.data.id;
  const base = { record, kind: 'keputusan-pembukaan' };
  if (berakhir <= ctx.today)
    return {
      ...base,
      due: deadline,
      late: true,
      title: 'ics.demi-hukum',
      lines: [ui('ics.demi-hukum.isi', { sejak: longDate(berakhir) })],
      command: `ppid open ${id}`,
    };
  const late = deadline < ctx.today;
  return {
    ...base,
    due: deadline,
    late,
    title: late ? 'ics.keputusan.lewat' : 'ics.keputusan',
    lines: [ui('ics.keputusan.isi', { batas: longDate(deadline), tafsir: ui(`tafsir.${ctx.reading}`) }), periodLine(berakhir)],
    command: `ppid open ${id} --alasan jangka-waktu-berakhir --pimpinan "…" --tanggal-persetujuan TTTT-BB-HH`,
  };
}

function expiryDrafts(row: ExpiryRow, cal: WorkingCalendar, ctx: ReminderContext): Draft[] {
  const record = row.record;
  const id = record.data.id;
  switch (row.keadaan) {
    case 'lewat':
      return [openingDecision(record, row.berakhir!, decisionDeadline(cal, row.berakhir!, ctx.reading), ctx)];
    case 'usulan-lewat':
      return [
        {
          record,
          kind: 'usulan-lewat',
          due: row.berakhir!,
          late: true,
          title: 'ics.usulan-lewat',
          lines: [ui('ics.usulan-lewat.isi', { sejak: longDate(row.berakhir!) })],
          command: `ppid reject ${id} --alasan "…"`,
        },
      ];
    case 'akan-berakhir': {
      const decision = openingDecision(record, row.berakhir!, row.batasKeputusan!, ctx);
      const start = openingWindowStart(cal, row.berakhir!);
      // Under the literal reading the window's first day is the deadline itself: one event, not two.
      if (start === row.batasKeputusan) return [decision];
      const window: Draft = {
        record,
        kind: 'jendela-pembukaan',
        due: start,
        late: false,
        title: 'ics.jendela',
        lines: [ui('ics.jendela.isi'), periodLine(row.berakhir!)],
        command: decision.command,
      };
      return [window, decision];
    }
    case 'tinjau-ulang': {
      const late = row.tinjauUlang! < ctx.today;
      return [
        {
          record,
          kind: 'tinjau-ulang',
          due: row.tinjauUlang!,
          late,
          title: late ? 'ics.tinjau.lewat' : 'ics.tinjau',
          lines: [ui('ics.tinjau.isi', { tanggal: longDate(row.tinjauUlang!) })],
          command: `ppid show ${id}`,
        },
      ];
    }
  }
}

/** `expiring --ics`: for each row, its decision (and the first day of its 30 working days), its review, or its lapse. */
export function expiryReminders(report: ExpiryReport, cal: WorkingCalendar, ctx: ReminderContext): IcsEvent[] {
  return report.rows.flatMap((row) => expiryDrafts(row, cal, ctx)).map((d) => toEvent(d, ctx));
}

const STEP_COMMANDS: Partial<Record<Perintah, (id: string) => string>> = {
  clarify: (id) => `ppid clarify ${id}`,
  review: (id) => `ppid review ${id} --rekomendasi setuju|tolak|ubah --nomor "…"`,
  decree: (id) => `ppid decree ${id} --nomor "…" --tanggal TTTT-BB-HH --pejabat "…" --pimpinan "…" --tanggal-persetujuan TTTT-BB-HH`,
  attach: (id) => `ppid attach ${id} BERKAS.pdf --jenis … --lokasi "Lemari … / Rak … / Boks …"`,
  publish: () => 'ppid publish --out FOLDER',
};

function stepDraft(row: StatusRow, ctx: ReminderContext): Draft | undefined {
  if (row.langkah === undefined || row.perintah === undefined || row.tenggat === undefined) return undefined;
  const id = row.record.data.id;
  if (row.perintah === 'open' && row.berakhir) return openingDecision(row.record, row.berakhir, row.tenggat, ctx);
  const nama = transition(row.perintah).label[lang()];
  return {
    record: row.record,
    kind: `langkah-${row.langkah}-${row.perintah}`,
    due: row.tenggat,
    late: row.terlambat,
    title: row.terlambat ? 'ics.langkah.lewat' : 'ics.langkah',
    titleParams: { langkah: row.langkah, nama },
    lines: [
      ui('ics.langkah.isi', {
        langkah: row.langkah,
        nama,
        sejak: row.sejak ? longDate(row.sejak) : '—',
        batas: row.batasHariKerja ?? '—',
        tenggat: longDate(row.tenggat),
      }),
    ],
    command: (STEP_COMMANDS[row.perintah] ?? ((x: string) => `ppid ${row.perintah} ${x}`))(id),
  };
}

/** `status --ics`: each step an item waits for, on its deadline (a late one on the report's day). */
export function statusReminders(report: StatusReport, ctx: ReminderContext): IcsEvent[] {
  return report.rows.flatMap((row) => {
    const d = stepDraft(row, ctx);
    return d ? [toEvent(d, ctx)] : [];
  });
}

export function reminderCalendar(events: IcsEvent[], ctx: ReminderContext, version: string): IcsCalendar {
  return {
    prodId: `-//ppid//ppid ${version}//${lang().toUpperCase()}`,
    name: ui('ics.kalender', { badan: ctx.bodyName }),
    // The report's day, not the clock: the same archive and --today give the same file, and a
    // later report's events are newer to the calendar app, which then updates rather than keeps.
    stamp: ctx.today,
    language: lang(),
    events,
  };
}

/** `expiring --exit-code`: overdue when a date has passed with nothing recorded; due when a row falls in the window. */
export function expiryUrgency(report: ExpiryReport): Urgency {
  const t = report.today;
  const late = (r: ExpiryRow) =>
    r.keadaan === 'lewat' ||
    r.keadaan === 'usulan-lewat' ||
    (r.batasKeputusan !== undefined && r.batasKeputusan < t) ||
    (r.tinjauUlang !== undefined && r.tinjauUlang < t);
  if (report.rows.some(late)) return 'terlambat';
  return report.rows.length > 0 ? 'jatuh-tempo' : undefined;
}

/** `status --exit-code`: overdue when a step is late; due when a step waits with a deadline. */
export function statusUrgency(report: StatusReport): Urgency {
  if (report.rows.some((r) => r.terlambat)) return 'terlambat';
  return report.rows.some((r) => r.langkah !== undefined) ? 'jatuh-tempo' : undefined;
}
