/**
 * Item ids: PREFIX-YEAR-NNNN, numbered per registration year; items a PPID Pembantu proposes
 * carry their unit's code, PREFIX-UNIT-YEAR-NNNN, so offices working apart on their own
 * clones never draw the same number (two clones of one office still can: `ppid sync`
 * renumbers the later one).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_ID_PREFIX, RECORDS_DIR, type Config } from '../domain/config.js';
import { highestNumber } from '../git/tree-edit.js';
import type { HeadView } from '../git/step-commit.js';
import type { GoneIds } from './gone-ids.js';

export function idHead(config: Config, year: number, unit?: string): string {
  return `${config.id_awalan ?? DEFAULT_ID_PREFIX}-${unit ? `${unit}-` : ''}${year}-`;
}

export function nextId(config: Config, year: number, existing: Iterable<string>, unit?: string): string {
  const head = idHead(config, year, unit);
  return numberedId(head, highestIn(existing, head) + 1);
}

/** The highest number among `ids` in the series `head` (PREFIX-[UNIT-]YEAR-), 0 if none. */
function highestIn(ids: Iterable<string>, head: string): number {
  let max = 0;
  for (const id of ids) {
    if (!id.startsWith(head)) continue;
    const n = Number(id.slice(head.length));
    if (Number.isInteger(n) && n > max) max = n;
  }
  return max;
}

const numberedId = (head: string, n: number): string => `${head}${String(n).padStart(4, '0')}`;

/**
 * The id a new item gets: the number after the year's highest one the history ever used — in
 * HEAD's tree of the records folder (which a step reads anyway: listing 100,000 files would
 * cost more than the rest of the step) or among the records taken out since (`gone`, see
 * gone-ids.ts) — past any number whose file is in the work tree without being committed.
 */
export function freshId(root: string, config: Config, year: number, view: HeadView, gone: GoneIds, unit?: string): string {
  const head = idHead(config, year, unit);
  const committed = view.head === undefined ? 0 : highestNumber(view.trees.get(RECORDS_DIR), view.head.length / 2, head, '.md');
  let n = Math.max(committed, highestIn(gone.keys(), head)) + 1;
  while (existsSync(join(root, RECORDS_DIR, `${numberedId(head, n)}.md`))) n++;
  return numberedId(head, n);
}

/**
 * What an id given on the command line may look like before it is used in a path or handed to
 * git: letters, digits and dashes, not starting with a dash (so never `../x` or `--option`).
 */
export function isItemIdShape(id: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9-]*$/.test(id);
}
