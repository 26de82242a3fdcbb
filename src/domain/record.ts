/**
 * The record of one exempted item (docs/domain.md §7): the front matter of its Markdown file.
 * Every later SOP step has its block here already, so later commands only fill them.
 */
import type { Status } from './lifecycle.js';
import type { Huruf } from './pasal17.js';

export type IsoDate = string;

export interface Orang {
  nama: string;
  jabatan: string;
  nip?: string;
  /** The official's own work unit (for the determining PPID official: PP 61/2010 Pasal 4(2)(c)). */
  unit_kerja?: string;
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
  'jangka-waktu-berakhir',
  'putusan-komisi-informasi',
  'putusan-pengadilan',
  'persetujuan-tertulis',
  'jabatan-publik',
  'uji-konsekuensi-baru',
  'sidang-terbuka',
  'demi-hukum',
] as const;
export type AlasanPembukaan = (typeof ALASAN_PEMBUKAAN)[number];

/** The reasons an officer can give `ppid open` (an opening by law is recorded, not chosen). */
export const ALASAN_PEMBUKAAN_DIPILIH: readonly AlasanPembukaan[] = ALASAN_PEMBUKAAN.filter((a) => a !== 'demi-hukum');

/** How a reason for opening is worded in published lists and documents. */
export const ALASAN_PEMBUKAAN_TEKS: Readonly<Record<AlasanPembukaan, string>> = {
  'jangka-waktu-berakhir': 'Jangka waktu pengecualian berakhir (PP 61/2010 Pasal 11 ayat 2)',
  'putusan-komisi-informasi': 'Putusan Komisi Informasi',
  'putusan-pengadilan': 'Putusan pengadilan',
  'persetujuan-tertulis': 'Persetujuan tertulis pihak yang bersangkutan (UU 14/2008 Pasal 18 ayat 2 huruf a)',
  'jabatan-publik': 'Berkaitan dengan posisi seseorang dalam jabatan publik (UU 14/2008 Pasal 18 ayat 2 huruf b)',
  'uji-konsekuensi-baru': 'Uji konsekuensi baru (PP 61/2010 Pasal 10)',
  'sidang-terbuka': 'Telah dibuka dalam sidang pengadilan yang terbuka untuk umum (PP 61/2010 Pasal 5 ayat 2)',
  'demi-hukum': 'Terbuka demi hukum (PP 61/2010 Pasal 11 ayat 3)',
};

/** Reasons that rest on a document of their own, which the opening must name (`pembukaan.dasar`): its number or date. */
export const ALASAN_WAJIB_DASAR: readonly AlasanPembukaan[] = ['putusan-komisi-informasi', 'putusan-pengadilan', 'sidang-terbuka', 'uji-konsekuensi-baru'];

/** Reasons that open only some letters' information, and the law that says so. */
export const ALASAN_HANYA_HURUF: Readonly<Partial<Record<AlasanPembukaan, { huruf: readonly Huruf[]; dasar: string }>>> = {
  'persetujuan-tertulis': { huruf: ['g', 'h'], dasar: 'UU 14/2008 Pasal 18 ayat (2)' },
  'jabatan-publik': { huruf: ['g', 'h'], dasar: 'UU 14/2008 Pasal 18 ayat (2)' },
  'sidang-terbuka': { huruf: ['a'], dasar: 'PP 61/2010 Pasal 5 ayat (2)' },
};

export const KEAMANAN_ARSIP = ['B', 'T', 'R', 'SR'] as const;
export const NASIB_RETENSI = ['musnah', 'dinilai-kembali', 'permanen'] as const;
export const JENIS_LAMPIRAN = ['uji-konsekuensi', 'penetapan', 'pertimbangan', 'dokumen', 'dokumen-disamarkan', 'pembukaan', 'persetujuan-tertulis'] as const;

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
    tanggal: IsoDate;
    alasan: AlasanPembukaan;
    dasar?: string;
    persetujuan_pimpinan?: Persetujuan;
    /** Public by law because the period ended before an opening was determined (PP 61/2010 Pasal 11(3)). */
    demi_hukum?: boolean;
    /** Written consent (UU 14/2008 Pasal 18(2)(a)); the letter itself is attached as `persetujuan-tertulis`. */
    persetujuan_tertulis?: PersetujuanTertulis;
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

/**
 * Who consented, when and for what. Consent opens that person's own information only: the
 * item is opened whole only when its information concerns that person alone (`satu_orang`,
 * stated by the PPID Utama); see docs/adr/0003-persetujuan-tertulis.md.
 */
export interface PersetujuanTertulis {
  nama: string;
  tanggal: IsoDate;
  keperluan?: string;
  satu_orang: true;
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

/**
 * The dates of things that happened (a test, an approval, a decree, an opening, an event a
 * period counts from), as paths into a record: none of them may lie after today. Review dates,
 * `sampai` and `mulai` are not among them: they may lie ahead.
 */
export const EVENT_DATE_PATHS: ReadonlyArray<readonly string[]> = [
  ['uji_konsekuensi', 'tanggal'],
  ['uji_konsekuensi', 'persetujuan_pimpinan', 'tanggal'],
  ['didaftarkan'],
  ['klarifikasi', 'tanggal'],
  ['pertimbangan', 'tanggal'],
  ['penetapan', 'tanggal'],
  ['penetapan', 'persetujuan_pimpinan', 'tanggal'],
  ['pembukaan', 'tanggal'],
  ['pembukaan', 'persetujuan_pimpinan', 'tanggal'],
  ['pembukaan', 'persetujuan_tertulis', 'tanggal'],
  ['penolakan', 'tanggal'],
  ['jangka_waktu', 'tanggal_peristiwa'],
  ['publikasi', 'terakhir'],
];
/** The same within each `riwayat_klasifikasi` entry. */
export const RIWAYAT_DATE_KEYS = ['uji_konsekuensi_tanggal', 'penetapan_tanggal', 'diganti'] as const;

export const ID_PATTERN = '^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*-\\d{4}-\\d{4,}$';
