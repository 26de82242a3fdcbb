/** What the rules of a step commit are judged on, and what they find (step-rules.ts, step-files.ts). */
import type { HistoryCommit } from './read-history.js';
import type { RecordDiff } from './record-diffs.js';
import type { Around } from './settings-before.js';

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
  /** The commit date of its first parent. */
  parentTime?: string;
  /** Every calendar file ppid.yaml ever named. */
  calendarFiles: ReadonlySet<string>;
  /** What each change of a record changed, keyed `oldBlob:newBlob`. */
  diffs: ReadonlyMap<string, RecordDiff>;
  /** The status each record was created with, by blob. */
  created: ReadonlyMap<string, string | undefined>;
}
