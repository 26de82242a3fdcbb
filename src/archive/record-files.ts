/** The records folder's listing. Imports no parser: a report over a cached archive lists without one. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TEMP_MARK } from './atomic.js';
import { RECORDS_DIR } from '../domain/config.js';

/** Names of the records folder's `*.md` entries (a directory or link named so is listed too, to be reported rather than skipped). */
function recordNames(root: string): string[] {
  const dir = join(root, RECORDS_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((n) => n.endsWith('.md') && !n.startsWith(TEMP_MARK));
}

export function recordFiles(root: string): string[] {
  return recordNames(root)
    .map((n) => `${RECORDS_DIR}/${n}`)
    .sort();
}

/** Entries of the records folder that are not records (nor our temporary files). */
export function foreignEntries(root: string): string[] {
  const dir = join(root, RECORDS_DIR);
  if (!existsSync(dir)) return [];
  return (
    readdirSync(dir)
      // Hidden files (.gitkeep, .DS_Store) are the system's, not misplaced documents.
      .filter((n) => !n.endsWith('.md') && !n.startsWith('.'))
      .map((n) => `${RECORDS_DIR}/${n}`)
      .sort()
  );
}
