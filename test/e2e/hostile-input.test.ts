/**
 * Issue 22: inputs an attacker or a careless officer would try, each refused with the archive
 * left as it was (items 13, 16, 17, 19 so far).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cleanTempDirs, commitCount, newArchive, ppidInProcess, snapshot, tempDir, write } from '../helpers/cli.js';
import { addInput } from '../helpers/records.js';

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
