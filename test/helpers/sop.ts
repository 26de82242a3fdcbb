/** An archive with the SOP's three performers, each with a git identity of their own. */
import { ARCHIVE_BORN, fromTemplate, ppid, tempDir } from './cli.js';

/** The people of the SOP, each with their own git identity. */
export const PETUGAS = {
  GIT_AUTHOR_NAME: 'Yohanes Petugas',
  GIT_AUTHOR_EMAIL: 'petugas@uji.go.id',
  GIT_COMMITTER_NAME: 'Yohanes Petugas',
  GIT_COMMITTER_EMAIL: 'petugas@uji.go.id',
};
export const PPID = {
  GIT_AUTHOR_NAME: 'Siti Aminah',
  GIT_AUTHOR_EMAIL: 'siti@uji.go.id',
  GIT_COMMITTER_NAME: 'Siti Aminah',
  GIT_COMMITTER_EMAIL: 'siti@uji.go.id',
};
export const TIM = { GIT_AUTHOR_NAME: 'Nurhayati', GIT_AUTHOR_EMAIL: 'nur@uji.go.id', GIT_COMMITTER_NAME: 'Nurhayati', GIT_COMMITTER_EMAIL: 'nur@uji.go.id' };

/** Each step happens on its own day: commit dates are what `ppid status` reads. */
export const on = (who: Record<string, string>, day: string) => ({
  ...who,
  GIT_AUTHOR_DATE: `${day}T09:00:00+07:00`,
  GIT_COMMITTER_DATE: `${day}T09:00:00+07:00`,
  PPID_TODAY: day,
});

/**
 * What a new determination's consequence test must show (PP 61/2010 Pasal 3; Perki 1/2021 Pasal
 * 49(2)(a)): the document tested, its participants and the head's approval of it (on `approved`).
 */
export const decreeTest = (approved: string): string[] => [
  '--dokumen-uji',
  'Dokumen yang diuji',
  '--peserta-uji',
  'Siti Aminah;PPID Utama',
  '--peserta-uji',
  'Kepala Unit;Kepala Unit Kerja',
  '--tanggal-persetujuan-uji',
  approved,
];

/** The decree's officials as the SOP tests' archives name them, the head approving on `approved` (test and decree). */
export const decreeSigned = (approved: string): string[] => [
  '--pejabat',
  'Siti Aminah',
  '--pimpinan',
  'Budi Santoso',
  '--tanggal-persetujuan',
  approved,
  ...decreeTest(approved),
];

export const PDF =
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >> endobj\n3 0 obj << /Type /Page >> endobj\n4 0 obj << /Type /Page >> endobj\n%%EOF\n';

/** A new archive with the officials of the SOP tests (`extra`: more init flags), a copy of one made once per file. */
export function sopArchive(extra: string[] = []): string {
  return fromTemplate(`sop:${extra.join('\u0000')}`, (dir) => initSopArchive(dir, extra));
}

/** The body, the unit, the PPID Utama and the head the SOP tests' archives are made with (`init DIR …`). */
export const SOP_BODY = [
  '--nama',
  'Pemerintah Kabupaten Uji',
  '--unit',
  'BKPSDM=Badan Kepegawaian',
  '--tempat',
  'Uji',
  '--ppid-utama',
  'Siti Aminah',
  '--email',
  'siti@uji.go.id',
  '--pimpinan',
  'Budi Santoso',
  '--jabatan-pimpinan',
  'Bupati Uji',
  '--unit-kerja-ppid',
  'Dinas Komunikasi dan Informatika',
];

function initSopArchive(dir: string, extra: string[]): void {
  const r = ppid(['init', dir, ...SOP_BODY, '--pejabat', 'Nurhayati;Ketua Tim Pertimbangan;tim-pertimbangan;nur@uji.go.id', ...extra], {
    cwd: tempDir(),
    env: on(PETUGAS, ARCHIVE_BORN.slice(0, 10)),
  });
  if (r.code !== 0) throw new Error(r.stderr);
}

/** The record the SOP tests register (`add --from`): a bank-account list, exempt under h3 for five years. */
export const SAMPLE_ITEM = {
  judul: 'Data rekening penerima bantuan',
  unit: 'Badan Kepegawaian',
  pasal17: ['h3'],
  dasar_hukum: ['UU 14/2008 Pasal 17 huruf h angka 3'],
  uji_konsekuensi: {
    tanggal: '2026-01-05',
    dokumen: 'Daftar rekening penerima bantuan 2025',
    konsekuensi_dibuka: 'Membuka data keuangan pribadi.',
    konsekuensi_ditutup: 'Melindungi privasi.',
    peserta: [{ nama: 'Siti Aminah', jabatan: 'PPID Utama' }],
    persetujuan_pimpinan: { nama: 'Budi Santoso', jabatan: 'Bupati Uji', tanggal: '2026-01-09' },
  },
  jangka_waktu: { mulai: '2026-01-10', tahun: 5 },
  cakupan: 'seluruh',
};

/** Its decree, made outside ppid: an item registered with it is in force. */
export const SAMPLE_DECREE = {
  nomor: '800/9/2026',
  tanggal: '2026-01-10',
  tempat: 'Uji',
  pejabat: { nama: 'Siti Aminah', jabatan: 'PPID Utama', unit_kerja: 'Dinas Komunikasi dan Informatika' },
  persetujuan_pimpinan: { nama: 'Budi Santoso', jabatan: 'Bupati Uji', tanggal: '2026-01-09' },
};

/** `add`'s flags for a proposal the SOP tests walk through the steps: health records, h2, one year. */
export const addHealthRecords = (testDay: string): string[] => [
  ...['add', '--judul', 'Rekam medis pegawai', '--unit', 'BKPSDM', '--pasal17', 'h2', '--dasar-hukum', 'UU 14/2008 Pasal 17 huruf h angka 2'],
  ...['--tanggal-uji', testDay, '--dibuka', 'Membuka riwayat kesehatan.', '--ditutup', 'Melindungi privasi.', '--tahun', '1', '--cakupan', 'seluruh'],
];

/** The PPID Utama of `archive-example/`, who may register and decree there. */
export const EXAMPLE_PPID = {
  GIT_AUTHOR_NAME: 'Rahmawati',
  GIT_AUTHOR_EMAIL: 'ppid@tanjungrawa.go.id',
  GIT_COMMITTER_NAME: 'Rahmawati',
  GIT_COMMITTER_EMAIL: 'ppid@tanjungrawa.go.id',
};
