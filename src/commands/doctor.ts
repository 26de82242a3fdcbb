/**
 * `ppid doctor`: finds and safely cleans what an interrupted run can leave — a half-made step
 * (rolled back to HEAD), our temporary files, git lock files that no process holds, a lock of a
 * ppid that died — and explains what it will not touch.
 */
import { existsSync } from 'node:fs';
import type { Io } from '../terminal/io.js';
import { findArchiveRoot } from '../archive/find.js';
import { openForChange } from '../archive/change.js';
import { absoluteGitDir, recoverInterrupted } from '../archive/recovery.js';
import { isStale, lockPath, readLock } from '../archive/lock.js';
import { requireOwnWorkTree } from '../git/repo.js';
import { git } from '../git/simple-git.js';
import { ui } from '../i18n/ui-messages.js';
import { EXIT } from '../errors.js';
import { json, type CommonOptions } from './context.js';
import { readConfig } from '../archive/config-file.js';
import { ARCHIVE_FORMAT } from '../domain/config.js';

/** Whether ppid.yaml declares the old format; a ppid.yaml too broken to read says nothing here. */
async function formatIsOld(root: string): Promise<boolean> {
  try {
    return (await readConfig(root)).versi !== ARCHIVE_FORMAT;
  } catch {
    return false;
  }
}

/** A path as a journal named it, which anyone may have written: no control character reaches the terminal. */
const shown = (path: string): string => path.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

export async function run(io: Io, opts: CommonOptions): Promise<number> {
  // No ppid.yaml check: doctor must work on an archive too broken for anything else.
  const root = findArchiveRoot(io.cwd, opts.archive);
  await requireOwnWorkTree(root);
  const gitDir = await absoluteGitDir(root);
  const lock = readLock(lockPath(gitDir));
  const staleLock = existsSync(lockPath(gitDir)) && isStale(lock) ? lock : undefined;
  const first = await openForChange(root);
  const again = await recoverInterrupted(root, gitDir, { full: true });
  const done = {
    rolledBack: [...first.recovery.rolledBack, ...again.rolledBack],
    removedLocks: [...first.recovery.removedLocks, ...again.removedLocks],
    removedTemp: [...first.recovery.removedTemp, ...again.removedTemp],
    left: [...first.recovery.left, ...again.left],
  };
  // Hand changes are the officer's work, not debris: name them, never touch them (once: a
  // file the journal named is said with that reason).
  const named = new Set(done.left.map((l) => l.path));
  const status = (await git(root).raw(['status', '--porcelain', '-z', '--untracked-files=all'])).split('\0').filter(Boolean);
  const handChanges = status.map((l) => l.slice(3)).filter((p) => !named.has(p));
  // Said, not done: a migration changes legal dates and is the officer's decision (ppid migrate).
  const oldFormat = await formatIsOld(root);
  if (opts.json) {
    io.stdout(
      json({
        kunci_ppid_lama: staleLock ? { pid: staleLock.pid, sejak: staleLock.since } : null,
        dikembalikan: done.rolledBack,
        kunci_git_dihapus: done.removedLocks,
        berkas_sementara_dihapus: done.removedTemp,
        dibiarkan: [...done.left.map((l) => ({ berkas: l.path, alasan: l.why })), ...handChanges.map((p) => ({ berkas: p, alasan: 'perubahan-tangan' }))],
        format_arsip_lama: oldFormat,
      }),
    );
    return EXIT.OK;
  }
  const lines: string[] = [];
  if (staleLock) lines.push(ui('doctor.kunci-ppid', { pid: staleLock.pid, sejak: staleLock.since }));
  if (done.rolledBack.length) lines.push(ui('doctor.dikembalikan', { berkas: done.rolledBack.join(', ') }));
  for (const l of done.removedLocks) lines.push(ui('doctor.kunci-git', { berkas: l }));
  for (const t of done.removedTemp) lines.push(ui('doctor.sementara', { berkas: t }));
  for (const l of done.left) lines.push(io.color.yellow(ui(`doctor.${l.why}`, { berkas: shown(l.path) })));
  for (const p of handChanges) lines.push(io.color.yellow(ui('doctor.perubahan-tangan', { berkas: p })));
  if (oldFormat) lines.push(io.color.yellow(ui('doctor.versi-lama')));
  io.stdout(lines.length ? lines.join('\n') + '\n' : ui('doctor.sehat') + '\n');
  return EXIT.OK;
}
