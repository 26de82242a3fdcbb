import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, baseEnv, cleanTempDirs, gitLog, newArchive, ppid, ROOT, tempDir } from '../helpers/cli.js';

afterAll(cleanTempDirs);

const ENTER = '\r';
const DOWN = '\x1b[B';
const BACKSPACE = '\x7f';
/** Ctrl-U: readline clears the line, here the old answer put there to be edited. */
const CLEAR_LINE = '\x15';
const CTRL_C = '\x03';

/** Runs ppid in a real pseudo-terminal and answers its questions one by one. */
function interactive(cwd: string, args: string[], steps: Array<[string, string]>, cols = 200) {
  const script = join(tempDir(), 'steps.json');
  writeFileSync(script, JSON.stringify(steps));
  const env = {
    ...baseEnv(tempDir('ppid-home-')),
    TERM: 'xterm',
    GIT_AUTHOR_DATE: '2026-10-01T09:00:00+07:00',
    GIT_COMMITTER_DATE: '2026-10-01T09:00:00+07:00',
  };
  const r = spawnSync('python3', [join(ROOT, 'test/helpers/pty_drive.py'), script, '--cols', String(cols), '--', process.execPath, BIN, ...args], {
    cwd,
    env,
    encoding: 'utf8',
    timeout: 90_000,
  });
  // The terminal ends lines with CR LF.
  return { code: r.status, screen: r.stdout.replace(/\r\n/g, '\n'), stderr: r.stderr };
}

/** The summary printed before "Simpan butir ini?" (the last one, after any change). */
const lastSummary = (screen: string, title = 'Ringkasan butir yang akan didaftarkan:') => {
  const from = screen.lastIndexOf(title);
  return screen.slice(from, screen.indexOf('?', from + title.length));
};

/** Flags for everything but the scope: the questions left are few. */
const MOST_FLAGS = [
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
];

