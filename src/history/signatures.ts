/**
 * `ppid audit --require-signed`: each commit carries a sound signature made with the SSH key
 * that ppid.yaml, as committed before it, records for its author (docs/adr/0017-signed-trail.md).
 * git checks that the signature is sound and names its key (read-history.ts); whose key it had to
 * be is decided here, from the settings, never from this clone's allowed-signers file.
 */
import type { Config, Pejabat } from '../domain/config.js';
import { parseSshKey } from '../git/ssh-key.js';
import type { HistoryCommit } from './read-history.js';

export type SignatureFindingCode = 'tanpa-tanda-tangan' | 'tanda-tangan-bukan-pelaku' | 'tanda-tangan-kunci-asing';

export interface SignatureFinding {
  kode: SignatureFindingCode;
  params: Record<string, string>;
}

/** git's %G?: G good, U good but of unknown trust (the audit's empty allowed-signers file); anything else is no sound signature. */
const SOUND = new Set(['G', 'U']);

/** Each settings' officials by the fingerprint of their key, made once per settings (commits share them). */
const byKey = new WeakMap<Config, Map<string, Pejabat>>();

function officialsByKey(config: Config): Map<string, Pejabat> {
  let map = byKey.get(config);
  if (!map) {
    map = new Map();
    for (const p of config.pejabat) {
      const key = p.kunci_ssh ? parseSshKey(p.kunci_ssh) : undefined;
      if (key && !map.has(key.fingerprint)) map.set(key.fingerprint, p);
    }
    byKey.set(config, map);
  }
  return map;
}

/**
 * The findings of one commit's signature. `settings`: ppid.yaml as committed before it — for the
 * first commit, which has none before it, its own.
 */
export function signatureFindings(c: HistoryCommit, settings: Config | undefined): SignatureFinding[] {
  const verdict = c.tandaTangan ?? 'N';
  if (!SOUND.has(verdict)) return [{ kode: 'tanpa-tanda-tangan', params: { tanda: verdict } }];
  const kunci = c.kunciTanda ?? '';
  const email = c.email.toLowerCase();
  const author = settings?.pejabat.filter((p) => p.email?.toLowerCase() === email) ?? [];
  const theirs = author.map((p) => (p.kunci_ssh ? parseSshKey(p.kunci_ssh)?.fingerprint : undefined)).filter((f): f is string => f !== undefined);
  if (kunci && theirs.includes(kunci)) return [];
  const pelaku = author[0] ? `${author[0].nama} <${c.email}>` : `<${c.email}>`;
  const owner = settings && kunci ? officialsByKey(settings).get(kunci) : undefined;
  if (owner) return [{ kode: 'tanda-tangan-bukan-pelaku', params: { kunci, pemilik: owner.nama, pelaku } }];
  return [{ kode: 'tanda-tangan-kunci-asing', params: { kunci: kunci || '—', pelaku, milik: theirs.join(', ') || '—' } }];
}
