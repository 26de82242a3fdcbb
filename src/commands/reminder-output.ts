/** What `expiring` and `status` share for `--ics` and `--exit-code`. */
import type { Io } from '../terminal/io.js';
import type { OpenArchive } from './context.js';
import type { IcsEvent } from '../export/ics.js';
import { icsText } from '../export/ics.js';
import { batasKeputusanOf } from '../rules/opening-window.js';
import { reminderCalendar, type ReminderContext, type Urgency } from '../reports/reminders.js';
import { packageVersion } from '../package.js';
import { EXIT } from '../errors.js';

export function reminderContext(a: OpenArchive, today: string, report: ReminderContext['report']): ReminderContext {
  return { today, bodyName: a.config.badan_publik.nama, reading: batasKeputusanOf(a.config), report };
}

export function writeIcs(io: Io, events: IcsEvent[], ctx: ReminderContext): void {
  io.stdout(icsText(reminderCalendar(events, ctx, packageVersion())));
}

/**
 * The command's exit code. Records left out (exit 1) come first: the report is incomplete, and
 * a scheduled job must bring the officer in either way. Without --exit-code, what is due is not
 * a failure.
 */
export function reportExit(leftOut: number, wanted: boolean | undefined, urgency: Urgency): number {
  if (leftOut !== EXIT.OK || !wanted) return leftOut;
  return urgency === 'terlambat' ? EXIT.OVERDUE : urgency === 'jatuh-tempo' ? EXIT.DUE : EXIT.OK;
}