describe('ppid add on a terminal asks in Indonesian', () => {
  it('registers an item from the answers: a searched code, "tidak" typed, the summary, a title changed — one commit', () => {
    const dir = newArchive();
    const r = interactive(
      dir,
      ['add'],
      [
        ['Informasi yang dikecualikan', 'Hasil tes psikologi' + ENTER],
        ['Unit kerja', DOWN + ENTER], // the second unit: Inspektorat Daerah
        // "a" is typed as a letter (a checklist's shortcut once ticked all 45 codes) and narrows the list to huruf a.
        ['rekam medis:', 'a'],
        ['rekam medis: a', BACKSPACE + 'psikotes'],
        ['h4  Hasil evaluasi', ENTER],
        ['Tambah dasar lain?', 'tidak' + ENTER],
        ['Dasar hukum', ENTER], // accept the suggested citation
        ['Tanggal uji konsekuensi', ENTER], // today
        ['Konsekuensi bila dibuka', 'Membuka evaluasi pribadi' + ENTER],
        ['Konsekuensi bila ditutup', 'Melindungi calon pejabat' + ENTER],
        ['Bentuk jangka waktu', ENTER], // fixed length
        ['Lama (tahun)', BACKSPACE + '3' + ENTER],
        ['Tambahan bulan', ENTER],
        ['Mulai berlaku', '2026-10-15' + ENTER],
        ['Cakupan pengecualian', ENTER],
        ['Sudah ditetapkan', 't' + ENTER], // no: a new proposal
        ['Simpan butir ini?', DOWN + ENTER], // Ubah jawaban
        ['Jawaban mana yang diubah?', ENTER], // the first: the information
        ['Informasi yang dikecualikan', CLEAR_LINE + 'Hasil tes psikologi calon pejabat' + ENTER],
        ['Simpan butir ini?', ENTER], // Simpan
      ],
    );
    expect(r.code, r.screen + r.stderr).toBe(0);
    expect(r.screen).toContain('DIK-2026-0001');
    // The hint names the words, and the answer is shown as the word, in Indonesian.
    expect(r.screen).toContain('Tambah dasar lain? (ya/Tidak)');
    expect(r.screen).toContain('Dasar terpilih: h4. Tambah dasar lain? tidak');
    expect(r.screen).toMatch(/Sudah ditetapkan[^✔?]*\? tidak/);
    // The list speaks Indonesian too.
    expect(r.screen).toContain('ketik untuk mencari • ↑↓ pindah • ⏎ pilih');
    // No words of the library's own: "navigate", "select", "Yes".
    expect(r.screen).not.toMatch(/navigate|\bselect\b|\bYes\b/);
    // Every answer, before saving; the last summary has the changed title.
    expect(r.screen.match(/Ringkasan butir yang akan didaftarkan:/g)).toHaveLength(2);
    const summary = lastSummary(r.screen);
    for (const line of [
      /Informasi +: Hasil tes psikologi calon pejabat\n/,
      /Unit kerja +: Inspektorat Daerah\n/,
      /Dasar pengecualian +: h4 — Hasil evaluasi kapabilitas, intelektualitas, dan kemampuan seseorang \(Pasal 17 huruf h angka 4 UU 14\/2008\)\n/,
      /Dasar hukum +: Pasal 17 huruf h angka 4 UU 14\/2008\n/,
      /Uji konsekuensi +: 1 Oktober 2026\n/,
      /bila dibuka +: Membuka evaluasi pribadi\n/,
      /bila ditutup +: Melindungi calon pejabat\n/,
      /Jangka waktu +: 3 tahun sejak 15 Oktober 2026 \(sampai dengan 14 Oktober 2029\)\n/,
      /Cakupan +: seluruh dokumen\n/,
      /Status +: diusulkan/,
    ])
      expect(summary).toMatch(line);
    expect(lastSummary(r.screen.slice(0, r.screen.lastIndexOf('Ringkasan')))).toMatch(/Informasi +: Hasil tes psikologi\n/);

    const rec = readFileSync(join(dir, 'informasi/DIK-2026-0001.md'), 'utf8');
    expect(rec).toContain('judul: Hasil tes psikologi calon pejabat');
    expect(rec).toContain('unit: Inspektorat Daerah');
    expect(rec).toMatch(/pasal17:\n {2}- h4\n[a-z]/);
    expect(rec).toContain('- Pasal 17 huruf h angka 4 UU 14/2008');
    expect(rec).toMatch(/jangka_waktu:\n {2}tahun: 3\n {2}mulai: 2026-10-15\n/);
    const log = gitLog(dir);
    expect(log).toHaveLength(2);
    expect(log[0]!.trailers['PPID-Item']).toEqual(['DIK-2026-0001']);
    expect(ppid(['validate'], { cwd: dir }).code).toBe(0);
  });

  it('an existing item in force, entered by hand ("ya"), shows in expiring and on the published page', () => {
    const dir = newArchive();
    const r = interactive(
      dir,
      ['add'],
      [
        ['Informasi yang dikecualikan', 'Data rekening gaji pegawai' + ENTER],
        ['Unit kerja', ENTER],
        ['rekam medis:', 'h3'],
        ['h3  Kondisi keuangan', ENTER],
        ['Tambah dasar lain?', ENTER], // no (the default)
        ['Dasar hukum', ENTER],
        ['Tanggal uji konsekuensi', '2026-01-05' + ENTER],
        ['Konsekuensi bila dibuka', 'Membuka keuangan pribadi' + ENTER],
        ['Konsekuensi bila ditutup', 'Melindungi privasi' + ENTER],
        ['Bentuk jangka waktu', DOWN + ENTER], // until a fixed date
        ['sampai dengan tanggal', '2026-11-20' + ENTER],
        ['Cakupan pengecualian', ENTER],
        ['Sudah ditetapkan', 'ya' + ENTER],
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
    expect(r.screen).toMatch(/Sudah ditetapkan[^✔?]*\? ya\n/);
    const summary = lastSummary(r.screen);
    expect(summary).toMatch(/Jangka waktu +: sampai dengan 20 November 2026\n/);
    expect(summary).toMatch(
      /Status +: ditetapkan \(berlaku\) — surat penetapan 800\/1\/PPID\/2026, Uji 10 Januari 2026; Siti Aminah; disetujui Budi Santoso 8 Januari 2026/,
    );
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

  it('what the check would refuse is shown under the summary, Simpan waits, and the answer it names is offered first', () => {
    const dir = newArchive();
    const flags = MOST_FLAGS.map((f) =>
      f === 'h2' ? 'a1' : f === 'UU 14/2008 Pasal 17 huruf h angka 2' ? 'Pasal 17 huruf a angka 1 UU 14/2008' : f === '2' ? '40' : f,
    );
    const r = interactive(
      dir,
      ['add', ...flags],
      [
        ['Cakupan pengecualian', ENTER],
        ['Sudah ditetapkan', ENTER],
        ['Simpan butir ini?', ENTER], // the cursor is on Ubah jawaban: Simpan cannot be chosen
        ['Jawaban mana yang diubah?', ENTER], // the cursor is on the period
        ['Bentuk jangka waktu', ENTER],
        ['Lama (tahun)', '30' + ENTER],
        ['Tambahan bulan', ENTER],
        ['Mulai berlaku', ENTER],
        ['Simpan butir ini?', ENTER],
      ],
    );
    expect(r.code, r.screen + r.stderr).toBe(0);
    expect(r.screen).toContain(
      'Periksa sebelum menyimpan:\n  galat: jangka waktu huruf a melebihi 30 tahun (jangka_waktu)\n    Saran: PP 61/2010 Pasal 5 ayat (1)',
    );
    expect(r.screen).toContain('Simpan (perbaiki dulu galat di atas)');
    expect(r.screen).toContain('Jawaban mana yang diubah? Jangka waktu: 40 tahun sejak ditetapkan');
    expect(r.screen.match(/Periksa sebelum menyimpan/g)).toHaveLength(1);
    expect(readFileSync(join(dir, 'informasi/DIK-2026-0001.md'), 'utf8')).toMatch(/jangka_waktu:\n {2}tahun: 30\n[a-z]/);
    expect(gitLog(dir)).toHaveLength(2);
  });

  it('the summary fits a 60-column terminal: a long value goes on under itself', () => {
    const dir = newArchive();
    const long = 'Membuka riwayat kesehatan pegawai yang dapat merugikan pegawai bersangkutan dan keluarganya';
    const flags = MOST_FLAGS.map((f) => (f === 'X' ? 'Rekam medis hasil pemeriksaan kesehatan berkala pegawai ASN' : f === 'a' ? long : f));
    const r = interactive(
      dir,
      ['add', ...flags],
      [
        ['Cakupan pengecualian', ENTER],
        ['Sudah ditetapkan', ENTER],
        ['Simpan butir ini?', CTRL_C],
      ],
      60,
    );
    const summary = lastSummary(r.screen);
    expect(summary).toContain('Informasi');
    expect(summary.split('\n').filter((l) => [...l].length > 60)).toEqual([]);
    // Continued under the value, not under the label.
    const at = summary.split('\n').findIndex((l) => l.includes('bila dibuka'));
    const pad = summary.split('\n')[at]!.indexOf(': ') + 2;
    expect(summary.split('\n')[at + 1]).toMatch(new RegExp(`^ {${pad}}\\S`));
    expect(summary.replace(/\s+/g, ' ')).toContain(long);
    expect(gitLog(dir)).toHaveLength(1);
  });

  it('Ctrl-C at a question writes nothing and says so', () => {
    const dir = newArchive();
    const r = interactive(dir, ['add', ...MOST_FLAGS], [['Cakupan pengecualian', CTRL_C]]);
    expect(r.code).toBe(1);
    expect(r.screen).toContain('dibatalkan; tidak ada yang ditulis');
    expect(existsSync(join(dir, 'informasi/DIK-2026-0001.md'))).toBe(false);
    expect(gitLog(dir)).toHaveLength(1);
  });
});

describe('ppid add --lang en on a terminal asks in English', () => {
  it('yes/no, the summary in English; Cancel writes nothing and makes no commit', () => {
    const dir = newArchive();
    const r = interactive(
      dir,
      ['add', '--lang', 'en', ...MOST_FLAGS],
      [
        ['Scope of the exemption', DOWN + ENTER],
        ['Exempted parts', 'nama; alamat' + ENTER],
        ['Already determined', 'no' + ENTER],
        ['Save this item?', DOWN + DOWN + ENTER], // Cancel
      ],
    );
    expect(r.code, r.screen + r.stderr).toBe(1);
    expect(r.screen).toContain('(yes/No)');
    expect(r.screen).toMatch(/Already determined[^✔?]*\? no\n/);
    const summary = lastSummary(r.screen, 'Summary of the item to be registered:');
    expect(summary).toMatch(/Grounds +: h2 — A person’s physical and mental health history, condition, care and treatment/);
    expect(summary).toMatch(/Period +: 2 years from the determination/);
    expect(summary).toMatch(/Work unit +: Badan Kepegawaian dan Pengembangan SDM\n/);
    expect(summary).toMatch(/Scope +: part — blacked out: nama; alamat\n/);
    expect(summary).toMatch(/Status +: proposed/);
    expect(r.screen).toContain('↑↓ move • ⏎ choose');
    expect(r.screen).toContain('cancelled; nothing was written');
    expect(r.screen).not.toMatch(/Simpan|Ringkasan|tidak/);
    expect(existsSync(join(dir, 'informasi/DIK-2026-0001.md'))).toBe(false);
    expect(gitLog(dir)).toHaveLength(1);
  });
});

describe('ppid init on a terminal asks in Indonesian', () => {
  it('"ya" adds another unit, "tidak" ends the list', () => {
    const parent = tempDir();
    const r = interactive(
      parent,
      ['init', 'arsip'],
      [
        ['Nama Badan Publik', 'Pemerintah Kabupaten Uji' + ENTER],
        ['Tempat penetapan', 'Uji' + ENTER],
        ['Unit kerja', 'DINKES=Dinas Kesehatan' + ENTER],
        ['Tambah unit lain?', 'ya' + ENTER],
        ['Unit kerja', 'BKPSDM=Badan Kepegawaian' + ENTER],
        ['Tambah unit lain?', 'tidak' + ENTER],
        ['Nama PPID Utama', ENTER],
        ['Nama pimpinan', ENTER],
      ],
    );
    expect(r.code, r.screen + r.stderr).toBe(0);
    expect(r.screen).toContain('Tambah unit lain? (ya/Tidak)');
    expect(r.screen).toContain('Tambah unit lain? ya\n');
    expect(r.screen).toContain('Tambah unit lain? tidak\n');
    const yaml = readFileSync(join(parent, 'arsip', 'ppid.yaml'), 'utf8');
    expect(yaml).toMatch(/kode: DINKES\n {4}nama: Dinas Kesehatan/);
    expect(yaml).toMatch(/kode: BKPSDM\n {4}nama: Badan Kepegawaian/);
  });
});
