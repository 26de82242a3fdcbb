/**
 * Two officers at once: parallel `ppid add` processes on one archive must each get their own
 * id and commit, and a command that cannot get the archive's lock in time says so clearly.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanTempDirs, commitCount, gitLog, newArchive, ppid, ppidAsync, snapshot, tempDir, write } from '../helpers/cli.js';
import { recordFigures } from '../helpers/figures.js';
import { addInput } from '../helpers/records.js';
import { count } from '../helpers/stress.js';

// npm test: 8 adds at once; npm run test:stress: 20 (test/helpers/stress.ts).
const PARALLEL = count(20, 8);
const FROM = (n: number) => addInput('BKPSDM', `Data rekening penerima bantuan ${n}`);

const figures = { 'parallel adds': 0, 'records made': 0, 'distinct ids': 0, 'records lost': 0 };
afterAll(() => {
  recordFigures('concurrency', figures);
  cleanTempDirs();
});

describe('concurrent commands on one archive', () => {
  it(`${PARALLEL} parallel adds: ${PARALLEL} records, ${PARALLEL} commits, ${PARALLEL} distinct ids`, async () => {
    const dir = newArchive();
    const files = tempDir();
    const commitsBefore = commitCount(dir);
    const results = await Promise.all(
      Array.from({ length: PARALLEL }, (_, i) =>
        ppidAsync(['add', '--from', write(files, `butir-${i}.yaml`, FROM(i)), '--json', '--today', '2026-02-01'], {
          cwd: dir,
          env: { PPID_LOCK_TIMEOUT: '120' },
        }),
      ),
    );
    figures['parallel adds'] = results.length;
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    const ids = results.map((r) => JSON.parse(r.stdout).id as string);
    figures['distinct ids'] = new Set(ids).size;
    expect(new Set(ids).size).toBe(PARALLEL);
    const files2 = readdirSync(join(dir, 'informasi')).filter((f) => f.endsWith('.md'));
    figures['records made'] = files2.length;
    figures['records lost'] = PARALLEL - files2.length;
    expect(files2.sort()).toEqual(ids.map((id) => `${id}.md`).sort());
    expect(commitCount(dir) - commitsBefore).toBe(PARALLEL);
    // Every commit is one add of one item, and every title arrived once.
    const adds = gitLog(dir).filter((c) => c.trailers['PPID-Perintah']?.[0] === 'add');
    expect(adds).toHaveLength(PARALLEL);
    for (const c of adds) expect(c.files).toHaveLength(1);
    const list = JSON.parse(ppid(['list', '--json'], { cwd: dir }).stdout) as Array<{ judul: string }>;
    expect(list.map((x) => x.judul).sort()).toEqual(Array.from({ length: PARALLEL }, (_, i) => `Data rekening penerima bantuan ${i}`).sort());
    expect(ppid(['validate'], { cwd: dir }).code).toBe(0);
    expect(ppid(['audit'], { cwd: dir }).code).toBe(0);
  }, 180_000);

  it('a held lock makes a changing command wait, then stop with exit 5 and a clear message', () => {
    const dir = newArchive();
    // A live process of this machine holds the lock: this test's own.
    writeFileSync(join(dir, '.git', 'ppid.lock'), JSON.stringify({ pid: process.pid, host: hostname(), since: '2026-02-01T09:00:00.000Z' }));
    const before = snapshot(dir);
    const t = Date.now();
    const r = ppid(['add', '--from', write(tempDir(), 'b.yaml', FROM(1))], { cwd: dir, env: { PPID_LOCK_TIMEOUT: '1' } });
    expect(Date.now() - t).toBeGreaterThanOrEqual(900);
    expect(r.code).toBe(5);
    expect(r.stderr).toContain(`PID ${process.pid}`);
    expect(r.stderr).toContain('sudah ditunggu 1 detik');
    expect(r.stderr).toContain('ppid doctor');
    expect(snapshot(dir)).toBe(before);
    // Reading needs no lock.
    expect(ppid(['list'], { cwd: dir }).code).toBe(0);
  });

  it('a lock left by a dead process is taken over without waiting', () => {
    const dir = newArchive();
    writeFileSync(join(dir, '.git', 'ppid.lock'), JSON.stringify({ pid: 2 ** 22 + 12345, host: hostname(), since: '2026-02-01T09:00:00.000Z' }));
    const r = ppid(['add', '--from', write(tempDir(), 'b.yaml', FROM(1))], { cwd: dir, env: { PPID_LOCK_TIMEOUT: '1' } });
    expect(r.code, r.stderr).toBe(0);
  });
});
