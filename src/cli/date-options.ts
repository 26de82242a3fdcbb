/**
 * Dates typed on the command line as officers write them. A flag that takes a date
 * (`<TTTT-BB-HH>`) also takes `10/03/2026`, `10-03-2026`, `10.03.2026` and `10 Maret 2026`,
 * read day first as Indonesian documents and Excel in an Indonesian locale write them; where the
 * day could be a month (both ≤ 12), the reading is said. Anything else is refused here, naming
 * the flag, rather than later as a missing element of whatever the date belonged to.
 */
import type * as CommanderModule from 'commander';
import { readDate, MONTHS } from '../rules/date-text.js';
import { isIsoDate } from '../rules/dates.js';
import { EXIT, UserError } from '../errors.js';
import { ui } from '../i18n/ui-messages.js';
import { lang } from '../i18n/lang.js';

const DATE_PLACEHOLDER = '<TTTT-BB-HH>';

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "10 Maret 2026" / "10 March 2026": how the reading is said back. */
function spelled(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const month = lang() === 'en' ? MONTHS_EN[m - 1]! : MONTHS[m - 1]!.replace(/^./, (c) => c.toUpperCase());
  return `${d} ${month} ${y}`;
}

/** A day-first numeric date whose day could also be a month: 10/03/2026, not 25/03/2026. */
function couldBeMonthFirst(text: string): boolean {
  const x = /^(\d{1,2})[-/.](\d{1,2})[-/.]\d{4}$/.exec(text);
  return x !== null && Number(x[1]) <= 12 && x[1] !== x[2] && Number(x[1]) !== Number(x[2]);
}

/** One value: ISO as it is, another written date as ISO, else a usage error naming the flag. */
export function dateOption(flag: string, value: string, note: (s: string) => void): string {
  if (isIsoDate(value)) return value;
  const text = String(value).trim().replace(/\s+/g, ' ');
  const iso = readDate(text.toLowerCase());
  if (iso === undefined) throw new UserError('tanggal-opsi-salah', { opsi: flag, nilai: value }, EXIT.USAGE);
  if (couldBeMonthFirst(text)) note(ui('tanggal-opsi-dibaca', { opsi: flag, nilai: value, tanggal: spelled(iso), iso }) + '\n');
  return iso;
}

/** Every date flag of the command about to run, read once before its action. */
export function readDateOptions(command: CommanderModule.Command, note: (s: string) => void): void {
  for (const o of command.options) {
    if (!o.flags.includes(DATE_PLACEHOLDER)) continue;
    const key = o.attributeName();
    const v: unknown = command.getOptionValue(key);
    const flag = o.long ?? o.flags;
    if (typeof v === 'string') command.setOptionValue(key, dateOption(flag, v, note));
    else if (Array.isArray(v))
      command.setOptionValue(
        key,
        v.map((x) => (typeof x === 'string' ? dateOption(flag, x, note) : x)),
      );
  }
}
