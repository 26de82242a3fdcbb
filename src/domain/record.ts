/**
 * The record of one exempted item (DOMAIN.md §6): the front matter of its Markdown file.
 * Every later SOP step has its block here already, so later commands only fill them.
 */
import type { Status } from './lifecycle.js';

export type IsoDate = string;

export interface Orang {
  nama: string;
  jabatan: string;
  nip?: string;
}

export interface Persetujuan extends Orang {
  tanggal: IsoDate;
}

export interface JangkaWaktu {
  mulai?: IsoDate;
  tahun?: number;
  bulan?: number;
  sampai?: IsoDate;
  setelah?: string;
  tanggal_peristiwa?: IsoDate;
  hingga?: string;
  tinjau_ulang?: IsoDate;
  hingga_persetujuan?: true;
  tanpa_batas?: true;
  keterangan?: string;
}

export const SAAT_UJI = ['sebelum-permohonan', 'atas-permohonan', 'perintah-komisi-informasi'] as const;
export const CAKUPAN = ['seluruh', 'sebagian'] as const;
export const REKOMENDASI = ['setuju', 'tolak', 'ubah'] as const;
export const ALASAN_PEMBUKAAN = [
  'jangka-waktu-berakhir', 'putusan-komisi-informasi', 'putusan-pengadilan', 'persetujuan-tertulis', 'jabatan-publik', 'uji-konsekuensi-baru',
  'demi-hukum',
] as const;
/** How a reason for opening is worded in published lists. */
export const ALASAN_PEMBUKAAN_TEKS: Readonly<Record<(typeof ALASAN_PEMBUKAAN)[number], string>> = {
  'jangka-waktu-berakhir': 'Jangka waktu pengecualian berakhir',
  'putusan-komisi-informasi': 'Putusan Komisi Informasi',
  'putusan-pengadilan': 'Putusan pengadilan',
  'persetujuan-tertulis': 'Persetujuan tertulis pihak yang bersangkutan (UU 14/2008 Pasal 18 ayat 2)',
  'jabatan-publik': 'Berkaitan dengan jabatan publik (UU 14/2008 Pasal 18 ayat 2)',
  'uji-konsekuensi-baru': 'Uji konsekuensi baru',
  'demi-hukum': 'Terbuka demi hukum (PP 61/2010 Pasal 11 ayat 3)',
};

export const KEAMANAN_ARSIP = ['B', 'T', 'R', 'SR'] as const;
export const NASIB_RETENSI = ['musnah', 'dinilai-kembali', 'permanen'] as const;
export const JENIS_LAMPIRAN = ['uji-konsekuensi', 'penetapan', 'pertimbangan', 'dokumen', 'dokumen-disamarkan', 'pembukaan'] as const;

export interface UjiKonsekuensi {
  tanggal: IsoDate;
  saat?: (typeof SAAT_UJI)[number];
  dokumen?: string;
  konsekuensi_dibuka: string;
  konsekuensi_ditutup: string;
  kepentingan_publik?: string;
  peserta?: Orang[];
  persetujuan_pimpinan?: Persetujuan;
}

export interface Penetapan {
  nomor: string;
  tanggal: IsoDate;
  tempat: string;
  pejabat: Orang;
  persetujuan_pimpinan: Persetujuan;
}

export interface Lampiran {
  jenis: (typeof JENIS_LAMPIRAN)[number];
  berkas: string;
  sha256?: string;
  ukuran?: number;
  halaman?: number;
  /** Kept encrypted with age; sha256 and ukuran are the plaintext's (src/archive/seal.ts). */
  terenkripsi?: true;
  keterangan?: string;
}

export interface RecordData {
  id: string;
  status: Status;
  judul: string;
  judul_publik?: string;
  unit: string;
  pasal17: string[];
  dasar_hukum: string[];
  uji_konsekuensi: UjiKonsekuensi;
  jangka_waktu: JangkaWaktu;
  cakupan: (typeof CAKUPAN)[number];
  bagian_dikecualikan?: string[];
  didaftarkan?: IsoDate;
  klarifikasi?: { tanggal: IsoDate; oleh?: Orang; berakhir?: IsoDate; tinjau_ulang?: IsoDate; catatan?: string };
  pertimbangan?: { rekomendasi: (typeof REKOMENDASI)[number]; nomor: string; tanggal: IsoDate; catatan?: string; oleh?: Orang };
  penetapan?: Penetapan;
  pembukaan?: {
    tanggal: IsoDate; alasan: (typeof ALASAN_PEMBUKAAN)[number]; dasar?: string; persetujuan_pimpinan?: Persetujuan;
    /** Public by law because the period ended before an opening was determined (PP 61/2010 Pasal 11(3)). */
    demi_hukum?: boolean;
  };
  penolakan?: { tanggal: IsoDate; alasan: string; dasar?: string };
  riwayat_klasifikasi?: RiwayatKlasifikasi[];
  arsip?: {
    kode_klasifikasi?: string;
    keamanan?: (typeof KEAMANAN_ARSIP)[number];
    retensi?: { tahun?: number; nasib?: (typeof NASIB_RETENSI)[number] };
    lokasi?: string;
  };
  lampiran?: Lampiran[];
  publikasi?: { terakhir?: IsoDate };
  catatan?: string;
}

/** What a reclassification replaced (PP 61/2010 Pasal 10); the full old text stays in git history. */
export interface RiwayatKlasifikasi {
  pasal17: string[];
  dasar_hukum: string[];
  jangka_waktu: JangkaWaktu;
  uji_konsekuensi_tanggal: IsoDate;
  penetapan_nomor?: string;
  penetapan_tanggal?: IsoDate;
  diganti: IsoDate;
}

/** A record as read from the archive: its data plus where it came from. */
export interface ArchiveRecord {
  /** Path relative to the archive root, with forward slashes. */
  path: string;
  data: RecordData;
  body: string;
}

export const ID_PATTERN = '^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*-\\d{4}-\\d{4,}$';
