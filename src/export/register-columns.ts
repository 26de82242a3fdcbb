/**
 * The register as a spreadsheet: every field an officer may see, one column each, with its
 * Indonesian heading, type and width. `ppid export` writes these columns and `ppid import`
 * reads them back (the layout "register"), so this table is the one description of both.
 */
import type { RecordData } from '../domain/record.js';
import { firstPublicDay, lastExemptDay, periodFacts } from '../rules/period.js';

const lastDay = (berakhir: string | undefined): string | undefined => (berakhir ? lastExemptDay(berakhir) : undefined);
import { periodText, statusLabel } from '../reports/text.js';

export type ColumnType = 'teks' | 'tanggal' | 'angka' | 'daftar' | 'kode' | 'ya';

export interface RegisterColumn {
  /** Dotted path in the record; computed columns have none and are not read back. */
  path?: string;
  judul: string;
  jenis: ColumnType;
  /** Width in characters, as Excel counts them. */
  lebar: number;
  /** A value shown for the reader but derived from other fields. */
  turunan?: (d: RecordData) => string | number | undefined;
}

const c = (path: string, judul: string, jenis: ColumnType, lebar: number): RegisterColumn => ({ path, judul, jenis, lebar });

export const REGISTER_COLUMNS: readonly RegisterColumn[] = [
  c('id', 'ID', 'teks', 16),
  c('status', 'Status', 'teks', 14),
  { judul: 'Keterangan Status', jenis: 'teks', lebar: 22, turunan: (d) => statusLabel(d.status, 'id') },
  c('judul', 'Informasi', 'teks', 48),
  c('judul_publik', 'Judul Publik', 'teks', 30),
  c('unit', 'Unit Kerja', 'teks', 32),
  c('pasal17', 'Kode Pasal 17', 'kode', 12),
  c('dasar_hukum', 'Dasar Hukum Pengecualian', 'daftar', 40),
  c('uji_konsekuensi.tanggal', 'Tanggal Uji Konsekuensi', 'tanggal', 14),
  c('uji_konsekuensi.saat', 'Saat Uji', 'teks', 18),
  c('uji_konsekuensi.konsekuensi_dibuka', 'Konsekuensi Bila Dibuka', 'teks', 48),
  c('uji_konsekuensi.konsekuensi_ditutup', 'Konsekuensi Bila Ditutup', 'teks', 48),
  c('uji_konsekuensi.kepentingan_publik', 'Kepentingan Publik', 'teks', 36),
  c('cakupan', 'Cakupan', 'teks', 10),
  c('bagian_dikecualikan', 'Bagian yang Dikecualikan', 'daftar', 30),
  { judul: 'Jangka Waktu', jenis: 'teks', lebar: 40, turunan: (d) => periodText(d.jangka_waktu, periodFacts(d), 'id') },
  c('jangka_waktu.mulai', 'Mulai', 'tanggal', 12),
  c('jangka_waktu.tahun', 'Tahun', 'angka', 7),
  c('jangka_waktu.bulan', 'Bulan', 'angka', 7),
  c('jangka_waktu.sampai', 'Sampai Dengan', 'tanggal', 12),
  c('jangka_waktu.setelah', 'Setelah Peristiwa', 'teks', 26),
  c('jangka_waktu.tanggal_peristiwa', 'Tanggal Peristiwa', 'tanggal', 12),
  c('jangka_waktu.hingga', 'Hingga Peristiwa', 'teks', 26),
  c('jangka_waktu.tinjau_ulang', 'Tinjau Ulang', 'tanggal', 12),
  c('jangka_waktu.hingga_persetujuan', 'Hingga Persetujuan Tertulis', 'ya', 10),
  c('jangka_waktu.tanpa_batas', 'Tanpa Batas', 'ya', 8),
  c('jangka_waktu.keterangan', 'Jangka Waktu Semula', 'teks', 26),
  // The last exempt day and the first public one, said as such (never the second as an "end").
  { judul: 'Dikecualikan Sampai Dengan', jenis: 'tanggal', lebar: 14, turunan: (d) => lastDay(firstPublicDay(d)) },
  { judul: 'Terbuka Sejak', jenis: 'tanggal', lebar: 12, turunan: (d) => firstPublicDay(d) },
  c('penetapan.nomor', 'Nomor Penetapan', 'teks', 26),
  c('penetapan.tanggal', 'Tanggal Penetapan', 'tanggal', 12),
  c('penetapan.tempat', 'Tempat Penetapan', 'teks', 14),
  c('penetapan.pejabat.nama', 'Pejabat PPID', 'teks', 24),
  c('penetapan.pejabat.jabatan', 'Jabatan Pejabat PPID', 'teks', 20),
  c('penetapan.persetujuan_pimpinan.nama', 'Pimpinan yang Menyetujui', 'teks', 24),
  c('penetapan.persetujuan_pimpinan.jabatan', 'Jabatan Pimpinan', 'teks', 16),
  c('penetapan.persetujuan_pimpinan.tanggal', 'Tanggal Persetujuan', 'tanggal', 12),
  c('pembukaan.tanggal', 'Tanggal Dibuka', 'tanggal', 12),
  c('pembukaan.alasan', 'Alasan Dibuka', 'teks', 22),
  c('arsip.kode_klasifikasi', 'Kode Klasifikasi Arsip', 'teks', 14),
  c('arsip.keamanan', 'Tingkat Keamanan Arsip', 'teks', 10),
  c('arsip.retensi.tahun', 'Retensi (tahun)', 'angka', 9),
  c('arsip.retensi.nasib', 'Nasib Akhir Arsip', 'teks', 14),
  c('arsip.lokasi', 'Lokasi Arsip', 'teks', 26),
  c('catatan', 'Catatan Internal', 'teks', 36),
  c('didaftarkan', 'Didaftarkan', 'tanggal', 12),
];

/**
 * Columns the import takes back into a new record: what the officer wrote, not what later
 * steps or the history recorded (status, opening and registration come from the archive).
 */
export const READ_BACK_COLUMNS = REGISTER_COLUMNS.filter(
  (col) => col.path && !['status', 'didaftarkan'].includes(col.path) && !col.path.startsWith('pembukaan.'),
);

/** Headings that mark a sheet as ppid's own register. */
export const REGISTER_MARKERS = ['ID', 'Kode Pasal 17', 'Tanggal Uji Konsekuensi'];

export function valueAt(d: object, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), d);
}

export function setAt(d: Record<string, unknown>, path: string, v: unknown): void {
  const keys = path.split('.');
  let o = d;
  for (const k of keys.slice(0, -1)) o = (o[k] ??= {}) as Record<string, unknown>;
  o[keys.at(-1)!] = v;
}

/** A cell's value as written to the sheet: lists one per line, codes comma-separated, flags "ya". */
export function cellValue(col: RegisterColumn, d: RecordData): string | number | undefined {
  const v = col.turunan ? col.turunan(d) : valueAt(d, col.path!);
  if (v === undefined || v === null || v === '') return undefined;
  if (col.jenis === 'daftar') return (v as string[]).join('\n');
  if (col.jenis === 'kode') return (v as string[]).join(', ');
  if (col.jenis === 'ya') return v === true ? 'ya' : undefined;
  return v as string | number;
}
