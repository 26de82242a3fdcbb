/** Surat pertimbangan (SOP step 3): a draft letter of the Tim Pertimbangan on proposed items. */
import type { Config } from '../domain/config.js';
import type { ArchiveRecord } from '../domain/record.js';
import { PLACEHOLDER, type Block, type Doc } from './model.js';
import { commonValues, fill, lines, type Template } from './templates.js';
import { jabatanLine, legalBasis, official, periodOf, signature, tanggal } from './parts.js';

export function considerationDoc(records: ArchiveRecord[], config: Config, t: Template, kop: Template): Doc {
  const given = records.map((r) => r.data.pertimbangan).filter((p) => p !== undefined);
  // A letter already recorded for all the items gives its number and date; otherwise blanks.
  const same = given.length === records.length && new Set(given.map((p) => p.nomor)).size === 1 ? given[0] : undefined;
  const ppid = official(config, 'ppid-utama');
  const ketua = same?.oleh ?? official(config, 'tim-pertimbangan');
  const values = {
    ...commonValues(config),
    nomor: same?.nomor ?? PLACEHOLDER,
    jumlah: String(records.length),
    ppid_utama: ppid ? `${ppid.jabatan}` : 'Pejabat Pengelola Informasi dan Dokumentasi',
  };
  const blok: Block[] = [
    { jenis: 'kop' },
    { jenis: 'judul', baris: lines(t.judul, values) },
    { jenis: 'judul', baris: [fill(t.nomor, values)], tebal: false },
    {
      jenis: 'isian',
      baris: [
        ['Kepada', fill(t.kepada, values)],
        ['Perihal', fill(t.perihal, values)],
      ],
    },
    { jenis: 'paragraf', teks: fill(t.pembuka, values), rata: 'penuh' },
    {
      jenis: 'tabel',
      kepala: ['No', 'Informasi', 'Unit Kerja', 'Dasar Hukum', 'Jangka Waktu Usulan', 'Rekomendasi', 'Catatan'],
      lebar: [4, 22, 13, 16, 16, 10, 19],
      baris: records.map((r, i) => [
        String(i + 1),
        `${r.data.judul} (${r.data.id})`,
        r.data.unit,
        legalBasis(r.data),
        periodOf(r.data),
        r.data.pertimbangan?.rekomendasi ?? fill(t.pilihan_rekomendasi, values),
        r.data.pertimbangan?.catatan ?? '',
      ]),
    },
    { jenis: 'paragraf', teks: fill(t.penutup, values), rata: 'penuh' },
    {
      jenis: 'tanda-tangan',
      kolom: [
        signature(
          kop,
          config,
          [`${config.badan_publik.tempat ?? ''}, ${tanggal(same?.tanggal)}`.replace(/^, /, ''), 'Tim Pertimbangan PPID,', jabatanLine(ketua, 'Ketua')],
          ketua,
        ),
      ],
    },
  ];
  return { judul: `Surat Pertimbangan ${same?.nomor ?? '(konsep)'}`, ...(same ? {} : { konsep: 'KONSEP' }), bagian: [{ lanskap: true, blok }] };
}
