/**
 * A publication to the office's web server (a folder outside the archive) is SOP step 6 as much
 * as one inside it (issue 23): one commit that names the items, the folder and each file's
 * SHA-256; only a preview (`--pratinjau`, or a copy as of `--today`) records nothing.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanTempDirs, commitCount, gitLog, ppidInProcess, ppidInProcessExact, snapshot, tempDir, write } from '../helpers/cli.js';
import { addHealthRecords, decreeSigned, on, PDF, PETUGAS, PPID, sopArchive, TIM } from '../helpers/sop.js';

afterAll(cleanTempDirs);

/** A step's people on a day, as an officer's git has them: no report date in the environment. */
const at = (who: Record<string, string>, day: string) => ({ ...on(who, day), PPID_TODAY: undefined });

/** One item in force, documented, not yet published: step 6 is what it waits for. */
async function inForce(): Promise<string> {
  const dir = sopArchive();
  const files = tempDir();
  write(files, 'uji.pdf', PDF);
  const step = async (who: Record<string, string>, day: string, args: string[]) => {
    const r = await ppidInProcessExact(args, { cwd: dir, env: at(who, day) });
    expect(r.code, `${args.join(' ')}\n${r.stderr}`).toBe(0);
  };
  await step(PETUGAS, '2026-02-02', addHealthRecords('2026-02-02'));
  await step(PETUGAS, '2026-02-03', ['clarify', 'DIK-2026-0001']);
  await step(TIM, '2026-02-04', ['review', 'DIK-2026-0001', '--rekomendasi', 'setuju', '--nomor', '01/TP/2026']);
  await step(PPID, '2026-02-05', ['decree', 'DIK-2026-0001', '--nomor', '014/PPID/2026', '--tanggal', '2026-02-05', ...decreeSigned('2026-02-04')]);
  await step(PETUGAS, '2026-02-06', ['attach', 'DIK-2026-0001', join(files, 'uji.pdf'), '--jenis', 'uji-konsekuensi', '--lokasi', 'Lemari 1']);
  return dir;
}

const waitsFor = async (dir: string, day: string) =>
  JSON.parse((await ppidInProcess(['status', '--json', '--today', day], { cwd: dir })).stdout).butir[0].perintah;

describe('ppid publish --out outside the archive', () => {
  let dir: string;
  let site: string;
  let before: number;
  beforeAll(async () => {
    dir = await inForce();
    site = join(tempDir(), 'www', 'dik');
    before = commitCount(dir);
  });

  it('is recorded as step 6: one commit naming the items, the folder and each file’s hash', async () => {
    expect(await waitsFor(dir, '2026-02-09')).toBe('publish');
    const r = await ppidInProcessExact(['publish', '--out', site], { cwd: dir, env: at(PETUGAS, '2026-02-09') });
    expect(r.code, r.stderr).toBe(0);
    expect(commitCount(dir)).toBe(before + 1);
    const [c] = gitLog(dir);
    expect(c!.trailers['PPID-Langkah']).toEqual(['6']);
    expect(c!.trailers['PPID-Perintah']).toEqual(['publish']);
    expect(c!.trailers['PPID-Item']).toEqual(['DIK-2026-0001']);
    expect(c!.trailers['PPID-Terbit-Ke']).toEqual([site]);
    const sha = createHash('sha256')
      .update(readFileSync(join(site, 'dik.json')))
      .digest('hex');
    expect(c!.body).toContain(`dik.json sha256 ${sha}`);
    expect(readFileSync(join(dir, 'informasi/DIK-2026-0001.md'), 'utf8')).toMatch(/publikasi:\n {2}terakhir: 2026-02-09/);
    // The step is done: status no longer waits for the publication.
    expect(await waitsFor(dir, '2026-03-02')).toBe(null);
    expect((await ppidInProcess(['audit', '--today', '2026-03-02'], { cwd: dir })).code).toBe(0);
  });

  it('the same files to the same folder the same day make no second commit', async () => {
    const n = commitCount(dir);
    expect((await ppidInProcessExact(['publish', '--out', site], { cwd: dir, env: at(PETUGAS, '2026-02-09') })).code).toBe(0);
    expect(commitCount(dir)).toBe(n);
  });

  it('a preview records nothing and says so', async () => {
    const n = commitCount(dir);
    const tree = snapshot(dir);
    const preview = join(tempDir(), 'coba');
    const r = await ppidInProcessExact(['publish', '--out', preview, '--pratinjau'], { cwd: dir, env: at(PETUGAS, '2026-02-10') });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('pratinjau: tidak dicatat sebagai langkah 6');
    expect(existsSync(join(preview, 'index.html'))).toBe(true);
    const dated = await ppidInProcessExact(['publish', '--out', join(tempDir(), 'per'), '--today', '2026-02-10'], { cwd: dir, env: at(PETUGAS, '2026-02-10') });
    expect(dated.code, dated.stderr).toBe(0);
    expect(dated.stderr).toContain('pratinjau');
    expect(commitCount(dir)).toBe(n);
    expect(snapshot(dir)).toBe(tree);
  });

  it('needs the step’s role, checked before a file is written', async () => {
    const out = join(tempDir(), 'tim');
    const r = await ppidInProcessExact(['publish', '--out', out], { cwd: dir, env: at(TIM, '2026-02-10') });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('tidak memegang peran');
    expect(existsSync(out)).toBe(false);
  });

  it('--pratinjau into the archive is a usage error', async () => {
    const r = await ppidInProcessExact(['publish', '--out', 'situs', '--pratinjau'], { cwd: dir, env: at(PETUGAS, '2026-02-10') });
    expect(r.code).toBe(2);
  });
});
