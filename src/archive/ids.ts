/**
 * Item ids: PREFIX-YEAR-NNNN, numbered per registration year; items a PPID Pembantu proposes
 * carry their unit's code, PREFIX-UNIT-YEAR-NNNN, so offices working apart on their own
 * clones never draw the same number (two clones of one office still can: `ppid sync`
 * renumbers the later one).
 */
import { DEFAULT_ID_PREFIX, type Config } from '../domain/config.js';

export function idHead(config: Config, year: number, unit?: string): string {
  return `${config.id_awalan ?? DEFAULT_ID_PREFIX}-${unit ? `${unit}-` : ''}${year}-`;
}

export function nextId(config: Config, year: number, existing: Iterable<string>, unit?: string): string {
  const head = idHead(config, year, unit);
  let max = 0;
  for (const id of existing) {
    if (!id.startsWith(head)) continue;
    const n = Number(id.slice(head.length));
    if (Number.isInteger(n) && n > max) max = n;
  }
  return `${head}${String(max + 1).padStart(4, '0')}`;
}

/**
 * What an id given on the command line may look like before it is used in a path or handed to
 * git: letters, digits and dashes, not starting with a dash (so never `../x` or `--option`).
 */
export function isItemIdShape(id: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9-]*$/.test(id);
}
