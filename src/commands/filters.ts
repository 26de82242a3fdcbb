/**
 * The reports' filters as typed, checked before anything is shown: a code that names nothing
 * is a usage error naming what exists (exit 2), never an empty report that looks like an answer.
 */
import type { Config } from '../domain/config.js';
import { PASAL17_KODE, findPasal17 } from '../domain/pasal17.js';
import { closest } from '../rules/closest.js';
import { EXIT, UserError } from '../errors.js';
import { ui } from '../i18n/ui-messages.js';
import { listOption } from './context.js';

/** ' (maksudnya "h2"?)' when a code is one slip from the word typed. */
const guess = (word: string, among: readonly string[]): { mungkin: string } => {
  const c = closest(word, among);
  return { mungkin: c === undefined ? '' : ui('filter.mungkin', { kode: c }) };
};

/** `--pasal17` codes, in any case: a letter (covering its points) or a point of UU 14/2008 Pasal 17. */
export function pasal17Filter(v?: string[]): string[] | undefined {
  const codes = listOption(v)?.map((s) => s.toLowerCase());
  for (const k of codes ?? []) {
    if (!findPasal17(k)) {
      const letters = [...new Set(PASAL17_KODE.map((c) => c[0]!))].join(', ');
      // A letter's point that does not exist ("h7"): its letter covers all its points.
      const hint = findPasal17(k[0]!) ? { mungkin: ui('filter.mungkin', { kode: k[0]! }) } : guess(k, PASAL17_KODE);
      throw new UserError('filter-pasal17-tidak-dikenal', { nilai: k, huruf: letters, ...hint }, EXIT.USAGE);
    }
  }
  return codes;
}

/**
 * `--unit` values: a unit's code (as its names), or its name or part of it, in any case, as
 * ppid.yaml names it now or named it before, or as a record names it.
 */
export function unitFilter(v: string[] | undefined, config: Config, recordUnits: Iterable<string>): string[] | undefined {
  const wanted = listOption(v);
  if (!wanted) return undefined;
  const names = [...config.unit.flatMap((u) => [u.nama, ...(u.nama_lama ?? [])]), ...recordUnits].map((n) => n.toLowerCase());
  return wanted.flatMap((w) => {
    const unit = config.unit.find((u) => u.kode.toLowerCase() === w.toLowerCase());
    if (unit) return [unit.nama, ...(unit.nama_lama ?? [])];
    if (names.some((n) => n.includes(w.toLowerCase()))) return [w];
    const known = config.unit.map((u) => `${u.kode} (${u.nama})`).join(', ');
    throw new UserError(
      'filter-unit-tidak-dikenal',
      {
        nilai: w,
        unit: known,
        ...guess(
          w,
          config.unit.map((u) => u.kode),
        ),
      },
      EXIT.USAGE,
    );
  });
}

/** The units the records name, once each. */
export const unitsOf = (records: readonly { data: { unit: string } }[]): Set<string> => new Set(records.map((r) => r.data.unit));
