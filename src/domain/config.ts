/** The archive's settings file, `ppid.yaml`. */
import { ROLES, SOP_STEPS, type Role } from './lifecycle.js';

export const CONFIG_FILE = 'ppid.yaml';
export const RECORDS_DIR = 'informasi';
export const ATTACHMENTS_DIR = 'lampiran';
export const SCHEMA_DIR = 'skema';
export const DEFAULT_CALENDAR_FILE = 'kalender.yaml';

/**
 * The archive format `ppid.yaml` declares. 2: `jangka_waktu.sampai` is the last exempt day
 * ("sampai dengan 31 Desember 2030"). 1: written by ppid 0.1, when `sampai` was read as the
 * first public day; `ppid migrate` turns such an archive into format 2.
 */
export const ARCHIVE_FORMAT = 2;
export const ARCHIVE_FORMATS = [1, 2] as const;

export interface Unit {
  kode: string;
  nama: string;
  /** Names the unit had before (`ppid config unit rename`): an item keeps the unit's name of its day. */
  nama_lama?: string[];
  /** The unit's age public key: its PPID Pembantu can read the unit's attachments. */
  kunci_age?: string;
}

export interface Pejabat {
  nama: string;
  jabatan: string;
  peran: Role[];
  email?: string;
  nip?: string;
  /** The unit (code) a PPID Pembantu works for: its items are numbered in the unit's own series. */
  unit?: string;
  /** age public key: attachments are encrypted to the PPID Utama's key (and the owning unit's). */
  kunci_age?: string;
  /** SSH public key ("ssh-ed25519 AAAA… comment"): the key this official signs their steps with (ADR 17). */
  kunci_ssh?: string;
}

/**
 * How PP 61/2010 Pasal 11(2) — "paling lama 30 (tiga puluh) hari kerja sebelum berakhirnya
 * Jangka Waktu Pengecualian" — sets the last day to decide an opening. `hari-kerja-terakhir`
 * (the SOP's reading, default): within the 30 working days before the end, so by the last
 * working day before it. `awal-jendela` (the literal reading): by the first of those 30 days.
 */
export const BATAS_KEPUTUSAN = ['hari-kerja-terakhir', 'awal-jendela'] as const;
export type BatasKeputusan = (typeof BATAS_KEPUTUSAN)[number];

export interface Config {
  versi: (typeof ARCHIVE_FORMATS)[number];
  bahasa?: 'id' | 'en';
  badan_publik: { nama: string; singkatan?: string; alamat?: string; situs?: string; tempat?: string };
  /** The PPID itself: its work unit and the decree appointing it, as determinations cite them. */
  ppid?: { unit_kerja?: string; sk_penunjukan?: string };
  unit: Unit[];
  pejabat: Pejabat[];
  tenggat?: { jendela_berakhir?: number; batas_keputusan?: BatasKeputusan; langkah?: Partial<Record<`langkah_${1 | 2 | 3 | 4 | 5 | 6}`, number>> };
  id_awalan?: string;
  kalender?: string;
  /** A step done by someone without its role: refused (default) or only warned about. */
  peran_tidak_sesuai?: 'tolak' | 'peringatan';
  /** Every step is signed with its author's SSH key (`kunci_ssh`), whichever clone makes it (ADR 17). */
  tanda_tangan?: 'ssh';
}

export const DEFAULT_EXPIRY_WINDOW = 30;
/** `expiring --within` looks at most about ten working years ahead: further, every day counted is a guess without a calendar. */
export const MAX_EXPIRY_WINDOW = 2500;
export const DEFAULT_ID_PREFIX = 'DIK';

export function expiryWindow(c: Config): number {
  return c.tenggat?.jendela_berakhir ?? DEFAULT_EXPIRY_WINDOW;
}

export function stepLimit(c: Config, langkah: number): number {
  const key = `langkah_${langkah}` as `langkah_${1 | 2 | 3 | 4 | 5 | 6}`;
  return c.tenggat?.langkah?.[key] ?? SOP_STEPS.find((s) => s.langkah === langkah)!.batasHariKerja;
}

export { ROLES };
