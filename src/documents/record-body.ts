/** The Markdown body of a new record: the consequence-test sheet, from templates/record.md. */
import { readPackageFile } from '../package.js';
import type { RecordData } from '../domain/record.js';
import { periodFacts } from '../rules/period.js';
import { periodText } from '../reports/text.js';

export function newRecordBody(d: RecordData): string {
  const values: Record<string, string> = {
    judul: d.judul,
    dasar_hukum: d.dasar_hukum.map((x) => `- ${x}`).join('\n'),
    konsekuensi_dibuka: d.uji_konsekuensi.konsekuensi_dibuka,
    konsekuensi_ditutup: d.uji_konsekuensi.konsekuensi_ditutup,
    jangka_waktu: periodText(d.jangka_waktu, periodFacts(d), 'id'),
  };
  return readPackageFile('templates/record.md').replace(/\{\{(\w+)\}\}/g, (m, k: string) => values[k] ?? m);
}
