/**
 * The commands' Indonesian names, as an officer types them (`ppid daftar` is `ppid list`): the
 * words of the SOP and the domain glossary (docs/adr/0020-output-width.md, README "Commands in
 * Indonesian"). One table: a command's aliases are declared here and nowhere else, and a test
 * checks that none is a command's name or another command's alias.
 */
// A table, one command per line, reads best as it is written.
// prettier-ignore
export const ALIASES: Readonly<Record<string, readonly string[]>> = {
  init: ['buat-arsip'],
  add: ['tambah', 'daftarkan'],
  import: ['impor'],
  export: ['ekspor'],
  doc: ['dokumen'],
  inbox: ['kotak-masuk'],
  clone: ['klon'],
  sync: ['sinkron'],
  decrypt: ['dekripsi'],
  keygen: ['buat-kunci'],
  validate: ['periksa'],
  list: ['daftar'],
  show: ['lihat'],
  expiring: ['akan-berakhir'],
  calendar: ['kalender'],
  publish: ['terbitkan'],
  clarify: ['klarifikasi'],
  review: ['pertimbangan', 'timbang'],
  decree: ['tetapkan'],
  reject: ['tolak'],
  open: ['buka'],
  reclassify: ['klasifikasi-ulang'],
  attach: ['lampirkan'],
  log: ['riwayat'],
  config: ['atur'],
  migrate: ['migrasi'],
  edit: ['ubah', 'koreksi'],
};

/** The command a word on the command line names: itself, or the command it is an alias of. */
export function commandNamed(word: string): string {
  for (const [name, aliases] of Object.entries(ALIASES)) if (aliases.includes(word)) return name;
  return word;
}
