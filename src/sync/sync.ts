/**
 * `ppid sync`: fetch the shared archive, put this office's new steps on top of it, check the
 * result, send it. Integration is a rebase, not a merge: the steps not yet sent were never
 * shared, so replaying them changes nobody's history, and the shared history stays one line of
 * SOP steps, each commit one step with its trailers — what `ppid log` and `ppid audit` read.
 * Whatever goes wrong (a conflict inside a record, an invalid result, a failed push), the
 * clone is put back exactly as it was before the sync.
 */
import { existsSync, readFileSync, unlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ATTACHMENTS_DIR, RECORDS_DIR } from '../domain/config.js';
import { readConfig } from '../archive/config-file.js';
import { scanArchive } from '../store/scan.js';
import { openForStep } from '../archive/change.js';
import { SYNC_JOURNAL } from '../archive/recovery.js';
import { writeFileAtomic } from '../archive/atomic.js';
import { git } from '../git/simple-git.js';
import { replayDate } from '../git/commit-time.js';
import { gitEnv, gitRun } from '../git/run.js';
import { commitSigning, signingArgs } from '../git/signing.js';
import { hasErrors, type Diagnostic } from '../diagnostics.js';
import { EXIT, UserError } from '../errors.js';
import { collisions, rewriteLocal } from './renumber.js';
import { OVERRIDE_TRAILER } from '../history/audit.js';

export interface SyncOptions {
  remote?: string;
  /** Items whose conflicting change is settled: the shared archive's version, or this clone's. */
  takeRemote?: string[];
  takeLocal?: string[];
  attempts?: number;
}

export interface Conflict {
  id: string;
  paths: string[];
  /** Subjects of this clone's commits that changed the item. */
  lokal: string[];
}

export interface SyncResult {
  remote: string;
  branch: string;
  received: number;
  sent: number;
  renumbered: Array<[string, string]>;
  settled: Array<{ id: string; pakai: 'remote' | 'lokal' }>;
  attempts: number;
}

const itemOf = (path: string): string | undefined =>
  new RegExp(`^${RECORDS_DIR}/([^/]+)\\.md$`).exec(path)?.[1] ?? new RegExp(`^${ATTACHMENTS_DIR}/([^/]+)/`).exec(path)?.[1];

async function out(root: string, args: string[]): Promise<string> {
  return (await git(root).raw(args)).trim();
}

async function tryOut(root: string, args: string[]): Promise<string | undefined> {
  try {
    return await out(root, args);
  } catch {
    return undefined;
  }
}

export async function remoteOf(root: string, wanted?: string): Promise<string> {
  const remotes = (await out(root, ['remote'])).split('\n').filter(Boolean);
  if (wanted) {
    if (!remotes.includes(wanted)) throw new UserError('sinkron-remote-tidak-ada', { nama: wanted, ada: remotes.join(', ') || '—' }, EXIT.USAGE);
    return wanted;
  }
  if (remotes.length === 0) throw new UserError('sinkron-tanpa-remote', {}, EXIT.INVALID);
  return remotes.includes('origin') ? 'origin' : remotes[0]!;
}

async function validationProblems(root: string): Promise<Diagnostic[]> {
  const config = await readConfig(root);
  return (await scanArchive(root, config, 'problems')).checked.flatMap((c) => c.problems.filter((p) => p.severity === 'galat'));
}

async function conflicted(root: string): Promise<string[]> {
  return (await out(root, ['diff', '--name-only', '--diff-filter=U'])).split('\n').filter(Boolean);
}

/**
 * The commit being replayed says which items kept this clone's version over the other
 * office's (`PPID-Konflik: ID lokal`): `ppid audit` then names the overwritten change as such,
 * for the PPID Utama to accept or undo. git's rebase commits the resolved step with the message
 * kept in rebase-merge/message.
 */
async function noteOverrides(root: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const file = resolve(root, await out(root, ['rev-parse', '--git-path', 'rebase-merge/message']));
  if (!existsSync(file)) return;
  const text = readFileSync(file, 'utf8').trimEnd();
  writeFileAtomic(file, `${text}\n${ids.map((id) => `${OVERRIDE_TRAILER}: ${id} lokal`).join('\n')}\n`);
}

