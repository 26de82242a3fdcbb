/**
 * The SOP (SOP 35/Set-Kominfo Kab. Sanggau, 2021) and the item lifecycle, in one table.
 * Statuses, SOP steps, the roles that perform them and the blocks each status must carry
 * are read from here by the schema, validation, reports and commands.
 */
import type { Label } from './label.js';

export const STATUSES = ['diusulkan', 'diklarifikasi', 'dipertimbangkan', 'ditetapkan', 'dibuka', 'ditolak'] as const;
export type Status = (typeof STATUSES)[number];

export const ROLES = ['petugas-teknis', 'ppid-utama', 'ppid-pembantu', 'tim-pertimbangan', 'pimpinan'] as const;
export type Role = (typeof ROLES)[number];

export interface StatusInfo {
  readonly status: Status;
  readonly label: Label;
  /** Top-level record blocks that must be present once an item has this status. */
  readonly wajibBlok: readonly string[];
  /** The item is exempt and in force: it belongs in the published DIK. */
  readonly berlaku: boolean;
  /** The item's life is over (public now, or never exempt). */
  readonly selesai: boolean;
}

// A table, one entry per line, reads best as it is written.
// prettier-ignore
export const STATUS_INFO: Readonly<Record<Status, StatusInfo>> = {
  diusulkan: { status: 'diusulkan', label: { id: 'diusulkan', en: 'proposed' }, wajibBlok: [], berlaku: false, selesai: false },
  diklarifikasi: { status: 'diklarifikasi', label: { id: 'diklarifikasi', en: 'clarified' }, wajibBlok: ['klarifikasi'], berlaku: false, selesai: false },
  dipertimbangkan: {
    status: 'dipertimbangkan', label: { id: 'dipertimbangkan', en: 'considered' }, wajibBlok: ['pertimbangan'], berlaku: false, selesai: false,
  },
  ditetapkan: { status: 'ditetapkan', label: { id: 'ditetapkan (berlaku)', en: 'determined (in force)' }, wajibBlok: ['penetapan'], berlaku: true, selesai: false },
  dibuka: { status: 'dibuka', label: { id: 'dibuka', en: 'opened' }, wajibBlok: ['pembukaan'], berlaku: false, selesai: true },
  ditolak: { status: 'ditolak', label: { id: 'ditolak', en: 'refused' }, wajibBlok: [], berlaku: false, selesai: true },
};

export interface SopStep {
  readonly langkah: 1 | 2 | 3 | 4 | 5 | 6;
  readonly label: Label;
  /** Default time limit in working days (1 week = 5 working days), overridable in ppid.yaml. */
  readonly batasHariKerja: number;
  readonly pelaksana: Role;
  readonly perintah: string;
}

// A table, one entry per line, reads best as it is written.
// prettier-ignore
export const SOP_STEPS: readonly SopStep[] = [
  { langkah: 1, label: { id: 'pengumpulan dan pendaftaran', en: 'collection and registration' }, batasHariKerja: 5, pelaksana: 'petugas-teknis', perintah: 'add' },
  { langkah: 2, label: { id: 'klarifikasi jangka waktu', en: 'clarification of the period' }, batasHariKerja: 5, pelaksana: 'ppid-utama', perintah: 'clarify' },
  { langkah: 3, label: { id: 'pertimbangan tim', en: 'consideration team\u2019s opinion' }, batasHariKerja: 3, pelaksana: 'tim-pertimbangan', perintah: 'review' },
  { langkah: 4, label: { id: 'pembukaan informasi', en: 'opening of expired items' }, batasHariKerja: 30, pelaksana: 'ppid-utama', perintah: 'open' },
  { langkah: 5, label: { id: 'pendokumentasian', en: 'documentation' }, batasHariKerja: 5, pelaksana: 'petugas-teknis', perintah: 'attach' },
  { langkah: 6, label: { id: 'publikasi DIK', en: 'publication of the DIK' }, batasHariKerja: 1, pelaksana: 'petugas-teknis', perintah: 'publish' },
];

