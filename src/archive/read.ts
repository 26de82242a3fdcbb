/** Reading every record of an archive in one pass. */
import { existsSync, readdirSync } from 'node:fs';
import { readTextFile } from './text-file.js';
import { TEMP_MARK } from './atomic.js';
import { join } from 'node:path';
import { RECORDS_DIR } from '../domain/config.js';
import { parseRecordText, type ParsedRecord } from '../records/parse.js';

/** Names of the records folder's `*.md` entries (a directory or link named so is listed too, to be reported rather than skipped). */
function recordNames(root: string): string[] {
  const dir = join(root, RECORDS_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((n) => n.endsWith('.md') && !n.startsWith(TEMP_MARK));
}

export function recordFiles(root: string): string[] {
  return recordNames(root).map((n) => `${RECORDS_DIR}/${n}`).sort();
}

/** The ids the archive's files are named by (validate checks each name against its id). */
export function recordIds(root: string): string[] {
  return recordNames(root).map((n) => n.slice(0, -'.md'.length));
}

export function readRecord(root: string, rel: string): ParsedRecord {
  const r = readTextFile(join(root, rel), rel);
  return r.ok ? parseRecordText(rel, r.text) : { file: rel, data: undefined, body: '', problems: [r.problem] };
}

/** Entries of the records folder that are not records (nor our temporary files). */
export function foreignEntries(root: string): string[] {
  const dir = join(root, RECORDS_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    // Hidden files (.gitkeep, .DS_Store) are the system's, not misplaced documents.
    .filter((n) => !n.endsWith('.md') && !n.startsWith('.'))
    .map((n) => `${RECORDS_DIR}/${n}`)
    .sort();
}

export function readAllRecords(root: string, onProgress?: (done: number, total: number) => void): ParsedRecord[] {
  const files = recordFiles(root);
  return files.map((f, i) => {
    const r = readRecord(root, f);
    onProgress?.(i + 1, files.length);
    return r;
  });
}
