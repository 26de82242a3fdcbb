/**
 * `ppid audit --terima COMMIT --alasan …`: the PPID Utama has looked at a commit's findings and
 * accepts them, with a reason, as a commit of its own that changes no file. The findings stay in
 * every later audit, shown as accepted: the trail keeps what happened and who weighed it.
 */
import { ACCEPTED_TRAILER, REASON_TRAILER, type Finding } from '../history/audit.js';
import { action, type Role } from '../domain/lifecycle.js';
import { CONFIG_FILE, type Config } from '../domain/config.js';
import { calendarFilePath } from '../archive/calendar-files.js';
import { openForStep } from '../archive/change.js';
import { checkRole, currentActor } from '../workflow/actor.js';
import { cloneName, commitMessage, headCommit, requireIdentity, type Trailer } from '../git/repo.js';
import { gitRun } from '../git/run.js';
import { commitNothing } from '../git/empty-commit.js';
import { commitSigning } from '../git/signing.js';
import { packageVersion } from '../package.js';
import { EXIT, UserError } from '../errors.js';

/** The full id of `name`, a commit of HEAD's history. */
async function commitInHistory(root: string, name: string): Promise<string> {
  const full = await gitRun(root, ['rev-parse', '--verify', '--quiet', `${name}^{commit}`]).then(
    (b) => b.toString('latin1').trim(),
    () => undefined,
  );
  const inHistory =
    full !== undefined &&
    (await gitRun(root, ['merge-base', '--is-ancestor', full, 'HEAD']).then(
      () => true,
      () => false,
    ));
  if (!full || !inHistory) throw new UserError('terima-commit-tidak-ada', { commit: name }, EXIT.USAGE);
  return full;
}

export interface Accepted {
  commit: string;
  diterima: string;
  temuan: number;
}

/** Records the acceptance of `name`'s open findings; `findings`: the audit just made. */
export async function acceptFindings(root: string, config: Config, name: string, alasan: string | undefined, findings: readonly Finding[]): Promise<Accepted> {
  const reason = (alasan ?? '').replace(/\s+/g, ' ').trim();
  if (!reason) throw new UserError('terima-alasan-wajib', {}, EXIT.USAGE);
  await openForStep(root, [CONFIG_FILE, calendarFilePath(config)]);
  const target = await commitInHistory(root, name);
  const open = findings.filter((f) => f.commit === target && !f.diterima);
  if (open.length === 0) throw new UserError('terima-tanpa-temuan', { commit: target.slice(0, 10) }, EXIT.INVALID);
  await requireIdentity(root);
  const [actor, klon, head, signing] = await Promise.all([currentActor(root, config), cloneName(root), headCommit(root), commitSigning(root, config)]);
  const rule = action('terima');
  // Accepting is the PPID Utama's alone, whatever the archive says of other steps.
  const role = checkRole(actor, { perintah: 'audit --terima', peran: rule.peran }, { ...config, peran_tidak_sesuai: 'tolak' }).peran as Role;
  const trailers: Trailer[] = [
    ['PPID-Perintah', 'terima'],
    ['PPID-Peran', role],
    [ACCEPTED_TRAILER, target],
    [REASON_TRAILER, reason],
    ...(klon ? [['PPID-Klon', klon] as const] : []),
    ['PPID-Versi', packageVersion()],
  ];
  const subject = `Audit — temuan ${target.slice(0, 10)} diterima`;
  const commit = await commitNothing(root, head!, commitMessage({ subject, body: `Alasan: ${reason}`, trailers }), signing);
  return { commit, diterima: target, temuan: open.length };
}