export function sopStep(langkah: number): SopStep {
  const s = SOP_STEPS.find((x) => x.langkah === langkah);
  if (!s) throw new Error(`no SOP step ${langkah}`);
  return s;
}

export const COMMANDS = ['add', 'clarify', 'review', 'decree', 'reject', 'open', 'reclassify', 'attach', 'publish', 'edit'] as const;
export type Perintah = (typeof COMMANDS)[number];

/**
 * The lifecycle: every change of an item is one of these transitions. Commands refuse what
 * is not here, `ppid audit` flags history that does not follow it, and `ppid status` reads
 * the SOP step each status is waiting for.
 */
export interface Transition {
  readonly perintah: Perintah;
  /** Statuses the item may have before; empty for registration (a new item). */
  readonly dari: readonly Status[];
  /** Status after; `undefined` keeps the status (attach, reclassify, publish). */
  readonly ke?: Status;
  readonly langkah: SopStep['langkah'];
  readonly label: Label;
  /** Roles allowed to perform it. */
  readonly peran: readonly Role[];
  /** Record blocks the step must fill in. */
  readonly mencatat: readonly string[];
  /**
   * Top-level record keys the step may change besides `status`; `ppid audit` flags a step
   * commit that changed any other (an attach that shortened `jangka_waktu`).
   */
  readonly mengubah: readonly string[];
  /** The step may add attachment files under lampiran/ID/ of its items. */
  readonly lampiranBaru: boolean;
  /** Narrower than `mengubah` for an item of this status before the step (`edit`: what may still change after the decree). */
  readonly mengubahMenurutStatus?: Readonly<Partial<Record<Status, readonly string[]>>>;
}

const ALL: readonly Status[] = STATUSES;

/**
 * What `ppid edit` may correct, by the item's status (README, "What `ppid edit` may change, and
 * why"; docs/adr/0018). Before the decree the proposal is still the unit's draft: its words, its
 * test and, until the period is confirmed (step 2) and the team has given its opinion (step 3),
 * its grounds and period. From the decree on only clerical fields: the determination fixed the
 * grounds, the period, the test and what is blacked out, and changing those is `reclassify`.
 * `(isi)` is the record's text below its front matter: the consequence-test sheet, made again
 * from the corrected fields when nobody wrote in it.
 */
const CLERICAL = ['judul', 'judul_publik', 'unit', 'dasar_hukum', 'catatan', '(isi)'] as const;
const PROPOSAL_TEXT = [...CLERICAL, 'uji_konsekuensi', 'cakupan', 'bagian_dikecualikan'] as const;
export const EDIT_FIELDS: Readonly<Record<Status, readonly string[]>> = {
  diusulkan: [...PROPOSAL_TEXT, 'pasal17', 'jangka_waktu'],
  diklarifikasi: [...PROPOSAL_TEXT, 'pasal17'],
  dipertimbangkan: PROPOSAL_TEXT,
  ditetapkan: CLERICAL,
  dibuka: CLERICAL,
  ditolak: CLERICAL,
};