/** Settles the conflicts the officer has chosen for; false when one is left that nobody chose. */
async function settle(root: string, paths: string[], o: SyncOptions, settled: SyncResult['settled']): Promise<boolean> {
  const overridden = new Set<string>();
  for (const path of paths) {
    const id = itemOf(path);
    // In a rebase "ours" is the shared history being built on, "theirs" this clone's commit.
    const side = id && o.takeRemote?.includes(id) ? '--ours' : id && o.takeLocal?.includes(id) ? '--theirs' : undefined;
    if (!side) return false;
    if ((await tryOut(root, ['checkout', side, '--', path])) === undefined) await out(root, ['rm', '-q', '--', path]);
    else await out(root, ['add', '--', path]);
    if (id && !settled.some((s) => s.id === id)) settled.push({ id, pakai: side === '--ours' ? 'remote' : 'lokal' });
    if (id && side === '--theirs') overridden.add(id);
  }
  await noteOverrides(root, [...overridden]);
  return true;
}

async function describeConflicts(root: string, paths: string[], upstream: string, orig: string): Promise<Conflict[]> {
  const byId = new Map<string, string[]>();
  for (const p of paths) {
    const id = itemOf(p) ?? p;
    byId.set(id, [...(byId.get(id) ?? []), p]);
  }
  const conflicts: Conflict[] = [];
  for (const [id, ps] of byId) {
    const lokal = (await out(root, ['log', '--format=%s', `${upstream}..${orig}`, '--', ...ps])).split('\n').filter(Boolean);
    conflicts.push({ id, paths: ps, lokal });
  }
  return conflicts;
}

/**
 * The shared branch only ever grows: when a fetch finds it moved backwards (a force-push on the
 * server), sync stops, rather than renumbering this office's items against a history that lost
 * steps and pushing them again. The remote-tracking branch is put back where it was, so that
 * the next sync says the same until the server is repaired.
 */
async function refuseRewound(root: string, upstream: string, known: string | undefined, remote: string): Promise<void> {
  if (!known) return;
  const now = await tryOut(root, ['rev-parse', '--verify', '-q', upstream]);
  const grew =
    now !== undefined &&
    now !== '' &&
    (await gitRun(root, ['merge-base', '--is-ancestor', known, now]).then(
      () => true,
      () => false,
    ));
  if (grew) return;
  await out(root, ['update-ref', upstream, known]);
  throw new UserError('sinkron-remote-mundur', { remote, lama: known.slice(0, 12), baru: (now || '—').slice(0, 12) }, EXIT.INVALID);
}

/** Replays this clone's commits on the shared ones, settling chosen conflicts on the way. */
async function rebase(root: string, upstream: string, orig: string, o: SyncOptions, settled: SyncResult['settled']): Promise<void> {
  // Editors never open: the replayed commits keep their messages. A replayed step is a new
  // commit: signed as this clone's steps are (git/signing.ts).
  const { before, flag } = signingArgs(await commitSigning(root, await readConfig(root).catch(() => undefined)));
  const editor = ['-c', 'core.editor=true', ...before];
  // Replayed commits are dated now, never before the shared commits they now follow (another
  // office's clock may run ahead of this one): the trail's time only moves forward.
  const when = { ...gitEnv(), GIT_COMMITTER_DATE: await replayDate(root, upstream) };
  const replay = (args: string[]) =>
    git(root)
      .env(when)
      .raw(args)
      .then(
        (o) => o.trim(),
        () => undefined,
      );
  let step = await replay([...editor, 'rebase', '--quiet', ...flag, upstream]);
  while (step === undefined) {
    const paths = await conflicted(root);
    if (paths.length === 0 || !(await settle(root, paths, o, settled))) {
      const conflicts = paths.length ? await describeConflicts(root, paths, upstream, orig) : [];
      await tryOut(root, ['rebase', '--abort']);
      await out(root, ['reset', '-q', '--hard', orig]);
      if (!conflicts.length) throw new UserError('git-gagal', { detail: 'rebase' }, EXIT.GIT);
      throw new SyncConflict(conflicts);
    }
    // A commit whose every change was settled for the shared version has nothing left to replay.
    // (git's exit status is not seen here when it writes nothing to stderr: ask for names.)
    const empty = (await out(root, ['diff', '--cached', '--name-only'])) === '';
    step = await replay([...editor, 'rebase', empty ? '--skip' : '--continue']);
  }
}

export class SyncConflict extends UserError {
  constructor(readonly conflicts: Conflict[]) {
    super('sinkron-konflik', { butir: conflicts.map((c) => c.id).join(', ') }, EXIT.INVALID);
  }
}

