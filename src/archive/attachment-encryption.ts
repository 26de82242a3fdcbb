/**
 * Need to know between offices: every clone holds the whole history, so an attachment is kept
 * encrypted (age, https://age-encryption.org) to those allowed to read it — the PPID Utama and
 * the unit that holds the item, by the public keys in ppid.yaml. The record's front matter
 * stays readable; its sha256 and size are those of the plaintext, checked when a key holder
 * decrypts a copy.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../domain/config.js';
import type { ArchiveRecord } from '../domain/record.js';
import type { Diagnostic } from '../diagnostics.js';
import { sha256 } from './attachments.js';
import { EXIT, UserError } from '../errors.js';

export const AGE_HEADER = 'age-encryption.org/v1\n';
export const SEALED_EXT = '.age';

export function isSealed(buf: Buffer): boolean {
  return buf.subarray(0, AGE_HEADER.length).toString('latin1') === AGE_HEADER;
}

/**
 * Who may read an item's attachments: the PPID Utama's keys, the unit's key and its PPID
 * Pembantu's. None when the PPID Utama has no key: the archive does not encrypt.
 */
export function recipientsFor(config: Config, unitName: string): string[] {
  const utama = config.pejabat.filter((p) => p.peran.includes('ppid-utama') && p.kunci_age).map((p) => p.kunci_age!);
  if (utama.length === 0) return [];
  const unit = config.unit.find((u) => u.nama === unitName || u.kode === unitName);
  const own = unit ? [unit.kunci_age, ...config.pejabat.filter((p) => p.unit === unit.kode).map((p) => p.kunci_age)] : [];
  return [...new Set([...utama, ...own.filter((k): k is string => Boolean(k))])];
}

const age = () => import('age-encryption');

export async function seal(buf: Buffer, recipients: string[]): Promise<Buffer> {
  const { Encrypter } = await age();
  const e = new Encrypter();
  for (const r of recipients) e.addRecipient(r);
  return Buffer.from(await e.encrypt(new Uint8Array(buf)));
}

/** The identities in an age key file (`AGE-SECRET-KEY-1…` lines; `#` comments). */
export function readIdentities(path: string, shown: string): string[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UserError('kunci-tidak-terbaca', { berkas: shown }, EXIT.USAGE);
  }
  const ids = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.startsWith('AGE-SECRET-KEY-'));
  if (!ids.length) throw new UserError('kunci-tidak-terbaca', { berkas: shown }, EXIT.USAGE);
  return ids;
}

/** The plaintext, or undefined when none of the identities is a recipient. */
export async function unseal(buf: Buffer, identities: string[]): Promise<Buffer | undefined> {
  const { Decrypter } = await age();
  const d = new Decrypter();
  for (const i of identities) d.addIdentity(i);
  try {
    return Buffer.from(await d.decrypt(new Uint8Array(buf)));
  } catch (e) {
    if (/no identity matched/i.test(String((e as Error).message))) return undefined;
    throw new UserError('lampiran-rusak', { detail: String((e as Error).message) }, EXIT.INVALID);
  }
}

export async function newIdentity(): Promise<{ identity: string; recipient: string }> {
  const { generateX25519Identity, identityToRecipient } = await age();
  const identity = await generateX25519Identity();
  return { identity, recipient: await identityToRecipient(identity) };
}

export interface SealedCheck {
  problems: Diagnostic[];
  /** Encrypted attachments this key opened and checked. */
  opened: number;
  /** Encrypted attachments meant for other key holders only. */
  notForKey: number;
}

/** The plaintext hash check of encrypted attachments, for the key holder who can open them. */
export async function checkSealedAttachments(root: string, records: ArchiveRecord[], identities: string[]): Promise<SealedCheck> {
  const r: SealedCheck = { problems: [], opened: 0, notForKey: 0 };
  for (const rec of records) {
    for (const [i, l] of (rec.data.lampiran ?? []).entries()) {
      if (!l.terenkripsi || !existsSync(join(root, l.berkas))) continue;
      const stored = readFileSync(join(root, l.berkas));
      if (!isSealed(stored)) continue; // said already by the record's own check
      const plain = await unseal(stored, identities);
      if (!plain) {
        r.notForKey++;
        continue;
      }
      r.opened++;
      if ((l.sha256 !== undefined && sha256(plain) !== l.sha256) || (l.ukuran !== undefined && plain.length !== l.ukuran)) {
        r.problems.push({ severity: 'galat', code: 'lampiran-berubah', params: { berkas: l.berkas }, file: rec.path, field: `lampiran[${i}].sha256` });
      }
    }
  }
  return r;
}
