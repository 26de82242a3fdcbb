/** Issue 22 item 17: a secret file is never readable by others, not even while it is written. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/archive/atomic.js';

const dir = mkdtempSync(join(tmpdir(), 'ppid-atomic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The content as pieces; before the second, the mode of the half-written temporary file is noted. */
function* watched(seen: number[]): Generator<string> {
  yield 'AGE-SECRET-KEY-1';
  const [tmp] = readdirSync(dir).filter((n) => n.includes('kunci.txt.'));
  seen.push(statSync(join(dir, tmp!)).mode & 0o777);
  yield 'ABCDEF\n';
}

describe('writeFileAtomic', () => {
  it('makes a secret with mode 0600 from its first byte', () => {
    const seen: number[] = [];
    writeFileAtomic(join(dir, 'kunci.txt'), watched(seen), { mode: 0o600 });
    expect(seen).toEqual([0o600]);
    expect(statSync(join(dir, 'kunci.txt')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, 'kunci.txt'), 'utf8')).toBe('AGE-SECRET-KEY-1ABCDEF\n');
  });

  it('makes an ordinary file readable by all, as before', () => {
    writeFileAtomic(join(dir, 'biasa.txt'), 'isi\n');
    expect(statSync(join(dir, 'biasa.txt')).mode & 0o777).toBe(0o644 & ~process.umask());
  });
});
