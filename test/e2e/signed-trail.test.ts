/**
 * Issue 22, item 6: a signed trail. Each official signs their steps with their own SSH key,
 * recorded in ppid.yaml (`kunci_ssh`); `ppid audit --require-signed` checks each commit's
 * signature against the key of its author in ppid.yaml as committed before it. Real git, real
 * `ssh-keygen` keys made in temporary folders, the real CLI.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ARCHIVE_BORN, baseEnv, cleanTempDirs, commitCount, fromTemplate, git, head, ppid, ppidInProcess, snapshot, tempDir, write } from '../helpers/cli.js';
import { addInput } from '../helpers/records.js';
import { on, PETUGAS, PPID, SOP_BODY, sopArchive, TIM } from '../helpers/sop.js';

afterAll(cleanTempDirs);

interface Key {
  /** The public key file. */
  pub: string;
  /** Its one line, as ppid.yaml records it. */
  line: string;
  /** `SHA256:…`, as ssh-keygen and git print it. */
  fingerprint: string;
}

const keyDir = tempDir('ppid-kunci-');

function keygen(name: string): Key {
  const file = join(keyDir, name);
  const made = spawnSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', `${name}@uji`, '-f', file], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(made.stderr);
  const listed = spawnSync('ssh-keygen', ['-l', '-f', `${file}.pub`], { encoding: 'utf8' });
  return { pub: `${file}.pub`, line: readFileSync(`${file}.pub`, 'utf8').trim(), fingerprint: listed.stdout.split(' ')[1]! };
}

const KEY = { siti: keygen('siti'), petugas: keygen('petugas'), nur: keygen('nur'), asing: keygen('asing') };

/** This run's git signs with `key` (each officer's own clone names their own key). */
const signingWith = (key: Key) => ({ GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'user.signingKey', GIT_CONFIG_VALUE_0: key.pub });

/** The PPID Utama makes a signing archive; the petugas and the team are listed with their keys. */
function initSigned(dir: string): void {
  const r = ppid(
    [
      'init',
      dir,
      ...SOP_BODY,
      '--pejabat',
      `Yohanes Petugas;Petugas Teknis;petugas-teknis;petugas@uji.go.id;;${KEY.petugas.line}`,
      '--pejabat',
      `Nurhayati;Ketua Tim Pertimbangan;tim-pertimbangan;nur@uji.go.id;${KEY.nur.line}`,
      '--tanda-tangan',
      'ssh',
      '--kunci-ssh',
      KEY.siti.pub,
    ],
    { cwd: tempDir(), env: on(PPID, ARCHIVE_BORN.slice(0, 10)) },
  );
  if (r.code !== 0) throw new Error(r.stderr);
}

const signedArchive = (): string => fromTemplate('signed', initSigned);

/** Each commit, oldest first: author e-mail, git's verdict and the signing key, checked against the archive's allowed-signers file. */
function signatures(dir: string): Array<{ email: string; tanda: string; kunci: string; penanda: string }> {
  return git(dir, ['log', '--reverse', '--format=%ae %G? %GK %GS'])
    .trim()
    .split('\n')
    .map((l) => {
      const [email = '', tanda = '', kunci = '', penanda = ''] = l.split(' ');
      return { email, tanda, kunci, penanda };
    });
}

async function step(dir: string, args: string[], who: Record<string, string>, key: Key | undefined) {
  const r = await ppidInProcess(args, { cwd: dir, env: { ...who, ...(key ? signingWith(key) : {}) } });
  expect(r.code, `ppid ${args.join(' ')}\n${r.stderr}`).toBe(0);
  return r.stdout.trim();
}

async function audit(dir: string): Promise<{ code: number; bersih: boolean; temuan: any[] }> {
  const r = await ppidInProcess(['audit', '--require-signed', '--json'], { cwd: dir });
  return { code: r.code, ...JSON.parse(r.stdout) };
}

