/**
 * Checking the archive's whole history: changes made behind ppid's back, status changes that
 * skip lifecycle steps, attachments altered or removed after they were attached, step commits
 * whose claims (author's role, files, fields, status, date) do not hold (step-rules.ts), merges
 * that hide changes from the step-by-step reading and, on request, commits not signed with their
 * author's key (signatures.ts). Findings the PPID Utama accepted (`ppid audit --terima`) are
 * kept and marked as accepted.
 */
import { ATTACHMENTS_DIR, CONFIG_FILE, RECORDS_DIR } from '../domain/config.js';
import { isLegalChange, type Status } from '../domain/lifecycle.js';
import { readHistory, type HistoryCommit } from './read-history.js';
import { createdStatuses, recordDiffs, type RecordDiff } from './record-diffs.js';
import { calendarFiles, settingsAround } from './settings-before.js';
import { signatureFindings, type SignatureFindingCode } from './signatures.js';
import { checkStepCommit, type RuleFindingCode } from './step-rules.js';
import { itemOf } from './versions.js';

export type FindingCode =
  | 'suntingan-tangan'
  | 'status-melompat'
  | 'lampiran-berubah'
  | 'lampiran-dihapus'
  | 'tautan-di-arsip'
  | 'tanpa-peran'
  | 'commit-gabungan'
  | 'waktu-masa-depan'
  | SignatureFindingCode
  | RuleFindingCode;

/**
 * Findings that record a decision made through ppid which the PPID Utama should weigh (an
 * office's version kept over another's at a sync), not a rule broken: the shared server lets
 * them in (`ppid audit --pelanggaran-saja`), and they stay open until accepted.
 */
export const FOR_REVIEW: ReadonlySet<FindingCode> = new Set<FindingCode>(['konflik-menimpa']);

export interface Acceptance {
  /** The commit that recorded the acceptance. */
  commit: string;
  alasan: string;
  nama: string;
  email: string;
  waktu: string;
}

export interface Finding {
  kode: FindingCode;
  commit: string;
  berkas?: string;
  waktu: string;
  nama: string;
  email: string;
  params: Record<string, string>;
  /** Set when the PPID Utama reviewed and accepted the commit's findings. */
  diterima?: Acceptance;
}

/** The trailer an acceptance names its commit with (`ppid audit --terima`). */
export const ACCEPTED_TRAILER = 'PPID-Diterima';
export const REASON_TRAILER = 'PPID-Alasan';
export { OVERRIDE_TRAILER } from './step-rules.js';

const GUARDED = (path: string, calendars: ReadonlySet<string>) =>
  path.startsWith(`${RECORDS_DIR}/`) || path.startsWith(`${ATTACHMENTS_DIR}/`) || path === CONFIG_FILE || calendars.has(path);

type Add = (c: HistoryCommit, kode: FindingCode, berkas?: string, params?: Record<string, string>) => void;

/** What is seen without reading any file: hand edits, attachments changed, links, steps without their role, merges, dates to come. */
function commitFindings(c: HistoryCommit, at: Add, opts: { calendars: ReadonlySet<string>; today: string }): void {
  const byPpid = c.trailers['PPID-Perintah'] !== undefined;
  for (const ch of c.changes) {
    if (!GUARDED(ch.path, opts.calendars)) continue;
    if (!byPpid) at(c, 'suntingan-tangan', ch.path);
    // A link in the archive points its readers elsewhere: what it names is outside every check.
    if (ch.link) at(c, 'tautan-di-arsip', ch.path);
    if (ch.path.startsWith(`${ATTACHMENTS_DIR}/`) && !ch.path.endsWith('/.gitkeep')) {
      if (ch.status === 'D') at(c, 'lampiran-dihapus', ch.path);
      else if (ch.status !== 'A') at(c, 'lampiran-berubah', ch.path, { dari: ch.oldBlob ?? '', ke: ch.newBlob ?? '' });
    }
  }
  if (c.parents.length > 1) at(c, 'commit-gabungan', undefined, { induk: String(c.parents.length) });
  if (c.trailers['PPID-Peran']?.includes('tanpa-peran')) at(c, 'tanpa-peran', undefined, { perintah: c.trailers['PPID-Perintah']?.[0] ?? '' });
  // A commit dated after the day of the audit (a clock set ahead) would stop every later step.
  if (c.waktuCommit.slice(0, 10) > opts.today) at(c, 'waktu-masa-depan', undefined, { waktu: c.waktuCommit, hari_ini: opts.today });
}

