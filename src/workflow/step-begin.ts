/**
 * The start of an SOP step: who is acting and in which role, under the archive's lock; and the
 * trailers its commit carries. Apart from step.ts, which loads and checks records: a step that
 * only creates records (`ppid add`, `ppid import`, `ppid publish`) need not load their parser.
 */
import { ARCHIVE_FORMAT, CONFIG_FILE, type Config } from '../domain/config.js';
import { calendarFilePath } from '../archive/calendar-files.js';
import { EXIT, UserError } from '../errors.js';
import { transition, type Perintah, type Role, type Status, type Transition } from '../domain/lifecycle.js';
import { openForStep } from '../archive/change.js';
import { packageVersion } from '../package.js';
import { cloneName, type Trailer } from '../git/repo.js';
import type { Diagnostic } from '../diagnostics.js';
import { checkRole, currentActor, type Actor } from './actor.js';

export interface StepContext {
  root: string;
  config: Config;
  actor: Actor;
  peran?: Role;
  transition: Transition;
  /** This clone's name (`ppid clone`, `ppid remote add`): which office's copy made the commit. */
  klon?: string;
}

export function itemList(ids: string[]): string {
  return ids.length <= 3 ? ids.join(', ') : `${ids.slice(0, 3).join(', ')} dan ${ids.length - 3} lainnya`;
}

export function stepTrailers(ctx: StepContext, ids: string[], status?: Status): Trailer[] {
  return [
    ['PPID-Langkah', String(ctx.transition.langkah)],
    ['PPID-Perintah', ctx.transition.perintah],
    ['PPID-Peran', ctx.peran ?? 'tanpa-peran'],
    ...ids.map((id) => ['PPID-Item', id] as const),
    ...(status ? [['PPID-Status', status] as const] : []),
    ...(ctx.actor.pejabat?.unit ? [['PPID-Unit', ctx.actor.pejabat.unit] as const] : []),
    ...(ctx.klon ? [['PPID-Klon', ctx.klon] as const] : []),
    ['PPID-Versi', packageVersion()],
  ];
}

/** Who is acting and in which role; throws when the role is missing and the archive refuses. */
export async function beginStep(root: string, config: Config, perintah: Perintah): Promise<{ ctx: StepContext; warnings: Diagnostic[] }> {
  // An archive whose `sampai` still means the first public day must be migrated before anything
  // is written under the new meaning beside it.
  if (config.versi !== ARCHIVE_FORMAT) throw new UserError('arsip-versi-lama', {}, EXIT.INVALID);
  // The lock is held from here, so ids and statuses read next cannot change under us.
  await openForStep(root, [CONFIG_FILE, calendarFilePath(config)]);
  const t = transition(perintah);
  // Two independent git questions, asked at once.
  const [actor, klon] = await Promise.all([currentActor(root, config), cloneName(root)]);
  const role = checkRole(actor, t, config);
  const warnings: Diagnostic[] = role.peringatan
    ? [{ severity: 'peringatan', code: role.peringatan.code, params: role.peringatan.params, file: 'ppid.yaml' }]
    : [];
  return { ctx: { root, config, actor, transition: t, ...(role.peran ? { peran: role.peran } : {}), ...(klon ? { klon } : {}) }, warnings };
}

/**
 * The role a registration is recorded under: an item brought in already in force carries a
 * decree made outside ppid, which is the PPID Utama's to vouch for — so when the registrar holds
 * that role, it is the one claimed (`ppid audit` asks the PPID Utama to confirm the others).
 */
export function registrarContext(ctx: StepContext, status: Status | undefined): StepContext {
  return status === 'ditetapkan' && ctx.actor.pejabat?.peran.includes('ppid-utama') ? { ...ctx, peran: 'ppid-utama' } : ctx;
}
