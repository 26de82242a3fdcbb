/**
 * Checking the archive's whole history: changes made behind ppid's back, status changes that
 * skip lifecycle steps, attachments altered or removed after they were attached, step commits
 * whose claims (author's role, files, fields, status, date) do not hold (step-rules.ts), merges
 * that hide changes from the step-by-step reading and, on request, commits not signed with their
 * author's key (signatures.ts). Findings the PPID Utama accepted (`ppid audit --terima`) are
 * kept and marked as accepted.
 */
import { ATTACHMENTS_DIR, CONFIG_FILE, RECORDS_DIR, type Config } from '../domain/config.js';
import { isLegalChange, type Status } from '../domain/lifecycle.js';
import { readHistory, type HistoryCommit } from './read-history.js';
import { createdStatuses, freshValues, recordDiffs, type RecordDiff } from './record-diffs.js';
import { calendarFiles, settingsAround, type Around } from './settings-before.js';
import { signatureFindings, type SignatureFindingCode } from './signatures.js';
import { checkStepCommit, type RuleFindingCode } from './step-rules.js';
import { itemOf } from './versions.js';
import { isTemplate } from './step-files.js';

export type FindingCode =
  | 'suntingan-tangan'
  | 'status-melompat'
  | 'lampiran-berubah'
  | 'lampiran-dihapus'
  | 'tautan-di-arsip'
  | 'tanpa-peran'
  | 'commit-gabungan'
  | 'waktu-masa-depan'
  | 'klaim-tanpa-perintah'
  | SignatureFindingCode
  | RuleFindingCode;

/**
 * Findings that record a decision made through ppid which the PPID Utama should weigh (an
 * office's version kept over another's at a sync; an item registered in force, its decree made
 * outside ppid, by someone other than the PPID Utama), not a rule broken: the shared server lets
 * them in (`ppid audit --pelanggaran-saja`), and they stay open until accepted.
 */
export const FOR_REVIEW: ReadonlySet<FindingCode> = new Set<FindingCode>(['konflik-menimpa', 'daftar-berlaku']);

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
import { OVERRIDE_TRAILER } from './step-rules.js';

/** What only ppid writes: records, attachments, the settings, the calendars, and the templates documents are made from (written by init). */
const GUARDED = (path: string, calendars: ReadonlySet<string>) =>
  path.startsWith(`${RECORDS_DIR}/`) || path.startsWith(`${ATTACHMENTS_DIR}/`) || path === CONFIG_FILE || calendars.has(path) || isTemplate(path);

type Add = (c: HistoryCommit, kode: FindingCode, berkas?: string, params?: Record<string, string>) => void;

/** What is seen without reading any file: hand edits, attachments changed, links, steps without their role, merges, dates to come. */
function commitFindings(c: HistoryCommit, at: Add, opts: { calendars: ReadonlySet<string>; today: string; now?: number }): void {
  const byPpid = c.trailers['PPID-Perintah'] !== undefined;
  // Reports read some trailers (a publication's PPID-Langkah: 6): on a commit that is no step they are claims nobody checked.
  const claims = Object.keys(c.trailers).filter((k) => k.startsWith('PPID-'));
  if (!byPpid && claims.length) at(c, 'klaim-tanpa-perintah', undefined, { trailer: claims.join(', ') });
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
  // A commit dated after the audit's moment (a clock set ahead) would stop every later step:
  // the clock's now (with the skew a step allows), or the end of --today anywhere on earth.
  const limit = opts.now !== undefined ? opts.now + 10 * 60_000 : Date.parse(`${opts.today}T23:59:59-12:00`);
  if (Date.parse(c.waktuCommit) > limit) at(c, 'waktu-masa-depan', undefined, { waktu: c.waktuCommit, hari_ini: opts.today });
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
  /** The clock's time, when the audit is as of now (no --today): the limit is then the moment, not the day. */
  now?: number;
}

