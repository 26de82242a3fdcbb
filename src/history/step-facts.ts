/** What the rules of a step commit are judged on, and what they find (step-rules.ts, step-files.ts). */
import type { HistoryCommit } from './read-history.js';
import type { RecordDiff } from './record-diffs.js';
import type { Around } from './settings-before.js';
import type { Config } from '../domain/config.js';

export type RuleFindingCode =
  | 'perintah-tidak-dikenal'
  | 'init-ulang'
  | 'pelaku-bukan-pejabat'
  | 'peran-tidak-dipegang'
  | 'peran-bukan-untuk-perintah'
  | 'tanpa-peran-tidak-diizinkan'
  | 'berkas-di-luar-langkah'
  | 'kolom-di-luar-langkah'
  | 'status-bukan-langkah'
  | 'versi-tak-terbaca'
  | 'pengaturan-hilang'
  | 'migrasi-tanpa-format-lama'
  | 'konflik-menimpa'
  | 'daftar-berlaku'
  | 'butir-tidak-disebut'
  | 'waktu-mundur';

/** Set by `ppid sync` on a replayed commit whose item kept this clone's version over another office's change. */
export const OVERRIDE_TRAILER = 'PPID-Konflik';

export interface RuleFinding {
  kode: RuleFindingCode;
  berkas?: string;
  params: Record<string, string>;
}

export interface CommitFacts {
  c: HistoryCommit;
  /** ppid.yaml as committed before this commit and as it left it. */
  settings: Around;
  /** The settings whose roles count for this commit (history/audit.ts: a role granted by a commit with findings does not). */
  roles: Config | undefined;
  /** The commit date of its first parent. */
  parentTime?: string;
  /** Every calendar file ppid.yaml ever named. */
  calendarFiles: ReadonlySet<string>;
  /** What each change of a record changed, keyed `oldBlob:newBlob`. */
  diffs: ReadonlyMap<string, RecordDiff>;
  /** For a replayed commit that kept its own version (PPID-Konflik), the fields whose new values the record never had before, by `hash:path`. */
  fresh: ReadonlyMap<string, ReadonlySet<string>>;
  /** The status each record was created with, by blob. */
  created: ReadonlyMap<string, string | undefined>;
}
