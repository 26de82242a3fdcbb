/**
 * The working-day calendar of an archive: the national lists shipped with ppid plus the
 * archive's own file (calendar-parse.ts), parsed once per content (settings-cache.ts).
 */
import { CONFIG_FILE, DEFAULT_CALENDAR_FILE, type Config } from '../domain/config.js';
import { archiveFile } from './archive-path.js';
import { WorkingCalendar } from '../rules/working-days.js';
import { readTextFile } from '../text-file.js';
import { shippedCalendarTexts } from './calendar-shipped.js';
import { remembered } from './settings-cache.js';
import { sha1 } from '../hashes.js';
import type { Diagnostic } from '../diagnostics.js';

export function calendarFilePath(config: Config): string {
  return config.kalender ?? DEFAULT_CALENDAR_FILE;
}

export interface LoadedCalendar {
  calendar: WorkingCalendar;
  problems: Diagnostic[];
  /** Names exactly these working days: checks that read the calendar are cached under it. */
  key: string;
}

/** One calendar per archive and settings in a process: a report and its scan both ask for it. */
const loaded = new Map<string, Promise<LoadedCalendar>>();

export function loadCalendar(root: string, config: Config): Promise<LoadedCalendar> {
  const key = `${root}\0${config.kalender ?? ''}`;
  let p = loaded.get(key);
  if (!p) {
    p = readCalendar(root, config);
    loaded.set(key, p);
    // A failed read is not remembered, and neither is anything across commands run in one process (tests).
    p.catch(() => loaded.delete(key));
  }
  return p;
}

/** Forgets the calendars read (a process that runs commands one after another: the tests). */
export function forgetCalendars(): void {
  loaded.clear();
}

async function readCalendar(root: string, config: Config): Promise<LoadedCalendar> {
  const rel = calendarFilePath(config);
  const at = archiveFile(root, rel);
  // A calendar reached through a link (or out of the archive) is never read, so never quoted.
  const outside: Diagnostic[] = at === false ? [{ severity: 'galat', code: 'jalur-di-luar-arsip', params: { jalur: rel }, file: CONFIG_FILE }] : [];
  const own = at ? readTextFile(at, rel) : undefined;
  const named = config.kalender !== undefined && at !== false;
  const shipped = shippedCalendarTexts();
  const make = async () => (await import('./calendar-parse.js')).calendarParts(shipped, rel, own, named);
  // A file that cannot be read as text is reported anew each time, never remembered.
  const parts =
    own && !own.ok
      ? await make()
      : await remembered(root, 'kalender', [rel, String(named), String(own !== undefined), own?.ok ? own.text : '', ...shipped.flat()], make);
  return {
    calendar: new WorkingCalendar(parts.days, parts.removed, new Set(parts.years)),
    problems: [...outside, ...parts.problems],
    key: sha1(JSON.stringify([parts.days, parts.removed, parts.years])),
  };
}
