/**
 * Output that fits the terminal: every `--help` and every report, at 60, 80 and 120 columns
 * (COLUMNS, or --lebar/--width), has no line longer than the width, counted in characters (code
 * points), not bytes; into a pipe without a width, lines are whole.
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanTempDirs, git, ppidInProcess, ROOT, tempDir } from '../helpers/cli.js';
import { renderTable } from '../../src/terminal/table.js';

afterAll(cleanTempDirs);

const EXAMPLE = join(ROOT, 'archive-example');
const TODAY = '2026-11-02';
const WIDTHS = [60, 80, 120];

/** The lines longer than `width` characters, and any colour code (none is printed into a pipe). */
function tooLong(text: string, width: number): string[] {
  const bad = text.split('\n').filter((l) => [...l].length > width);
  if (text.includes('\x1b')) bad.push('(colour codes in output that is not a terminal)');
  return bad;
}

/** The command names `ppid --help` lists, and the subcommands of `hook`. */
async function everyCommand(cwd: string): Promise<string[][]> {
  const help = (await ppidInProcess(['--help'], { cwd })).stdout;
  const list = help.slice(help.indexOf('\nPerintah:\n'), help.indexOf('\nContoh:'));
  const names = [...list.matchAll(/^ {2}([a-z]+)\b/gm)].map((m) => m[1]!);
  return [[], ...names.map((n) => [n]), ['hook', 'install'], ['hook', 'server']];
}

/** archive-example as a git repository of its own (one hand-made commit): for log and audit. */
function exampleWithHistory(): string {
  const dir = join(tempDir(), 'arsip');
  cpSync(EXAMPLE, dir, { recursive: true });
  git(dir, ['init', '-q', '-b', 'main']);
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-m', 'Arsip awal dari archive-example']);
  return dir;
}

