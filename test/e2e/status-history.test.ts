/**
 * `ppid status` tells when each item entered its present status from the newest versions of
 * its record only (audit/entered.ts). The answer must be what the items' full stories give
 * (audit/story.ts), whatever the history: statuses changed by hand and back, a record deleted
 * and added again, a version that could not be parsed, changes not yet committed.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { baseEnv, cleanTempDirs, ROOT, tempDir } from '../helpers/cli.js';
import { enteredStatus, type NowItem } from '../../src/history/status-since.js';
import { readHistory } from '../../src/history/read-history.js';
import { eachStory, readStories, type ItemEvent } from '../../src/history/item-stories.js';
import { auditHistory } from '../../src/history/audit.js';
import { isLegalChange } from '../../src/domain/lifecycle.js';
import type { Status } from '../../src/domain/lifecycle.js';

afterAll(cleanTempDirs);

function commitAt(dir: string, day: string, message: string): void {
  const env = baseEnv(dir, { GIT_AUTHOR_DATE: `${day}T10:00:00+07:00`, GIT_COMMITTER_DATE: `${day}T10:00:00+07:00` });
  for (const args of [
    ['add', '-A'],
    ['commit', '-q', '-m', message],
  ]) {
    const r = spawnSync('git', args, { cwd: dir, env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
  }
}

const statusOf = (text: string): string => /^status: *(\S+)/m.exec(text)![1]!;

function setStatus(dir: string, id: string, status: string): void {
  const f = join(dir, 'informasi', `${id}.md`);
  const text = readFileSync(f, 'utf8');
  writeFileSync(f, text.replace(/^status: *\S+/m, `status: ${status}`));
}

function touch(dir: string, id: string, note: string): void {
  const f = join(dir, 'informasi', `${id}.md`);
  writeFileSync(f, readFileSync(f, 'utf8').replace(/^status:/m, `catatan_uji: ${note}\nstatus:`));
}

describe('when an item entered its status', () => {
  it('is what the full stories say, for every kind of history', async () => {
    const dir = join(tempDir(), 'arsip');
    cpSync(join(ROOT, 'archive-example'), dir, { recursive: true });
    spawnSync('git', ['init', '-q'], { cwd: dir });
    const ids = readdirSync(join(dir, 'informasi'))
      .filter((n) => n.endsWith('.md'))
      .map((n) => n.slice(0, -3))
      .sort();
    expect(ids.length).toBeGreaterThanOrEqual(8);
    const [a, b, c, d, e, f, g] = ids as [string, string, string, string, string, string, string];
    const first = Object.fromEntries(ids.map((id) => [id, statusOf(readFileSync(join(dir, 'informasi', `${id}.md`), 'utf8'))]));
    commitAt(dir, '2025-01-10', 'semua');
    // a: away and back by hand; b: changed, then edited without a status change; f: broken, then mended.
    setStatus(dir, a, 'diusulkan');
    setStatus(dir, b, first[b] === 'dibuka' ? 'ditetapkan' : 'dibuka');
    const fFile = join(dir, 'informasi', `${f}.md`);
    const fText = readFileSync(fFile, 'utf8');
    writeFileSync(fFile, fText.replace(/^status:/m, 'rusak: [tidak ditutup\nstatus:'));
    rmSync(join(dir, 'informasi', `${e}.md`));
    commitAt(dir, '2025-02-03', 'kedua');
    setStatus(dir, a, first[a]!);
    touch(dir, b, 'satu');
    writeFileSync(fFile, fText);
    writeFileSync(join(dir, 'informasi', `${e}.md`), readFileSync(join(ROOT, 'archive-example', 'informasi', `${e}.md`), 'utf8'));
    commitAt(dir, '2025-03-04', 'ketiga');
    // c: changed and not committed; d: committed change, then an edit not committed; g: untouched.
    setStatus(dir, d, first[d] === 'dibuka' ? 'ditetapkan' : 'dibuka');
    commitAt(dir, '2025-04-07', 'keempat');
    setStatus(dir, c, first[c] === 'dibuka' ? 'ditetapkan' : 'dibuka');
    touch(dir, d, 'dua');

    const items: NowItem[] = ids.map((id) => ({
      id,
      path: `informasi/${id}.md`,
      status: statusOf(readFileSync(join(dir, 'informasi', `${id}.md`), 'utf8')) as Status,
    }));
    const got = await enteredStatus(dir, await readHistory(dir), items);
    const { byItem } = await readStories(dir);
    const expected = new Map<string, string>();
    for (const item of items) {
      const ev = [...(byItem.get(item.id) ?? [])].reverse().find((x) => x.statusKe === item.status && x.statusDari !== item.status);
      if (ev) expected.set(item.id, ev.waktu.slice(0, 10));
    }
    expect(got).toEqual(expected);
    // The cases above are really there: each kind gives its own day.
    expect(got.get(a)).toBe('2025-03-04');
    expect(got.get(b)).toBe('2025-02-03');
    expect(got.has(c)).toBe(false);
    expect(got.get(d)).toBe('2025-04-07');
    expect(got.get(e)).toBe('2025-03-04');
    expect(got.get(f)).toBe('2025-03-04');
    expect(got.get(g)).toBe('2025-01-10');

    // `ppid audit` finds the same status steps skipped as the stories show, in the same order.
    const skipped = (await auditHistory(dir, { calendarFile: 'kalender.yaml', today: '2099-12-31' })).filter((x) => x.kode === 'status-melompat');
    const fromStories = [...byItem].flatMap(([id, events]) =>
      events
        .filter((x) => x.statusDari && x.statusKe && !isLegalChange(x.statusDari, x.statusKe))
        .map((x) => ({ commit: x.commit, id, dari: x.statusDari, ke: x.statusKe })),
    );
    expect(skipped.map((x) => ({ commit: x.commit, ...x.params }))).toEqual(fromStories);
    expect(skipped.length).toBeGreaterThan(0);
  }, 60_000);

  it('ppid log makes the stories a thousand items at a time, and they are the stories made all at once', async () => {
    const dir = join(tempDir(), 'arsip');
    mkdirSync(join(dir, 'informasi'), { recursive: true });
    spawnSync('git', ['init', '-q'], { cwd: dir });
    // More items than one batch holds, some changed in a second commit, one removed.
    const ids = Array.from({ length: 2_050 }, (_, i) => `DIK-2026-${String(i + 1).padStart(4, '0')}`);
    for (const id of ids) writeFileSync(join(dir, 'informasi', `${id}.md`), `---\nid: ${id}\nstatus: diusulkan\n---\n`);
    commitAt(dir, '2026-01-05', 'satu');
    for (const id of ids.filter((_, i) => i % 7 === 0)) setStatus(dir, id, 'diklarifikasi');
    rmSync(join(dir, 'informasi', `${ids[1500]}.md`));
    commitAt(dir, '2026-01-06', 'dua');
    const made: Array<[string, ItemEvent[]]> = [];
    const n = await eachStory(dir, undefined, (id, events) => made.push([id, events]));
    const { byItem } = await readStories(dir);
    expect(n).toBe(ids.length);
    expect(made).toEqual([...byItem].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
    expect(made[7]![1].map((e) => e.statusKe)).toEqual(['diusulkan', 'diklarifikasi']);
    expect(made[1500]![1].at(-1)!.dihapus).toBe(true);
  }, 60_000);
});
