/** Reading every record of an archive in one pass. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RECORDS_DIR } from '../domain/config.js';
import { parseRecordText, type ParsedRecord } from '../records/parse.js';

export function recordFiles(root: string): string[] {
  const dir = join(root, RECORDS_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => `${RECORDS_DIR}/${e.name}`)
    .sort();
}

export function readRecord(root: string, rel: string): ParsedRecord {
  return parseRecordText(rel, readFileSync(join(root, rel), 'utf8'));
}

export function readAllRecords(root: string, onProgress?: (done: number, total: number) => void): ParsedRecord[] {
  const files = recordFiles(root);
  return files.map((f, i) => {
    const r = readRecord(root, f);
    onProgress?.(i + 1, files.length);
    return r;
  });
}
