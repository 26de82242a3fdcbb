/**
 * `publish --out` where a folder of five files cannot go — an existing file, git's own folder
 * (also through `..` or a link), a part of the archive ppid reads — is refused before anything
 * is written; and a journal naming paths under a file (what such a publication used to leave)
 * never stops `ppid doctor` or the next step.
 */
import { existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanTempDirs, commitCount, newArchive, ppid, snapshot, tempDir, write } from '../helpers/cli.js';
import { addHealthRecords } from '../helpers/sop.js';

afterAll(cleanTempDirs);

describe('ppid publish --out that cannot be a publication folder', () => {
  it('an existing file, .git (directly, through .. or a link) or a part of the archive: exit 2 in Indonesian, nothing written', () => {
    const dir = newArchive();
    write(dir, 'butir.yaml', ppid(['add', '--contoh'], { cwd: dir }).stdout);
    const outside = write(tempDir(), 'somefile.txt', 'isi\n');
    symlinkSync('.git', join(dir, 'gl'));
    mkdirSync(join(dir, 'sub'));
    const before = snapshot(dir);
    const commits = commitCount(dir);
    const gitFiles = readdirSync(join(dir, '.git')).sort();
    const cases: [string, RegExp][] = [
      ['butir.yaml', /--out butir\.yaml: .*butir\.yaml sudah ada dan bukan folder/],
      ['ppid.yaml', /bagian arsip yang dibaca ppid \(ppid\.yaml\)/],
      ['butir.yaml/web', /butir\.yaml sudah ada dan bukan folder/],
      [outside, /somefile\.txt sudah ada dan bukan folder/],
      ['.git/x', /\.git\/x ada di dalam folder \.git/],
      ['sub/../.git/y', /ada di dalam folder \.git/],
      ['gl/web', /gl\/web ada di dalam folder \.git/],
      ['kalender.yaml', /bagian arsip yang dibaca ppid \(kalender\.yaml\)/],
      ['informasi/web', /bagian arsip yang dibaca ppid \(informasi\)/],
      ['lampiran', /\(lampiran\)/],
      ['templates/web', /\(templates\)/],
    ];
    for (const [out, says] of cases) {
      const r = ppid(['publish', '--out', out, '--today', '2026-02-02'], { cwd: dir });
      expect(r.code, `${out}\n${r.stderr}`).toBe(2);
      expect(r.stderr, out).toMatch(says);
      expect(r.stderr, out).toContain('Saran:');
      expect(r.stderr, out).not.toMatch(/EEXIST|ENOTDIR|Ignoring|internal|internal/i);
      expect(snapshot(dir), out).toBe(before);
      expect(commitCount(dir)).toBe(commits);
      expect(readdirSync(join(dir, '.git')).sort(), out).toEqual(gitFiles);
    }
    expect(existsSync(join(dir, '.git', 'x'))).toBe(false);
    // An existing folder is still fine.
    mkdirSync(join(dir, 'publik'));
    expect(ppid(['publish', '--out', 'publik', '--today', '2026-02-02'], { cwd: dir }).code).toBe(0);
    expect(existsSync(join(dir, 'publik', 'index.html'))).toBe(true);
  });

  it('a stale journal naming paths under a file: doctor and the next step go through', () => {
    const dir = newArchive();
    write(dir, 'butir.yaml', 'bukan folder\n');
    const journal = (rel: string) =>
      writeFileSync(
        join(dir, '.git', 'ppid-journal.json'),
        JSON.stringify({ versi: 2, pid: 999999, since: '2026-02-02T00:00:00Z', files: [{ path: rel, sha256: 'a'.repeat(64) }] }),
      );
    journal('butir.yaml/index.html');
    const doctor = ppid(['doctor'], { cwd: dir });
    expect(doctor.code, doctor.stderr).toBe(0);
    expect(existsSync(join(dir, '.git', 'ppid-journal.json'))).toBe(false);
    journal('butir.yaml/deeper/dik.csv');
    const commits = commitCount(dir);
    const add = ppid([...addHealthRecords('2026-02-02'), '--today', '2026-02-02'], { cwd: dir });
    expect(add.code, add.stderr).toBe(0);
    expect(commitCount(dir)).toBe(commits + 1);
    expect(existsSync(join(dir, '.git', 'ppid-journal.json'))).toBe(false);
  });
});
