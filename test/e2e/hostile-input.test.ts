/**
 * Issue 22: what an attacker or a careless officer would try, each refused with the archive left
 * as it was, or named by `ppid audit` (one describe per item; items 6 and 10 have files of their
 * own: signed-trail.test.ts, ids-history.test.ts), and what two hostile reviews of the audit found.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanTempDirs, commitCount, git, gitLog, newArchive, ppid, ppidInProcess, ppidInProcessExact, snapshot, tempDir, write } from '../helpers/cli.js';
import { addInput } from '../helpers/records.js';
import { on, PDF, PETUGAS, PPID, sopArchive, TIM } from '../helpers/sop.js';

afterAll(cleanTempDirs);

describe('add --from: keys named like members of every JavaScript object', () => {
  for (const key of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
    it(`"${key}" is an unknown key like any other: named with its line, nothing written`, async () => {
      const dir = newArchive();
      const file = write(tempDir(), 'butir.yaml', `${addInput('BKPSDM')}${key}: 1\n`);
      const line = addInput('BKPSDM').split('\n').length;
      const before = snapshot(dir);
      const commits = commitCount(dir);
      const r = await ppidInProcess(['add', '--from', file, '--today', '2026-02-01'], { cwd: dir });
      expect(r.code, r.stdout).toBe(1);
      expect(r.stderr).toContain(`butir.yaml:${line}:1`);
      expect(r.stderr).toContain(`kunci "${key}" tidak dikenal`);
      expect(snapshot(dir)).toBe(before);
      expect(commitCount(dir)).toBe(commits);
    });
  }
});

describe('addresses with a password or token in them (item 13)', () => {
  const secret = 'ghp_R4h4s1aSekaliJanganDisimpan';
  for (const url of [
    `https://petugas:${secret}@git.uji.go.id/ppid/dik.git`,
    `https://${secret}@github.com/uji/dik.git`,
    `ssh://git:${secret}@git.uji.go.id/dik.git`,
  ]) {
    it(`remote add and clone refuse ${url.replace(secret, 'TOKEN')}, store nothing and never print the secret`, async () => {
      const dir = newArchive();
      const config = readFileSync(join(dir, '.git', 'config'), 'utf8');
      const r = await ppidInProcess(['remote', 'add', url], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('pengelola kredensial git');
      expect(r.stdout + r.stderr).not.toContain(secret);
      expect(readFileSync(join(dir, '.git', 'config'), 'utf8')).toBe(config);
      const target = join(tempDir(), 'klon');
      const c = await ppidInProcess(['clone', url, target], { cwd: tempDir() });
      expect(c.code).toBe(2);
      expect(c.stdout + c.stderr).not.toContain(secret);
      expect(existsSync(target)).toBe(false);
    });
  }

  it('an ssh address with a user name is an ordinary address', async () => {
    const dir = newArchive();
    for (const url of ['git@git.uji.go.id:ppid/dik.git', 'ssh://git@git.uji.go.id/ppid/dik.git']) {
      const name = url.startsWith('ssh') ? 'kedua' : 'origin';
      const r = await ppidInProcess(['remote', 'add', url, ...(name === 'origin' ? [] : ['--nama', name])], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
    }
  });

  it('a token put into .git/config by hand is shown as *** by ppid remote', async () => {
    const dir = newArchive();
    git(dir, ['remote', 'add', 'origin', `https://petugas:${secret}@git.uji.go.id/dik.git`]);
    const r = await ppidInProcess(['remote', '--json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([{ nama: 'origin', alamat: 'https://***@git.uji.go.id/dik.git' }]);
    expect(r.stdout).not.toContain(secret);
  });
});

describe('secrets on disk (item 17)', () => {
  it('keygen writes the secret key with mode 0600', async () => {
    const out = join(tempDir(), 'kunci.txt');
    const r = await ppidInProcess(['keygen', '--out', out], { cwd: tempDir() });
    expect(r.code, r.stderr).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(readFileSync(out, 'utf8')).toContain('AGE-SECRET-KEY-');
  });
});

describe('a record larger than ppid reads (item 16)', () => {
  it('add refuses a record that would be over 2 MB once written, though its input is under', async () => {
    const dir = newArchive();
    // Each "'a becomes \"'a in the written record: 1.9 MB of input make 2.5 MB of YAML.
    const file = write(tempDir(), 'besar.yaml', `${addInput('BKPSDM')}catatan: |-\n  ${`"'a`.repeat(630_000)}\n`);
    expect(statSync(file).size).toBeLessThan(2 * 1024 * 1024);
    const before = snapshot(dir);
    const commits = commitCount(dir);
    const r = await ppidInProcess(['add', '--from', file, '--today', '2026-02-01'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/informasi\/DIK-2026-0001\.md: galat: berkas 2,\d MB, melebihi batas 2 MB/);
    expect(snapshot(dir)).toBe(before);
    expect(commitCount(dir)).toBe(commits);
  });
});

describe('--out files (item 15)', () => {
  it('doc and export never write inside .git, not even through a link', async () => {
    const dir = newArchive();
    const config = readFileSync(join(dir, '.git', 'config'), 'utf8');
    const link = join(tempDir(), 'tautan');
    symlinkSync(join(dir, '.git'), link);
    for (const args of [
      ['doc', 'akan-berakhir', '--out', '.git/config', '--today', '2026-06-01'],
      ['doc', 'akan-berakhir', '--out', '.git/hooks/pre-commit.html', '--force', '--today', '2026-06-01'],
      ['export', '--out', join(link, 'config.csv'), '--force'],
    ]) {
      const r = await ppidInProcess(args, { cwd: dir });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('ada di dalam folder .git');
    }
    expect(readFileSync(join(dir, '.git', 'config'), 'utf8')).toBe(config);
    expect(existsSync(join(dir, '.git', 'hooks', 'pre-commit.html'))).toBe(false);
    expect(existsSync(join(dir, '.git', 'config.csv'))).toBe(false);
  });

  it('an existing file is kept unless --force; an output without an extension is an error', async () => {
    const dir = newArchive();
    const out = join(tempDir(), 'register.csv');
    writeFileSync(out, 'berkas lama\n');
    const kept = await ppidInProcess(['export', '--out', out], { cwd: dir });
    expect(kept.code).toBe(2);
    expect(kept.stderr).toContain('sudah ada; tidak ditimpa');
    expect(readFileSync(out, 'utf8')).toBe('berkas lama\n');
    const forced = await ppidInProcess(['export', '--out', out, '--force'], { cwd: dir });
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).not.toBe('berkas lama\n');
    for (const args of [
      ['export', '--out', join(tempDir(), 'register')],
      ['doc', 'akan-berakhir', '--out', join(tempDir(), 'surat'), '--today', '2026-06-01'],
    ]) {
      const r = await ppidInProcess(args, { cwd: dir });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('tidak berakhiran');
    }
  });
});

describe('git half-way (item 7)', () => {
  /** An archive with one proposed item and a second branch that changes the same record. */
  async function archiveWithConflict(): Promise<{ dir: string; id: string }> {
    const dir = newArchive('petugas-teknis,ppid-utama');
    const r = await ppidInProcess(['add', '--from', write(tempDir(), 'a.yaml', addInput('BKPSDM')), '--today', '2026-02-01'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const id = r.stdout.trim();
    const file = join(dir, 'informasi', `${id}.md`);
    const branch = git(dir, ['symbolic-ref', '--short', 'HEAD']).trim();
    git(dir, ['switch', '-q', '-c', 'lain']);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^judul: .*$/m, 'judul: Judul di cabang lain'));
    git(dir, ['-c', 'user.name=x', '-c', 'user.email=x@x', 'commit', '-qam', 'lain']);
    git(dir, ['switch', '-q', branch]);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^judul: .*$/m, 'judul: Judul di cabang utama'));
    git(dir, ['-c', 'user.name=x', '-c', 'user.email=x@x', 'commit', '-qam', 'utama']);
    return { dir, id };
  }

  it('a step during a merge or rebase is refused and nothing is committed', async () => {
    for (const start of [
      ['merge', 'lain'],
      ['rebase', 'lain'],
    ]) {
      const { dir, id } = await archiveWithConflict();
      spawnSync('git', ['-c', 'user.name=x', '-c', 'user.email=x@x', ...start], { cwd: dir });
      const head = git(dir, ['rev-parse', 'HEAD']);
      const commits = commitCount(dir);
      const r = await ppidInProcess(['clarify', id, '--today', '2026-02-03'], { cwd: dir });
      expect(r.code, start.join(' ')).toBe(1);
      expect(r.stderr).toContain(`di tengah ${start[0]}`);
      expect(git(dir, ['rev-parse', 'HEAD'])).toBe(head);
      expect(commitCount(dir)).toBe(commits);
    }
  });

  it('a step on a detached HEAD is refused', async () => {
    const dir = newArchive();
    git(dir, ['switch', '-q', '--detach']);
    const commits = commitCount(dir);
    const r = await ppidInProcess(['add', '--from', write(tempDir(), 'a.yaml', addInput('BKPSDM')), '--today', '2026-02-01'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('HEAD lepas');
    expect(commitCount(dir)).toBe(commits);
    expect(existsSync(join(dir, 'informasi', 'DIK-2026-0001.md'))).toBe(false);
  });
});

