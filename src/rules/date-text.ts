/** Dates as officers write them in Indonesian documents and spreadsheets. */
import { isIsoDate } from './dates.js';

export const MONTHS = ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember'];

/** "31 Desember 2030", "2030-12-31", "31-12-2030", "31/12/2030" → ISO, if a real date. */
export function readDate(s: string): string | undefined {
  let y: number, m: number, d: number;
  let x: RegExpExecArray | null;
  if ((x = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s))) [y, m, d] = [Number(x[1]), Number(x[2]), Number(x[3])];
  else if ((x = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s))) [d, m, y] = [Number(x[1]), Number(x[2]), Number(x[3])];
  else if ((x = /^(\d{1,2})\s+([a-z]+)\s+(\d{4})$/.exec(s)) && MONTHS.includes(x[2]!)) [d, m, y] = [Number(x[1]), MONTHS.indexOf(x[2]!) + 1, Number(x[3])];
  else return undefined;
  const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

/** Every date written in `text` ("sampai dengan 31 Desember 2030", "s.d. 2030-12-31"), as ISO dates. */
export function datesIn(text: string): string[] {
  const t = text.toLowerCase();
  const found =
    t.match(new RegExp(`\\b\\d{4}-\\d{1,2}-\\d{1,2}\\b|\\b\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4}\\b|\\b\\d{1,2}\\s+(?:${MONTHS.join('|')})\\s+\\d{4}\\b`, 'g')) ?? [];
  return found.map((d) => readDate(d.replace(/\s+/g, ' '))).filter((d): d is string => d !== undefined);
}
