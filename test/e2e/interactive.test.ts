import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, baseEnv, cleanTempDirs, gitLog, newArchive, ppid, ROOT, tempDir } from '../helpers/cli.js';

afterAll(cleanTempDirs);

const ENTER = '\r';
const DOWN = '\x1b[B';
const SPACE = ' ';

/** Runs ppid in a real pseudo-terminal and answers its questions one by one. */
function interactive(cwd: string, args: string[], steps: Array<[string, string]>) {
  const script = join(tempDir(), 'steps.json');
  writeFileSync(script, JSON.stringify(steps));
  const env = {
    ...baseEnv(tempDir('ppid-home-')),
    TERM: 'xterm',
    GIT_AUTHOR_DATE: '2026-10-01T09:00:00+07:00',
    GIT_COMMITTER_DATE: '2026-10-01T09:00:00+07:00',
  };
  const r = spawnSync('python3', [join(ROOT, 'test/helpers/pty_drive.py'), script, '--', process.execPath, BIN, ...args], {
    cwd,
    env,
    encoding: 'utf8',
    timeout: 90_000,
  });
  return { code: r.status, screen: r.stdout, stderr: r.stderr };
}

describe('ppid add on a terminal asks in Indonesian', () => {
  it('registers an item from the answers, one commit', () => {
    const dir = newArchive();
    const r = interactive(
      dir,
      ['add'],
      [
        ['Informasi yang dikecualikan', 'Hasil tes psikologi calon pejabat' + ENTER],
        ['Unit kerja', DOWN + ENTER], // the second unit: Inspektorat Daerah
        ['Dasar pengecualian', DOWN.repeat(34) + SPACE + ENTER], // h4 is the 35th code
        ['Dasar hukum', ENTER], // accept the suggested citation
        ['Tanggal uji konsekuensi', ENTER], // today
        ['Konsekuensi bila dibuka', 'Membuka evaluasi pribadi' + ENTER],
        ['Konsekuensi bila ditutup', 'Melindungi calon pejabat' + ENTER],
        ['Bentuk jangka waktu', ENTER], // fixed length
        ['Lama (tahun)', '\x7f3' + ENTER],
        ['Tambahan bulan', ENTER],
        ['Mulai berlaku', '2026-10-15' + ENTER],
        ['Cakupan pengecualian', ENTER],
        ['Sudah ditetapkan', ENTER], // no: a new proposal
        ['Simpan butir ini?', ENTER],
      ],
    );
    expect(r.code, r.screen + r.stderr).toBe(0);
    expect(r.screen).toContain('DIK-2026-0001');
    const rec = readFileSync(join(dir, 'informasi/DIK-2026-0001.md'), 'utf8');
    expect(rec).toContain('judul: Hasil tes psikologi calon pejabat');
    expect(rec).toContain('unit: Inspektorat Daerah');
    expect(rec).toMatch(/pasal17:\n {2}- h4\n/);
    expect(rec).toContain('- Pasal 17 huruf h angka 4 UU 14/2008');
    expect(rec).toMatch(/jangka_waktu:\n {2}tahun: 3\n {2}mulai: 2026-10-15\n/);
    expect(gitLog(dir)[0]!.trailers['PPID-Item']).toEqual(['DIK-2026-0001']);
    expect(ppid(['validate'], { cwd: dir }).code).toBe(0);
  });

  it('an existing item in force, entered by hand, shows in expiring and on the published page', () => {
    const dir = newArchive();
    const r = interactive(
      dir,
      ['add'],
      [
        ['Informasi yang dikecualikan', 'Data rekening gaji pegawai' + ENTER],
        ['Unit kerja', ENTER],
        ['Dasar pengecualian', DOWN.repeat(33) + SPACE + ENTER], // h3
        ['Dasar hukum', ENTER],
        ['Tanggal uji konsekuensi', '2026-01-05' + ENTER],
        ['Konsekuensi bila dibuka', 'Membuka keuangan pribadi' + ENTER],
        ['Konsekuensi bila ditutup', 'Melindungi privasi' + ENTER],
        ['Bentuk jangka waktu', DOWN + ENTER], // until a fixed date
        ['sampai dengan tanggal', '2026-11-20' + ENTER],
        ['Cakupan pengecualian', ENTER],
        ['Sudah ditetapkan', 'y' + ENTER],
        ['Nomor surat penetapan', '800/1/PPID/2026' + ENTER],
        ['Tanggal penetapan', '2026-01-10' + ENTER],
        ['Tempat penetapan', ENTER], // from ppid.yaml
        ['Pejabat PPID yang menetapkan', ENTER],
        ['Pimpinan yang menyetujui', ENTER],
        ['Tanggal persetujuan pimpinan', '2026-01-08' + ENTER],
        ['Simpan butir ini?', ENTER],
      ],
    );
    expect(r.code, r.screen + r.stderr).toBe(0);
    // The questions' own words are Indonesian too: no "navigate", "select" or "Yes" from the library.
    expect(r.screen).toContain('pindah');
    expect(r.screen).toContain('Ya');
    expect(r.screen).not.toMatch(/navigate|\bselect\b|\bYes\b/);
    const rec = readFileSync(join(dir, 'informasi/DIK-2026-0001.md'), 'utf8');
    expect(rec).toContain('status: ditetapkan');
    expect(rec).toMatch(/pejabat:\n {4}nama: Siti Aminah\n {4}jabatan: PPID Utama/);
    expect(rec).toMatch(/persetujuan_pimpinan:\n {4}nama: Budi Santoso\n {4}jabatan: Bupati Uji\n {4}tanggal: 2026-01-08/);
    const exp = JSON.parse(ppid(['expiring', '--json', '--today', '2026-11-02'], { cwd: dir }).stdout);
    // "sampai dengan 20 November 2026": the 20th is still exempt, so it counts (2–20 November: 15 working days).
    expect(exp.butir).toMatchObject([
      { id: 'DIK-2026-0001', keadaan: 'akan-berakhir', sisa_hari_kerja: 15, dikecualikan_sampai: '2026-11-20', berakhir: '2026-11-21' },
    ]);
    const out = tempDir();
    expect(ppid(['publish', '--out', out, '--today', '2026-11-02'], { cwd: dir }).code).toBe(0);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('Data rekening gaji pegawai');
  });

  it('declining at the end writes nothing', () => {
    const dir = newArchive();
    const r = interactive(
      dir,
      [
        'add',
        '--judul',
        'X',
        '--unit',
        'BKPSDM',
        '--pasal17',
        'h2',
        '--dasar-hukum',
        'UU 14/2008 Pasal 17 huruf h angka 2',
        '--tanggal-uji',
        '2026-09-01',
        '--dibuka',
        'a',
        '--ditutup',
        'b',
        '--tahun',
        '2',
      ],
      [
        ['Cakupan pengecualian', DOWN + ENTER],
        ['Bagian yang dikecualikan', 'nama; alamat' + ENTER],
        ['Sudah ditetapkan', ENTER],
        ['Simpan butir ini?', 'n' + ENTER],
      ],
    );
    expect(r.code).toBe(1);
    expect(r.screen).toContain('dibatalkan');
    expect(gitLog(dir)).toHaveLength(1);
  });
});
