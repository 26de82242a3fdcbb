/**
 * The rules a commit of ppid's must keep, judged from the commit itself and the settings before
 * it: its trailers are claims, and each claim is checked against what the commit did. A step
 * commit's author held the role it claims in the committed ppid.yaml before it; it changed only
 * the files and fields its command writes (`commandRule`, from the lifecycle table: step-files.ts);
 * it moved each item's status as its command does; it is not dated before its parent.
 */
import { commandRule, type CommandRule, type Role } from '../domain/lifecycle.js';
import { fileFindings } from './step-files.js';
import type { CommitFacts, RuleFinding } from './step-facts.js';

export { OVERRIDE_TRAILER, type RuleFindingCode } from './step-facts.js';

/** Findings of one commit that carries a PPID-Perintah trailer. */
export function checkStepCommit(f: CommitFacts): RuleFinding[] {
  const claims = f.c.trailers['PPID-Perintah'] ?? [];
  const perintah = claims[0] ?? '';
  const rule = commandRule(perintah);
  if (!rule || new Set(claims).size > 1) return [{ kode: 'perintah-tidak-dikenal', params: { perintah: claims.join(', ') } }];
  // The first commit makes the archive: nothing before it to judge it by.
  if (perintah === 'init') return f.c.parents.length === 0 ? [] : [{ kode: 'init-ulang', params: {} }];
  return [...roleFindings(f, rule), ...fileFindings(f, rule), ...timeFindings(f)];
}

function roleFindings(f: CommitFacts, rule: CommandRule): RuleFinding[] {
  const claimed = f.c.trailers['PPID-Peran']?.[0] ?? '';
  const before = f.roles;
  const email = f.c.email.toLowerCase();
  const official = before?.pejabat.find((p) => p.email?.toLowerCase() === email);
  const out: RuleFinding[] = [];
  if (!official) out.push({ kode: 'pelaku-bukan-pejabat', params: { email: f.c.email, perintah: rule.perintah } });
  if (claimed === 'tanpa-peran') {
    // ppid writes this claim only where the archive warns instead of refusing (`tanpa-peran` names it).
    if (before?.peran_tidak_sesuai !== 'peringatan') out.push({ kode: 'tanpa-peran-tidak-diizinkan', params: { perintah: rule.perintah } });
    return out;
  }
  if (official && !official.peran.includes(claimed as Role))
    out.push({ kode: 'peran-tidak-dipegang', params: { nama: official.nama, peran: claimed, dipegang: official.peran.join(', ') || '—' } });
  if (!rule.peran.includes(claimed as Role))
    out.push({ kode: 'peran-bukan-untuk-perintah', params: { peran: claimed, perintah: rule.perintah, boleh: rule.peran.join(', ') } });
  return out;
}

function timeFindings(f: CommitFacts): RuleFinding[] {
  if (f.parentTime === undefined || Date.parse(f.c.waktuCommit) >= Date.parse(f.parentTime)) return [];
  return [{ kode: 'waktu-mundur', params: { waktu: f.c.waktuCommit, sebelumnya: f.parentTime } }];
}
