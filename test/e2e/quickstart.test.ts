/**
 * The README's "Mulai cepat", run as written (issue 23). Every command of its shell blocks is
 * taken from README.md and run by bash, in order, in a fresh HOME: a command that fails, a flag
 * that no longer exists or a step refused for a role the README never gave fails this test.
 *
 * What the test provides is what an officer brings: the answers to `ppid add`'s questions (through
 * a real pseudo-terminal), their own scanned letters and their old DIK workbook, and the day each
 * block runs (the commit date, as git records it). `npm ci` and `npm install -g .` are what made
 * this checkout run; the test does what `npm install -g .` does for a folder (links the package's
 * `bin` into a prefix on PATH) rather than reinstalling the tree the other tests are running from.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanTempDirs, gitLog, ROOT, tempDir } from '../helpers/cli.js';
import { PDF } from '../helpers/sop.js';

afterAll(cleanTempDirs);

/** The shell blocks of the README's "Mulai cepat" section, each as its commands (continuations joined). */
export function quickStartBlocks(readme: string): string[][] {
  const start = readme.indexOf('## Mulai cepat');
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end);
  return [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) =>
    m[1]!
      .replace(/\\\n\s*/g, ' ')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('#')),
  );
}

const ENTER = '\r';
/** The officer's answers to `ppid add` in block 1: an item of five years from the decree's day. */
const ADD_ANSWERS: Array<[string, string]> = [
  ['Informasi yang dikecualikan', 'Rekam medis pemeriksaan berkala 2025' + ENTER],
  ['Unit kerja', ENTER], // BKPSDM
  ['rekam medis:', 'h2'], // the grounds are searched by code or word
  ['h2  ', ENTER],
  ['Tambah dasar lain?', 'tidak' + ENTER],
  ['Dasar hukum', ENTER],
  ['Tanggal uji konsekuensi', '2026-03-02' + ENTER],
  ['Konsekuensi bila dibuka', 'Membuka riwayat kesehatan pegawai' + ENTER],
  ['Konsekuensi bila ditutup', 'Melindungi privasi pegawai' + ENTER],
  ['Bentuk jangka waktu', ENTER],
  ['Lama (tahun)', '\x7f5' + ENTER],
  ['Tambahan bulan', ENTER],
  ['Mulai berlaku', '2026-03-10' + ENTER],
  ['Cakupan pengecualian', ENTER],
  ['Sudah ditetapkan', 'tidak' + ENTER],
  ['Simpan butir ini?', ENTER], // Simpan, after the summary
];

/** The day each block runs: setting up, the first week of March 2026, five years on. */
const BLOCK_DAYS = ['2026-03-02T08:00:00+07:00', '2026-03-11T09:00:00+07:00', '2031-02-24T09:00:00+07:00'];

/** The officer's own DIK of 2024, as an Excel workbook with the consequence test's two columns. */
async function oldDik(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('DIK 2024');
  ws.addRow(['No', 'Unit Kerja', 'Informasi yang Dikecualikan', 'Dasar Hukum', 'Akibat jika dibuka', 'Akibat jika ditutup', 'Jangka Waktu']);
  ws.addRow([
    1,
    'Inspektorat Daerah',
    'Laporan hasil pemeriksaan investigatif',
    'UU 14/2008 Pasal 17 huruf a angka 1',
    'Menghambat penyidikan',
    'Penyidikan berjalan',
    '2 tahun',
  ]);
  await wb.xlsx.writeFile(path);
}

interface Run {
  command: string;
  code: number | null;
  out: string;
}

