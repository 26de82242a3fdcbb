/** Joining a shared archive: its address (a git remote) and this clone's name in the audit trail. */
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_FILE } from '../domain/config.js';
import { cloneName } from '../git/repo.js';
import { git } from '../git/simple-git.js';
import { gitRun } from '../git/run.js';
import { EXIT, UserError } from '../errors.js';

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Addresses and names are handed to git as values, never as options. */
function checkValues(url: string, name: string): void {
  if (!url.trim() || url.startsWith('-')) throw new UserError('remote-alamat-salah', { alamat: url }, EXIT.USAGE);
  if (!NAME.test(name)) throw new UserError('remote-nama-salah', { nama: name }, EXIT.USAGE);
  if (hasCredentials(url)) throw new UserError('remote-kredensial', { alamat: maskCredentials(url) }, EXIT.USAGE);
}

/** A URL's user-info part: on http(s) and ftp any of it is a secret (a token is often the user name); on ssh the password is. */
function userInfo(url: string): { user: string; password: string; protocol: string } | undefined {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return undefined;
  try {
    const u = new URL(url);
    return { user: u.username, password: u.password, protocol: u.protocol };
  } catch {
    return undefined;
  }
}

function hasCredentials(url: string): boolean {
  const u = userInfo(url);
  if (!u) return false;
  return /^(https?|ftps?):$/i.test(u.protocol) ? u.user !== '' || u.password !== '' : u.password !== '';
}

/** The address with any user-info replaced by ***: never print or store a secret found in one. */
export function maskCredentials(url: string): string {
  return hasCredentials(url) ? url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1***@') : url;
}

/** Gives the clone a name once (`kantor-host-1a2b` unless chosen); commits carry it as PPID-Klon. */
export async function nameClone(root: string, wanted?: string): Promise<string> {
  if (wanted !== undefined && !NAME.test(wanted)) throw new UserError('remote-nama-salah', { nama: wanted }, EXIT.USAGE);
  const have = await cloneName(root);
  if (have && wanted === undefined) return have;
  const name =
    wanted ??
    `${
      hostname()
        .replace(/[^A-Za-z0-9-]/g, '')
        .slice(0, 20) || 'klon'
    }-${randomBytes(2).toString('hex')}`;
  await git(root).raw(['config', '--local', 'ppid.klon', name]);
  return name;
}

export async function addRemote(root: string, url: string, name = 'origin', klon?: string): Promise<{ remote: string; klon: string }> {
  checkValues(url, name);
  const remotes = (await git(root).raw(['remote'])).split('\n').filter(Boolean);
  if (remotes.includes(name)) throw new UserError('remote-sudah-ada', { nama: name }, EXIT.INVALID);
  await git(root).raw(['remote', 'add', name, url]);
  return { remote: name, klon: await nameClone(root, klon) };
}

export async function listRemotes(root: string): Promise<Array<{ nama: string; alamat: string }>> {
  const lines = (await git(root).raw(['remote', '-v'])).split('\n').filter((l) => l.endsWith('(fetch)'));
  return lines.map((l) => {
    const [nama, alamat] = l.replace(/\s+\(fetch\)$/, '').split(/\s+/) as [string, string];
    return { nama, alamat: maskCredentials(alamat) };
  });
}

export async function cloneArchive(url: string, dir: string, klon?: string): Promise<{ dir: string; klon: string }> {
  checkValues(url, 'origin');
  if (existsSync(dir)) throw new UserError('klon-folder-ada', { folder: dir }, EXIT.USAGE);
  try {
    // Through git/run.ts, as every plain git call: the officer's git settings pass as they are (GIT_CONFIG_COUNT too).
    const target = resolve(dir);
    await gitRun(existsSync(dirname(target)) ? dirname(target) : '/', ['clone', '--quiet', '--', url, target]);
  } catch (e) {
    throw new UserError(
      'sinkron-fetch-gagal',
      {
        remote: url,
        detail:
          String((e as Error).message)
            .trim()
            .split('\n')
            .pop() ?? '',
      },
      EXIT.GIT,
    );
  }
  // A server whose HEAD names a branch nobody pushed (a bare repository made with the default
  // "master" while the archive uses "main") gives an empty checkout: take the one branch there is.
  const g = git(dir);
  if ((await g.raw(['rev-parse', '--verify', '-q', 'HEAD']).catch(() => '')).trim() === '') {
    const branches = (await g.raw(['for-each-ref', '--format=%(refname:strip=3)', 'refs/remotes/origin/'])).split('\n').filter((b) => b && b !== 'HEAD');
    const pick = branches.includes('main') ? 'main' : branches.length === 1 ? branches[0] : undefined;
    if (pick) await g.raw(['checkout', '-q', '-b', pick, '--track', `origin/${pick}`]);
  }
  if (!existsSync(join(dir, CONFIG_FILE))) throw new UserError('klon-bukan-arsip', { alamat: url, folder: dir }, EXIT.ARCHIVE);
  return { dir, klon: await nameClone(dir, klon) };
}
