import { stringify } from 'yaml';
import { parseRecordText } from '../../src/records/parse.js';
import { checkParsedRecord } from '../../src/archive/check.js';
import type { Config } from '../../src/domain/config.js';

/** A valid record in force, to be spoilt one field at a time. */
export function validRecord(): Record<string, any> {
  return {
    id: 'DIK-2026-0001',
    status: 'ditetapkan',
    judul: 'Data kesehatan pegawai',
    unit: 'Badan Kepegawaian',
    pasal17: ['h2'],
    dasar_hukum: ['UU 14/2008 Pasal 17 huruf h angka 2'],
    uji_konsekuensi: {
      tanggal: '2026-02-02',
      dokumen: 'Rekam medis pemeriksaan berkala 2025',
      konsekuensi_dibuka: 'Membuka riwayat kesehatan.',
      konsekuensi_ditutup: 'Melindungi privasi.',
      peserta: [{ nama: 'Nama PPID', jabatan: 'PPID Utama' }],
      persetujuan_pimpinan: { nama: 'Nama Pimpinan', jabatan: 'Bupati', tanggal: '2026-02-10' },
    },
    jangka_waktu: { mulai: '2026-02-16', tahun: 5 },
    cakupan: 'seluruh',
    penetapan: {
      nomor: '300/1/2026',
      tanggal: '2026-02-16',
      tempat: 'Sanggau',
      pejabat: { nama: 'Nama PPID', jabatan: 'PPID Utama', unit_kerja: 'Dinas Komunikasi dan Informatika' },
      persetujuan_pimpinan: { nama: 'Nama Pimpinan', jabatan: 'Bupati', tanggal: '2026-02-14' },
    },
  };
}

export const CONFIG: Config = {
  versi: 2,
  badan_publik: { nama: 'Pemerintah Kabupaten Uji' },
  unit: [{ kode: 'BKP', nama: 'Badan Kepegawaian' }],
  pejabat: [],
};

export function recordText(data: unknown, body = 'Isi.\n'): string {
  return `---\n${stringify(data, { lineWidth: 0 })}---\n${body}`;
}

export function problemsOf(data: unknown, config: Config = CONFIG) {
  return checkParsedRecord(parseRecordText('informasi/DIK-2026-0001.md', recordText(data)), { config });
}

export function codes(data: unknown): string[] {
  return problemsOf(data).map((p) => `${p.severity}:${p.code}`);
}

/** The YAML an officer gives `ppid add --from`: a complete item, one per test variation. */
export function addInput(unit: string, judul = 'Data rekening penerima bantuan'): string {
  return `judul: ${judul}
unit: ${unit}
pasal17: [h3]
dasar_hukum: ["UU 14/2008 Pasal 17 huruf h angka 3"]
uji_konsekuensi:
  tanggal: 2026-01-05
  konsekuensi_dibuka: Membuka data keuangan pribadi.
  konsekuensi_ditutup: Melindungi privasi penerima.
jangka_waktu: { mulai: 2026-01-10, tahun: 5 }
cakupan: seluruh
`;
}
