/**
 * OpenSSH public keys as ppid.yaml holds them (`kunci_ssh: "ssh-ed25519 AAAA… komentar"`): their
 * shape, and their fingerprint as `ssh-keygen -l` and git's `%GK` print it, computed here so that
 * the audit compares keys without a process per key.
 */
import { createHash } from 'node:crypto';

/** The key types git can sign with through `ssh-keygen -Y sign`. */
export const SSH_KEY_TYPES = [
  'ssh-ed25519',
  'ssh-rsa',
  'ecdsa-sha2-nistp256',
  'ecdsa-sha2-nistp384',
  'ecdsa-sha2-nistp521',
  'sk-ssh-ed25519@openssh.com',
  'sk-ecdsa-sha2-nistp256@openssh.com',
] as const;

/**
 * One line of a `.pub` file: the type, the key blob in base64 (which opens with the blob's
 * length, so "AAAA"), an optional comment. ppid.yaml's schema checks the same pattern.
 */
export const SSH_KEY_PATTERN = `^(${SSH_KEY_TYPES.map((t) => t.replace(/[.]/g, '\\.')).join('|')}) AAAA[A-Za-z0-9+/]+={0,2}( [^\\r\\n]*)?$`;
const SHAPE = new RegExp(SSH_KEY_PATTERN);

export interface SshKey {
  type: string;
  /** The key blob, base64 as written. */
  blob: string;
  /** `SHA256:…`, as OpenSSH prints it. */
  fingerprint: string;
}

/**
 * The key on a line, or undefined when the line is no public key: wrong shape, or a blob that
 * does not name its own type (a key pasted half, or another key's type written before it).
 */
export function parseSshKey(line: string): SshKey | undefined {
  const text = line.trim();
  if (!SHAPE.test(text)) return undefined;
  const [type, blob] = text.split(' ') as [string, string];
  const bytes = Buffer.from(blob, 'base64');
  if (bytes.length < 4) return undefined;
  const n = bytes.readUInt32BE(0);
  if (4 + n > bytes.length || bytes.toString('latin1', 4, 4 + n) !== type) return undefined;
  return { type, blob, fingerprint: sshFingerprint(bytes) };
}

/** SHA-256 of the key blob in base64 without padding: what `ssh-keygen -l` and git's `%GK` show. */
export function sshFingerprint(blob: Buffer): string {
  return `SHA256:${createHash('sha256').update(blob).digest('base64').replace(/=+$/, '')}`;
}

/** The line written back without its comment's surrounding blanks: type, blob and comment, one space apart. */
export function keyLine(line: string): string {
  return line.trim().replace(/\s+/g, ' ');
}