export async function sync(root: string, o: SyncOptions = {}): Promise<SyncResult> {
  // Opening for a change also undoes a sync that was killed half-way (src/archive/recovery.ts).
  const { gitDir } = await openForStep(root);
  const dirty = (await out(root, ['status', '--porcelain', '--untracked-files=no'])).split('\n').filter(Boolean);
  if (dirty.length) throw new UserError('perubahan-belum-dicommit', { berkas: dirty.map((l) => l.slice(3)).join(', ') }, EXIT.INVALID);
  const branch = await tryOut(root, ['symbolic-ref', '--short', 'HEAD']);
  if (!branch) throw new UserError('sinkron-tanpa-cabang', {}, EXIT.INVALID);
  const remote = await remoteOf(root, o.remote);
  const orig = await out(root, ['rev-parse', 'HEAD']);
  const journal = join(gitDir, SYNC_JOURNAL);
  writeFileAtomic(journal, JSON.stringify({ pid: process.pid, orig }));
  const result: SyncResult = { remote, branch, received: 0, sent: 0, renumbered: [], settled: [], attempts: 0 };
  try {
    for (let attempt = 1; attempt <= (o.attempts ?? 5); attempt++) {
      result.attempts = attempt;
      const upstreamRef = `refs/remotes/${remote}/${branch}`;
      const known = await tryOut(root, ['rev-parse', '--verify', '-q', upstreamRef]);
      try {
        await out(root, ['fetch', '--quiet', remote]);
      } catch (e) {
        throw new UserError(
          'sinkron-fetch-gagal',
          {
            remote,
            detail:
              String((e as Error).message)
                .trim()
                .split('\n')
                .pop() ?? '',
          },
          EXIT.GIT,
        );
      }
      const upstream = upstreamRef;
      await refuseRewound(root, upstream, known, remote);
      const head = await out(root, ['rev-parse', 'HEAD']);
      // An unknown ref prints nothing (its exit status does not reach us): empty means none.
      const shared = Boolean(await tryOut(root, ['rev-parse', '--verify', '-q', upstream]));
      if (shared) {
        const base = await tryOut(root, ['merge-base', head, upstream]);
        if (!base) throw new UserError('sinkron-riwayat-lain', { remote }, EXIT.INVALID);
        const incoming = Number(await out(root, ['rev-list', '--count', `${head}..${upstream}`]));
        const outgoing = Number(await out(root, ['rev-list', '--count', `${upstream}..${head}`]));
        if (incoming > 0 && outgoing > 0) {
          const map = await collisions(root, base, head, upstream);
          if (map.size) {
            // Unsigned for now: the rebase below replays (and signs) every one of them.
            const rewritten = await rewriteLocal(root, base, head, map);
            await out(root, ['reset', '-q', '--hard', rewritten]);
            result.renumbered.push(...map);
          }
          await rebase(root, upstream, orig, o, result.settled);
        } else if (incoming > 0) {
          await out(root, ['merge', '--quiet', '--ff-only', upstream]);
        }
        result.received += incoming;
        // The shared archive plus this office's steps must still be a valid archive.
        const problems = await validationProblems(root);
        if (hasErrors(problems)) {
          await out(root, ['reset', '-q', '--hard', orig]);
          throw new UserError('sinkron-tidak-valid', {}, EXIT.INVALID, problems);
        }
      }
      const ahead = shared ? Number(await out(root, ['rev-list', '--count', `${upstream}..HEAD`])) : Number(await out(root, ['rev-list', '--count', 'HEAD']));
      if (ahead === 0) return result;
      try {
        await out(root, ['push', '--quiet', remote, `HEAD:refs/heads/${branch}`]);
        await tryOut(root, ['branch', '--quiet', `--set-upstream-to=${remote}/${branch}`]);
        result.sent = ahead;
        return result;
      } catch (e) {
        const said = String((e as Error).message);
        // The server's own check said no: retrying cannot help; its reasons are the officer's to read.
        if (/hook declined|pre-receive/i.test(said)) {
          await out(root, ['reset', '-q', '--hard', orig]);
          const lines = said
            .split('\n')
            .filter((l) => l.startsWith('remote:'))
            .map((l) => l.replace(/^remote:\s?/, '').trimEnd())
            .filter((l) => l.trim());
          throw new UserError('sinkron-ditolak-server', { remote, alasan: lines.join('\n  ') || said.trim().split('\n')[0]! }, EXIT.INVALID);
        }
        // Otherwise someone sent first: integrate their steps too and try again.
      }
    }
    throw new UserError('sinkron-push-ditolak', { remote, kali: String(o.attempts ?? 5) }, EXIT.GIT);
  } catch (e) {
    // Whatever stopped the sync, the clone goes back to where it started: nothing half-applied.
    await tryOut(root, ['reset', '-q', '--hard', orig]);
    throw e;
  } finally {
    if (existsSync(journal)) unlinkSync(journal);
  }
}