describe('output width', () => {
  const cwd = tempDir();

  it('every --help fits 60, 80 and 120 columns (COLUMNS and --lebar), in both languages', async () => {
    const commands = await everyCommand(cwd);
    expect(commands.length).toBeGreaterThan(30);
    for (const w of WIDTHS) {
      for (const cmd of commands) {
        for (const lang of ['id', 'en']) {
          const r = await ppidInProcess([...cmd, '--help', '--lang', lang], { cwd, env: { COLUMNS: String(w) } });
          expect(r.code, cmd.join(' ')).toBe(0);
          expect(tooLong(r.stdout, w), `${cmd.join(' ')} --help at ${w} (${lang})`).toEqual([]);
        }
      }
    }
    for (const cmd of commands) {
      const r = await ppidInProcess([...cmd, '--help', '--lebar', '60'], { cwd, env: { COLUMNS: '200' } });
      expect(tooLong(r.stdout, 60), `${cmd.join(' ')} --help --lebar 60`).toEqual([]);
    }
  });

  it('init --help keeps --pejabat beside its description, the layout in the description', async () => {
    const r = await ppidInProcess(['init', '--help'], { cwd, env: { COLUMNS: '80' } });
    expect(r.stdout).toMatch(/^ {2}--pejabat <uraian> +pejabat lain/m);
    expect(r.stdout).toContain('"Nama;Jabatan;peran,peran;surel[;UNIT][;kunci…]"');
  });

  it('list, status, expiring, validate, inbox, calendar on archive-example fit 60, 80 and 120 columns', async () => {
    const reports = [['list'], ['status'], ['expiring'], ['validate'], ['inbox'], ['calendar', '2026']];
    for (const w of WIDTHS) {
      for (const report of reports) {
        const args = [...report, '--archive', EXAMPLE, '--today', TODAY];
        const viaEnv = await ppidInProcess(args, { cwd: ROOT, env: { COLUMNS: String(w) } });
        expect(viaEnv.code, `${report[0]} ${viaEnv.stderr}`).toBe(0);
        expect(tooLong(viaEnv.stdout + viaEnv.stderr, w), `${report[0]} at COLUMNS=${w}`).toEqual([]);
        const viaFlag = await ppidInProcess([...args, '--lebar', String(w)], { cwd: ROOT });
        expect(tooLong(viaFlag.stdout + viaFlag.stderr, w), `${report[0]} --lebar ${w}`).toEqual([]);
        expect(viaFlag.stdout).toBe(viaEnv.stdout);
      }
    }
  });

  it('show fits its summary to the width; the record itself follows as written', async () => {
    for (const w of WIDTHS) {
      const r = await ppidInProcess(['show', 'DIK-2025-0003', '--archive', EXAMPLE, '--lebar', String(w)], { cwd: ROOT });
      const summary = r.stdout.slice(0, r.stdout.indexOf('\nid: DIK-2025-0003\n'));
      expect(summary).toContain('Bila ditutup');
      expect(tooLong(summary, w), `show at ${w}`).toEqual([]);
    }
  });

  it('the text keeps ids, dates and statuses whole; titles are shortened with "…"', async () => {
    const r = await ppidInProcess(['list', '--archive', EXAMPLE, '--today', TODAY, '--width', '80'], { cwd: ROOT });
    expect(r.stdout).toContain('DIK-2025-0003  15 November 2026');
    expect(r.stdout).toMatch(/…$/m);
    const ids = JSON.parse((await ppidInProcess(['list', '--json', '--archive', EXAMPLE], { cwd: ROOT })).stdout).map((x: { id: string }) => x.id);
    for (const id of ids) expect(r.stdout).toContain(id);
  });

  it('log and audit on a copy with history fit 60, 80 and 120 columns', async () => {
    const dir = exampleWithHistory();
    for (const w of WIDTHS) {
      const log = await ppidInProcess(['log'], { cwd: dir, env: { COLUMNS: String(w) } });
      expect(log.code, log.stderr).toBe(0);
      expect(log.stdout).toContain('DIK-2025-0003');
      expect(tooLong(log.stdout + log.stderr, w), `log at ${w}`).toEqual([]);
      const audit = await ppidInProcess(['audit', '--lebar', String(w)], { cwd: dir });
      expect(audit.code).toBe(1);
      expect(audit.stdout).toContain('diubah tanpa ppid');
      expect(tooLong(audit.stdout + audit.stderr, w), `audit at ${w}`).toEqual([]);
    }
  });

  it('into a pipe without COLUMNS or --lebar lines are whole; --lebar 0 lifts a COLUMNS limit', async () => {
    const whole = await ppidInProcess(['list', '--archive', EXAMPLE, '--today', TODAY], { cwd: ROOT });
    expect(tooLong(whole.stdout, 120).length).toBeGreaterThan(0);
    expect(whole.stdout).not.toContain('…');
    const lifted = await ppidInProcess(['list', '--archive', EXAMPLE, '--today', TODAY, '--lebar', '0'], { cwd: ROOT, env: { COLUMNS: '60' } });
    expect(lifted.stdout).toBe(whole.stdout);
  });

  it('errors and their hints fit 60 and 80 columns, continued under the text; into a pipe they are whole', async () => {
    const dir = exampleWithHistory();
    const failing = [
      ['list', '--unit', 'XYZQ'],
      ['list', '--pasal17', 'z9'],
      ['edit', 'DIK-2025-0003', '--pasal17', 'a', '--alasan', 'koreksi dasar pengecualian yang salah ketik'],
      ['open', 'DIK-2025-0003'],
    ];
    for (const w of [60, 80]) {
      for (const args of failing) {
        const r = await ppidInProcess(args, { cwd: dir, env: { COLUMNS: String(w) } });
        expect(r.code, args.join(' ')).toBeGreaterThan(0);
        expect(r.stderr, args.join(' ')).toContain('Saran:');
        expect(tooLong(r.stdout + r.stderr, w), `${args.join(' ')} at ${w}`).toEqual([]);
      }
    }
    const r = await ppidInProcess(['list', '--unit', 'XYZQ', '--lebar', '60'], { cwd: dir });
    const lines = r.stderr.split('\n');
    expect(lines[0]).toMatch(/^ppid: galat: --unit "XYZQ" tidak cocok/);
    expect(lines[1]).toMatch(/^ {13}\S/);
    expect(lines.find((l) => l.startsWith('  Saran: '))).toBeDefined();
    expect(lines[lines.findIndex((l) => l.startsWith('  Saran: ')) + 1]).toMatch(/^ {9}\S/);
    const piped = await ppidInProcess(['list', '--unit', 'XYZQ'], { cwd: dir });
    expect(piped.stderr.split('\n').filter(Boolean)).toHaveLength(2);
    expect(tooLong(piped.stderr, 120).length).toBeGreaterThan(0);
  });

  it('warnings fit 60 and 80 columns; inbox, calendar and validate fit 40', async () => {
    for (const w of [60, 80]) {
      const r = await ppidInProcess(['expiring', '--archive', EXAMPLE, '--today', '2031-11-01'], { cwd: ROOT, env: { COLUMNS: String(w) } });
      expect(r.stderr).toContain('tahun 2031 belum punya kalender');
      expect(tooLong(r.stdout + r.stderr, w), `expiring 2031 at ${w}`).toEqual([]);
    }
    for (const report of [['inbox'], ['calendar', '2026'], ['validate']]) {
      const r = await ppidInProcess([...report, '--archive', EXAMPLE, '--today', TODAY, '--lebar', '40'], { cwd: ROOT });
      expect(r.code, r.stderr).toBe(0);
      expect(tooLong(r.stdout + r.stderr, 40), `${report[0]} at 40`).toEqual([]);
    }
    // A path longer than the line leaves the label to the next one, said once.
    const v = await ppidInProcess(['validate', '--archive', EXAMPLE, '--lebar', '40'], { cwd: ROOT });
    expect(v.stdout.match(/peringatan/g)?.length).toBe(v.stdout.match(/peringatan: /g)?.length);
  });

  it('a width that cannot be used is a usage error (exit 2) saying what is allowed', async () => {
    for (const bad of ['10', 'lebar', '-5']) {
      const r = await ppidInProcess(['list', '--archive', EXAMPLE, `--lebar=${bad}`], { cwd: ROOT });
      expect(r.code, bad).toBe(2);
      expect(r.stderr).toContain(`--lebar "${bad}" bukan lebar yang dapat dipakai`);
      expect(r.stderr).toContain('paling sedikit 40');
    }
  });
});