describe('paths from settings and templates (items 11, 12)', () => {
  const SECRET = 'RAHASIA-DI-LUAR-ARSIP-7391';

  it('a kalender path out of the archive is an error on every command, and the file is never read or quoted', async () => {
    const dir = newArchive();
    const outside = write(tempDir(), 'rahasia.yaml', `tambah:\n  - { tanggal: 2026-01-02, nama: ${SECRET} }\n`);
    const config = join(dir, 'ppid.yaml');
    for (const path of [outside, join('..', '..', relative(join(dir, '..', '..'), outside)), '.git/config']) {
      writeFileSync(config, readFileSync(config, 'utf8').replace(/^kalender: .*$/m, `kalender: ${path}`));
      for (const args of [['validate'], ['list'], ['calendar', '2026']]) {
        const r = await ppidInProcess(args, { cwd: dir });
        expect(r.code, `${path}: ${args.join(' ')}`).toBe(1);
        expect(r.stdout + r.stderr).toContain('harus berkas arsip ini sendiri');
        expect(r.stdout + r.stderr).not.toContain(SECRET);
      }
    }
  });

  it('a kalender that is a link (to a file outside or to .git/config) is never read', async () => {
    const dir = newArchive();
    const outside = write(tempDir(), 'rahasia.yaml', `tambah:\n  - { tanggal: 2026-01-02, nama: ${SECRET} }\n`);
    for (const target of [outside, join(dir, '.git', 'config')]) {
      rmSync(join(dir, 'kalender.yaml'), { force: true });
      symlinkSync(target, join(dir, 'kalender.yaml'));
      const r = await ppidInProcess(['validate'], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('harus berkas arsip ini sendiri');
      expect(r.stdout + r.stderr).not.toContain(SECRET);
      expect(r.stdout + r.stderr).not.toContain('[core]');
    }
  });

  it('a letterhead logo named .png that is a link to .git/config, or not an image, is not embedded', async () => {
    const dir = newArchive();
    const tpl = join(dir, 'templates', 'dokumen');
    mkdirSync(tpl, { recursive: true });
    symlinkSync(join(dir, '.git', 'config'), join(tpl, 'logo.png'));
    writeFileSync(join(tpl, 'palsu.png'), '[core]\n\trepositoryformatversion = 0\n');
    for (const logo of ['templates/dokumen/logo.png', 'templates/dokumen/palsu.png', '.git/config']) {
      writeFileSync(join(tpl, 'kop.yaml'), `logo: ${logo}\n`);
      const r = await ppidInProcess(['doc', 'akan-berakhir', '--format', 'html', '--today', '2026-06-01'], { cwd: dir });
      expect(r.code, logo).toBe(1);
      expect(r.stderr).toContain('bukan PNG/JPEG');
      expect(r.stdout).not.toContain('data:image');
    }
  });
});

describe('the shared history only grows (item 9)', () => {
  /** An archive with two steps, pushed by ppid sync to a bare repository with ppid's server hook. */
  async function shared(): Promise<{ dir: string; bare: string; branch: string }> {
    const dir = newArchive();
    const bare = join(tempDir(), 'bersama.git');
    git(tempDir(), ['init', '-q', '--bare', bare]);
    for (const args of [
      ['hook', 'server', bare],
      ['remote', 'add', bare],
      ['add', '--from', write(tempDir(), 'a.yaml', addInput('BKPSDM', 'Data gaji pegawai satu')), '--today', '2026-02-01'],
      ['add', '--from', write(tempDir(), 'b.yaml', addInput('BKPSDM', 'Data gaji pegawai dua')), '--today', '2026-02-01'],
      ['sync'],
    ]) {
      const r = await ppidInProcess(args, { cwd: dir });
      expect(r.code, `${args.join(' ')}\n${r.stderr}`).toBe(0);
    }
    return { dir, bare, branch: git(dir, ['symbolic-ref', '--short', 'HEAD']).trim() };
  }
  const tip = (bare: string, branch: string) => git(bare, ['rev-parse', `refs/heads/${branch}`]).trim();

  it('a force-push and a branch deletion are refused, by git and by the hook alone', async () => {
    const { dir, bare, branch } = await shared();
    const before = tip(bare, branch);
    git(dir, ['reset', '-q', '--hard', 'HEAD~1']);
    for (const denyByGit of [true, false]) {
      if (!denyByGit) git(bare, ['config', 'receive.denyNonFastForwards', 'false']);
      const push = spawnSync('git', ['push', '--force', 'origin', `HEAD:refs/heads/${branch}`], { cwd: dir, encoding: 'utf8' });
      expect(push.status).not.toBe(0);
      if (!denyByGit) expect(push.stderr).toContain('tidak boleh ditulis ulang');
      expect(tip(bare, branch)).toBe(before);
    }
    git(bare, ['config', 'receive.denyDeletes', 'false']);
    const del = spawnSync('git', ['push', 'origin', `:refs/heads/${branch}`], { cwd: dir, encoding: 'utf8' });
    expect(del.status).not.toBe(0);
    expect(tip(bare, branch)).toBe(before);
  });

  it('sync stops when the shared branch went backwards, and sends nothing', async () => {
    const { dir, bare, branch } = await shared();
    const known = tip(bare, branch);
    // The server's administrator rewinds the branch by hand, past the hook.
    git(bare, ['update-ref', `refs/heads/${branch}`, `${known}~1`]);
    const r3 = await ppidInProcess(['add', '--from', write(tempDir(), 'c.yaml', addInput('BKPSDM', 'Data gaji pegawai tiga')), '--today', '2026-02-02'], {
      cwd: dir,
    });
    expect(r3.code, r3.stderr).toBe(0);
    for (let i = 0; i < 2; i++) {
      const r = await ppidInProcess(['sync'], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('mundur');
      expect(tip(bare, branch)).not.toBe(known);
      expect(git(dir, ['rev-parse', `refs/remotes/origin/${branch}`]).trim()).toBe(known);
    }
  });
});

describe('publish from the history only (item 14)', () => {
  it('an uncommitted hand edit or a new record not yet committed is refused, and nothing is published', async () => {
    const dir = sopArchive(['--peran-saya', 'petugas-teknis,ppid-utama,tim-pertimbangan']);
    const add = await ppidInProcess(
      [
        'add',
        '--from',
        write(tempDir(), 'a.yaml', `${addInput('BKPSDM', 'Rekam medis pegawai')}judul_publik: Data kesehatan pegawai\n`),
        '--today',
        '2026-02-02',
      ],
      {
        cwd: dir,
        env: on(PETUGAS, '2026-02-02'),
      },
    );
    expect(add.code, add.stderr).toBe(0);
    const id = add.stdout.trim();
    const file = join(dir, 'informasi', `${id}.md`);
    const committed = readFileSync(file, 'utf8');
    for (const plant of [
      () => writeFileSync(file, committed.replace(/^judul_publik: .*\n/m, '')),
      () => write(dir, 'informasi/DIK-2026-0099.md', committed.replace(id, 'DIK-2026-0099')),
    ]) {
      writeFileSync(file, committed);
      rmSync(join(dir, 'informasi', 'DIK-2026-0099.md'), { force: true });
      plant();
      const out = join(tempDir(), 'situs');
      const r = await ppidInProcess(['publish', '--out', out, '--today', '2026-03-01'], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('belum dicatat di riwayat');
      expect(existsSync(out)).toBe(false);
    }
  });
});

describe('roles come from the committed ppid.yaml (item 2)', () => {
  it('a role granted in an uncommitted ppid.yaml grants nothing: no step runs until the file is as committed', async () => {
    const dir = newArchive();
    const add = await ppidInProcess(['add', '--from', write(tempDir(), 'a.yaml', addInput('BKPSDM')), '--today', '2026-02-01'], { cwd: dir });
    expect(add.code, add.stderr).toBe(0);
    const id = add.stdout.trim();
    const config = join(dir, 'ppid.yaml');
    const committed = readFileSync(config, 'utf8');
    // The petugas teknis makes themself PPID Utama, without committing it.
    writeFileSync(config, committed.replace(/(email: petugas@uji\.go\.id\n\s+peran:\n)/, '$1      - ppid-utama\n'));
    expect(readFileSync(config, 'utf8')).not.toBe(committed);
    const before = snapshot(dir);
    const commits = commitCount(dir);
    for (const args of [
      ['reject', id, '--alasan', 'Informasi ini terbuka', '--today', '2026-02-02'],
      ['add', '--from', write(tempDir(), 'b.yaml', addInput('BKPSDM', 'Data lain')), '--today', '2026-02-02'],
    ]) {
      const r = await ppidInProcess(args, { cwd: dir });
      expect(r.code, args[0]).toBe(1);
      expect(r.stderr).toContain('ppid.yaml berubah tetapi belum dicatat di riwayat');
      expect(snapshot(dir)).toBe(before);
      expect(commitCount(dir)).toBe(commits);
    }
    // As committed, the petugas teknis holds no role to refuse an item.
    writeFileSync(config, committed);
    const r = await ppidInProcess(['reject', id, '--alasan', 'Informasi ini terbuka', '--today', '2026-02-02'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('tidak memegang peran');
  });
});

describe('the archive’s folders are never links (item 18)', () => {
  it('a linked informasi/ or lampiran/ is refused by reports and steps alike, and nothing is written through it', async () => {
    for (const folder of ['informasi', 'lampiran']) {
      const dir = newArchive();
      const outside = tempDir();
      rmSync(join(dir, folder), { recursive: true });
      symlinkSync(outside, join(dir, folder));
      for (const args of [['list'], ['validate'], ['add', '--from', write(tempDir(), 'a.yaml', addInput('BKPSDM')), '--today', '2026-02-01']]) {
        const r = await ppidInProcess(args, { cwd: dir });
        expect(r.code, `${folder}: ${args[0]}`).toBe(1);
        expect(r.stderr).toContain(`folder arsip "${folder}" adalah tautan simbolik`);
      }
      expect(readdirSync(outside)).toEqual([]);
    }
  });

  it('attach refuses an item folder under lampiran/ that is a link', async () => {
    const dir = newArchive();
    const add = await ppidInProcess(['add', '--from', write(tempDir(), 'a.yaml', addInput('BKPSDM')), '--today', '2026-02-01'], { cwd: dir });
    expect(add.code, add.stderr).toBe(0);
    const id = add.stdout.trim();
    const outside = tempDir();
    symlinkSync(outside, join(dir, 'lampiran', id));
    const commits = commitCount(dir);
    const r = await ppidInProcess(['attach', id, write(tempDir(), 'pindaian.pdf', PDF), '--jenis', 'dokumen', '--today', '2026-02-02'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`folder arsip "lampiran/${id}" adalah tautan simbolik`);
    expect(readdirSync(outside)).toEqual([]);
    expect(commitCount(dir)).toBe(commits);
  });
});

/** A commit made by hand, as `who`, with whatever trailers the hand types. */
function handCommit(dir: string, who: Record<string, string>, trailers: string[], subject = 'Langkah 2 — klarifikasi jangka waktu'): string {
  const r = spawnSync('git', ['commit', '-q', '-a', '--allow-empty', '-m', subject, '-m', trailers.join('\n')], {
    cwd: dir,
    env: { ...process.env, ...who },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return git(dir, ['rev-parse', 'HEAD']).trim();
}

async function auditOf(
  dir: string,
): Promise<{ code: number; temuan: Array<{ kode: string; commit: string; berkas?: string; params: Record<string, string>; status: string }> }> {
  const r = await ppidInProcess(['audit', '--json'], { cwd: dir });
  return { code: r.code, temuan: JSON.parse(r.stdout).temuan };
}

/** A SOP archive with one item registered by the petugas teknis; returns the archive and the item. */
async function withItem(): Promise<{ dir: string; id: string; path: string }> {
  const dir = sopArchive();
  const add = await ppidInProcess(['add', '--from', write(tempDir(), 'a.yaml', addInput('BKPSDM')), '--today', '2026-02-03'], {
    cwd: dir,
    env: on(PETUGAS, '2026-02-03'),
  });
  expect(add.code, add.stderr).toBe(0);
  const id = add.stdout.trim();
  return { dir, id, path: join(dir, 'informasi', `${id}.md`) };
}

const STRANGER = { GIT_AUTHOR_NAME: 'Orang Luar', GIT_AUTHOR_EMAIL: 'luar@contoh.id', GIT_COMMITTER_NAME: 'Orang Luar', GIT_COMMITTER_EMAIL: 'luar@contoh.id' };

describe('trailers are claims, not proof (item 1)', () => {
  it('a stranger\u2019s commit with hand-typed clarify / ppid-utama trailers that changes status and title is named: author, field', async () => {
    const { dir, id, path } = await withItem();
    writeFileSync(
      path,
      readFileSync(path, 'utf8')
        .replace('status: diusulkan', 'status: diklarifikasi')
        .replace(/^judul: .*$/m, 'judul: Judul yang dipalsukan'),
    );
    const forged = handCommit(dir, on(STRANGER, '2026-02-04'), ['PPID-Langkah: 2', 'PPID-Perintah: clarify', 'PPID-Peran: ppid-utama', `PPID-Item: ${id}`]);
    const a = await auditOf(dir);
    expect(a.code).toBe(1);
    const mine = a.temuan.filter((t) => t.commit === forged);
    expect(mine.map((t) => t.kode).sort()).toEqual(['kolom-di-luar-langkah', 'pelaku-bukan-pejabat']);
    expect(mine.find((t) => t.kode === 'kolom-di-luar-langkah')!.params.kolom).toBe('judul');
    const text = await ppidInProcess(['audit'], { cwd: dir });
    expect(text.stdout).toContain(forged.slice(0, 10));
    expect(text.stdout).toContain('<luar@contoh.id> bukan pejabat dalam ppid.yaml yang berlaku sebelum commit ini');
  });

  it('an official\u2019s hand commit that calls itself an attach but shortens the period: the field and the rule', async () => {
    const { dir, id, path } = await withItem();
    const before = readFileSync(path, 'utf8');
    expect(before).toMatch(/tahun: 5/);
    writeFileSync(path, before.replace(/tahun: 5/, 'tahun: 2'));
    const forged = handCommit(dir, on(PETUGAS, '2026-02-04'), ['PPID-Langkah: 5', 'PPID-Perintah: attach', 'PPID-Peran: petugas-teknis', `PPID-Item: ${id}`]);
    const a = await auditOf(dir);
    expect(a.code).toBe(1);
    expect(a.temuan.filter((t) => t.commit === forged).map((t) => [t.kode, t.params.kolom, t.params.boleh])).toEqual([
      ['kolom-di-luar-langkah', 'jangka_waktu', 'lampiran, arsip'],
    ]);
  });

  it('a role the author does not hold, a role that does not do the step, a status the step does not make, a file it does not write', async () => {
    const { dir, id, path } = await withItem();
    writeFileSync(path, readFileSync(path, 'utf8').replace('status: diusulkan', 'status: dibuka'));
    writeFileSync(join(dir, 'lampiran', 'catatan.txt'), 'x');
    git(dir, ['add', 'lampiran/catatan.txt']);
    const forged = handCommit(dir, on(PETUGAS, '2026-02-04'), ['PPID-Langkah: 5', 'PPID-Perintah: attach', 'PPID-Peran: tim-pertimbangan', `PPID-Item: ${id}`]);
    const kinds = (await auditOf(dir)).temuan.filter((t) => t.commit === forged).map((t) => t.kode);
    expect(kinds.sort()).toEqual(['berkas-di-luar-langkah', 'peran-bukan-untuk-perintah', 'peran-tidak-dipegang', 'status-bukan-langkah']);
  });

  it('every step of the SOP done through ppid audits clean: the table of what each command writes fits what it writes', async () => {
    // The full story is in sop-workflow.test.ts; here the steps that touch most fields.
    const { dir, id } = await withItem();
    const step = async (who: Record<string, string>, day: string, args: string[]) => {
      const r = await ppidInProcess([...args, '--today', day], { cwd: dir, env: on(who, day) });
      expect(r.code, `${args[0]}: ${r.stderr}`).toBe(0);
    };
    await step(PPID, '2026-02-05', ['clarify', id]);
    await step(TIM, '2026-02-06', ['review', id, '--rekomendasi', 'setuju', '--nomor', '01/TIM/2026', '--surat', write(tempDir(), 'surat.pdf', PDF)]);
    await step(PETUGAS, '2026-02-09', ['attach', id, write(tempDir(), 'scan.pdf', PDF), '--jenis', 'dokumen', '--lokasi', 'Lemari 1']);
    const a = await auditOf(dir);
    expect(a.temuan).toEqual([]);
    expect(a.code).toBe(0);
  });
});

describe('settings change only through ppid (item 3)', () => {
  const utama = (day: string) => on(PPID, day);

  it('units, officials and single settings change as step commits of the PPID Utama; comments stay; audit is clean', async () => {
    const dir = sopArchive();
    const config = join(dir, 'ppid.yaml');
    const comments = readFileSync(config, 'utf8')
      .split('\n')
      .filter((l) => l.trim().startsWith('#'));
    const steps = [
      ['config', 'unit', 'add', 'DINKES', 'Dinas Kesehatan'],
      ['config', 'unit', 'rename', 'DINKES', 'Dinas Kesehatan dan KB'],
      ['config', 'pejabat', 'add', '--nama', 'Andi', '--jabatan', 'Petugas Teknis', '--peran', 'petugas-teknis', '--email', 'andi@uji.go.id'],
      ['config', 'pejabat', 'peran', 'andi@uji.go.id', 'petugas-teknis,ppid-pembantu'],
      ['config', 'set', 'tenggat.jendela_berakhir', '45'],
    ];
    for (const [i, args] of steps.entries()) {
      const r = await ppidInProcess(args, { cwd: dir, env: utama(`2026-02-1${i}`) });
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
      const [last] = gitLog(dir);
      expect(last!.trailers['PPID-Perintah']).toEqual(['config']);
      expect(last!.trailers['PPID-Peran']).toEqual(['ppid-utama']);
      expect(last!.files).toEqual(['ppid.yaml']);
    }
    const text = readFileSync(config, 'utf8');
    for (const c of comments) expect(text).toContain(c);
    expect(text).toMatch(/kode: DINKES\n\s+nama: Dinas Kesehatan dan KB\n\s+nama_lama: \[ Dinas Kesehatan \]/);
    expect(text).toContain('jendela_berakhir: 45');
    const a = await auditOf(dir);
    expect(a.temuan).toEqual([]);
  });

  it('only the PPID Utama of the committed ppid.yaml; nothing is left without a PPID Utama; wrong values are named; nothing written', async () => {
    const dir = sopArchive();
    const before = snapshot(dir);
    const commits = commitCount(dir);
    const petugas = await ppidInProcess(['config', 'unit', 'add', 'X', 'Unit X'], { cwd: dir, env: on(PETUGAS, '2026-02-10') });
    expect(petugas.code).toBe(1);
    expect(petugas.stderr).toContain('tidak memegang peran');
    for (const [args, code, text] of [
      [['config', 'pejabat', 'peran', 'siti@uji.go.id', 'petugas-teknis'], 1, 'tanpa PPID Utama'],
      [['config', 'set', 'tenggat.jendela_berakhir', 'lima'], 1, 'bilangan bulat'],
      [['config', 'set', 'versi', '3'], 2, 'ppid migrate'],
      [['config', 'unit', 'remove', 'TIDAKADA'], 1, 'tidak ada di ppid.yaml'],
      [['config', 'entah'], 2, 'tidak dikenal'],
    ] as const) {
      const r = await ppidInProcess([...args], { cwd: dir, env: utama('2026-02-10') });
      expect(r.code, args.join(' ')).toBe(code);
      expect(r.stderr).toContain(text);
    }
    expect(snapshot(dir)).toBe(before);
    expect(commitCount(dir)).toBe(commits);
  });

  it('a unit in use is not removed', async () => {
    const { dir } = await withItem();
    const r = await ppidInProcess(['config', 'unit', 'remove', 'BKPSDM'], { cwd: dir, env: utama('2026-02-10') });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('1 butir memakainya');
  });

  it('config save records a hand edit of ppid.yaml or the calendar after the checks, judged by the committed roles', async () => {
    const dir = sopArchive();
    const config = join(dir, 'ppid.yaml');
    const committed = readFileSync(config, 'utf8');
    // The petugas teknis makes themself PPID Utama by hand and tries to record it.
    const promoted = committed.replace(/(email: petugas@uji\.go\.id\n\s+peran:\n)/, '$1      - ppid-utama\n');
    expect(promoted).not.toBe(committed);
    writeFileSync(config, promoted);
    const self = await ppidInProcess(['config', 'save'], { cwd: dir, env: on(PETUGAS, '2026-02-10') });
    expect(self.code).toBe(1);
    expect(self.stderr).toContain('tidak memegang peran');
    expect(readFileSync(config, 'utf8')).toBe(promoted);
    // A broken edit is named and kept for the officer to mend.
    writeFileSync(config, committed.replace('jendela_berakhir: 30', 'jendela_berakhir: tiga puluh'));
    const broken = await ppidInProcess(['config', 'save'], { cwd: dir, env: utama('2026-02-10') });
    expect(broken.code).toBe(1);
    expect(readFileSync(config, 'utf8')).toContain('tiga puluh');
    writeFileSync(config, promoted);
    const r = await ppidInProcess(['config', 'save'], { cwd: dir, env: utama('2026-02-10') });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(config, 'utf8')).toBe(promoted);
    expect(git(dir, ['status', '--porcelain']).trim()).toBe('');
    expect(gitLog(dir)[0]!.trailers['PPID-Perintah']).toEqual(['config']);
    expect((await auditOf(dir)).temuan).toEqual([]);
    expect((await ppidInProcess(['config', 'save'], { cwd: dir, env: utama('2026-02-11') })).code).toBe(1);
    // A local holiday added to the calendar by hand.
    const calendar = join(dir, 'kalender.yaml');
    const hadCalendar = existsSync(calendar);
    writeFileSync(calendar, 'tambah:\n  - tanggal: 2026-11-12\n    nama: Hari Jadi Kabupaten Uji\nhapus: []\n');
    const c = await ppidInProcess(['config', 'save'], { cwd: dir, env: utama('2026-02-12') });
    expect(c.code, c.stderr).toBe(0);
    expect(gitLog(dir)[0]!.files).toEqual(['kalender.yaml']);
    expect(hadCalendar || git(dir, ['ls-files', 'kalender.yaml']).trim() === 'kalender.yaml').toBe(true);
    expect((await ppidInProcess(['calendar', '2026', '--json'], { cwd: dir })).stdout).toContain('Hari Jadi Kabupaten Uji');
    expect((await auditOf(dir)).temuan).toEqual([]);
  });
});

describe('audit judges each commit by the settings committed before it (items 2, 3)', () => {
  it('a role granted in the same commit that uses it grants nothing, and the edit of ppid.yaml is named', async () => {
    const { dir, id, path } = await withItem();
    const config = join(dir, 'ppid.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace(/(email: petugas@uji\.go\.id\n\s+peran:\n)/, '$1      - ppid-utama\n'));
    writeFileSync(path, readFileSync(path, 'utf8').replace('status: diusulkan', 'status: ditolak'));
    const forged = handCommit(dir, on(PETUGAS, '2026-02-04'), ['PPID-Langkah: 3', 'PPID-Perintah: reject', 'PPID-Peran: ppid-utama', `PPID-Item: ${id}`]);
    const mine = (await auditOf(dir)).temuan.filter((t) => t.commit === forged);
    expect(mine.map((t) => [t.kode, t.berkas ?? ''])).toEqual(
      expect.arrayContaining([
        ['berkas-di-luar-langkah', 'ppid.yaml'],
        ['peran-tidak-dipegang', ''],
      ]),
    );
  });

  it('a hand edit of ppid.yaml is a finding; a role granted by it counts from then on, and never for the past', async () => {
    const { dir } = await withItem();
    const config = join(dir, 'ppid.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace(/(email: petugas@uji\.go\.id\n\s+peran:\n)/, '$1      - ppid-utama\n'));
    const edit = handCommit(dir, on(PETUGAS, '2026-02-04'), [], 'peran tambahan');
    const a = await auditOf(dir);
    expect(a.temuan.filter((t) => t.commit === edit).map((t) => [t.kode, t.berkas])).toEqual([['suntingan-tangan', 'ppid.yaml']]);
    // Earlier steps are judged as they were: the add before the edit stays clean.
    expect(a.temuan.every((t) => t.commit === edit)).toBe(true);
  });
});

describe('the clock in the trail (item 4)', () => {
  it('--today and PPID_TODAY on a changing command are usage errors; nothing is written', async () => {
    const dir = newArchive();
    const before = snapshot(dir);
    const commits = commitCount(dir);
    const file = write(tempDir(), 'a.yaml', addInput('BKPSDM'));
    const flag = await ppidInProcessExact(['add', '--from', file, '--today', '2020-01-01'], { cwd: dir });
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('--today hanya untuk laporan');
    const env = await ppidInProcessExact(['add', '--from', file], { cwd: dir, env: { PPID_TODAY: '2020-01-01' } });
    expect(env.code).toBe(2);
    expect(env.stderr).toContain('PPID_TODAY hanya untuk laporan');
    expect(snapshot(dir)).toBe(before);
    expect(commitCount(dir)).toBe(commits);
    // Reports still take it.
    expect((await ppidInProcessExact(['status', '--today', '2020-01-01'], { cwd: dir })).code).toBe(0);
  });

  it('a step’s date is its commit’s: GIT_COMMITTER_DATE in any of git’s forms, and GIT_AUTHOR_DATE alone backdates nothing', async () => {
    const dir = newArchive();
    const file = write(tempDir(), 'a.yaml', addInput('BKPSDM'));
    const r = await ppidInProcessExact(['add', '--from', file], { cwd: dir, env: { GIT_COMMITTER_DATE: 'Tue, 3 Feb 2026 23:30:00 +0700' } });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(dir, 'informasi', `${r.stdout.trim()}.md`), 'utf8')).toContain('didaftarkan: 2026-02-03');
    expect(git(dir, ['log', '-1', '--format=%aI %cI']).trim()).toBe('2026-02-03T23:30:00+07:00 2026-02-03T23:30:00+07:00');
    const b = await ppidInProcessExact(['add', '--from', write(tempDir(), 'b.yaml', addInput('BKPSDM', 'Data lain'))], {
      cwd: dir,
      env: { GIT_COMMITTER_DATE: '2026-02-04T09:00:00+07:00', GIT_AUTHOR_DATE: '2020-01-01T09:00:00+07:00' },
    });
    expect(b.code, b.stderr).toBe(0);
    expect(git(dir, ['log', '-1', '--format=%aI']).trim()).toBe('2026-02-04T09:00:00+07:00');
  });

  it('a past event keeps its own date (--tanggal), shown by log beside the step’s; an event after the step is refused', async () => {
    const { dir, id } = await withItem();
    const later = await ppidInProcessExact(['clarify', id, '--tanggal', '2026-02-10'], {
      cwd: dir,
      env: { ...PPID, GIT_COMMITTER_DATE: '2026-02-05T09:00:00+07:00' },
    });
    expect(later.code).toBe(1);
    expect(later.stderr).toContain('belum terjadi');
    const r = await ppidInProcessExact(['clarify', id, '--tanggal', '2026-02-04'], {
      cwd: dir,
      env: { ...PPID, GIT_COMMITTER_DATE: '2026-02-05T09:00:00+07:00' },
    });
    expect(r.code, r.stderr).toBe(0);
    const log = await ppidInProcess(['log', id], { cwd: dir });
    expect(log.stdout).toContain('5 Februari 2026');
    expect(log.stdout).toContain('klarifikasi.tanggal: — → 2026-02-04');
  });

  it('a step dated before the commit it follows is refused; one made by hand is named by audit: time running backwards', async () => {
    const { dir, id, path } = await withItem();
    const before = snapshot(dir);
    const commits = commitCount(dir);
    // The same day as the registration, an hour before it.
    const r = await ppidInProcessExact(['clarify', id], { cwd: dir, env: { ...PPID, GIT_COMMITTER_DATE: '2026-02-03T08:00:00+07:00' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'langkah ini bertanggal 2026-02-03T08:00:00+07:00 (GIT_COMMITTER_DATE), lebih awal dari commit terakhir arsip (2026-02-03T09:00:00+07:00)',
    );
    expect(snapshot(dir)).toBe(before);
    expect(commitCount(dir)).toBe(commits);
    // Made by hand with the same claims, it is a finding.
    writeFileSync(
      path,
      readFileSync(path, 'utf8')
        .replace('status: diusulkan', 'status: diklarifikasi')
        .replace(/^(didaftarkan: .*)$/m, '$1\nklarifikasi:\n  tanggal: 2026-02-03'),
    );
    const forged = handCommit(dir, { ...PPID, GIT_AUTHOR_DATE: '2026-02-03T08:00:00+07:00', GIT_COMMITTER_DATE: '2026-02-03T08:00:00+07:00' }, [
      'PPID-Langkah: 2',
      'PPID-Perintah: clarify',
      'PPID-Peran: ppid-utama',
      `PPID-Item: ${id}`,
    ]);
    const a = await auditOf(dir);
    expect(a.temuan.filter((t) => t.commit === forged).map((t) => t.kode)).toEqual(['waktu-mundur']);
  });

  it('a clock a few minutes behind the last commit takes its time; one far behind is refused', async () => {
    const dir = newArchive();
    const soon = new Date(Date.now() + 3 * 60_000).toISOString().replace(/\.\d+Z$/, 'Z');
    handCommit(dir, { ...PETUGAS, GIT_AUTHOR_DATE: soon, GIT_COMMITTER_DATE: soon }, [], 'dari kantor lain');
    const r = await ppidInProcessExact(['add', '--from', write(tempDir(), 'a.yaml', addInput('BKPSDM'))], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(git(dir, ['log', '-1', '--format=%ct']).trim()).toBe(git(dir, ['log', '-1', '--format=%ct', 'HEAD~1']).trim());
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z');
    handCommit(dir, { ...PETUGAS, GIT_AUTHOR_DATE: tomorrow, GIT_COMMITTER_DATE: tomorrow }, [], 'jam kantor lain salah');
    const far = await ppidInProcessExact(['add', '--from', write(tempDir(), 'b.yaml', addInput('BKPSDM', 'Data lain'))], { cwd: dir });
    expect(far.code).toBe(1);
    expect(far.stderr).toContain('jam komputer ini');
  });
});

describe('accepted findings (item 5)', () => {
  it('the PPID Utama accepts a commit\u2019s findings with a reason: a commit of its own, shown as accepted, audit passes', async () => {
    const { dir, path } = await withItem();
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^judul: .*$/m, 'judul: Judul dibetulkan tangan'));
    const edit = handCommit(dir, on(PETUGAS, '2026-02-04'), [], 'salah ketik judul');
    expect((await auditOf(dir)).code).toBe(1);
    const commits = commitCount(dir);
    // Not by the petugas teknis; not without a reason; not for a commit without findings.
    const bySelf = await ppidInProcess(['audit', '--terima', edit, '--alasan', 'salah ketik'], { cwd: dir, env: on(PETUGAS, '2026-02-05') });
    expect(bySelf.code).toBe(1);
    expect(bySelf.stderr).toContain('tidak memegang peran');
    expect((await ppidInProcess(['audit', '--terima', edit], { cwd: dir, env: on(PPID, '2026-02-05') })).code).toBe(2);
    const first = git(dir, ['rev-list', '--max-parents=0', 'HEAD']).trim();
    expect((await ppidInProcess(['audit', '--terima', first, '--alasan', 'x'], { cwd: dir, env: on(PPID, '2026-02-05') })).code).toBe(1);
    expect((await ppidInProcess(['audit', '--terima', 'bukan-commit', '--alasan', 'x'], { cwd: dir, env: on(PPID, '2026-02-05') })).code).toBe(2);
    expect(commitCount(dir)).toBe(commits);
    const ok = await ppidInProcess(['audit', '--terima', edit.slice(0, 10), '--alasan', 'salah ketik judul, isi tidak berubah'], {
      cwd: dir,
      env: on(PPID, '2026-02-05'),
    });
    expect(ok.code, ok.stderr).toBe(0);
    expect(commitCount(dir)).toBe(commits + 1);
    expect(git(dir, ['diff', '--stat', 'HEAD~1', 'HEAD']).trim()).toBe('');
    const r = await ppidInProcess(['audit', '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ bersih: true, terbuka: 0, diterima: 1 });
    expect(out.temuan[0]).toMatchObject({
      kode: 'suntingan-tangan',
      status: 'diterima',
      diterima: { alasan: 'salah ketik judul, isi tidak berubah', email: 'siti@uji.go.id' },
    });
    const text = await ppidInProcess(['audit'], { cwd: dir });
    expect(text.stdout).toContain('diterima oleh Siti Aminah');
    expect(text.stderr).toContain('1 temuan telah ditinjau dan diterima');
  });

  it('an acceptance typed by hand by someone else accepts nothing', async () => {
    const { dir, path } = await withItem();
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^judul: .*$/m, 'judul: Judul lain'));
    const edit = handCommit(dir, on(PETUGAS, '2026-02-04'), [], 'judul');
    git(dir, [
      'commit',
      '--allow-empty',
      '-q',
      '-m',
      'terima',
      '-m',
      `PPID-Perintah: terima\nPPID-Peran: ppid-utama\nPPID-Diterima: ${edit}\nPPID-Alasan: boleh`,
    ]);
    const a = await auditOf(dir);
    expect(a.code).toBe(1);
    expect(a.temuan.find((t) => t.commit === edit)!.status).toBe('terbuka');
  });
});

describe('a merge hides its changes from the step-by-step reading', () => {
  it('is named', async () => {
    const { dir } = await withItem();
    git(dir, ['checkout', '-q', '-b', 'samping']);
    writeFileSync(join(dir, 'catatan.txt'), 'x');
    git(dir, ['add', 'catatan.txt']);
    git(dir, ['commit', '-q', '-m', 'samping']);
    git(dir, ['checkout', '-q', '-']);
    writeFileSync(join(dir, 'catatan2.txt'), 'y');
    git(dir, ['add', 'catatan2.txt']);
    git(dir, ['commit', '-q', '-m', 'utama']);
    git(dir, ['merge', '-q', '--no-edit', 'samping']);
    expect((await auditOf(dir)).temuan.map((t) => t.kode)).toEqual(['commit-gabungan']);
  });
});

describe('a git program holding the index lock (item 8)', () => {
  const LOCK = join('.git', 'index.lock');

  /** A real git holding the archive's index lock: `update-index --stdin` takes it and keeps it until its input ends. */
  async function gitHoldingIndex(dir: string): Promise<{ release: () => Promise<void> }> {
    const holder = spawn('git', ['update-index', '--stdin'], { cwd: dir, stdio: ['pipe', 'ignore', 'ignore'] });
    for (let waited = 0; !existsSync(join(dir, LOCK)); waited += 10) {
      if (waited > 10_000) throw new Error('git never took the index lock');
      await new Promise((r) => setTimeout(r, 10));
    }
    const exited = new Promise<void>((done) => holder.on('exit', () => done()));
    return {
      release: async () => {
        holder.stdin.end();
        await exited;
      },
    };
  }

  /**
   * A folder with a `git` that takes the index lock as another git would, at `command` of ppid's
   * commit: before `update-index --add` records the step's files, or at `commit-tree` (after
   * they are recorded), which then fails as a commit whose signing fails.
   */
  function gitTakingTheLockAt(command: 'update-index --add' | 'commit-tree'): string {
    const bin = tempDir('ppid-bin-');
    const real = spawnSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).stdout.trim();
    const fail = command === 'commit-tree' ? 'echo "error: gpg failed to sign the data" >&2; exit 1' : ':';
    writeFileSync(
      join(bin, 'git'),
      `#!/bin/sh\ncase "$1 $2" in "${command}"*) : > "$(${real} rev-parse --git-dir)/index.lock"; ${fail};; esac\nexec ${real} "$@"\n`,
      { mode: 0o755 },
    );
    return bin;
  }

  it('a step while a running git holds .git/index.lock is refused (exit 4) naming the lock, and nothing is written', async () => {
    const dir = newArchive();
    const add = await ppidInProcess(['add', '--from', write(tempDir(), 'a.yaml', addInput('BKPSDM')), '--today', '2026-02-01'], { cwd: dir });
    expect(add.code, add.stderr).toBe(0);
    const id = add.stdout.trim();
    const input = write(tempDir(), 'b.yaml', addInput('BKPSDM', 'Data lain'));
    const before = snapshot(dir);
    const commits = commitCount(dir);
    const holder = await gitHoldingIndex(dir);
    try {
      for (const [args, lang] of [
        [['clarify', id, '--today', '2026-02-03'], 'id'],
        [['add', '--from', input, '--today', '2026-02-03'], 'id'],
        [['add', '--from', input, '--today', '2026-02-03'], 'en'],
      ] as const) {
        const r = await ppidInProcess([...args, '--lang', lang], { cwd: dir });
        expect(r.code, `${args[0]}: ${r.stderr}`).toBe(4);
        expect(r.stderr).toContain(LOCK);
        expect(r.stderr).toContain(lang === 'id' ? 'program git lain sedang bekerja' : 'another git program is working');
        expect(r.stderr).toContain(lang === 'id' ? 'arsip tidak diubah' : 'the archive was not changed');
        expect(r.stderr).toContain('ppid doctor');
        expect(existsSync(join(dir, '.git', 'ppid-journal.json'))).toBe(false);
        expect(snapshot(dir)).toBe(before);
        expect(commitCount(dir)).toBe(commits);
      }
    } finally {
      await holder.release();
    }
    // Once that git is done, the same step goes through.
    const r = await ppidInProcess(['add', '--from', input, '--today', '2026-02-03'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(commitCount(dir)).toBe(commits + 1);
  });

  it('the lock taken by another git after the files were written: they go back without git’s index, no journal is left, and the message is true', async () => {
    const dir = newArchive();
    const add = await ppidInProcess(['add', '--from', write(tempDir(), 'a.yaml', addInput('BKPSDM')), '--today', '2026-02-01'], { cwd: dir });
    expect(add.code, add.stderr).toBe(0);
    const id = add.stdout.trim();
    const record = join(dir, 'informasi', `${id}.md`);
    const committed = readFileSync(record, 'utf8');
    const before = snapshot(dir);
    const commits = commitCount(dir);
    const env = { PATH: `${gitTakingTheLockAt('update-index --add')}:${process.env.PATH}` };
    for (const args of [
      // A record changed in place, and a new one.
      ['clarify', id, '--today', '2026-02-03'],
      ['add', '--from', write(tempDir(), 'b.yaml', addInput('BKPSDM', 'Data lain')), '--today', '2026-02-03'],
    ]) {
      const r = await ppidInProcess(args, { cwd: dir, env });
      expect(r.code, `${args[0]}: ${r.stderr}`).toBe(4);
      expect(r.stderr).toContain(LOCK);
      expect(r.stderr).toContain('arsip tidak diubah');
      expect(readFileSync(record, 'utf8')).toBe(committed);
      expect(readdirSync(join(dir, 'informasi')).sort()).toEqual(['.gitkeep', `${id}.md`]);
      expect(existsSync(join(dir, '.git', 'ppid-journal.json'))).toBe(false);
      expect(commitCount(dir)).toBe(commits);
      // The archive is as it was: once the lock is gone, nothing is left to see.
      rmSync(join(dir, LOCK));
      expect(snapshot(dir)).toBe(before);
    }
    // A lock no git holds (its git died) is not another program at work: the next step clears it.
    writeFileSync(join(dir, LOCK), '');
    const r = await ppidInProcess(['clarify', id, '--today', '2026-02-03'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(dir, LOCK))).toBe(false);
    expect(commitCount(dir)).toBe(commits + 1);
  });
  it('the lock taken after the commit recorded the files in git’s index, and the commit fails: the files go back, and the message says what is left', async () => {
    const dir = newArchive();
    const add = await ppidInProcess(['add', '--from', write(tempDir(), 'a.yaml', addInput('BKPSDM')), '--today', '2026-02-01'], { cwd: dir });
    expect(add.code, add.stderr).toBe(0);
    const id = add.stdout.trim();
    const record = join(dir, 'informasi', `${id}.md`);
    const committed = readFileSync(record, 'utf8');
    const before = snapshot(dir);
    const commits = commitCount(dir);
    const env = { PATH: `${gitTakingTheLockAt('commit-tree')}:${process.env.PATH}` };
    const r = await ppidInProcess(['clarify', id, '--today', '2026-02-03'], { cwd: dir, env });
    expect(r.code, r.stderr).toBe(4);
    expect(r.stderr).toContain('gpg failed to sign the data');
    expect(r.stderr).toContain(`indeks git masih mencatat versi langkah ini untuk informasi/${id}.md`);
    expect(r.stderr).not.toContain('arsip tidak diubah');
    expect(readFileSync(record, 'utf8')).toBe(committed);
    expect(existsSync(join(dir, '.git', 'ppid-journal.json'))).toBe(false);
    expect(commitCount(dir)).toBe(commits);
    // What the hint says to do, once the other git is done, leaves the archive as it was.
    const hint = /git reset -q -- (.*)$/m.exec(r.stderr)![1]!;
    expect(hint).toBe(`informasi/${id}.md`);
    rmSync(join(dir, LOCK));
    git(dir, ['reset', '-q', '--', hint]);
    expect(snapshot(dir)).toBe(before);
  });
});

describe('doctor undoes only what the journal proves ppid wrote (item 18)', () => {
  const JOURNAL = join('.git', 'ppid-journal.json');
  const sha256 = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');
  const journal = (files: Array<{ path: string; sha256: string }>) => JSON.stringify({ versi: 2, pid: 999999, since: '2026-02-01T00:00:00.000Z', files });
  const oldJournal = (paths: string[]) => JSON.stringify({ pid: 999999, since: '2026-02-01T00:00:00.000Z', paths });

  /** A `git` that kills the ppid calling it just before the commit records the step's files: a power cut, after the writes. */
  function gitKillingPpidMidStep(): string {
    const bin = tempDir('ppid-bin-');
    const real = spawnSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).stdout.trim();
    writeFileSync(join(bin, 'git'), `#!/bin/sh\nif [ "$1 $2" = "update-index --add" ]; then kill -9 $PPID; exit 1; fi\nexec ${real} "$@"\n`, { mode: 0o755 });
    return bin;
  }

  async function archiveWithItem(): Promise<{ dir: string; id: string; record: string; committed: string }> {
    const dir = newArchive();
    const add = await ppidInProcess(['add', '--from', write(tempDir(), 'a.yaml', addInput('BKPSDM')), '--today', '2026-02-01'], { cwd: dir });
    expect(add.code, add.stderr).toBe(0);
    const id = add.stdout.trim();
    const record = join(dir, 'informasi', `${id}.md`);
    return { dir, id, record, committed: readFileSync(record, 'utf8') };
  }

  it('a stale or forged journal naming files the officer changed by hand: doctor leaves them as they are and says so', async () => {
    for (const form of ['old', 'proof'] as const) {
      const { dir, id, record, committed } = await archiveWithItem();
      const hand = {
        [`informasi/${id}.md`]: `${committed}\nCatatan petugas, belum di-commit.\n`,
        'ppid.yaml': `${readFileSync(join(dir, 'ppid.yaml'), 'utf8')}# catatan petugas\n`,
        'catatan-petugas.txt': 'milik petugas\n',
        // As many as a large import names: more than one command line takes.
        ...Object.fromEntries(Array.from({ length: 70 }, (_, i) => [`catatan/${i}.txt`, `catatan ${i}\n`])),
      };
      for (const [path, text] of Object.entries(hand)) write(dir, path, text);
      // Stale: the record as ppid once wrote it; the others as ppid never wrote them.
      const proofs = Object.keys(hand).map((path) => ({ path, sha256: sha256(path === `informasi/${id}.md` ? committed : 'lain') }));
      writeFileSync(join(dir, JOURNAL), form === 'proof' ? journal(proofs) : oldJournal(Object.keys(hand)));
      const r = await ppidInProcess(['doctor'], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      for (const [path, text] of Object.entries(hand)) {
        expect(readFileSync(join(dir, path), 'utf8'), `${form}: ${path}`).toBe(text);
        expect(r.stdout).toContain(`dibiarkan: ${path} — jurnal langkah yang terputus menyebutnya, tetapi isinya bukan yang ditulis ppid`);
      }
      expect(r.stdout).not.toContain('dikembalikan');
      expect(existsSync(join(dir, JOURNAL))).toBe(false);
      expect(readFileSync(record, 'utf8')).not.toBe(committed);
    }
  });

  it('a journal naming paths out of the archive, in .git or through a link: nothing there is touched, with a proof or without', async () => {
    const { dir } = await archiveWithItem();
    const outside = write(join(dir, '..'), 'di-luar.txt', 'bukan milik arsip\n');
    const elsewhere = tempDir();
    write(elsewhere, 'lain.txt', 'juga bukan\n');
    symlinkSync(elsewhere, join(dir, 'tautan'));
    const config = readFileSync(join(dir, '.git', 'config'), 'utf8');
    const paths = ['../di-luar.txt', outside, '.git/config', 'tautan/lain.txt', 'informasi/../../di-luar.txt'];
    const content = (p: string) => readFileSync(p.startsWith('/') ? p : join(dir, p));
    for (const j of [oldJournal(paths), journal(paths.map((path) => ({ path, sha256: sha256(content(path)) })))]) {
      writeFileSync(join(dir, JOURNAL), j);
      const r = await ppidInProcess(['doctor'], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      expect(readFileSync(outside, 'utf8')).toBe('bukan milik arsip\n');
      expect(readFileSync(join(elsewhere, 'lain.txt'), 'utf8')).toBe('juga bukan\n');
      expect(readFileSync(join(dir, '.git', 'config'), 'utf8')).toBe(config);
      for (const p of paths) expect(r.stdout).toContain(`dibiarkan: ${p} — jurnal langkah yang terputus menyebut jalur di luar arsip`);
      expect(existsSync(join(dir, JOURNAL))).toBe(false);
    }
  });

  it('a step killed after it wrote its files is still rolled back by doctor; a file edited by hand since is left', async () => {
    const { dir, id, record, committed } = await archiveWithItem();
    const before = snapshot(dir);
    const env = { PATH: `${gitKillingPpidMidStep()}:${process.env.PATH}` };
    for (const args of [
      ['clarify', id, '--today', '2026-02-03'],
      ['add', '--from', write(tempDir(), 'b.yaml', addInput('BKPSDM', 'Data lain')), '--today', '2026-02-03'],
    ]) {
      const killed = ppid(args, { cwd: dir, env });
      expect(killed.code, args[0]).toBe(-1);
      expect(existsSync(join(dir, JOURNAL))).toBe(true);
      expect(snapshot(dir)).not.toBe(before);
      const r = await ppidInProcess(['doctor'], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('langkah yang terputus dikembalikan ke commit terakhir');
      expect(snapshot(dir)).toBe(before);
      expect(existsSync(join(dir, JOURNAL))).toBe(false);
    }
    // Killed again, and the officer edits the half-written record before doctor runs: the edit is theirs.
    expect(ppid(['clarify', id, '--today', '2026-02-03'], { cwd: dir, env }).code).toBe(-1);
    const edited = `${readFileSync(record, 'utf8')}\nDiperiksa petugas.\n`;
    writeFileSync(record, edited);
    const r = await ppidInProcess(['doctor'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(record, 'utf8')).toBe(edited);
    expect(edited).not.toBe(committed);
    expect(r.stdout).toContain(`dibiarkan: informasi/${id}.md — jurnal langkah yang terputus menyebutnya, tetapi isinya bukan yang ditulis ppid`);
  });
});

describe('what a hostile review of the audit found (items 1, 3, 4)', () => {
  const kinds = async (dir: string, commit: string, today = '2026-12-31') => {
    const r = await ppidInProcess(['audit', '--json', '--today', today], { cwd: dir });
    return (JSON.parse(r.stdout).temuan as Array<{ kode: string; commit: string }>)
      .filter((t) => t.commit === commit)
      .map((t) => t.kode)
      .sort();
  };
  const promote = (dir: string) => {
    const config = join(dir, 'ppid.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace(/(email: petugas@uji\.go\.id\n\s+peran:\n)/, '$1      - ppid-utama\n'));
  };

  it('a forged "migrate" on an archive of the current format, granting a role and lengthening a period, is named', async () => {
    const { dir, path } = await withItem();
    promote(dir);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/tahun: 5/, 'tahun: 50'));
    const forged = handCommit(dir, on(PETUGAS, '2026-02-04'), ['PPID-Perintah: migrate', 'PPID-Peran: petugas-teknis'], 'Migrasi');
    // It names no item, and it is no migration: ppid.yaml's pejabat is outside it.
    expect(await kinds(dir, forged)).toEqual(['butir-tidak-disebut', 'kolom-di-luar-langkah', 'migrasi-tanpa-format-lama']);
  });

  it('"init" anywhere but the first commit, and ppid.yaml deleted by a step, are named', async () => {
    const { dir, path } = await withItem();
    git(dir, ['rm', '-q', 'ppid.yaml']);
    const gone = handCommit(dir, on(PPID, '2026-02-04'), ['PPID-Perintah: config', 'PPID-Peran: ppid-utama'], 'Pengaturan');
    git(dir, ['checkout', 'HEAD~1', '--', 'ppid.yaml']);
    writeFileSync(path, readFileSync(path, 'utf8').replace('status: diusulkan', 'status: ditolak'));
    const init = handCommit(dir, on(STRANGER, '2026-02-05'), ['PPID-Perintah: init'], 'Arsip DIK dibuat');
    expect(await kinds(dir, init)).toEqual(['init-ulang']);
    expect(await kinds(dir, gone)).toEqual(['berkas-di-luar-langkah', 'pengaturan-hilang']);
  });

  it('an attachment or a record replaced by a symbolic link is named', async () => {
    const { dir, id, path } = await withItem();
    const r = await ppidInProcess(['attach', id, write(tempDir(), 'surat.pdf', PDF), '--jenis', 'dokumen', '--today', '2026-02-04'], {
      cwd: dir,
      env: on(PETUGAS, '2026-02-04'),
    });
    expect(r.code, r.stderr).toBe(0);
    const scan = join(dir, 'lampiran', id, 'surat.pdf');
    mkdirSync(join(dir, 'catatan'));
    writeFileSync(join(dir, 'catatan', 'palsu.pdf'), PDF.replace('2 0 R', '9 0 R'));
    rmSync(scan);
    symlinkSync('../../catatan/palsu.pdf', scan);
    git(dir, ['add', '-A']);
    const forged = handCommit(dir, on(PETUGAS, '2026-02-05'), ['PPID-Perintah: attach', 'PPID-Peran: petugas-teknis', `PPID-Item: ${id}`], 'Langkah 5');
    expect(await kinds(dir, forged)).toEqual(['lampiran-berubah', 'tautan-di-arsip']);
    rmSync(path);
    symlinkSync('../catatan/palsu.pdf', path);
    git(dir, ['add', '-A']);
    const record = handCommit(dir, on(PETUGAS, '2026-02-06'), ['PPID-Perintah: attach', 'PPID-Peran: petugas-teknis', `PPID-Item: ${id}`], 'Langkah 5');
    expect(await kinds(dir, record)).toEqual(['berkas-di-luar-langkah', 'tautan-di-arsip']);
  });

  it('a commit dated after the day of the audit is named; a step then refused names that commit', async () => {
    const { dir, id } = await withItem();
    const ahead = await ppidInProcessExact(['clarify', id], { cwd: dir, env: { ...PPID, GIT_COMMITTER_DATE: '2099-01-01T00:00:00+07:00' } });
    expect(ahead.code, ahead.stderr).toBe(0);
    const future = git(dir, ['rev-parse', 'HEAD']).trim();
    expect(await kinds(dir, future)).toEqual(['waktu-masa-depan']);
    const next = await ppidInProcessExact(['add', '--from', write(tempDir(), 'b.yaml', addInput('BKPSDM', 'Data lain'))], { cwd: dir, env: PETUGAS });
    expect(next.code).toBe(1);
    expect(next.stderr).toContain(future.slice(0, 10));
    expect(next.stderr).toContain('bertanggal di masa depan');
  });

  it('log and status read a step\u2019s commit date: an author date moved by hand moves nothing', async () => {
    const { dir, id } = await withItem();
    const when = '2026-02-20T09:00:00+07:00';
    expect((await ppidInProcessExact(['clarify', id], { cwd: dir, env: { ...PPID, GIT_COMMITTER_DATE: when } })).code).toBe(0);
    spawnSync('git', ['commit', '--amend', '--no-edit', '--date=2026-02-03T10:00:00+07:00'], {
      cwd: dir,
      env: { ...process.env, ...PPID, GIT_COMMITTER_DATE: when },
    });
    expect(git(dir, ['log', '-1', '--format=%aI']).trim()).toBe('2026-02-03T10:00:00+07:00');
    const log = JSON.parse((await ppidInProcess(['log', id, '--json'], { cwd: dir })).stdout);
    expect(log[0].peristiwa.at(-1).waktu).toBe(when);
  });

  it('registration gives only "diusulkan" or "ditetapkan"; a forged registration of another status is named', async () => {
    const dir = sopArchive();
    const before = snapshot(dir);
    const r = await ppidInProcess(['add', '--from', write(tempDir(), 'a.yaml', `${addInput('BKPSDM')}status: ditolak\n`), '--today', '2026-02-03'], {
      cwd: dir,
      env: on(PETUGAS, '2026-02-03'),
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('tidak didaftarkan dengan status "ditolak"');
    expect(snapshot(dir)).toBe(before);
    const { dir: d2, id } = await withItem();
    const copy = join(d2, 'informasi', `${id.replace(/\d+$/, '0099')}.md`);
    writeFileSync(
      copy,
      readFileSync(join(d2, 'informasi', `${id}.md`), 'utf8')
        .replace('status: diusulkan', 'status: ditolak')
        .replace(`id: ${id}`, `id: ${id.replace(/\d+$/, '0099')}`),
    );
    git(d2, ['add', '-A']);
    const forged = handCommit(
      d2,
      on(PETUGAS, '2026-02-04'),
      ['PPID-Perintah: add', 'PPID-Peran: petugas-teknis', `PPID-Item: ${id.replace(/\d+$/, '0099')}`],
      'Langkah 1',
    );
    expect(await kinds(d2, forged)).toEqual(['status-bukan-langkah']);
  });

  it('a stranger claiming "tanpa-peran" where the archive refuses steps without their role is named as a stranger and a false claim', async () => {
    const { dir, path } = await withItem();
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^judul: .*$/m, 'judul: Judul lain'));
    const forged = handCommit(dir, on(STRANGER, '2026-02-04'), ['PPID-Perintah: attach', 'PPID-Peran: tanpa-peran'], 'Langkah 5');
    expect(await kinds(dir, forged)).toEqual(expect.arrayContaining(['pelaku-bukan-pejabat', 'tanpa-peran', 'tanpa-peran-tidak-diizinkan']));
  });

  it('a hand edit of a calendar stays a finding after ppid.yaml names another calendar', async () => {
    const dir = sopArchive();
    writeFileSync(join(dir, 'kalender.yaml'), 'tambah:\n  - tanggal: 2026-03-02\n    nama: Libur rekaan\nhapus: []\n');
    git(dir, ['add', 'kalender.yaml']);
    const hand = handCommit(dir, on(PETUGAS, '2026-02-04'), [], 'libur');
    writeFileSync(join(dir, 'kal2.yaml'), 'tambah: []\nhapus: []\n');
    git(dir, ['add', 'kal2.yaml']);
    git(dir, ['commit', '-q', '-m', 'kalender kedua']);
    const moved = await ppidInProcess(['config', 'set', 'kalender', 'kal2.yaml'], { cwd: dir, env: on(PPID, '2026-02-05') });
    expect(moved.code, moved.stderr).toBe(0);
    expect(await kinds(dir, hand)).toEqual(['suntingan-tangan']);
  });

  it('a step from or to a version that cannot be read is named, so a broken version cannot launder the next', async () => {
    const { dir, id, path } = await withItem();
    const good = readFileSync(path, 'utf8');
    writeFileSync(path, good.replace(/^judul: .*$/m, 'judul: [tidak ditutup'));
    const broken = handCommit(dir, on(PETUGAS, '2026-02-04'), ['PPID-Perintah: attach', 'PPID-Peran: petugas-teknis', `PPID-Item: ${id}`], 'Langkah 5');
    writeFileSync(path, good.replace('status: diusulkan', 'status: dibuka').replace(/tahun: 5/, 'tahun: 1'));
    const laundered = handCommit(dir, on(PETUGAS, '2026-02-05'), ['PPID-Perintah: attach', 'PPID-Peran: petugas-teknis', `PPID-Item: ${id}`], 'Langkah 5');
    expect(await kinds(dir, broken)).toEqual(['versi-tak-terbaca']);
    expect(await kinds(dir, laundered)).toEqual(['versi-tak-terbaca']);
  });

  it('config: --today is refused, a change to what is there already commits nothing', async () => {
    const dir = sopArchive();
    const commits = commitCount(dir);
    expect((await ppidInProcessExact(['config', 'set', 'bahasa', 'id', '--today', '2026-02-05'], { cwd: dir, env: PPID })).code).toBe(2);
    const same = await ppidInProcessExact(['config', 'set', 'tenggat.jendela_berakhir', '30'], { cwd: dir, env: PPID });
    expect(same.code, same.stderr).toBe(0);
    expect(same.stderr).toContain('tidak ada yang dicatat');
    expect(commitCount(dir)).toBe(commits);
  });
});

describe('what a second hostile review found (items 1, 3, 4, 5)', () => {
  const found = async (dir: string, today?: string) => {
    const r = await ppidInProcess(['audit', '--json', ...(today ? ['--today', today] : [])], { cwd: dir });
    return { code: r.code, temuan: JSON.parse(r.stdout).temuan as Array<{ kode: string; commit: string; status: string; berkas?: string }> };
  };

  it('a role granted by hand does not count, so its holder cannot accept the finding of their own grant', async () => {
    const { dir } = await withItem();
    const config = join(dir, 'ppid.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace(/(email: petugas@uji\.go\.id\n\s+peran:\n)/, '$1      - ppid-utama\n'));
    const grant = handCommit(dir, on(PETUGAS, '2026-02-04'), [], 'peran');
    const self = await ppidInProcess(['audit', '--terima', grant, '--alasan', 'boleh'], { cwd: dir, env: on(PETUGAS, '2026-02-05') });
    // The command reads ppid.yaml as committed; the audit judges by the roles that count.
    expect(self.code, self.stderr).toBe(0);
    const a = await found(dir);
    expect(a.code).toBe(1);
    expect(a.temuan.find((t) => t.commit === grant)!.status).toBe('terbuka');
    expect(a.temuan.map((t) => t.kode)).toContain('peran-tidak-dipegang');
    // The PPID Utama of the roles that count can accept it; from then on the role counts.
    const ok = await ppidInProcess(['audit', '--terima', grant, '--alasan', 'peran tambahan disetujui'], { cwd: dir, env: on(PPID, '2026-02-06') });
    expect(ok.code, ok.stderr).toBe(0);
    expect((await found(dir)).temuan.find((t) => t.commit === grant)!.status).toBe('diterima');
  });

  it('a step commit changing a record it does not name is named, and its change still checked; findings read in the output\u2019s language', async () => {
    const { dir, path } = await withItem();
    writeFileSync(path, readFileSync(path, 'utf8').replace(/tahun: 5/, 'tahun: 2'));
    const forged = handCommit(dir, on(PETUGAS, '2026-02-04'), ['PPID-Perintah: attach', 'PPID-Peran: petugas-teknis'], 'Langkah 5');
    expect(
      (await found(dir)).temuan
        .filter((t) => t.commit === forged)
        .map((t) => t.kode)
        .sort(),
    ).toEqual(['butir-tidak-disebut', 'kolom-di-luar-langkah']);
    git(dir, ['rm', '-q', path]);
    handCommit(dir, on(PETUGAS, '2026-02-05'), ['PPID-Perintah: attach', 'PPID-Peran: petugas-teknis'], 'Langkah 5');
    expect((await ppidInProcess(['audit'], { cwd: dir })).stdout).toContain('langkah "attach" tidak menghapus berkas ini');
    expect((await ppidInProcess(['audit', '--lang', 'en'], { cwd: dir })).stdout).toContain('the step "attach" does not delete this file');
  });

  it('a hand-typed PPID-Konflik trailer neither lets a status skip steps nor brings a value of its own', async () => {
    const { dir, id, path } = await withItem();
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.replace(/tahun: 5/, 'tahun: 99'));
    const longer = handCommit(
      dir,
      on(PETUGAS, '2026-02-04'),
      ['PPID-Perintah: attach', 'PPID-Peran: petugas-teknis', `PPID-Item: ${id}`, `PPID-Konflik: ${id} lokal`],
      'Langkah 5',
    );
    writeFileSync(path, readFileSync(path, 'utf8').replace('status: diusulkan', 'status: ditetapkan'));
    const skipped = handCommit(
      dir,
      on(PPID, '2026-02-05'),
      ['PPID-Perintah: decree', 'PPID-Peran: ppid-utama', `PPID-Item: ${id}`, `PPID-Konflik: ${id} lokal`],
      'Langkah 3',
    );
    const a = await found(dir);
    expect(a.temuan.filter((t) => t.commit === longer).map((t) => t.kode)).toEqual(['kolom-di-luar-langkah']);
    expect(a.temuan.filter((t) => t.commit === skipped).map((t) => t.kode)).toEqual(['status-bukan-langkah']);
    expect((await ppidInProcess(['audit', '--pelanggaran-saja'], { cwd: dir })).code).toBe(1);
  });

  it('an item registered in force by someone other than the PPID Utama is for the PPID Utama to confirm', async () => {
    const dir = sopArchive();
    const inForce = `${addInput('BKPSDM')}penetapan:\n  nomor: 800/1/2026\n  tanggal: 2026-01-10\n  tempat: Uji\n  pejabat: { nama: Siti Aminah, jabatan: PPID Utama }\n  persetujuan_pimpinan: { nama: Budi Santoso, jabatan: Bupati Uji, tanggal: 2026-01-09 }\n`;
    const byPetugas = await ppidInProcess(['add', '--from', write(tempDir(), 'a.yaml', inForce), '--today', '2026-02-03'], {
      cwd: dir,
      env: on(PETUGAS, '2026-02-03'),
    });
    expect(byPetugas.code, byPetugas.stderr).toBe(0);
    const a = await found(dir);
    expect(a.temuan.map((t) => t.kode)).toEqual(['daftar-berlaku']);
    // For review: the server lets it in.
    expect((await ppidInProcess(['audit', '--pelanggaran-saja'], { cwd: dir })).code).toBe(0);
    const byUtama = await ppidInProcess(['add', '--from', write(tempDir(), 'b.yaml', inForce.replace('Data rekening', 'Data lain')), '--today', '2026-02-04'], {
      cwd: dir,
      env: on(PPID, '2026-02-04'),
    });
    expect(byUtama.code, byUtama.stderr).toBe(0);
    expect((await found(dir)).temuan.map((t) => t.kode)).toEqual(['daftar-berlaku']);
  });

  it('a calendar named with "./" is guarded as git names it; templates are guarded too', async () => {
    const dir = sopArchive();
    writeFileSync(join(dir, 'libur.yaml'), 'tambah: []\nhapus: []\n');
    git(dir, ['add', 'libur.yaml']);
    git(dir, ['commit', '-q', '-m', 'kalender']);
    expect((await ppidInProcess(['config', 'set', 'kalender', './libur.yaml'], { cwd: dir, env: on(PPID, '2026-02-04') })).code).toBe(0);
    writeFileSync(join(dir, 'libur.yaml'), 'tambah:\n  - tanggal: 2026-02-05\n    nama: Libur rekaan\nhapus: []\n');
    mkdirSync(join(dir, 'templates', 'dokumen'), { recursive: true });
    writeFileSync(join(dir, 'templates', 'dokumen', 'penetapan.yaml'), 'judul: BERLAKU SELAMANYA\n');
    git(dir, ['add', '-A']);
    const hand = handCommit(dir, on(STRANGER, '2026-02-05'), [], 'libur');
    expect(
      (await found(dir)).temuan
        .filter((t) => t.commit === hand)
        .map((t) => t.berkas)
        .sort(),
    ).toEqual(['libur.yaml', 'templates/dokumen/penetapan.yaml']);
  });

  it('a commit that only says "step 6" is no publication, and is named', async () => {
    const { dir, id } = await withItem();
    const fake = handCommit(dir, on(STRANGER, '2026-02-04'), ['PPID-Langkah: 6', `PPID-Item: ${id}`], 'terbit');
    expect((await found(dir)).temuan.filter((t) => t.commit === fake).map((t) => t.kode)).toEqual(['klaim-tanpa-perintah']);
  });

  it('a commit dated ahead of this moment in another time zone is named by an audit as of now', async () => {
    const { dir, id } = await withItem();
    const ahead = new Date(Date.now() + 30 * 3_600_000);
    const local = new Date(ahead.getTime() - 12 * 3_600_000).toISOString().slice(0, 19);
    const r = await ppidInProcessExact(['clarify', id], { cwd: dir, env: { ...PPID, GIT_COMMITTER_DATE: `${local}-12:00` } });
    expect(r.code, r.stderr).toBe(0);
    const head = git(dir, ['rev-parse', 'HEAD']).trim();
    const a = await ppidInProcessExact(['audit', '--json'], { cwd: dir });
    expect(
      JSON.parse(a.stdout)
        .temuan.filter((t: { commit: string }) => t.commit === head)
        .map((t: { kode: string }) => t.kode),
    ).toEqual(['waktu-masa-depan']);
  });

  it('signing is not turned on while the PPID Utama turning it on has no key recorded', async () => {
    const dir = sopArchive();
    const commits = commitCount(dir);
    const r = await ppidInProcess(['config', 'set', 'tanda_tangan', 'ssh'], { cwd: dir, env: on(PPID, '2026-02-04') });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('kunci SSH Anda');
    expect(commitCount(dir)).toBe(commits);
  });
});