/**
 * The settings whose roles count, as the walk goes: those of the first commit, then those left
 * by a clean settings step. A change of ppid.yaml with findings (a hand edit, a forged step)
 * grants nothing until the PPID Utama of the settings that count accepts it; so nobody can
 * grant themself a role by hand and then accept their own finding with it.
 */
interface Walk {
  roles: Config | undefined;
  /** Commits that changed ppid.yaml with findings, not accepted yet. */
  unclean: Set<string>;
  accepted: Map<string, Acceptance>;
  seen: Set<string>;
}

/** An acceptance counts when it is itself clean (judged by the roles that count) and names commits before it. */
function accept(c: HistoryCommit, walk: Walk): boolean {
  if (c.trailers['PPID-Perintah']?.[0] !== 'terima') return false;
  for (const target of c.trailers[ACCEPTED_TRAILER] ?? []) {
    if (!walk.seen.has(target)) continue;
    walk.accepted.set(target, { commit: c.hash, alasan: c.trailers[REASON_TRAILER]?.join(' ') ?? '', nama: c.nama, email: c.email, waktu: c.waktuCommit });
    walk.unclean.delete(target);
  }
  return true;
}

/** After a commit: whether the settings it left are the ones whose roles count from now on. */
function advance(c: HistoryCommit, around: Around, clean: boolean, accepted: boolean, walk: Walk): void {
  if (c.parents.length === 0) walk.roles = around.after;
  else if (around.changed !== undefined && !(clean && c.trailers['PPID-Perintah'])) walk.unclean.add(c.hash);
  else if ((around.changed !== undefined || accepted) && walk.unclean.size === 0) walk.roles = around.after;
}

export async function auditHistory(root: string, opts: AuditOptions): Promise<Finding[]> {
  const commits = await readHistory(root, { signatures: opts.requireSigned === true });
  const findings: Finding[] = [];
  const at: Add = (c, kode, berkas, params = {}) =>
    findings.push({ kode, commit: c.hash, ...(berkas ? { berkas } : {}), waktu: c.waktuCommit, nama: c.nama, email: c.email, params });
  const [settings, diffs, created, fresh] = await Promise.all([
    settingsAround(root, commits),
    recordDiffs(root, recordPairs(commits)),
    createdStatuses(root, createdBlobs(commits)),
    freshValues(root, commits, (c) => c.trailers[OVERRIDE_TRAILER] !== undefined),
  ]);
  const calendars = calendarFiles(settings, opts.calendarFile);
  const time = new Map(commits.map((c) => [c.hash, c.waktuCommit]));
  const walk: Walk = { roles: undefined, unclean: new Set(), accepted: new Map(), seen: new Set() };
  for (const c of commits) {
    const around = settings.get(c.hash) ?? { lost: false };
    const roles = c.parents.length === 0 ? undefined : walk.roles;
    const start = findings.length;
    commitFindings(c, at, { calendars, today: opts.today, ...(opts.now !== undefined ? { now: opts.now } : {}) });
    if (opts.requireSigned) for (const r of signatureFindings(c, c.parents.length === 0 ? around.after : roles)) at(c, r.kode, undefined, r.params);
    handStatusFindings(c, diffs, at);
    if (c.trailers['PPID-Perintah'] !== undefined) {
      const parentTime = c.parents[0] === undefined ? undefined : time.get(c.parents[0]);
      const facts = { c, settings: around, roles, calendarFiles: calendars, diffs, created, fresh, ...(parentTime ? { parentTime } : {}) };
      for (const r of checkStepCommit(facts)) at(c, r.kode, r.berkas, r.params);
    }
    const clean = findings.slice(start).every((f) => FOR_REVIEW.has(f.kode));
    const accepted = clean && accept(c, walk);
    advance(c, around, clean, accepted, walk);
    walk.seen.add(c.hash);
  }
  for (const f of findings) {
    const a = walk.accepted.get(f.commit);
    if (a) f.diterima = a;
  }
  return findings;
}
