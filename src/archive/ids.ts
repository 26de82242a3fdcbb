/** Item ids: PREFIX-YEAR-NNNN, numbered per registration year. */
import { DEFAULT_ID_PREFIX, type Config } from '../domain/config.js';

export function nextId(config: Config, year: number, existing: Iterable<string>): string {
  const prefix = config.id_awalan ?? DEFAULT_ID_PREFIX;
  const head = `${prefix}-${year}-`;
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
