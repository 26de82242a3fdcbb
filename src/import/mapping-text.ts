/**
 * The column mapping said in words, so the officer can check what ppid read each column as
 * before anything is written: "kolom C → dasar hukum; kolom E–F → konsekuensi dibuka/ditutup".
 */
import { ui } from '../i18n/ui-messages.js';
import { columnLetter, IMPORT_FIELDS, type ImportField } from './layouts.js';

type Columns = Partial<Record<ImportField, number>>;

const label = (f: ImportField): string => ui(`impor.bidang.${f}` as const);

/** Each field at its column, in the sheet's column order; the two consequence halves side by side said as one. */
export function mappingText(columns: Columns): string {
  const entries = IMPORT_FIELDS.filter((f) => columns[f] !== undefined)
    .map((f) => ({ f, c: columns[f]! }))
    .sort((a, b) => a.c - b.c);
  const parts: string[] = [];
  for (const { f, c } of entries) {
    if (f === 'ditutup' && columns.dibuka === c - 1) continue;
    const pair = f === 'dibuka' && columns.ditutup === c + 1;
    const where = pair ? `${columnLetter(c)}–${columnLetter(c + 1)}` : columnLetter(c);
    parts.push(`${ui('kolom')} ${where} → ${pair ? ui('impor.bidang.dibuka-ditutup') : label(f)}`);
  }
  return parts.join('; ');
}

/** Fields by name only: "informasi, jangka waktu", or "none". */
export function fieldNames(fields: readonly ImportField[]): string {
  return fields.length ? fields.map(label).join(', ') : ui('impor.tak-satu-pun');
}
