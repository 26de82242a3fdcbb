/**
 * Issue 20 through the real CLI and real git: openings refused for a false reason, consent of one
 * person, reclassification of what is public by law, the checks validate makes across records
 * and against today, the old archive format and its migration, the determination's own unit, and
 * the reading of Pasal 11(2) as a setting.
 */
import { cpSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { cleanTempDirs, commitCount, git, gitLog, snapshot, tempDir, write, ppidInProcess } from '../helpers/cli.js';
import { decreeTest, PDF, sopArchive } from '../helpers/sop.js';
import { validRecord } from '../helpers/records.js';

afterAll(cleanTempDirs);

const ALL_ROLES = ['--peran-saya', 'petugas-teknis,ppid-utama,tim-pertimbangan'];
const APPROVAL = ['--pimpinan', 'Budi Santoso'];

/** A record in force, written by hand and committed (the archive's petugas holds every role). */
function inForce(dir: string, id: string, over: Record<string, unknown> = {}): string {
  const v = validRecord();
  const data = { ...v, id, unit: 'Badan Kepegawaian', ...over };
  write(dir, `informasi/${id}.md`, `---\n${stringify(data, { lineWidth: 0 })}---\n\nIsi.\n`);
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-qm', `butir ${id}`]);
  return id;
}

/**
 * A copy of a describe's shared archive, for a test that changes it: the refusals beside it
 * compare the shared one before and after, and must find it as it was made.
 */
function copyOf(dir: string): string {
  const copy = join(tempDir(), 'arsip');
  cpSync(dir, copy, { recursive: true });
  return copy;
}

describe('ppid open states a true reason', () => {
  const shared = sopArchive(ALL_ROLES);
  const dir = shared;
  // 5 years from 16 February 2026: exempt up to 15 February 2031, public from the 16th.
  const id = inForce(dir, 'DIK-2026-0001');

  it('refuses "the period ends" before the 30 working days, naming the day it holds from and the reasons that could apply', async () => {
    const before = snapshot(dir);
    const r = await ppidInProcess(
      ['open', id, '--alasan', 'jangka-waktu-berakhir', ...APPROVAL, '--tanggal-persetujuan', '2026-06-01', '--today', '2026-06-02'],
      { cwd: dir },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('"jangka waktu berakhir" belum menjadi alasan yang benar pada 2 Juni 2026');
    expect(r.stderr).toContain('sampai dengan 15 Februari 2031');
    expect(r.stderr).toContain('PP 61/2010 Pasal 11 ayat 2');
    expect(r.stderr).toMatch(
      /Saran: tunggu sampai .*2031, atau beri alasan yang memang ada: putusan-komisi-informasi, putusan-pengadilan, persetujuan-tertulis, jabatan-publik, uji-konsekuensi-baru/,
    );
    expect(r.stderr).not.toContain('sidang-terbuka');
    expect(snapshot(dir)).toBe(before);
  });

  it('refuses an opening dated before the determination or after today, and a reason meant for other letters', async () => {
    const before = snapshot(dir);
    const early = await ppidInProcess(
      [
        'open',
        id,
        '--alasan',
        'putusan-pengadilan',
        '--dasar',
        'Putusan PN 2/2026',
        '--tanggal',
        '2026-02-10',
        ...APPROVAL,
        '--tanggal-persetujuan',
        '2026-02-09',
        '--today',
        '2026-06-02',
      ],
      { cwd: dir },
    );
    expect(early.code).toBe(1);
    expect(early.stderr).toContain('harus di antara penetapan (2026-02-16) dan hari ini (2026-06-02)');
    const future = await ppidInProcess(
      [
        'open',
        id,
        '--alasan',
        'putusan-pengadilan',
        '--dasar',
        'Putusan PN 2/2026',
        '--tanggal',
        '2026-06-03',
        ...APPROVAL,
        '--tanggal-persetujuan',
        '2026-06-01',
        '--today',
        '2026-06-02',
      ],
      { cwd: dir },
    );
    expect(future.code).toBe(1);
    const court = await ppidInProcess(
      ['open', id, '--alasan', 'sidang-terbuka', '--dasar', 'Putusan PN 2/2026', ...APPROVAL, '--tanggal-persetujuan', '2026-06-01', '--today', '2026-06-02'],
      { cwd: dir },
    );
    expect(court.code).toBe(1);
    expect(court.stderr).toContain('tidak berlaku untuk Pasal 17 huruf h');
    expect(court.stderr).toContain('PP 61/2010 Pasal 5 ayat (2)');
    expect(snapshot(dir)).toBe(before);
  });

  it('refuses an opening on a decision, a session or a new test that does not name it', async () => {
    const before = snapshot(dir);
    const r = await ppidInProcess(
      ['open', id, '--alasan', 'putusan-komisi-informasi', ...APPROVAL, '--tanggal-persetujuan', '2026-06-01', '--today', '2026-06-02'],
      { cwd: dir },
    );
    // A flag the chosen reason needs is missing: a usage error, as a missing --alasan is.
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('perlu --dasar');
    expect(snapshot(dir)).toBe(before);
  });

  it('an opening decided early and recorded now is told to give its day, and a year without holidays is said to make the window\u2019s start uncertain', async () => {
    const late = await ppidInProcess(
      ['open', id, '--alasan', 'jangka-waktu-berakhir', '--tanggal', '2030-06-03', ...APPROVAL, '--tanggal-persetujuan', '2030-06-01', '--today', '2031-02-10'],
      { cwd: dir },
    );
    expect(late.code).toBe(1);
    expect(late.stderr).toMatch(/Saran: bila keputusan itu diambil sejak .*2031, catat tanggalnya dengan --tanggal/);
    // 2031 has no holiday list in the shipped calendar.
    expect(late.stderr).toContain('Tahun 2031 belum punya kalender hari libur');
  });

  it('refuses the head\u2019s approval dated after the opening', async () => {
    const before = snapshot(dir);
    const r = await ppidInProcess(
      [
        'open',
        id,
        '--alasan',
        'putusan-pengadilan',
        '--dasar',
        'Putusan PN 1/2026',
        ...APPROVAL,
        '--tanggal-persetujuan',
        '2026-06-03',
        '--today',
        '2026-06-02',
      ],
      { cwd: dir },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('persetujuan pembukaan (2026-06-03) setelah tanggal pembukaan (2026-06-02)');
    expect(snapshot(dir)).toBe(before);
  });

  it('opens within the 30 working days for the period ending', async () => {
    const dir = copyOf(shared);
    const r = await ppidInProcess(
      ['open', id, '--alasan', 'jangka-waktu-berakhir', ...APPROVAL, '--tanggal-persetujuan', '2031-01-20', '--today', '2031-01-20'],
      {
        cwd: dir,
        env: { GIT_COMMITTER_DATE: '2031-01-20T09:00:00+07:00', GIT_AUTHOR_DATE: '2031-01-20T09:00:00+07:00' },
      },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(dir, `informasi/${id}.md`), 'utf8')).toMatch(/pembukaan:\n {2}tanggal: 2031-01-20\n {2}alasan: jangka-waktu-berakhir/);
    // Public from the day it was opened, not from the end its period would have had.
    const row = JSON.parse((await ppidInProcess(['list', '--json', '--today', '2031-01-21'], { cwd: dir })).stdout).find((b: any) => b.id === id);
    expect(row).toMatchObject({ status: 'dibuka', terbuka_sejak: '2031-01-20' });
    expect((await ppidInProcess(['list', '--csv-koma', '--today', '2031-01-21'], { cwd: dir })).stdout).toMatch(new RegExp(`${id},.*2031-01-20`));
  });

  it('an opening decided within the window and recorded after the period ended keeps its own day and reason', async () => {
    const dir = copyOf(shared);
    const late = inForce(dir, 'DIK-2026-0003', { jangka_waktu: { mulai: '2026-02-16', bulan: 9 } });
    // Public from 16 November 2026: decided on 10 November, written down on 1 December.
    const r = await ppidInProcess(
      [
        'open',
        late,
        '--alasan',
        'jangka-waktu-berakhir',
        '--tanggal',
        '2026-11-10',
        ...APPROVAL,
        '--tanggal-persetujuan',
        '2026-11-09',
        '--today',
        '2026-12-01',
      ],
      { cwd: dir },
    );
    expect(r.code, r.stderr).toBe(0);
    const rec = readFileSync(join(dir, `informasi/${late}.md`), 'utf8');
    expect(rec).toMatch(/pembukaan:\n {2}tanggal: 2026-11-10\n {2}alasan: jangka-waktu-berakhir\n {2}persetujuan_pimpinan:/);
    expect(rec).not.toContain('demi_hukum');
  });

  it('sidang terbuka opens an `a` item (PP 61/2010 Pasal 5(2))', async () => {
    const dir = copyOf(shared);
    const a = inForce(dir, 'DIK-2026-0002', { pasal17: ['a1'], dasar_hukum: ['UU 14/2008 Pasal 17 huruf a angka 1'] });
    const r = await ppidInProcess(
      [
        'open',
        a,
        '--alasan',
        'sidang-terbuka',
        '--dasar',
        'Sidang PN Uji 12 Mei 2026',
        ...APPROVAL,
        '--tanggal-persetujuan',
        '2026-06-01',
        '--today',
        '2026-06-02',
      ],
      { cwd: dir },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('sidang pengadilan yang terbuka untuk umum');
  });
});

describe('written consent opens one person\u2019s information', () => {
  const shared = sopArchive(ALL_ROLES);
  const dir = shared;
  const letter = write(tempDir(), 'persetujuan.pdf', PDF);
  const id = inForce(dir, 'DIK-2026-0001', { judul: 'Rekam medis Ibu Sari Dewi', judul_publik: 'Rekam medis seorang pasien' });
  const consent = [
    '--alasan',
    'persetujuan-tertulis',
    '--pemberi-persetujuan',
    'Sari Dewi',
    '--tanggal-surat-persetujuan',
    '2026-05-20',
    '--surat-persetujuan',
    letter,
    '--keperluan',
    'dibuka untuk umum',
    '--dasar',
    'Surat Sari Dewi 20 Mei 2026',
    ...APPROVAL,
    '--tanggal-persetujuan',
    '2026-06-01',
    '--today',
    '2026-06-02',
  ];

  it('without the letter, or without saying the item is about that person alone, nothing is opened', async () => {
    const before = snapshot(dir);
    const noLetter = await ppidInProcess(
      [
        'open',
        id,
        '--alasan',
        'persetujuan-tertulis',
        '--pemberi-persetujuan',
        'Sari Dewi',
        ...APPROVAL,
        '--tanggal-persetujuan',
        '2026-06-01',
        '--today',
        '2026-06-02',
      ],
      { cwd: dir },
    );
    // Options the reason needs are missing: a usage error; the one-person rule below is the law's.
    expect(noLetter.code).toBe(2);
    expect(noLetter.stderr).toContain('--surat-persetujuan BERKAS.pdf');
    const many = await ppidInProcess(['open', id, ...consent], { cwd: dir });
    expect(many.code).toBe(1);
    expect(many.stderr).toContain('persetujuan tertulis Sari Dewi membuka informasi tentang Sari Dewi saja');
    expect(many.stderr).toContain('tetap dikecualikan bagi orang lain');
    expect(many.stderr).toContain('--satu-orang');
    expect(snapshot(dir)).toBe(before);
  });

  it('records who consented, attaches the letter, and publishes neither', async () => {
    const dir = copyOf(shared);
    const r = await ppidInProcess(['open', id, ...consent, '--satu-orang'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const rec = readFileSync(join(dir, `informasi/${id}.md`), 'utf8');
    expect(rec).toMatch(/persetujuan_tertulis:\n {4}nama: Sari Dewi\n {4}tanggal: 2026-05-20\n {4}keperluan: dibuka untuk umum\n {4}satu_orang: true/);
    expect(rec).toMatch(/- jenis: persetujuan-tertulis\n {4}berkas: lampiran\/DIK-2026-0001\/persetujuan\.pdf/);
    expect(gitLog(dir)[0]!.files.sort()).toEqual(['informasi/DIK-2026-0001.md', 'lampiran/DIK-2026-0001/persetujuan.pdf']);
    const out = tempDir();
    expect((await ppidInProcess(['publish', '--out', out, '--today', '2026-06-02'], { cwd: dir })).code).toBe(0);
    const published = readdirSync(out)
      .map((f) => readFileSync(join(out, f), 'utf8'))
      .join('\n');
    expect(published).toContain('Rekam medis seorang pasien');
    expect(published).toContain('Persetujuan tertulis pihak yang bersangkutan');
    expect(published).not.toContain('Sari Dewi');
    expect(published).not.toContain('dibuka untuk umum');
  });
});

describe('public by law stays public', () => {
  it('reclassify is refused once the period is over (PP 61/2010 Pasal 11(3))', async () => {
    const dir = sopArchive(ALL_ROLES);
    const id = inForce(dir, 'DIK-2026-0001', { jangka_waktu: { mulai: '2026-02-16', tahun: 1 } });
    const before = snapshot(dir);
    const r = await ppidInProcess(
      [
        'reclassify',
        id,
        '--tanggal-uji',
        '2027-03-01',
        '--dibuka',
        'a',
        '--ditutup',
        'b',
        '--mulai',
        '2027-03-10',
        '--tahun',
        '3',
        '--nomor',
        '9/2027',
        '--tanggal',
        '2027-03-10',
        '--pejabat',
        'Siti Aminah',
        ...APPROVAL,
        '--tanggal-persetujuan',
        '2027-03-09',
        ...decreeTest('2027-03-09'),
        '--today',
        '2027-03-10',
      ],
      { cwd: dir },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('informasinya terbuka demi hukum sejak 16 Februari 2027; reklasifikasi tidak dapat menutupnya kembali');
    expect(r.stderr).toContain('daftarkan butir baru dengan uji konsekuensi baru');
    expect(snapshot(dir)).toBe(before);
  });

  it('validate shows an item whose information was opened before, and dates that have not happened', async () => {
    const dir = sopArchive(ALL_ROLES);
    inForce(dir, 'DIK-2026-0001', {
      status: 'dibuka',
      pembukaan: {
        tanggal: '2026-06-01',
        alasan: 'putusan-komisi-informasi',
        dasar: 'Putusan KI 3/2026',
        persetujuan_pimpinan: { nama: 'Budi Santoso', jabatan: 'Bupati Uji', tanggal: '2026-05-30' },
      },
    });
    inForce(dir, 'DIK-2026-0002', { judul: 'DATA kesehatan  pegawai' });
    const r = await ppidInProcess(['validate', '--json', '--today', '2026-07-01'], { cwd: dir });
    const j = JSON.parse(r.stdout);
    expect(j.masalah.map((m: any) => `${m.berkas}:${m.kode}:${m.kolom_data}`)).toEqual(['informasi/DIK-2026-0002.md:pernah-dibuka:judul']);
    expect(j.masalah[0].pesan).toContain('DIK-2026-0001, terbuka sejak 2026-06-01');
    expect(r.code).toBe(0);
    // The same archive checked as of a day before its events: each one said, at its line.
    const early = await ppidInProcess(['validate', '--today', '2026-02-12'], { cwd: dir });
    expect(early.code).toBe(1);
    expect(early.stdout).toMatch(
      /informasi\/DIK-2026-0001\.md:\d+:\d+: galat: tanggal 2026-06-01 belum terjadi \(hari ini 2026-02-12\) \(pembukaan\.tanggal\)/,
    );
    expect(early.stdout).toMatch(/informasi\/DIK-2026-0002\.md:\d+:\d+: galat: tanggal 2026-02-16 belum terjadi/);
    // Asked again (from the cache now), the answer is the same.
    expect((await ppidInProcess(['validate', '--today', '2026-02-12'], { cwd: dir })).stdout).toBe(early.stdout);
    expect((await ppidInProcess(['validate', '--today', '2026-07-01'], { cwd: dir })).code).toBe(0);
  });

  it('validate finds an opening recorded by hand for the period ending months too early', async () => {
    const dir = sopArchive(ALL_ROLES);
    inForce(dir, 'DIK-2026-0001', {
      status: 'dibuka',
      pembukaan: {
        tanggal: '2026-06-01',
        alasan: 'jangka-waktu-berakhir',
        persetujuan_pimpinan: { nama: 'Budi Santoso', jabatan: 'Bupati Uji', tanggal: '2026-05-30' },
      },
    });
    const r = await ppidInProcess(['validate', '--today', '2026-07-01'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('padahal jangka waktunya sampai dengan 2031-02-15');
    const since = (out: string) => /alasan itu baru benar sejak (\d{4}-\d{2}-\d{2})/.exec(out)?.[1];
    // 2031 has no holiday list: only weekends are skipped, and the 30th working day before 16 February is 6 January.
    expect(since(r.stdout)).toBe('2031-01-06');
    // A regional holiday in those 30 days moves the first of them a working day earlier: the cached answer is not reused.
    write(dir, 'kalender.yaml', 'tambah:\n  - { tanggal: 2031-01-20, nama: Libur daerah }\nhapus: []\n');
    git(dir, ['commit', '-qam', 'libur daerah']);
    expect(since((await ppidInProcess(['validate', '--today', '2026-07-01'], { cwd: dir })).stdout)).toBe('2031-01-03');
  });
});

describe('an archive of the old format (sampai = first public day)', () => {
  function oldArchive(): string {
    const dir = sopArchive(ALL_ROLES);
    const cfg = join(dir, 'ppid.yaml');
    write(dir, 'ppid.yaml', readFileSync(cfg, 'utf8').replace('versi: 2', 'versi: 1'));
    inForce(dir, 'DIK-2026-0001', { jangka_waktu: { sampai: '2027-01-01' } });
    inForce(dir, 'DIK-2026-0002', { jangka_waktu: { sampai: '2030-12-31', keterangan: 'sampai dengan 31 Desember 2030' } });
    inForce(dir, 'DIK-2026-0003', { jangka_waktu: { sampai: '2028-06-30' }, klarifikasi: { tanggal: '2026-02-10', berakhir: '2028-06-30' } });
    return dir;
  }

  it('is told by validate and doctor, refuses steps, and warns on reports', async () => {
    const dir = oldArchive();
    const v = await ppidInProcess(['validate'], { cwd: dir });
    expect(v.code).toBe(1);
    expect(v.stdout).toMatch(/ppid\.yaml:\d+:1: galat: arsip ditulis dengan format versi 1/);
    expect(v.stdout).toContain('ppid migrate --dry-run');
    expect((await ppidInProcess(['doctor'], { cwd: dir })).stdout).toContain('ppid migrate');
    const before = snapshot(dir);
    const step = await ppidInProcess(['clarify', 'DIK-2026-0001'], { cwd: dir });
    expect(step.code).toBe(1);
    expect(step.stderr).toContain('masih format versi 1');
    expect(snapshot(dir)).toBe(before);
    expect((await ppidInProcess(['list'], { cwd: dir })).stderr).toContain('ppid migrate');
    // Nothing leaves the archive under the old reading: a public list would be a day off for every item.
    for (const args of [
      ['publish', '--out', tempDir()],
      ['doc', 'pembukaan', 'DIK-2026-0001', '--out', join(tempDir(), 'p.docx')],
    ]) {
      const r = await ppidInProcess(args, { cwd: dir });
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr).toContain('masih format versi 1');
    }
  });

  it('migrate keeps the comment on the version line and the file\u2019s line ends, and refuses an unknown --tetap', async () => {
    const dir = oldArchive();
    const cfg = readFileSync(join(dir, 'ppid.yaml'), 'utf8').replace('versi: 1', 'versi: 1 # format arsip').replace(/\n/g, '\r\n');
    write(dir, 'ppid.yaml', cfg);
    git(dir, ['commit', '-qam', 'CRLF']);
    const before = snapshot(dir);
    const bad = await ppidInProcess(['migrate', '--tetap', 'DIK-2026-0099'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('DIK-2026-0099');
    expect(snapshot(dir)).toBe(before);
    const r = await ppidInProcess(['migrate'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const after = readFileSync(join(dir, 'ppid.yaml'), 'utf8');
    expect(after).toContain('versi: 2 # format arsip\r\n');
    expect(after.replace(/\r\n/g, '')).not.toContain('\n');
    expect((await ppidInProcess(['validate'], { cwd: dir })).code).toBe(0);
  });

  it('ppid migrate shows each change, then makes it in one commit; the wording of a period is kept as the legal text', async () => {
    const dir = oldArchive();
    const before = snapshot(dir);
    const dry = await ppidInProcess(['migrate', '--dry-run', '--json'], { cwd: dir });
    expect(dry.code, dry.stderr).toBe(0);
    // A date ppid 0.1 stored as the first public day moves back a day; one that the period's wording names is the last exempt day already.
    expect(JSON.parse(dry.stdout).perubahan.map((c: any) => `${c.id}:${c.lama}>${c.baru}:${c.alasan}`)).toEqual([
      'DIK-2026-0001:2027-01-01>2026-12-31:digeser',
      'DIK-2026-0002:2030-12-31>2030-12-31:sesuai-keterangan',
      'DIK-2026-0003:2028-06-30>2028-06-29:digeser',
    ]);
    expect(snapshot(dir)).toBe(before);
    const count = commitCount(dir);
    const r = await ppidInProcess(['migrate', '--tetap', 'DIK-2026-0003'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(commitCount(dir)).toBe(count + 1);
    const [last] = gitLog(dir);
    expect(last!.trailers['PPID-Perintah']).toEqual(['migrate']);
    expect(last!.files.sort()).toEqual(['informasi/DIK-2026-0001.md', 'informasi/DIK-2026-0003.md', 'ppid.yaml']);
    expect(readFileSync(join(dir, 'ppid.yaml'), 'utf8')).toMatch(/^versi: 2$/m);
    expect(readFileSync(join(dir, 'informasi/DIK-2026-0001.md'), 'utf8')).toContain('sampai: 2026-12-31');
    // Kept as written: its stored first public day follows the new reading.
    const kept = readFileSync(join(dir, 'informasi/DIK-2026-0003.md'), 'utf8');
    expect(kept).toContain('sampai: 2028-06-30');
    expect(kept).toMatch(/berakhir: 2028-07-01/);
    const v = await ppidInProcess(['validate'], { cwd: dir });
    expect(v.code, v.stdout).toBe(0);
    expect((await ppidInProcess(['migrate'], { cwd: dir })).stderr).toContain('sudah format versi 2');
    // The records here were written by hand (audit says so); the migration itself is ppid's own step.
    const migration = git(dir, ['log', '-1', '--format=%H', '--grep', 'format 2']).trim();
    const audit = JSON.parse((await ppidInProcess(['audit', '--json'], { cwd: dir })).stdout);
    expect(audit.temuan.filter((f: any) => f.commit === migration)).toEqual([]);
  });
});

describe('the determination', () => {
  it('is refused without the determining official\u2019s own work unit', async () => {
    const dir = sopArchive(ALL_ROLES);
    write(dir, 'ppid.yaml', readFileSync(join(dir, 'ppid.yaml'), 'utf8').replace(/ppid:\n {2}unit_kerja: .*\n/, ''));
    git(dir, ['commit', '-qam', 'tanpa unit PPID']);
    const item = write(
      tempDir(),
      'b.yaml',
      `judul: Data rekening\nunit: Badan Kepegawaian\npasal17: [h3]\ndasar_hukum: ["UU 14/2008 Pasal 17 huruf h angka 3"]
uji_konsekuensi: { tanggal: 2026-01-05, konsekuensi_dibuka: a, konsekuensi_ditutup: b }\njangka_waktu: { tahun: 2 }\ncakupan: seluruh\n`,
    );
    const id = (await ppidInProcess(['add', '--from', item, '--today', '2026-01-05'], { cwd: dir })).stdout.trim();
    expect((await ppidInProcess(['clarify', id, '--today', '2026-01-06'], { cwd: dir })).code).toBe(0);
    expect((await ppidInProcess(['review', id, '--rekomendasi', 'setuju', '--nomor', '1/TP', '--today', '2026-01-07'], { cwd: dir })).code).toBe(0);
    const args = [
      'decree',
      id,
      '--nomor',
      '1/2026',
      '--tanggal',
      '2026-01-10',
      '--pejabat',
      'Siti Aminah',
      ...APPROVAL,
      '--tanggal-persetujuan',
      '2026-01-09',
      ...decreeTest('2026-01-09'),
      '--today',
      '2026-01-10',
    ];
    const r = await ppidInProcess(args, { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Badan Publik dan unit kerja pejabat PPID yang menetapkan');
    const noPosition = await ppidInProcess([...args, '--unit-kerja-pejabat', 'Dinas Komunikasi dan Informatika', '--peserta-uji', 'Siti Aminah'], { cwd: dir });
    expect(noPosition.code).toBe(2);
    expect(noPosition.stderr).toContain('--peserta-uji "Siti Aminah": tulis nama dan jabatan');
    const ok = await ppidInProcess([...args, '--unit-kerja-pejabat', 'Dinas Komunikasi dan Informatika'], { cwd: dir });
    expect(ok.code, ok.stderr).toBe(0);
    expect(readFileSync(join(dir, `informasi/${id}.md`), 'utf8')).toMatch(
      /pejabat:\n {4}nama: Siti Aminah\n {4}jabatan: PPID Utama\n {4}unit_kerja: Dinas Komunikasi dan Informatika/,
    );
  });
});

describe('the reading of Pasal 11(2) is a setting', () => {
  it('awal-jendela puts the decision deadline on the first of the 30 working days, and the report says which reading it used', async () => {
    const dir = sopArchive(ALL_ROLES);
    inForce(dir, 'DIK-2026-0001', { jangka_waktu: { sampai: '2026-11-15' } });
    const sop = JSON.parse((await ppidInProcess(['expiring', '--json', '--today', '2026-11-02'], { cwd: dir })).stdout);
    expect(sop).toMatchObject({ tafsir_batas_keputusan: 'hari-kerja-terakhir', butir: [{ batas_keputusan: '2026-11-13', dikecualikan_sampai: '2026-11-15' }] });
    write(dir, 'ppid.yaml', readFileSync(join(dir, 'ppid.yaml'), 'utf8').replace('batas_keputusan: hari-kerja-terakhir', 'batas_keputusan: awal-jendela'));
    const literal = JSON.parse((await ppidInProcess(['expiring', '--json', '--today', '2026-11-02'], { cwd: dir })).stdout);
    expect(literal).toMatchObject({ tafsir_batas_keputusan: 'awal-jendela', butir: [{ batas_keputusan: '2026-10-05', lewat_batas_keputusan: true }] });
    expect(sop.butir[0].lewat_batas_keputusan).toBe(false);
    const text = (await ppidInProcess(['expiring', '--today', '2026-11-02'], { cwd: dir })).stdout;
    expect(text).toContain('tafsir harfiah');
    // Past the deadline and not opened: the officer is told it is late, today.
    expect(text).toContain('5 Oktober 2026 (terlambat)');
    expect((await ppidInProcess(['expiring', '--today', '2026-11-02', '--within', '99999'], { cwd: dir })).code).toBe(2);
  });
});