/** Every modification of a record (old and new version), to read what it changed. */
function recordPairs(commits: readonly HistoryCommit[]): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const c of commits) for (const ch of c.changes) if (ch.oldBlob && ch.newBlob && itemOf(ch.path) !== undefined) pairs.push([ch.oldBlob, ch.newBlob]);
  return pairs;
}

/** A hand edit that moves a status where no step goes. */
function handStatusFindings(c: HistoryCommit, diffs: ReadonlyMap<string, RecordDiff>, at: Add): void {
  if (c.trailers['PPID-Perintah'] !== undefined) return;
  for (const ch of c.changes) {
    const id = itemOf(ch.path);
    const d = ch.oldBlob && ch.newBlob ? diffs.get(`${ch.oldBlob}:${ch.newBlob}`) : undefined;
    if (id === undefined || !d?.dari || !d.ke || isLegalChange(d.dari as Status, d.ke as Status)) continue;
    at(c, 'status-melompat', ch.path, { id, dari: d.dari, ke: d.ke });
  }
}

/** Every record created, by the blob of its first version. */
const createdBlobs = (commits: readonly HistoryCommit[]): string[] =>
  commits.flatMap((c) =>
    c.trailers['PPID-Perintah'] ? c.changes.filter((ch) => ch.status === 'A' && ch.newBlob && itemOf(ch.path) !== undefined).map((ch) => ch.newBlob!) : [],
  );

export interface AuditOptions {
  requireSigned?: boolean;
  calendarFile: string;
  /** The audit's day: a commit dated after it is a finding. */
  today: string;
}

export async function auditHistory(root: string, opts: AuditOptions): Promise<Finding[]> {
  const commits = await readHistory(root, { signatures: opts.requireSigned === true });
  const findings: Finding[] = [];
  const at: Add = (c, kode, berkas, params = {}) =>
    findings.push({ kode, commit: c.hash, ...(berkas ? { berkas } : {}), waktu: c.waktu, nama: c.nama, email: c.email, params });
  const [around, diffs, created] = await Promise.all([
    settingsAround(root, commits),
    recordDiffs(root, recordPairs(commits)),
    createdStatuses(root, createdBlobs(commits)),
  ]);
  const calendars = calendarFiles(around, opts.calendarFile);
  const time = new Map(commits.map((c) => [c.hash, c.waktuCommit]));
  for (const c of commits) {
    const settings = around.get(c.hash) ?? { lost: false };
    commitFindings(c, at, { calendars, today: opts.today });
    if (opts.requireSigned) {
      const signer = c.parents.length === 0 ? settings.after : settings.before;
      for (const r of signatureFindings(c, signer)) at(c, r.kode, undefined, r.params);
    }
    handStatusFindings(c, diffs, at);
    if (c.trailers['PPID-Perintah'] === undefined) continue;
    const parentTime = c.parents[0] === undefined ? undefined : time.get(c.parents[0]);
    const facts = { c, settings, calendarFiles: calendars, diffs, created, ...(parentTime ? { parentTime } : {}) };
    for (const r of checkStepCommit(facts)) at(c, r.kode, r.berkas, r.params);
  }
  markAccepted(commits, findings);
  return findings;
}

/**
 * An acceptance counts when it is itself a clean step of the PPID Utama's (its own findings
 * are already in `findings`, as its commit comes after the commit it accepts) and names a
 * commit that came before it.
 */
function markAccepted(commits: readonly HistoryCommit[], findings: Finding[]): void {
  const faulty = new Set(findings.map((f) => f.commit));
  const seen = new Set<string>();
  const accepted = new Map<string, Acceptance>();
  for (const c of commits) {
    seen.add(c.hash);
    if (c.trailers['PPID-Perintah']?.[0] !== 'terima' || faulty.has(c.hash)) continue;
    for (const target of c.trailers[ACCEPTED_TRAILER] ?? []) {
      if (!seen.has(target) || target === c.hash) continue;
      accepted.set(target, { commit: c.hash, alasan: c.trailers[REASON_TRAILER]?.join(' ') ?? '', nama: c.nama, email: c.email, waktu: c.waktu });
    }
  }
  for (const f of findings) {
    const a = accepted.get(f.commit);
    if (a) f.diterima = a;
  }
}