// A table, one entry per line, reads best as it is written.
// prettier-ignore
export const TRANSITIONS: readonly Transition[] = [
  { perintah: 'add', dari: [], ke: 'diusulkan', langkah: 1, label: { id: 'pengumpulan dan pendaftaran', en: 'collection and registration' }, peran: ['petugas-teknis', 'ppid-pembantu', 'ppid-utama'], mencatat: ['uji_konsekuensi', 'jangka_waktu'], mengubah: [], lampiranBaru: false },
  { perintah: 'clarify', dari: ['diusulkan'], ke: 'diklarifikasi', langkah: 2, label: { id: 'klarifikasi jangka waktu', en: 'clarification of the period' }, peran: ['petugas-teknis', 'ppid-utama'], mencatat: ['klarifikasi'], mengubah: ['jangka_waktu', 'klarifikasi'], lampiranBaru: false },
  { perintah: 'review', dari: ['diklarifikasi'], ke: 'dipertimbangkan', langkah: 3, label: { id: 'pertimbangan tim', en: 'consideration team\u2019s opinion' }, peran: ['tim-pertimbangan'], mencatat: ['pertimbangan'], mengubah: ['pertimbangan', 'lampiran'], lampiranBaru: true },
  { perintah: 'decree', dari: ['dipertimbangkan'], ke: 'ditetapkan', langkah: 3, label: { id: 'penetapan klasifikasi', en: 'determination' }, peran: ['ppid-utama'], mencatat: ['penetapan'], mengubah: ['uji_konsekuensi', 'penetapan', 'klarifikasi'], lampiranBaru: false },
  { perintah: 'reject', dari: ['diusulkan', 'diklarifikasi', 'dipertimbangkan'], ke: 'ditolak', langkah: 3, label: { id: 'penolakan pengecualian', en: 'refusal of the exemption' }, peran: ['ppid-utama'], mencatat: ['penolakan'], mengubah: ['penolakan'], lampiranBaru: false },
  { perintah: 'open', dari: ['ditetapkan'], ke: 'dibuka', langkah: 4, label: { id: 'pembukaan informasi', en: 'opening' }, peran: ['ppid-utama'], mencatat: ['pembukaan'], mengubah: ['pembukaan', 'lampiran'], lampiranBaru: true },
  { perintah: 'reclassify', dari: ['ditetapkan'], langkah: 3, label: { id: 'uji konsekuensi ulang', en: 'new consequence test' }, peran: ['ppid-utama'], mencatat: ['uji_konsekuensi', 'penetapan'], mengubah: ['pasal17', 'dasar_hukum', 'jangka_waktu', 'uji_konsekuensi', 'penetapan', 'riwayat_klasifikasi', 'klarifikasi'], lampiranBaru: false },
  { perintah: 'attach', dari: ALL, langkah: 5, label: { id: 'pendokumentasian', en: 'documentation' }, peran: ['petugas-teknis', 'ppid-pembantu', 'ppid-utama'], mencatat: ['lampiran'], mengubah: ['lampiran', 'arsip'], lampiranBaru: true },
  { perintah: 'publish', dari: ALL, langkah: 6, label: { id: 'publikasi DIK', en: 'publication of the DIK' }, peran: ['petugas-teknis', 'ppid-utama'], mencatat: [], mengubah: ['publikasi'], lampiranBaru: false },
  { perintah: 'edit', dari: ALL, langkah: 5, label: { id: 'koreksi', en: 'correction' }, peran: ['petugas-teknis', 'ppid-pembantu', 'ppid-utama'], mencatat: [], mengubah: EDIT_FIELDS.diusulkan, lampiranBaru: false, mengubahMenurutStatus: EDIT_FIELDS },
];

export function transition(perintah: Perintah): Transition {
  return TRANSITIONS.find((t) => t.perintah === perintah)!;
}

/** The commands that may be run next on an item with this status. */
export function allowedNext(status: Status): Perintah[] {
  // A correction (`edit`) is no next step of the SOP.
  return TRANSITIONS.filter((t) => t.dari.includes(status) && t.perintah !== 'publish' && t.perintah !== 'edit').map((t) => t.perintah);
}

/** Is going from `from` to `to` one step of the lifecycle (or staying put)? */
export function isLegalChange(from: Status | undefined, to: Status): boolean {
  if (from === to) return true;
  if (from === undefined) return true; // registration may bring in an item at any stage
  return TRANSITIONS.some((t) => t.ke === to && t.dari.includes(from));
}

