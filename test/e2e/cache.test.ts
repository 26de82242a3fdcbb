/**
 * The record cache (.git/ppid-cache) must never be wrong: a record changed behind the tool's
 * back — same size, same modification time — is seen by the next report, whether the change
 * comes long after the cache was written or in the same second; deleting or damaging the cache
 * only costs time.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanTempDirs, git, newArchive, ppidAsync, ROOT, tempDir, write, ppidInProcess } from '../helpers/cli.js';
import { addInput } from '../helpers/records.js';
import { editBehindTheBack, pin } from '../helpers/behind.js';

afterAll(cleanTempDirs);
const DEBUG = { PPID_DEBUG_CACHE: '1' };

async function list(dir: string): Promise<{ judul: Record<string, string>; hits: number; misses: number }> {
  const r = await ppidInProcess(['list', '--json'], { cwd: dir, env: DEBUG });
  expect(r.code, r.stderr).toBe(0);
  const m = /ppid-cache: (\d+) dari cache, (\d+) dibaca/.exec(r.stderr);
  expect(m, r.stderr).not.toBeNull();
  return { judul: Object.fromEntries(JSON.parse(r.stdout).map((x: any) => [x.id, x.judul])), hits: Number(m![1]), misses: Number(m![2]) };
}

describe('the record cache is never wrong', () => {
  it('a same-size, same-mtime edit is seen, long after the cache was written and in the same second; deleting or damaging the cache changes nothing', async () => {
    const dir = newArchive();
    const files = tempDir();
    const a = (await ppidInProcess(['add', '--from', write(files, 'a.yaml', addInput('BKPSDM', 'Data gaji pegawai ALFA'))], { cwd: dir })).stdout.trim();
    const b = (await ppidInProcess(['add', '--from', write(files, 'b.yaml', addInput('BKPSDM', 'Data gaji pegawai BETA'))], { cwd: dir })).stdout.trim();
    pin(join(dir, 'informasi', `${a}.md`), join(dir, 'informasi', `${b}.md`));
    // Let the records age past the racy window, so that the warm run trusts stat alone.
    await sleep(2200);
    const cold = await list(dir);
    expect(cold).toMatchObject({ hits: 0, misses: 2 });
    const warm = await list(dir);
    expect(warm).toMatchObject({ hits: 2, misses: 0 });
    expect(warm.judul).toEqual(cold.judul);

    // Long after the cache was written: size and mtime put back, only the change time tells.
    await sleep(1100);
    editBehindTheBack(join(dir, 'informasi', `${a}.md`), 'ALFA', 'OMEGA'.slice(0, 4));
    const seen = await list(dir);
    expect(seen.judul[a]).toBe('Data gaji pegawai OMEG');
    expect(seen).toMatchObject({ hits: 1, misses: 1 });

    // In the same second as the cache was written: checked by content.
    await list(dir);
    editBehindTheBack(join(dir, 'informasi', `${b}.md`), 'BETA', 'GAMA');
    expect((await list(dir)).judul[b]).toBe('Data gaji pegawai GAMA');

    // An edit that makes the record invalid is an error at once, not after the cache expires.
    editBehindTheBack(join(dir, 'informasi', `${b}.md`), 'status: diusulkan', 'status: diusulkax');
    const v = await ppidInProcess(['validate'], { cwd: dir });
    expect(v.code).toBe(1);
    expect(v.stdout).toContain(`informasi/${b}.md`);
    // Its problems damaged in the cache, the index still whole JSON: read again, never taken as none.
    const indexFile = join(dir, '.git', 'ppid-cache', 'index.json');
    const meta = JSON.parse(readFileSync(indexFile, 'utf8'));
    expect(Object.keys(meta.problems).length).toBeGreaterThan(0);
    for (const k of Object.keys(meta.problems)) meta.problems[k] = '[{"severity": "gal';
    writeFileSync(indexFile, JSON.stringify(meta));
    const again = await ppidInProcess(['validate'], { cwd: dir });
    expect(again.code).toBe(1);
    expect(again.stdout).toContain(`informasi/${b}.md`);
    editBehindTheBack(join(dir, 'informasi', `${b}.md`), 'status: diusulkax', 'status: diusulkan');
    expect((await ppidInProcess(['validate'], { cwd: dir })).code).toBe(0);

    // Deleting or damaging the cache only costs time.
    const reference = (await list(dir)).judul;
    rmSync(join(dir, '.git', 'ppid-cache'), { recursive: true, force: true });
    expect(await list(dir)).toMatchObject({ judul: reference, hits: 0, misses: 2 });
    writeFileSync(join(dir, '.git', 'ppid-cache', 'index.json'), '{"format": 3, "ro');
    expect(await list(dir)).toMatchObject({ judul: reference, hits: 0, misses: 2 });
    // The shards of whole records damaged under an intact index: a command that prints whole
    // records reads the files again rather than trusting the index alone.
    for (const f of readdirSync(join(dir, '.git', 'ppid-cache')).filter((n) => n.startsWith('full-'))) {
      writeFileSync(join(dir, '.git', 'ppid-cache', f), '{"informasi/x.md": {"sig": [1, 2, 3');
    }
    const shown = await ppidInProcess(['show', a, '--json'], { cwd: dir, env: DEBUG });
    expect(shown.code, shown.stderr).toBe(0);
    expect(JSON.parse(shown.stdout).judul).toBe('Data gaji pegawai OMEG');
    expect(shown.stderr).toContain('0 dari cache, 2 dibaca');
    expect(await list(dir)).toMatchObject({ judul: reference, hits: 2, misses: 0 });
    // The reports' summaries damaged: cut short, or the same length with other bytes.
    const cache = join(dir, '.git', 'ppid-cache');
    const summaries = () =>
      join(
        cache,
        readdirSync(cache).find((n) => n.startsWith('summaries-'))!,
      );
    writeFileSync(summaries(), readFileSync(summaries()).subarray(0, 40));
    expect(await list(dir)).toMatchObject({ judul: reference, hits: 0, misses: 2 });
    writeFileSync(summaries(), readFileSync(summaries(), 'utf8').replace(/"judul":"/g, '"judul"!"'));
    expect((await list(dir)).judul).toEqual(reference);
    // A record put in by hand long after the listing was cached: the folder's times tell.
    await sleep(2100);
    const c = 'DIK-2026-0077';
    writeFileSync(join(dir, 'informasi', `${c}.md`), readFileSync(join(dir, 'informasi', `${a}.md`), 'utf8').replace(`id: ${a}`, `id: ${c}`));
    expect(await list(dir)).toMatchObject({ judul: { ...reference, [c]: 'Data gaji pegawai OMEG' }, hits: 2, misses: 1 });
  }, 60_000);

  it('a report that lists few records still sees an id used twice when the other record comes whole from the cache', async () => {
    const dir = newArchive();
    const files = tempDir();
    // Ends in 2031: never on the 30-working-day list of 2026-11-25.
    const a = (await ppidInProcess(['add', '--from', write(files, 'a.yaml', addInput('BKPSDM', 'Data gaji pegawai ALFA'))], { cwd: dir })).stdout.trim();
    const expiring = async () => await ppidInProcess(['expiring', '--json', '--today', '2026-11-25'], { cwd: dir, env: DEBUG });
    const warm = await expiring();
    expect(warm.code, warm.stderr).toBe(0);
    expect((await expiring()).stderr).toContain('1 dari cache, 0 dibaca');
    // A copy under another name that keeps the id: both records are in error.
    writeFileSync(join(dir, 'informasi', 'DIK-2026-0042.md'), readFileSync(join(dir, 'informasi', `${a}.md`)));
    const r = await expiring();
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('1 dari cache, 1 dibaca');
    expect(r.stderr).toContain(`informasi/${a}.md`);
    expect(r.stderr).toContain('informasi/DIK-2026-0042.md');
    const v = await ppidInProcess(['validate', '--json'], { cwd: dir });
    expect(v.stdout).toContain('id-ganda');
  }, 60_000);

  it('a changed ppid.yaml or a changed attachment makes the cached checks count for nothing', async () => {
    const dir = newArchive();
    const files = tempDir();
    const id = (await ppidInProcess(['add', '--from', write(files, 'a.yaml', addInput('BKPSDM'))], { cwd: dir })).stdout.trim();
    const scan = write(files, 'scan.pdf', '%PDF-1.4\n1 0 obj << /Type /Page >> endobj\n%%EOF\n');
    expect((await ppidInProcess(['attach', id, scan, '--jenis', 'dokumen'], { cwd: dir })).code).toBe(0);
    pin(join(dir, 'lampiran', id, 'scan.pdf'));
    await sleep(2200);
    expect((await list(dir)).misses).toBe(1);
    expect((await list(dir)).hits).toBe(1);
    // The scan altered (same size, same mtime): validate must still catch it.
    editBehindTheBack(join(dir, 'lampiran', id, 'scan.pdf'), '1 0 obj', '2 0 obj');
    const v = await ppidInProcess(['validate'], { cwd: dir, env: DEBUG });
    expect(v.code).toBe(1);
    expect(v.stdout).toContain('lampiran');
    expect(v.stderr).toContain('0 dari cache, 1 dibaca');
    // The settings the checks depend on.
    writeFileSync(join(dir, 'ppid.yaml'), readFileSync(join(dir, 'ppid.yaml'), 'utf8') + '\n# catatan\n');
    expect((await ppidInProcess(['validate'], { cwd: dir, env: DEBUG })).stderr).toContain('0 dari cache, 1 dibaca');
  }, 60_000);

  it('reports run at the same time, each writing the cache, all give the same answer', async () => {
    const dir = join(tempDir(), 'arsip');
    cpSync(join(ROOT, 'archive-example'), dir, { recursive: true });
    git(dir, ['init', '-q']);
    const reference = (await ppidInProcess(['list', '--json', '--today', '2026-11-02'], { cwd: dir })).stdout;
    for (let round = 0; round < 3; round++) {
      // A changed record makes every run read it and write a new index, all at once.
      const f = join(
        dir,
        'informasi',
        readdirSync(join(dir, 'informasi')).find((n) => n.endsWith('.md'))!,
      );
      writeFileSync(f, readFileSync(f, 'utf8') + ' ');
      const id = f.slice(f.lastIndexOf('/') + 1, -3);
      const runs = await Promise.all(
        Array.from({ length: 6 }, (_, k) => ppidAsync([...(k % 2 ? ['list'] : ['show', id]), '--json', '--today', '2026-11-02'], { cwd: dir })),
      );
      for (const [k, r] of runs.entries()) {
        expect(r.code, r.stderr).toBe(0);
        if (k % 2) expect(r.stdout).toBe(reference);
      }
    }
  }, 60_000);

  it('records read on worker threads give exactly what one thread gives', async () => {
    const dir = join(tempDir(), 'arsip');
    cpSync(join(ROOT, 'archive-example'), dir, { recursive: true });
    // A broken record among the good ones: its errors must come back from the worker intact.
    writeFileSync(join(dir, 'informasi', 'DIK-2026-0099.md'), '---\nid: DIK-2026-0099\nstatus: entah\n---\n');
    git(dir, ['init', '-q']);
    const run = async (env: Record<string, string>) => {
      rmSync(join(dir, '.git', 'ppid-cache'), { recursive: true, force: true });
      const v = await ppidInProcess(['validate', '--json'], { cwd: dir, env: { ...DEBUG, ...env } });
      const l = await ppidInProcess(['list', '--json', '--today', '2026-11-02'], { cwd: dir, env });
      return { code: v.code, validate: v.stdout, list: l.stdout, threads: /\d+ utas.*/.exec(v.stderr)?.[0] };
    };
    const one = await run({ PPID_PARALLEL_MIN: '100000' });
    expect(one.threads).toBe('1 utas');
    const many = await run({ PPID_PARALLEL_MIN: '1', PPID_STAT_PARALLEL_MIN: '1' });
    expect(one.code).toBe(1);
    expect(JSON.parse(one.validate).galat).toBeGreaterThan(0);
    expect(many.threads).toMatch(/^[2-4] utas$/);
    expect({ ...many, threads: '' }).toEqual({ ...one, threads: '' });
    // A first read of a large archive (here: any, PPID_GIT_VOUCH_MIN=0) starts the threads as the
    // command starts, and hands them the shards once it has listed the files.
    const early = await run({ PPID_PARALLEL_MIN: '1', PPID_GIT_VOUCH_MIN: '0' });
    expect(early.threads).toMatch(/^[2-4] utas \(dimulai awal\)$/);
    expect({ ...early, threads: '' }).toEqual({ ...one, threads: '' });
    // Started early for nothing (too few records to share): stopped, and the command ends as usual.
    const unused = await run({ PPID_PARALLEL_MIN: '100000', PPID_GIT_VOUCH_MIN: '0' });
    expect(unused).toEqual(one);
  }, 60_000);

  it('a first publish read on worker threads gives exactly what one thread gives, also when the shards it takes the fields from cannot be written', async () => {
    const dir = join(tempDir(), 'arsip');
    cpSync(join(ROOT, 'archive-example'), dir, { recursive: true });
    git(dir, ['init', '-q']);
    // Published from the history only (issue 22): the example archive is committed first.
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-qm', 'awal']);
    const cacheDir = join(dir, '.git', 'ppid-cache');
    const run = async (env: Record<string, string>, prepare?: () => void) => {
      rmSync(cacheDir, { recursive: true, force: true });
      prepare?.();
      const out = join(tempDir(), 'terbit');
      const r = await ppidInProcess(['publish', '--out', out, '--today', '2026-11-02'], { cwd: dir, env });
      expect(r.code, r.stderr).toBe(0);
      return Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f), 'utf8')]));
    };
    const one = await run({ PPID_PARALLEL_MIN: '100000' });
    expect(Object.keys(one)).toHaveLength(5);
    expect(await run({ PPID_PARALLEL_MIN: '1' })).toEqual(one);
    // Every shard's name taken by a folder: the workers cannot write one, and each record's
    // fields are read again on the main thread.
    const blocked = async () => {
      for (let n = 0; n < 64; n++) mkdirSync(join(cacheDir, `full-${String(n).padStart(2, '0')}.json`, 'x'), { recursive: true });
    };
    expect(await run({ PPID_PARALLEL_MIN: '1' }, blocked)).toEqual(one);
  }, 60_000);

  it('a worker that runs out of memory leaves its shards to the main thread: the same answer, no temporary file left', async () => {
    const dir = join(tempDir(), 'arsip');
    cpSync(join(ROOT, 'archive-example'), dir, { recursive: true });
    // One record far larger than usual (1.6 MB of front matter): parsing it needs more than a
    // small worker heap holds.
    const long = Array.from({ length: 40_000 }, (_, i) => `  - butir nomor ${i} dari daftar panjang`).join('\n');
    writeFileSync(join(dir, 'informasi', 'DIK-2026-0777.md'), `---\nid: DIK-2026-0777\nstatus: diusulkan\ncatatan_panjang:\n${long}\n---\nIsi.\n`);
    git(dir, ['init', '-q']);
    const cacheDir = join(dir, '.git', 'ppid-cache');
    const run = async (env: Record<string, string>) => {
      rmSync(cacheDir, { recursive: true, force: true });
      const v = await ppidInProcess(['validate', '--json'], { cwd: dir, env: { ...DEBUG, ...env } });
      const retaken = Number(/(\d+) diambil alih/.exec(v.stderr)?.[1]);
      const l = await ppidInProcess(['list', '--json', '--today', '2026-11-02'], { cwd: dir, env });
      return {
        code: v.code,
        validate: v.stdout,
        list: l.stdout,
        retaken,
        temporaries: readdirSync(cacheDir).filter((n) => n.includes('tmp') || n.startsWith('spill-')),
      };
    };
    const one = await run({ PPID_PARALLEL_MIN: '100000' });
    expect(one.retaken).toBe(0);
    expect(JSON.parse(one.validate).galat).toBeGreaterThan(0);
    // 16 MB: the worker that meets the large record stops; 1 MB: both stop as they start.
    for (const mb of ['16', '1']) {
      const many = await run({ PPID_PARALLEL_MIN: '1', PPID_WORKER_HEAP_MB: mb });
      if (mb === '1') expect(many.retaken).toBe(17);
      else expect(many.retaken).toBeGreaterThan(0);
      expect({ ...many, retaken: 0 }).toEqual(one);
    }
  }, 60_000);
});
