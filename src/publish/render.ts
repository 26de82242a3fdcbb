/** The machine-readable lists: dik.csv for spreadsheets and dik.json for applications. */
import type { OpenedItem, PublicItem } from './allowlist.js';
import type { PageMeta } from './html.js';
import { csvPieces as csvFilePieces } from '../export/csv.js';

export const CSV_COLUMNS: ReadonlyArray<readonly [string, (it: PublicItem) => string]> = [
  ['No', (it) => String(it.no)],
  ['ID', (it) => it.id],
  ['Informasi', (it) => it.informasi],
  ['Unit', (it) => it.unit],
  ['Dasar Hukum Pengecualian', (it) => it.dasar_hukum.join('; ')],
  ['Konsekuensi Bila Dibuka', (it) => it.konsekuensi_dibuka],
  ['Konsekuensi Bila Ditutup', (it) => it.konsekuensi_ditutup],
  ['Jangka Waktu', (it) => it.jangka_waktu],
  ['Dikecualikan Sampai Dengan', (it) => it.dikecualikan_sampai ?? ''],
  ['Terbuka Sejak', (it) => it.terbuka_sejak ?? ''],
  ['Nomor Penetapan', (it) => it.penetapan?.nomor ?? ''],
  ['Tanggal Penetapan', (it) => it.penetapan?.tanggal ?? ''],
  ['Status', (it) => it.status],
];

/** The published files are made piece by piece: at 100,000 items each is tens of megabytes. */
export type Pieces = Iterable<string>;

export const joinPieces = (p: Pieces): string => [...p].join('');

/** Always the Excel dialect with Indonesian headings: the public opens it in Excel; tools read dik.json. */
export function* csvPieces(items: PublicItem[]): Generator<string> {
  yield* csvFilePieces(
    CSV_COLUMNS.map(([header, value]) => ({ header, value })),
    items,
    'excel',
  );
}

/**
 * The shape is described by schemas/dik.schema.json. Laid out exactly as
 * `JSON.stringify(list, null, 2)` would, one item at a time.
 */
export function* jsonPieces(items: PublicItem[], opened: OpenedItem[], meta: PageMeta): Generator<string> {
  const head = JSON.stringify({ badan_publik: meta.badanPublik, situs: meta.situs ?? null, per_tanggal: meta.tanggal, jumlah: items.length }, null, 2);
  yield head.slice(0, -2) + ',\n';
  yield* jsonArray('butir', items, ',');
  yield* jsonArray('dibuka', opened, '');
  yield '}\n';
}

function* jsonArray(name: string, xs: readonly unknown[], after: string): Generator<string> {
  if (xs.length === 0) {
    yield `  ${JSON.stringify(name)}: []${after}\n`;
    return;
  }
  yield `  ${JSON.stringify(name)}: [\n`;
  for (let i = 0; i < xs.length; i++) yield `    ${JSON.stringify(xs[i], null, 2).replace(/\n/g, '\n    ')}${i < xs.length - 1 ? ',' : ''}\n`;
  yield `  ]${after}\n`;
}