/** The SOP step an item with this status waits for (`ppid status`). */
export const WAITING_FOR: Readonly<Record<Status, { langkah: SopStep['langkah']; perintah: Perintah } | undefined>> = {
  diusulkan: { langkah: 2, perintah: 'clarify' },
  diklarifikasi: { langkah: 3, perintah: 'review' },
  dipertimbangkan: { langkah: 3, perintah: 'decree' },
  ditetapkan: undefined, // depends on the item: documentation, publication or opening
  dibuka: undefined,
  ditolak: undefined,
};

/**
 * Commands that change the archive outside the SOP's steps, audited like the steps: who may run
 * them and what they may write. `init` makes the first commit only; `migrate` moves `sampai`
 * (docs/adr/0001); `config` is the one way settings change (ppid.yaml, the calendar);
 * `terima` records the PPID Utama's acceptance of an audit finding and writes no file.
 */
/** What a command may change of the settings. */
export interface SettingsWrite {
  /** Top-level keys of ppid.yaml it may change (undefined: any). */
  readonly kolom?: readonly string[];
  /** The archive format ppid.yaml must have had before. */
  readonly versiSebelum?: number;
  /** May change the calendar file. */
  readonly kalender: boolean;
}

export interface Action {
  readonly perintah: 'init' | 'migrate' | 'config' | 'terima';
  readonly peran: readonly Role[];
  readonly mengubah: readonly string[];
  /** What it may change of ppid.yaml and the calendar (undefined: nothing). */
  readonly pengaturan?: SettingsWrite;
}

// prettier-ignore
export const ACTIONS: readonly Action[] = [
  { perintah: 'init', peran: [], mengubah: [], pengaturan: { kalender: true } },
  { perintah: 'migrate', peran: ['ppid-utama', 'petugas-teknis'], mengubah: ['jangka_waktu', 'klarifikasi', 'riwayat_klasifikasi'], pengaturan: { kolom: ['versi'], versiSebelum: 1, kalender: false } },
  { perintah: 'config', peran: ['ppid-utama'], mengubah: [], pengaturan: { kalender: true } },
  { perintah: 'terima', peran: ['ppid-utama'], mengubah: [] },
];

/**
 * The statuses an item is registered with (`add`, `import`): proposed, or in force when its
 * decree is given (an existing DIK brought in). Every later status is a step's, by its role.
 */
export const REGISTRATION_STATUSES: readonly Status[] = ['diusulkan', 'ditetapkan'];

export function action(perintah: Action['perintah']): Action {
  return ACTIONS.find((a) => a.perintah === perintah)!;
}

/** What a commit's `PPID-Perintah` may have done, whichever table names it (undefined: no command of ppid's). */
export interface CommandRule {
  readonly perintah: string;
  readonly peran: readonly Role[];
  readonly mengubah: readonly string[];
  /** Creates records (and only creates them). */
  readonly membuat: boolean;
  readonly lampiranBaru: boolean;
  readonly pengaturan?: SettingsWrite;
  /** What it may change of an item of a given status, where narrower than `mengubah`. */
  readonly mengubahMenurutStatus?: Transition['mengubahMenurutStatus'];
  /** For steps that change an item's status: the statuses before, and the one after (undefined: kept). */
  readonly dari?: readonly Status[];
  readonly ke?: Status;
}

export function commandRule(perintah: string): CommandRule | undefined {
  const t = TRANSITIONS.find((x) => x.perintah === perintah);
  if (t)
    return {
      perintah,
      peran: t.peran,
      mengubah: t.mengubah,
      membuat: t.dari.length === 0,
      lampiranBaru: t.lampiranBaru,
      dari: t.dari,
      ...(t.ke ? { ke: t.ke } : {}),
      ...(t.mengubahMenurutStatus ? { mengubahMenurutStatus: t.mengubahMenurutStatus } : {}),
    };
  const a = ACTIONS.find((x) => x.perintah === perintah);
  return a && { perintah, peran: a.peran, mengubah: a.mengubah, membuat: false, lampiranBaru: false, ...(a.pengaturan ? { pengaturan: a.pengaturan } : {}) };
}