describe('README "Mulai cepat", as written', () => {
  const runs: Run[] = [];
  let home: string;
  let work: string;
  beforeAll(async () => {
    const blocks = quickStartBlocks(readFileSync(join(ROOT, 'README.md'), 'utf8'));
    expect(blocks.length).toBe(BLOCK_DAYS.length);
    home = tempDir('ppid-home-');
    work = tempDir('ppid-kantor-');
    const prefix = join(home, '.npm-global');
    const env: NodeJS.ProcessEnv = {
      PATH: `${join(prefix, 'bin')}:${process.env.PATH}`,
      HOME: home,
      LANG: 'C.UTF-8',
      NO_COLOR: '1',
      TERM: 'xterm',
      GIT_CONFIG_NOSYSTEM: '1',
    };
    let cwd = work;
    for (const [b, block] of blocks.entries()) {
      const day = { GIT_AUTHOR_DATE: BLOCK_DAYS[b]!, GIT_COMMITTER_DATE: BLOCK_DAYS[b]! };
      for (const command of block) {
        if (command === 'npm ci && npm install -g .') {
          // What `npm install -g <folder>` does: link the package's bin into the prefix's bin.
          const bin = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin;
          mkdirSync(join(prefix, 'bin'), { recursive: true });
          for (const [name, file] of Object.entries(bin)) symlinkSync(join(ROOT, file), join(prefix, 'bin', name));
          runs.push({ command, code: 0, out: '' });
          continue;
        }
        // Any other npm command would reinstall or rebuild the tree this suite runs from.
        if (command.startsWith('npm ')) throw new Error(`the quick start's npm command changed; teach this test what it does: ${command}`);
        const cd = /^cd (\S+)$/.exec(command);
        if (cd) {
          cwd = resolve(cwd, cd[1]!);
          continue;
        }
        bringFiles(command, cwd);
        if (command.includes('dik-2024.xlsx') && !existsSync(join(cwd, 'dik-2024.xlsx'))) await oldDik(join(cwd, 'dik-2024.xlsx'));
        runs.push(command === 'ppid add' ? inTerminal(command, cwd, { ...env, ...day }) : inShell(command, cwd, { ...env, ...day }));
      }
    }
  }, 240_000);

  it('every command succeeds', () => {
    const failed = runs.filter((r) => r.code !== 0);
    expect(failed.map((r) => `${r.command}\n→ exit ${r.code}\n${r.out}`).join('\n\n')).toBe('');
    expect(runs.length).toBeGreaterThan(25);
  });

  it('leaves an archive whose history is the SOP, clean under audit', () => {
    const dir = join(work, 'arsip-dik');
    const steps = gitLog(dir)
      .reverse()
      .map((c) => `${c.trailers['PPID-Perintah']?.[0]}:${(c.trailers['PPID-Item'] ?? []).join(',')}`);
    expect(steps).toEqual([
      'init:',
      'add:DIK-2026-0001',
      'add:DIK-2026-0002',
      'clarify:DIK-2026-0001',
      'review:DIK-2026-0001',
      'decree:DIK-2026-0001',
      'attach:DIK-2026-0001',
      'edit:DIK-2026-0001',
      'publish:DIK-2026-0001',
      'publish:DIK-2026-0001',
      'open:DIK-2026-0001',
      'publish:DIK-2026-0001',
    ]);
    const audit = runs.find((r) => r.command.startsWith('ppid audit'));
    expect(audit?.out).toMatch(/bersih|tidak ada temuan/i);
    expect(readFileSync(join(dir, 'informasi/DIK-2026-0001.md'), 'utf8')).toMatch(/status: dibuka/);
    for (const f of ['uji-konsekuensi.docx', 'penetapan.docx', 'akan-berakhir.docx', 'register-dik.xlsx', 'situs-ppid/dik/index.html'])
      expect(existsSync(join(work, f)), f).toBe(true);
  });

  it('the import dry run read the old workbook and wrote nothing', () => {
    const dry = runs.find((r) => r.command.startsWith('ppid import'));
    expect(dry?.out).toContain('Laporan hasil pemeriksaan investigatif');
  });
});

/** The officer's scanned letters, put where the README's command looks for them. */
function bringFiles(command: string, cwd: string): void {
  for (const f of ['pertimbangan.pdf', 'uji-konsekuensi.pdf'])
    if (new RegExp(`(^| )${f.replace('.', '\\.')}( |$)`).test(command) && !existsSync(join(cwd, f))) writeFileSync(join(cwd, f), PDF);
}

function inShell(command: string, cwd: string, env: NodeJS.ProcessEnv): Run {
  const r = spawnSync('bash', ['-c', command], { cwd, env, encoding: 'utf8', timeout: 60_000 });
  return { command, code: r.status, out: r.stdout + r.stderr };
}

function inTerminal(command: string, cwd: string, env: NodeJS.ProcessEnv): Run {
  const script = join(tempDir(), 'jawaban.json');
  writeFileSync(script, JSON.stringify(ADD_ANSWERS));
  const r = spawnSync('python3', [join(ROOT, 'test/helpers/pty_drive.py'), script, '--', 'bash', '-c', command], {
    cwd,
    env,
    encoding: 'utf8',
    timeout: 90_000,
  });
  return { command, code: r.status, out: r.stdout + r.stderr };
}
