/**
 * "Every report takes --json and --csv" (README, Mulai cepat) is checked, not claimed: each
 * report of the example archive, in both forms, parses, and its CSV has a heading and rows.
 */
import { execFileSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanTempDirs, ppidInProcess, ROOT, tempDir } from '../helpers/cli.js';

afterAll(cleanTempDirs);

const DAY = ['--today', '2026-11-02'];
/** Every command that prints a report of the archive, with what it needs to print one. */
const REPORTS: Record<string, string[]> = {
  list: [],
  show: ['DIK-2025-0003'],
  expiring: [],
  status: [],
  validate: [],
  inbox: [],
  log: ['DIK-2025-0003'],
  audit: [],
  calendar: [],
};

/** The CSV's rows, whichever separator the file uses (the heading line tells). */
function csvRows(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, '');
  const heading = body.slice(0, body.search(/\r?\n/));
  const delimiter = heading.includes(';') ? ';' : ',';
  return parse(body, { delimiter, relax_column_count: false }) as string[][];
}

describe('every report takes --json and --csv', () => {
  let dir: string;
  beforeAll(() => {
    // log and audit read git history: a copy of the example as an archive of its own.
    dir = join(tempDir(), 'arsip');
    cpSync(join(ROOT, 'archive-example'), dir, { recursive: true });
    const git = (args: string[]) => execFileSync('git', args, { cwd: dir, env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: dir } });
    git(['init', '-q']);
    git(['add', '-A']);
    git(['-c', 'user.name=Uji', '-c', 'user.email=uji@uji.go.id', 'commit', '-qm', 'arsip']);
  });

  for (const [name, args] of Object.entries(REPORTS)) {
    it(`ppid ${name}`, async () => {
      const json = await ppidInProcess([name, ...args, ...DAY, '--json'], { cwd: dir });
      expect(json.stderr).not.toMatch(/unknown option|tidak dikenal/);
      expect(() => JSON.parse(json.stdout), json.stdout + json.stderr).not.toThrow();
      const csv = await ppidInProcess([name, ...args, ...DAY, '--csv'], { cwd: dir });
      expect(csv.stderr).not.toMatch(/unknown option|tidak dikenal/);
      const rows = csvRows(csv.stdout);
      expect(rows.length, csv.stdout + csv.stderr).toBeGreaterThan(1);
      expect(new Set(rows.map((r) => r.length)).size).toBe(1);
    });
  }
});