describe('renderTable at a width', () => {
  const rows = [
    { id: 'DIK-2026-0001', tanggal: '15 November 2026', judul: 'Rekam medis pegawai yang sedang menjalani pemeriksaan disiplin' },
    { id: 'DIK-2026-0002', tanggal: '1 Mei 2027', judul: 'Kontrak' },
  ];
  const cols = [
    { header: 'ID', value: (r: (typeof rows)[number]) => r.id },
    { header: 'Sampai', value: (r: (typeof rows)[number]) => r.tanggal },
    { header: 'Informasi', value: (r: (typeof rows)[number]) => r.judul, cut: true },
  ];

  it('shortens the text column first and keeps the others on one line while they fit', () => {
    const t = renderTable(cols, rows, (s) => s, 60);
    expect(tooLong(t, 60)).toEqual([]);
    expect(t).toContain('DIK-2026-0001  15 November 2026  Rekam medis pegawai');
    expect(t).toMatch(/…\n/);
  });

  it('puts the text under each row when beside the others it would be too short to read', () => {
    const t = renderTable(cols, rows, (s) => s, 40);
    expect(tooLong(t, 40)).toEqual([]);
    expect(t).toContain('\n  Rekam medis pegawai yang sedang menja…\n');
  });

  it('lays each row out as a block when even its ids and dates do not fit side by side', () => {
    const wide = [
      cols[0]!,
      cols[1]!,
      { header: 'Status', value: () => 'ditetapkan (berlaku)' },
      { header: 'Tenggat', value: () => '14 Desember 2026' },
      cols[2]!,
    ];
    const t = renderTable(wide, rows, (s) => s, 40);
    expect(tooLong(t, 40)).toEqual([]);
    expect(t).toContain('DIK-2026-0001\n  Sampai: 15 November 2026 · Status:\n');
    expect(t).toContain('\n  Kontrak\n');
  });

  it('without a width, cells are whole', () => {
    expect(renderTable(cols, rows)).toContain(rows[0]!.judul);
  });
});
