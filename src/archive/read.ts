/** Reading every record of an archive in one pass. */
import { join } from 'node:path';
import { readTextFile } from '../text-file.js';
import { recordFiles } from './record-files.js';
import { parseRecordText, type ParsedRecord } from '../records/parse.js';

export function readRecord(root: string, rel: string): ParsedRecord {
  const r = readTextFile(join(root, rel), rel);
  return r.ok ? parseRecordText(rel, r.text) : { file: rel, data: undefined, body: '', problems: [r.problem] };
}

export function readAllRecords(root: string, onProgress?: (done: number, total: number) => void): ParsedRecord[] {
  const files = recordFiles(root);
  return files.map((f, i) => {
    const r = readRecord(root, f);
    onProgress?.(i + 1, files.length);
    return r;
  });
}
