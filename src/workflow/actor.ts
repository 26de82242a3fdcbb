/**
 * Who is doing a step, and in what role: the git identity (the commit's author) matched by
 * e-mail against the officials in ppid.yaml.
 */
import type { Config, Pejabat } from '../domain/config.js';
import type { Role } from '../domain/lifecycle.js';
import { requireIdentity } from '../git/repo.js';
import { EXIT, UserError } from '../errors.js';
import type { DiagnosticCode } from '../i18n/diagnostic-messages.js';

export interface Actor {
  nama: string;
  email: string;
  pejabat?: Pejabat;
}

/** `git var GIT_AUTHOR_IDENT` prints "Name <email> 1700000000 +0700". */
export function parseIdent(ident: string): { nama: string; email: string } {
  const m = /^(.*?)\s*<([^>]*)>/.exec(ident.trim());
  return m ? { nama: m[1]!, email: m[2]! } : { nama: ident.trim(), email: '' };
}

export async function currentActor(root: string, config: Config): Promise<Actor> {
  const who = parseIdent(await requireIdentity(root));
  const pejabat = config.pejabat.find((p) => p.email !== undefined && p.email.toLowerCase() === who.email.toLowerCase());
  return { ...who, ...(pejabat ? { pejabat } : {}) };
}

export interface RoleCheck {
  /** The role the step is recorded under, or undefined when the actor has none of them. */
  peran?: Role;
  /** Set when the actor lacks the role and the archive only warns. */
  peringatan?: { code: DiagnosticCode; params: Record<string, string> };
}

/** Refuses (or, where ppid.yaml says so, only warns about) a step done without its role. */
export function checkRole(actor: Actor, t: { perintah: string; peran: readonly Role[] }, config: Config): RoleCheck {
  const peran = t.peran.find((r) => actor.pejabat?.peran.includes(r));
  if (peran) return { peran };
  const params = { nama: actor.nama, email: actor.email, perintah: t.perintah, peran: t.peran.join(', ') };
  const code = actor.pejabat ? 'peran-tidak-sesuai' : 'pelaku-tidak-dikenal';
  if ((config.peran_tidak_sesuai ?? 'tolak') === 'peringatan') return { peringatan: { code, params } };
  throw new UserError(code, params, EXIT.INVALID);
}