/** A commit made with git, not ppid, by `who` (their dates and settings). */
function handCommit(dir: string, args: string[], who: Record<string, string>): void {
  const r = spawnSync('git', args, { cwd: dir, env: baseEnv(dir, who), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
}

const butir = () => write(tempDir(), 'butir.yaml', addInput('BKPSDM'));

describe('signed trail: each step signed with its author\u2019s SSH key (item 6)', () => {
  it('init --tanda-tangan ssh sets git to sign, every step is signed by its author\u2019s key, and audit --require-signed is clean', async () => {
    const dir = join(tempDir(), 'arsip');
    initSigned(dir);
    const config = (k: string) => git(dir, ['config', '--local', '--get', k]).trim();
    const signers = realpathSync(join(dir, '.git', 'ppid-allowed-signers'));
    expect([config('gpg.format'), config('commit.gpgsign'), config('user.signingkey'), config('gpg.ssh.allowedsignersfile')]).toEqual([
      'ssh',
      'true',
      KEY.siti.pub,
      signers,
    ]);
    const blob = (k: Key) => k.line.split(' ').slice(0, 2).join(' ');
    expect(readFileSync(signers, 'utf8')).toContain(`siti@uji.go.id namespaces="git" ${blob(KEY.siti)}\n`);
    expect(readFileSync(signers, 'utf8')).toContain(`petugas@uji.go.id namespaces="git" ${blob(KEY.petugas)}\n`);
    expect(readFileSync(signers, 'utf8')).toContain(`nur@uji.go.id namespaces="git" ${blob(KEY.nur)}\n`);
    const yaml = readFileSync(join(dir, 'ppid.yaml'), 'utf8');
    expect(yaml).toMatch(/^tanda_tangan: ssh$/m);
    for (const k of [KEY.siti, KEY.petugas, KEY.nur]) expect(yaml).toContain(`kunci_ssh: ${k.line}\n`);
    // Never committed: the file is git's, made again from ppid.yaml.
    expect(git(dir, ['ls-files'])).not.toContain('allowed-signers');

    const id = await step(dir, ['add', '--from', butir(), '--today', '2026-02-02'], PETUGAS, KEY.petugas);
    await step(dir, ['clarify', id, '--today', '2026-02-03'], PPID, KEY.siti);
    await step(dir, ['review', id, '--rekomendasi', 'setuju', '--nomor', '2/TP', '--today', '2026-02-04'], TIM, KEY.nur);

    expect(signatures(dir)).toEqual([
      { email: 'siti@uji.go.id', tanda: 'G', kunci: KEY.siti.fingerprint, penanda: 'siti@uji.go.id' },
      { email: 'petugas@uji.go.id', tanda: 'G', kunci: KEY.petugas.fingerprint, penanda: 'petugas@uji.go.id' },
      { email: 'siti@uji.go.id', tanda: 'G', kunci: KEY.siti.fingerprint, penanda: 'siti@uji.go.id' },
      { email: 'nur@uji.go.id', tanda: 'G', kunci: KEY.nur.fingerprint, penanda: 'nur@uji.go.id' },
    ]);
    expect(await audit(dir)).toEqual({ code: 0, bersih: true, terbuka: 0, diterima: 0, temuan: [] });
  });

  it('a step signed with another official\u2019s key is a finding naming the commit and whose key it is; the PPID Utama can accept it, signed', async () => {
    const dir = signedArchive();
    await step(dir, ['add', '--from', butir(), '--today', '2026-02-02'], PETUGAS, KEY.nur);
    const wrong = head(dir);
    const a = await audit(dir);
    expect(a.code).toBe(1);
    expect(a.temuan.map((f) => [f.commit, f.kode, f.params])).toEqual([
      [wrong, 'tanda-tangan-bukan-pelaku', { kunci: KEY.nur.fingerprint, pemilik: 'Nurhayati', pelaku: 'Yohanes Petugas <petugas@uji.go.id>' }],
    ]);
    expect(a.temuan[0].pesan).toContain('ditandatangani dengan kunci SSH Nurhayati');

    await step(dir, ['audit', '--require-signed', '--terima', wrong, '--alasan', 'kunci tertukar di komputer bersama'], on(PPID, '2026-02-03'), KEY.siti);
    expect(signatures(dir).at(-1)).toMatchObject({ email: 'siti@uji.go.id', tanda: 'G', kunci: KEY.siti.fingerprint });
    const after = await audit(dir);
    expect(after.code).toBe(0);
    expect(after.temuan.map((f) => [f.kode, f.status])).toEqual([['tanda-tangan-bukan-pelaku', 'diterima']]);
  });

  it('a key in no ppid.yaml, an unsigned hand commit and a key granted in the commit it signs are findings; a key committed before counts', async () => {
    const dir = signedArchive();
    await step(dir, ['add', '--from', butir(), '--today', '2026-02-02'], PETUGAS, KEY.asing);
    const stranger = head(dir);
    handCommit(dir, ['-c', 'commit.gpgSign=false', 'commit', '-q', '--allow-empty', '-m', 'catatan tangan'], on(PETUGAS, '2026-02-02'));
    const unsigned = head(dir);
    // The petugas records a new key for themself by hand, in a commit signed with that very key.
    const yaml = readFileSync(join(dir, 'ppid.yaml'), 'utf8');
    writeFileSync(join(dir, 'ppid.yaml'), yaml.replace(KEY.petugas.line, KEY.asing.line));
    handCommit(dir, ['commit', '-q', '-am', 'kunci baru'], { ...on(PETUGAS, '2026-02-03'), ...signingWith(KEY.asing) });
    const granted = head(dir);
    // A key recorded by hand grants nothing (ADR 16): the next step signed with it is still a stranger's key.
    await step(dir, ['add', '--from', butir(), '--today', '2026-02-04'], PETUGAS, KEY.asing);
    const before = head(dir);
    const asing = { kunci: KEY.asing.fingerprint, pelaku: 'Yohanes Petugas <petugas@uji.go.id>', milik: KEY.petugas.fingerprint };

    const a = await audit(dir);
    expect(a.code).toBe(1);
    const signatureFindings = a.temuan.filter((f) => f.kode !== 'suntingan-tangan').map((f) => [f.commit, f.kode, f.params]);
    expect(signatureFindings).toEqual([
      [stranger, 'tanda-tangan-kunci-asing', asing],
      [unsigned, 'tanpa-tanda-tangan', { tanda: 'N' }],
      [granted, 'tanda-tangan-kunci-asing', asing],
      [before, 'tanda-tangan-kunci-asing', asing],
    ]);
    expect(a.temuan.filter((f) => f.kode === 'suntingan-tangan').map((f) => [f.commit, f.berkas])).toEqual([[granted, 'ppid.yaml']]);
    // Once the PPID Utama accepts the edit, the key counts from then on.
    await step(dir, ['audit', '--terima', granted, '--alasan', 'kunci baru petugas, diperiksa', '--today', '2026-02-05'], PPID, KEY.siti);
    await step(dir, ['add', '--from', butir(), '--today', '2026-02-06'], PETUGAS, KEY.asing);
    const after = head(dir);
    expect((await audit(dir)).temuan.filter((f) => f.commit === after)).toEqual([]);
  });

  it('ppid.yaml signs even where this clone\u2019s git does not; without a key the step is refused and the archive left as it was', async () => {
    const dir = signedArchive();
    for (const k of ['commit.gpgSign', 'gpg.format']) git(dir, ['config', '--local', '--unset', k]);
    await step(dir, ['add', '--from', butir(), '--today', '2026-02-02'], PETUGAS, KEY.petugas);
    expect(signatures(dir).at(-1)).toMatchObject({ email: 'petugas@uji.go.id', tanda: 'G', kunci: KEY.petugas.fingerprint });

    git(dir, ['config', '--local', '--unset', 'user.signingKey']);
    const before = snapshot(dir);
    const commits = commitCount(dir);
    const r = await ppidInProcess(['add', '--from', butir(), '--today', '2026-02-03'], { cwd: dir, env: PETUGAS });
    expect(r.code, r.stderr).toBe(4);
    expect(r.stderr).toContain('tidak dapat ditandatangani');
    expect(r.stderr).toContain('user.signingKey');
    expect(snapshot(dir)).toBe(before);
    expect(commitCount(dir)).toBe(commits);
  });

  it('an archive that does not sign: --require-signed names every unsigned commit, and a step is signed as soon as the officer\u2019s git says commit.gpgSign', async () => {
    const dir = sopArchive();
    await step(dir, ['add', '--from', butir(), '--today', '2026-02-02'], PETUGAS, undefined);
    const a = await audit(dir);
    expect(a.temuan.map((f) => [f.kode, f.params.tanda])).toEqual([
      ['tanpa-tanda-tangan', 'N'],
      ['tanpa-tanda-tangan', 'N'],
    ]);
    // As `git commit` would: the officer's git signs, though ppid.yaml records no key for them.
    git(dir, ['config', '--local', 'gpg.format', 'ssh']);
    git(dir, ['config', '--local', 'commit.gpgSign', 'true']);
    await step(dir, ['add', '--from', butir(), '--today', '2026-02-03'], PETUGAS, KEY.petugas);
    const b = await audit(dir);
    expect(b.temuan.map((f) => [f.kode, f.params.kunci ?? f.params.tanda])).toEqual([
      ['tanpa-tanda-tangan', 'N'],
      ['tanpa-tanda-tangan', 'N'],
      ['tanda-tangan-kunci-asing', KEY.petugas.fingerprint],
    ]);
    expect(b.temuan[2].params.milik).toBe('—');
  });

  it('a sync replays and renumbers this office’s steps signed, on a clone whose git was never set to sign', async () => {
    const dir = signedArchive();
    const shared = join(tempDir(), 'bersama.git');
    git(dir, ['init', '-q', '--bare', shared]);
    await step(dir, ['remote', 'add', shared], on(PPID, '2026-01-02'), KEY.siti);
    await step(dir, ['sync'], on(PPID, '2026-01-02'), KEY.siti);
    const other = join(tempDir(), 'petugas');
    await step(tempDir(), ['clone', shared, other], on(PETUGAS, '2026-01-02'), undefined);
    expect(spawnSync('git', ['config', '--get', 'commit.gpgSign'], { cwd: other, env: baseEnv(other) }).status).toBe(1);
    // Both offices register an item the same day: the same number, so the later sync renumbers its own.
    await step(other, ['add', '--from', butir(), '--today', '2026-02-02'], PETUGAS, KEY.petugas);
    await step(dir, ['add', '--from', butir(), '--today', '2026-02-02'], PPID, KEY.siti);
    // A sync writes git's list of the officials' keys again from the ppid.yaml it leaves.
    const signers = join(dir, '.git', 'ppid-allowed-signers');
    const made = readFileSync(signers, 'utf8');
    writeFileSync(signers, '# usang\n');
    await step(dir, ['sync'], on(PPID, '2026-02-02'), KEY.siti);
    expect(readFileSync(signers, 'utf8')).toBe(made);
    const synced = await ppidInProcess(['sync', '--json'], { cwd: other, env: { ...on(PETUGAS, '2026-02-03'), ...signingWith(KEY.petugas) } });
    expect(synced.code, synced.stderr).toBe(0);
    expect(JSON.parse(synced.stdout).nomor_diganti).toHaveLength(1);
    // Checked with the allowed signers of the PPID Utama's clone: the petugas's has none.
    git(other, ['config', 'gpg.ssh.allowedSignersFile', join(dir, '.git', 'ppid-allowed-signers')]);
    expect(signatures(other).map((s) => [s.email, s.tanda, s.kunci])).toEqual([
      ['siti@uji.go.id', 'G', KEY.siti.fingerprint],
      ['siti@uji.go.id', 'G', KEY.siti.fingerprint],
      ['petugas@uji.go.id', 'G', KEY.petugas.fingerprint],
    ]);
    expect(await audit(other)).toMatchObject({ code: 0, temuan: [] });
  });

  it('init --tanda-tangan refuses a missing or secret key before making anything', async () => {
    const parent = tempDir();
    const dir = join(parent, 'arsip');
    const args = ['init', dir, '--nama', 'Uji', '--unit', 'BKPSDM=Badan Kepegawaian', '--tanda-tangan', 'ssh'];
    // The tests' HOME has no ~/.ssh: the default key is missing.
    const missing = await ppidInProcess(args, { cwd: parent, env: PPID });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('kunci publik SSH');
    expect(missing.stderr).toContain(join('.ssh', 'id_ed25519.pub'));
    const secret = await ppidInProcess([...args, '--kunci-ssh', KEY.siti.pub.replace(/\.pub$/, '')], { cwd: parent, env: PPID });
    expect(secret.code).toBe(2);
    expect(secret.stderr).toContain('kunci rahasia');
    expect(existsSync(join(dir, 'ppid.yaml'))).toBe(false);
    expect(existsSync(join(dir, '.git'))).toBe(false);
  });

  it('ppid.yaml: a kunci_ssh that is no key, a damaged key and one key for two officials are errors at their line', async () => {
    const dir = signedArchive();
    const yaml = readFileSync(join(dir, 'ppid.yaml'), 'utf8');
    const check = async (text: string) => {
      writeFileSync(join(dir, 'ppid.yaml'), text);
      const r = await ppidInProcess(['validate'], { cwd: dir });
      expect(r.code).toBe(1);
      return r.stdout + r.stderr;
    };
    const [type, blob] = KEY.nur.line.split(' ') as [string, string];
    expect(await check(yaml.replace(KEY.nur.line, 'ssh-ed25519 bukan-kunci'))).toContain('tidak sesuai pola');
    expect(await check(yaml.replace(KEY.nur.line, `ssh-rsa ${blob}`))).toContain('kunci SSH ini rusak');
    const twice = await check(yaml.replace(KEY.nur.line, `${type} ${KEY.petugas.line.split(' ')[1]} salinan`));
    expect(twice).toContain('sudah tercatat untuk Yohanes Petugas');
    expect(twice).toMatch(/ppid\.yaml:\d+:\d+/);
  });
});
