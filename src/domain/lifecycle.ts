/**
 * The SOP (SOP 35/Set-Kominfo Kab. Sanggau, 2021) and the item lifecycle, in one table.
 * Statuses, SOP steps, the roles that perform them and the blocks each status must carry
 * are read from here by the schema, validation, reports and commands.
 */

export const STATUSES = ['diusulkan', 'diklarifikasi', 'dipertimbangkan', 'ditetapkan', 'dibuka', 'ditolak'] as const;
export type Status = (typeof STATUSES)[number];

export const ROLES = ['petugas-teknis', 'ppid-utama', 'ppid-pembantu', 'tim-pertimbangan', 'pimpinan'] as const;
export type Role = (typeof ROLES)[number];

export interface StatusInfo {
  readonly status: Status;
  readonly id: string;
  readonly en: string;
  /** Top-level record blocks that must be present once an item has this status. */
  readonly wajibBlok: readonly string[];
  /** The item is exempt and in force: it belongs in the published DIK. */
  readonly berlaku: boolean;
  /** The item's life is over (public now, or never exempt). */
  readonly selesai: boolean;
}

export const STATUS_INFO: Readonly<Record<Status, StatusInfo>> = {
  diusulkan: { status: 'diusulkan', id: 'diusulkan', en: 'proposed', wajibBlok: [], berlaku: false, selesai: false },
  diklarifikasi: { status: 'diklarifikasi', id: 'diklarifikasi', en: 'clarified', wajibBlok: ['klarifikasi'], berlaku: false, selesai: false },
  dipertimbangkan: {
    status: 'dipertimbangkan', id: 'dipertimbangkan', en: 'considered', wajibBlok: ['pertimbangan'], berlaku: false, selesai: false,
  },
  ditetapkan: { status: 'ditetapkan', id: 'ditetapkan (berlaku)', en: 'determined (in force)', wajibBlok: ['penetapan'], berlaku: true, selesai: false },
  dibuka: { status: 'dibuka', id: 'dibuka', en: 'opened', wajibBlok: ['pembukaan'], berlaku: false, selesai: true },
  ditolak: { status: 'ditolak', id: 'ditolak', en: 'refused', wajibBlok: [], berlaku: false, selesai: true },
};

export interface SopStep {
  readonly langkah: 1 | 2 | 3 | 4 | 5 | 6;
  readonly id: string;
  readonly en: string;
  /** Default time limit in working days (1 week = 5 working days), overridable in ppid.yaml. */
  readonly batasHariKerja: number;
  readonly pelaksana: Role;
  readonly perintah: string;
}

export const SOP_STEPS: readonly SopStep[] = [
  { langkah: 1, id: 'pengumpulan dan pendaftaran', en: 'collection and registration', batasHariKerja: 5, pelaksana: 'petugas-teknis', perintah: 'add' },
  { langkah: 2, id: 'klarifikasi jangka waktu', en: 'clarification of the period', batasHariKerja: 5, pelaksana: 'ppid-utama', perintah: 'clarify' },
  { langkah: 3, id: 'pertimbangan tim', en: 'consideration team\u2019s opinion', batasHariKerja: 3, pelaksana: 'tim-pertimbangan', perintah: 'review' },
  { langkah: 4, id: 'pembukaan informasi', en: 'opening of expired items', batasHariKerja: 30, pelaksana: 'ppid-utama', perintah: 'open' },
  { langkah: 5, id: 'pendokumentasian', en: 'documentation', batasHariKerja: 5, pelaksana: 'petugas-teknis', perintah: 'attach' },
  { langkah: 6, id: 'publikasi DIK', en: 'publication of the DIK', batasHariKerja: 1, pelaksana: 'petugas-teknis', perintah: 'publish' },
];

export function sopStep(langkah: number): SopStep {
  const s = SOP_STEPS.find((x) => x.langkah === langkah);
  if (!s) throw new Error(`no SOP step ${langkah}`);
  return s;
}

/** Actions that are not SOP steps but still change the archive (and so are audited). */
export const NON_SOP_ACTIONS = ['init', 'hook'] as const;
