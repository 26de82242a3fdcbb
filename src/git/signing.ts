/**
 * Signing ppid's commits with the officials' SSH keys (docs/adr/0017-signed-trail.md): how a
 * commit is signed, git's settings for it, and the allowed-signers file made from ppid.yaml.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Config } from '../domain/config.js';
import { environment } from '../environment.js';
import { EXIT, UserError } from '../errors.js';
import { gitOutput, gitRun, gitText } from './run.js';
import { keyLine, parseSshKey, type SshKey } from './ssh-key.js';

/** In the repository's git directory: never committed, always written again from ppid.yaml. */
export const ALLOWED_SIGNERS_FILE = 'ppid-allowed-signers';

/**
 * How a commit is signed. `ssh`: the archive says so (ppid.yaml `tanda_tangan: ssh`), with an
 * SSH key whatever this clone's `gpg.format`. `git`: the officer's git says so
 * (`commit.gpgSign`), as `git commit` would have. Undefined: not signed.
 */
export type Signing = 'ssh' | 'git' | undefined;

/** Whether this repository's git signs its commits (`commit.gpgSign`). */
async function gitSignsCommits(root: string): Promise<boolean> {
  return (await gitOutput(root, ['config', '--type=bool', '--get', 'commit.gpgsign']))?.toString('utf8').trim() === 'true';
}

/** How ppid's commits are signed under these settings (undefined: none yet, or unreadable). */
export async function commitSigning(root: string, config: Pick<Config, 'tanda_tangan'> | undefined): Promise<Signing> {
  if (config?.tanda_tangan === 'ssh') return 'ssh';
  return (await gitSignsCommits(root)) ? 'git' : undefined;
}

/**
 * What a commit-making git call needs: `before` goes before the subcommand, `flag` after it.
 * `git commit-tree` signs only when told (`-S`): `commit.gpgSign` is not its business.
 */
export function signingArgs(s: Signing): { before: string[]; flag: string[] } {
  return { before: s === 'ssh' ? ['-c', 'gpg.format=ssh'] : [], flag: s ? ['-S'] : [] };
}

/** A commit that could not be made: when it was to be signed, most likely its signature is why. */
export function commitFailed(e: unknown, s: Signing): unknown {
  if (!s) return e;
  const detail = String((e as Error).message ?? e)
    .trim()
    .split('\n')[0];
  return new UserError('tanda-tangan-gagal', { detail: detail ?? '' }, EXIT.GIT);
}

/** Each official with an e-mail and a valid key, as a line of git's allowed-signers file. */
export function allowedSignersText(config: Config): string {
  const lines = ['# Dibuat ppid dari ppid.yaml (pejabat: email, kunci_ssh); jangan disunting: ditulis ulang dari ppid.yaml.'];
  for (const p of config.pejabat) {
    const key = p.kunci_ssh ? parseSshKey(p.kunci_ssh) : undefined;
    // A principal is a pattern to ssh-keygen: an address with one of its pattern signs would speak for others.
    if (!key || !p.email || !/^[^\s*?!,"#]+$/.test(p.email)) continue;
    lines.push(`${p.email} namespaces="git" ${key.type} ${key.blob}`);
  }
  return lines.join('\n') + '\n';
}

/** Writes `.git/ppid-allowed-signers` from the settings; returns its absolute path. */
export async function writeAllowedSigners(root: string, config: Config): Promise<string> {
  const gitDir = await gitText(root, ['rev-parse', '--absolute-git-dir']);
  const file = join(gitDir, ALLOWED_SIGNERS_FILE);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, allowedSignersText(config));
  renameSync(tmp, file);
  return file;
}

/**
 * Writes the allowed-signers file again where this clone keeps one: ppid.yaml may have changed
 * since (a sync brings other offices' settings).
 */
export async function refreshAllowedSigners(root: string, config: Config): Promise<void> {
  const gitDir = await gitText(root, ['rev-parse', '--absolute-git-dir']);
  if (existsSync(join(gitDir, ALLOWED_SIGNERS_FILE))) await writeAllowedSigners(root, config);
}

/** The officer's own key when none is named: OpenSSH's default ed25519 key. */
export function defaultKeyPath(): string {
  const env = environment();
  return join(env.HOME || env.USERPROFILE || homedir(), '.ssh', 'id_ed25519.pub');
}

/** The public key in the file at `path` (a `.pub` file); refused when absent, secret or no key. */
export function readPublicKey(path: string): SshKey & { line: string; path: string } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UserError('kunci-ssh-tidak-ada', { berkas: path }, EXIT.USAGE);
  }
  if (/PRIVATE KEY/.test(text)) throw new UserError('kunci-ssh-rahasia', { berkas: path }, EXIT.USAGE);
  const line = keyLine(text.split('\n').find((l) => l.trim() !== '') ?? '');
  const key = parseSshKey(line);
  if (!key) throw new UserError('kunci-ssh-salah', { berkas: path }, EXIT.USAGE);
  return { ...key, line, path: resolve(path) };
}

/** The officer's steps would be signed with a key the audit then refuses: ppid.yaml records another as theirs. */
async function refuseOtherKey(root: string, config: Config, key: SshKey & { path: string }): Promise<void> {
  const email = /<([^>]*)>/.exec(await gitText(root, ['var', 'GIT_AUTHOR_IDENT']).catch(() => ''))?.[1]?.toLowerCase();
  const mine = config.pejabat.filter((p) => email && p.email?.toLowerCase() === email && p.kunci_ssh);
  if (mine.length && !mine.some((p) => parseSshKey(p.kunci_ssh!)?.fingerprint === key.fingerprint))
    throw new UserError('kunci-ssh-bukan-tercatat', { berkas: key.path, email: email ?? '' }, EXIT.USAGE);
}

export interface SigningSetup {
  /** The officer's public key file git signs with (`user.signingKey`). */
  kunci: string;
  /** The allowed-signers file made from ppid.yaml (`gpg.ssh.allowedSignersFile`). */
  penandatangan: string;
}

/**
 * Sets this repository's git to sign every commit with the officer's SSH key, and to check
 * signatures against the officials' keys in `config`. `keyPath`: the officer's public key
 * (default ~/.ssh/id_ed25519.pub). The settings are the repository's own (`--local`): another
 * archive on the same computer is left as it is.
 */
export async function configureSigning(root: string, config: Config, keyPath = defaultKeyPath()): Promise<SigningSetup> {
  const key = readPublicKey(keyPath);
  await refuseOtherKey(root, config, key);
  const penandatangan = await writeAllowedSigners(root, config);
  const settings: Array<[string, string]> = [
    ['gpg.format', 'ssh'],
    ['commit.gpgSign', 'true'],
    ['user.signingKey', key.path],
    ['gpg.ssh.allowedSignersFile', penandatangan],
  ];
  for (const [k, v] of settings) await gitRun(root, ['config', '--local', k, v]);
  return { kunci: key.path, penandatangan };
}
