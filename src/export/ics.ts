/**
 * A small iCalendar (RFC 5545) writer for all-day reminders: CRLF line ends, lines folded at 75
 * octets without splitting a UTF-8 character, TEXT values escaped. Hand-written rather than the
 * `ics` package, which folds at 75 characters (so a line of Indonesian text with a dash or a
 * curly quote passes 75 octets) and brings a validation library for a dozen lines of output
 * (docs/adr/0021-pengingat-kalender.md).
 */

export interface IcsAlarm {
  /** A DURATION relative to the event's start (midnight of its day): `-P2DT17H`, `PT7H`. */
  trigger: string;
  description: string;
}

export interface IcsEvent {
  uid: string;
  /** The day of the all-day event, YYYY-MM-DD. */
  date: string;
  summary: string;
  description: string;
  categories?: string[];
  alarms: IcsAlarm[];
}

export interface IcsCalendar {
  prodId: string;
  /** Shown by calendar apps as the calendar's name (X-WR-CALNAME). */
  name: string;
  /** The DTSTAMP day of every event, YYYY-MM-DD. */
  stamp: string;
  /** Two-letter language of the text (the LANGUAGE parameter of SUMMARY and DESCRIPTION). */
  language: string;
  events: readonly IcsEvent[];
}

const LIMIT = 75;

/** TEXT (RFC 5545 §3.3.11): backslash, semicolon, comma and line ends escaped; other controls dropped. */
export function escapeText(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/[\\;,\n\t]/g, (c) => (c === '\n' ? '\\n' : c === '\t' ? ' ' : `\\${c}`));
}

/**
 * Folds one content line (RFC 5545 §3.1): no line longer than 75 octets, continuation lines
 * start with one space. Cuts fall between code points, so a multi-byte character is never split.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  // The first line holds 75 octets; each continuation line holds its leading space and 74 more.
  let room = LIMIT;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    if (octets + size > room) {
      parts.push(current);
      current = '';
      octets = 0;
      room = LIMIT - 1;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const basicDate = (day: string): string => day.replaceAll('-', '');

/** The day after `day` (an all-day event's DTEND is exclusive). */
function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function eventLines(e: IcsEvent, stamp: string, language: string): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(e.uid)}`,
    `DTSTAMP:${basicDate(stamp)}T000000Z`,
    `DTSTART;VALUE=DATE:${basicDate(e.date)}`,
    `DTEND;VALUE=DATE:${basicDate(nextDay(e.date))}`,
    `SUMMARY;LANGUAGE=${language}:${escapeText(e.summary)}`,
    `DESCRIPTION;LANGUAGE=${language}:${escapeText(e.description)}`,
  ];
  if (e.categories?.length) lines.push(`CATEGORIES:${e.categories.map(escapeText).join(',')}`);
  // A reminder takes no time: the day stays free in the officer's agenda.
  lines.push('TRANSP:TRANSPARENT');
  for (const a of e.alarms) lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `TRIGGER:${a.trigger}`, `DESCRIPTION:${escapeText(a.description)}`, 'END:VALARM');
  lines.push('END:VEVENT');
  return lines;
}

/** The whole file. An empty calendar is still written: importing it changes nothing. */
export function icsText(cal: IcsCalendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${cal.prodId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(cal.name)}`,
    ...cal.events.flatMap((e) => eventLines(e, cal.stamp, cal.language)),
    'END:VCALENDAR',
  ];
  return lines.map((l) => foldLine(l) + '\r\n').join('');
}

/** An ASCII name for the right-hand side of a UID: "Pemerintah Kabupaten Tanjung Rawa" → "pemerintah-kabupaten-tanjung-rawa". */
export function uidSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'ppid';
}
