/** The national working-day lists shipped with ppid (data/calendar/: SKB 3 Menteri and Keppres). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packagePath } from '../package.js';

/** The shipped yearly lists (data/calendar/), by file name, in order. */
export function shippedCalendarTexts(): Array<[string, string]> {
  const dir = packagePath('data/calendar/');
  return readdirSync(dir)
    .filter((n) => /^\d{4}\.yaml$/.test(n))
    .sort()
    .map((n) => [n, readFileSync(join(dir, n), 'utf8')]);
}
