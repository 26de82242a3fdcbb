/** The command line's own words: its flags, its filters and commander's messages (src/cli/). */
import type { JENIS_LAMPIRAN } from '../domain/record.js';

import type { Pair } from './pair.js';

// A table, one entry per line, reads best as it is written.
// prettier-ignore
export const CLI_MESSAGES = {
  'lebar-tidak-sah': ['--lebar "{nilai}" bukan lebar yang dapat dipakai', '--width "{nilai}" is not a usable width'],
  'lebar-tidak-sah.saran': ['beri jumlah kolom, paling sedikit {min} (mis. --lebar 80), atau 0 untuk tanpa batas', 'give a number of columns, at least {min} (e.g. --width 80), or 0 for no limit'],
  'filter.mungkin': [' (maksudnya "{kode}"?)', ' (did you mean "{kode}"?)'],
  'filter-pasal17-tidak-dikenal': ['--pasal17 "{nilai}" bukan kode Pasal 17 UU 14/2008{mungkin}', '--pasal17 "{nilai}" is not a code of UU 14/2008 Pasal 17{mungkin}'],
  'filter-pasal17-tidak-dikenal.saran': ['kode yang ada: huruf {huruf} (sehuruf mencakup angkanya), atau huruf dengan angkanya, mis. h2, c7', 'the codes: the letters {huruf} (a letter covers its points), or a letter with its point, e.g. h2, c7'],
  'filter-unit-tidak-dikenal': ['--unit "{nilai}" tidak cocok dengan unit kerja mana pun{mungkin}', '--unit "{nilai}" matches no work unit{mungkin}'],
  'filter-unit-tidak-dikenal.saran': ['unit di ppid.yaml (kode, nama, atau sebagian nama; huruf besar/kecil sama saja): {unit}', 'the units in ppid.yaml (code, name, or part of a name; any case): {unit}'],
  'jenis-lampiran-kosong': ['"ppid attach" perlu --jenis: jenis lampiran apa berkas ini?', '"ppid attach" needs --jenis: what kind of attachment is this file?'],
  'jenis-lampiran-kosong.saran': ['jenis yang ada:\n{daftar}', 'the kinds:\n{daftar}'],
} satisfies Record<string, Pair>;

/** What each kind of attachment is (`ppid attach --jenis`): one entry per kind of JENIS_LAMPIRAN, none left out. */
// prettier-ignore
export const JENIS_LAMPIRAN_ARTI: Record<(typeof JENIS_LAMPIRAN)[number], Pair> = {
  'uji-konsekuensi': ['lembar pengujian konsekuensi yang ditandatangani', 'the signed consequence-test sheet'],
  penetapan: ['surat penetapan klasifikasi (SK)', 'the determination decree (SK)'],
  pertimbangan: ['surat pertimbangan tertulis Tim Pertimbangan', 'the consideration team\u2019s written opinion'],
  dokumen: ['dokumen yang dikecualikan itu sendiri', 'the exempted document itself'],
  'dokumen-disamarkan': ['salinan dengan bagian yang dikecualikan dihitamkan (pengecualian sebagian)', 'a copy with the exempted parts blacked out (partial exemption)'],
  pembukaan: ['surat penetapan pembukaan informasi', 'the decree opening the information'],
  'persetujuan-tertulis': ['surat persetujuan tertulis orang yang rahasianya diungkap (huruf g/h)', 'the written consent of the person whose secret it is (letters g/h)'],
};
