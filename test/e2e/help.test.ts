/**
 * `--help` on every command, in both languages, laid out in columns that hold: commander's own
 * words are translated before the columns are measured.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cleanTempDirs, ppid, ppidInProcess, tempDir } from '../helpers/cli.js';

afterAll(cleanTempDirs);

/**
 * The places where a help text's item lists break their columns: in each list (Opsi:, Perintah:,
 * Argumen:), every description and every wrapped line of one must start in the same column.
 */
function misaligned(help: string): string[] {
  const bad: string[] = [];
  let column: number | undefined;
  let inList = false;
  for (const line of help.split('\n')) {
    if (!line.startsWith('  ') || line.trim() === '') {
      // A title starts a list (or the examples, which are free text); a blank line ends it.
      inList = /^(Opsi|Perintah|Argumen|Options|Commands|Arguments):$/.test(line);
      column = undefined;
      continue;
    }
    if (!inList) continue;
    const lead = line.length - line.trimStart().length;
    if (lead > 2) {
      // A wrapped line of the description above.
      if (column !== undefined && lead !== column) bad.push(line);
      continue;
    }
    const gap = /\S( {2,})\S/.exec(line);
    if (!gap) continue;
    const at = gap.index + 1 + gap[1]!.length;
    if (column === undefined) column = at;
    else if (at !== column) bad.push(line);
  }
  return bad;
}

/** The command names listed by `ppid --help`. */
function commandNames(help: string): string[] {
  const list = help.slice(help.indexOf('\nPerintah:\n'), help.indexOf('\nContoh:'));
  return [...list.matchAll(/^ {2}([a-z]+)\b/gm)].map((m) => m[1]!).filter((n) => n !== 'help');
}

describe('help', () => {
  const cwd = tempDir();

  it('ppid --help lists every command in Bahasa Indonesia, its columns aligned; English with --lang en', () => {
    const id = ppid(['--help'], { cwd });
    expect(id.code).toBe(0);
    expect(id.stdout).toMatch(/^Penggunaan: ppid \[opsi\] \[perintah\]\n/);
    expect(id.stdout).toContain('\nOpsi:\n');
    expect(id.stdout).toMatch(/^ {2}init \[opsi\] \[folder\] +membuat arsip baru/m);
    expect(id.stdout).not.toMatch(/\[options\]|\[command\]|^Usage:|^Options:/m);
    expect(misaligned(id.stdout)).toEqual([]);
    expect(commandNames(id.stdout)).toContain('expiring');

    const en = ppid(['--help', '--lang', 'en'], { cwd });
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/^Usage: ppid \[options\] \[command\]\n/);
    expect(en.stdout).toMatch(/^ {2}init \[options\] \[folder\] +create an archive/m);
    expect(misaligned(en.stdout)).toEqual([]);
  });

  it('every command has --help, in columns, with its defaults in Bahasa Indonesia', async () => {
    const names = commandNames(ppid(['--help'], { cwd }).stdout);
    expect(names.length).toBeGreaterThan(25);
    for (const name of names) {
      const r = await ppidInProcess([name, '--help'], { cwd });
      expect(r.code, name).toBe(0);
      expect(r.stdout, name).toMatch(new RegExp(`^Penggunaan: ppid ${name}[ |]`));
      expect(r.stdout, name).not.toMatch(/\[options\]|\(default: /);
      expect(misaligned(r.stdout), name).toEqual([]);
    }
    const remote = await ppidInProcess(['remote', '--help'], { cwd });
    expect(remote.stdout).toMatch(/--nama <nama> +nama sambungan \(bawaan: "origin"\)/);
    const hook = await ppidInProcess(['hook', 'install', '--help'], { cwd });
    expect(hook.stdout).toMatch(/^Penggunaan: ppid hook install \[opsi\]/);
  });

  it('`ppid help X` is `ppid X --help`', async () => {
    const a = await ppidInProcess(['help', 'expiring'], { cwd });
    const b = await ppidInProcess(['expiring', '--help'], { cwd });
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
  });
});
