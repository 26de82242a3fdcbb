/**
 * The documents `ppid doc` drafts: their names (Indonesian, with English aliases), the
 * template each reads, and which items a document covers when no id is given.
 */
export const DOC_KINDS = {
  'uji-konsekuensi': { en: 'consequence-test', judul: 'Lembar pengujian konsekuensi', bawaan: 'id-wajib' },
  penetapan: { en: 'decree', judul: 'Surat penetapan klasifikasi dengan DIK sebagai lampiran', bawaan: 'id-wajib' },
  'akan-berakhir': { en: 'expiring', judul: 'Daftar informasi yang akan berakhir (SOP langkah 4)', bawaan: 'laporan' },
  pembukaan: { en: 'opening', judul: 'Penetapan pembukaan informasi yang berakhir', bawaan: 'jatuh-tempo' },
  pertimbangan: { en: 'consideration', judul: 'Surat pertimbangan Tim Pertimbangan (konsep)', bawaan: 'menunggu-pertimbangan' },
} as const;

export type DocKind = keyof typeof DOC_KINDS;
export const DOC_KIND_NAMES = Object.keys(DOC_KINDS) as DocKind[];

export function docKind(name: string): DocKind | undefined {
  const n = name.toLowerCase();
  return DOC_KIND_NAMES.find((k) => k === n || DOC_KINDS[k].en === n);
}
