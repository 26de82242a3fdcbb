/** The archive's settings file, `ppid.yaml`. */
import { ROLES, SOP_STEPS, type Role } from './lifecycle.js';

export const CONFIG_FILE = 'ppid.yaml';
export const RECORDS_DIR = 'informasi';
export const ATTACHMENTS_DIR = 'lampiran';
export const SCHEMA_DIR = 'skema';
export const DEFAULT_CALENDAR_FILE = 'kalender.yaml';

export interface Unit {
  kode: string;
  nama: string;
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
}

export interface Config {
  versi: 1;
  bahasa?: 'id' | 'en';
  badan_publik: { nama: string; singkatan?: string; alamat?: string; situs?: string; tempat?: string };
  unit: Unit[];
  pejabat: Pejabat[];
  tenggat?: { jendela_berakhir?: number; langkah?: Partial<Record<`langkah_${1 | 2 | 3 | 4 | 5 | 6}`, number>> };
  id_awalan?: string;
  kalender?: string;
  /** A step done by someone without its role: refused (default) or only warned about. */
  peran_tidak_sesuai?: 'tolak' | 'peringatan';
}

export const DEFAULT_EXPIRY_WINDOW = 30;
export const DEFAULT_ID_PREFIX = 'DIK';

export function expiryWindow(c: Config): number {
  return c.tenggat?.jendela_berakhir ?? DEFAULT_EXPIRY_WINDOW;
}

export function stepLimit(c: Config, langkah: number): number {
  const key = `langkah_${langkah}` as `langkah_${1 | 2 | 3 | 4 | 5 | 6}`;
  return c.tenggat?.langkah?.[key] ?? SOP_STEPS.find((s) => s.langkah === langkah)!.batasHariKerja;
}

export { ROLES };
