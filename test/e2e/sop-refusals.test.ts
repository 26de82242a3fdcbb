import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { STATUSES, TRANSITIONS, type Status } from '../../src/domain/lifecycle.js';
import { cleanTempDirs, git, gitLog, snapshot, tempDir, write, ppidInProcess } from '../helpers/cli.js';
import { decreeSigned, on, PDF, PPID, SAMPLE_ITEM, sopArchive, TIM } from '../helpers/sop.js';

afterAll(cleanTempDirs);

const BASE = SAMPLE_ITEM;
const PENETAPAN = {
  nomor: '800/9/2026',
  tanggal: '2026-01-10',
  tempat: 'Uji',
  pejabat: { nama: 'Siti Aminah', jabatan: 'PPID Utama' },
  persetujuan_pimpinan: { nama: 'Budi Santoso', jabatan: 'Bupati Uji', tanggal: '2026-01-09' },
};
/**
 * How an item reaches each status: registered (proposed, or in force with its decree: the only
 * statuses registration gives), then the SOP's own steps, each by an official holding its role.
 */
const REACH: Record<Status, { daftar: Record<string, unknown>; langkah: Array<{ args: string[]; oleh?: Record<string, string> }> }> = {
  diusulkan: { daftar: {}, langkah: [] },
  diklarifikasi: { daftar: {}, langkah: [{ args: ['clarify'] }] },
  dipertimbangkan: { daftar: {}, langkah: [{ args: ['clarify'] }, { args: ['review', '--rekomendasi', 'setuju', '--nomor', '1/TP'], oleh: TIM }] },
  ditetapkan: { daftar: { status: 'ditetapkan', penetapan: PENETAPAN }, langkah: [] },
  dibuka: {
    daftar: { status: 'ditetapkan', penetapan: PENETAPAN },
    langkah: [
      {
        args: [
          'open',
          '--alasan',
          'putusan-komisi-informasi',
          '--dasar',
          'Putusan KI 1/2026',
          '--pimpinan',
          'Budi Santoso',
          '--tanggal-persetujuan',
          '2026-01-30',
        ],
        oleh: PPID,
      },
    ],
  },
  ditolak: { daftar: {}, langkah: [{ args: ['reject', '--alasan', 'Informasi terbuka'], oleh: PPID }] },
};

const ALL_ROLES = ['--peran-saya', 'petugas-teknis,ppid-utama,tim-pertimbangan'];

async function addAt(dir: string, status: Status, extra: Record<string, unknown> = {}): Promise<string> {
  const way = REACH[status];
  const file = write(tempDir(), 'butir.yaml', stringify({ ...BASE, ...way.daftar, ...extra }));
  const r = await ppidInProcess(['add', '--from', file, '--today', '2026-02-01'], { cwd: dir });
  if (r.code !== 0) throw new Error(r.stderr);
  const id = r.stdout.trim();
  for (const step of way.langkah) {
    const s = await ppidInProcess([step.args[0]!, id, ...step.args.slice(1), '--today', '2026-02-01'], {
      cwd: dir,
      env: step.oleh ? on(step.oleh, '2026-02-01') : {},
    });
    if (s.code !== 0) throw new Error(`${step.args[0]}: ${s.stderr}`);
  }
  return id;
}

/** Just enough arguments that only the lifecycle can refuse. */
const ARGS: Record<string, string[]> = {
  clarify: [],
  review: ['--rekomendasi', 'setuju', '--nomor', '2/TP'],
  reject: ['--alasan', 'x'],
  decree: ['--nomor', '1', '--tanggal', '2026-02-01', ...decreeSigned('2026-02-01')],
  open: ['--alasan', 'putusan-komisi-informasi', '--dasar', 'Putusan KI 1/2026', '--pimpinan', 'Budi Santoso', '--tanggal-persetujuan', '2026-02-01'],
  reclassify: [
    '--tanggal-uji',
    '2026-02-01',
    '--dibuka',
    'a',
    '--ditutup',
    'b',
    '--tahun',
    '2',
    '--nomor',
    '2',
    '--tanggal',
    '2026-02-01',
    '--pejabat',
    'Siti Aminah',
    '--pimpinan',
    'Budi Santoso',
    '--tanggal-persetujuan',
    '2026-02-01',
  ],
};

describe('the lifecycle refuses every illegal transition', () => {
  const dir = sopArchive(ALL_ROLES);
  const ids = {} as Record<Status, string>;
  beforeAll(async () => {
    for (const s of STATUSES) ids[s] = await addAt(dir, s);
  });

  for (const status of STATUSES) {
    for (const t of TRANSITIONS.filter((x) => ARGS[x.perintah] && !x.dari.includes(status))) {
      it(`${t.perintah} on an item "${status}"`, async () => {
        const before = snapshot(dir);
        const r = await ppidInProcess([t.perintah, ids[status], ...ARGS[t.perintah]!, '--today', '2026-02-01'], { cwd: dir });
        expect(r.code, r.stderr).toBe(1);
        expect(r.stderr).toContain(`berstatus "${status}"`);
        expect(r.stderr).toContain('yang boleh berikutnya');
        expect(snapshot(dir)).toBe(before);
      });
    }
  }
});

describe('refusals that leave the archive unchanged', () => {
  const dir = sopArchive(ALL_ROLES);
  let considered: string, inForce: string;
  beforeAll(async () => {
    considered = await addAt(dir, 'dipertimbangkan');
    inForce = await addAt(dir, 'ditetapkan');
  });
  const refused = async (args: string[], says: string) => {
    const before = snapshot(dir);
    const r = await ppidInProcess([...args, '--today', '2026-02-01'], { cwd: dir });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain(says);
    expect(snapshot(dir)).toBe(before);
  };

  it('a decree without the head\u2019s approval', async () => {
    await refused(['decree', considered, '--nomor', '1', '--tanggal', '2026-02-01', '--pejabat', 'Siti Aminah'], 'persetujuan pimpinan Badan Publik');
  });

  it('a decree without the determining official, place and date', async () => {
    await refused(
      ['decree', considered, '--nomor', '1', '--pimpinan', 'Budi Santoso', '--tanggal-persetujuan', '2026-02-01', '--tempat', ''],
      'identitas pejabat PPID yang menetapkan, tempat dan tanggal penetapan',
    );
  });

  it('an opening without --alasan: a missing option is a usage error (exit 2)', async () => {
    const before = snapshot(dir);
    const r = await ppidInProcess(['open', inForce, '--today', '2026-02-01'], { cwd: dir });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('beri --alasan pembukaan');
    expect(snapshot(dir)).toBe(before);
  });

  it('an opening without the head\u2019s approval', async () => {
    await refused(['open', inForce, '--alasan', 'putusan-pengadilan', '--dasar', 'Putusan PN 1/2026'], 'memerlukan persetujuan pimpinan');
  });

  it('written consent as a reason for a non-personal item', async () => {
    const b = await addAt(dir, 'ditetapkan', { pasal17: ['b'], dasar_hukum: ['UU 14/2008 Pasal 17 huruf b'] });
    await refused(
      ['open', b, '--alasan', 'persetujuan-tertulis', '--pimpinan', 'Budi Santoso', '--tanggal-persetujuan', '2026-02-01'],
      'tidak berlaku untuk Pasal 17 huruf b',
    );
  });

  it('a reclassification that changes nothing', async () => {
    await refused(
      [
        'reclassify',
        inForce,
        '--tanggal-uji',
        '2026-02-01',
        '--dibuka',
        'a',
        '--ditutup',
        'b',
        '--nomor',
        '2',
        '--tanggal',
        '2026-02-01',
        '--pejabat',
        'Siti Aminah',
        '--pimpinan',
        'Budi Santoso',
        '--tanggal-persetujuan',
        '2026-02-01',
      ],
      'harus mengubah dasar',
    );
  });

  it('a fake PDF', async () => {
    const fake = write(tempDir(), 'scan.pdf', 'PK\u0003\u0004 this is a Word file');
    await refused(['attach', inForce, fake, '--jenis', 'penetapan'], 'bukan PDF yang sah');
  });

  it('an unknown item id', async () => {
    const before = snapshot(dir);
    const r = await ppidInProcess(['clarify', 'DIK-2026-9999'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(snapshot(dir)).toBe(before);
  });
});

describe('roles', () => {
  it('a step by someone without its role is refused', async () => {
    const dir = sopArchive(); // the petugas is only petugas-teknis
    const id = await addAt(dir, 'dipertimbangkan');
    const before = snapshot(dir);
    const r = await ppidInProcess(['decree', id, ...ARGS.decree!], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('tidak memegang peran untuk "ppid decree" (perlu: ppid-utama)');
    const stranger = await ppidInProcess(['clarify', id], { cwd: dir, env: { GIT_AUTHOR_EMAIL: 'orang@lain.id', GIT_COMMITTER_EMAIL: 'orang@lain.id' } });
    expect(stranger.code).toBe(1);
    expect(stranger.stderr).toContain('tidak terdaftar sebagai pejabat');
    expect(snapshot(dir)).toBe(before);
  });

  it('is only warned about where ppid.yaml says so, and the audit shows it', async () => {
    const dir = sopArchive();
    const id = await addAt(dir, 'dipertimbangkan');
    // Set by the PPID Utama through ppid: a hand edit of ppid.yaml would grant nothing (ADR 16).
    const set = await ppidInProcess(['config', 'set', 'peran_tidak_sesuai', 'peringatan'], { cwd: dir, env: on(PPID, '2026-02-01') });
    expect(set.code, set.stderr).toBe(0);
    const r = await ppidInProcess(['decree', id, ...ARGS.decree!], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('peringatan');
    expect(gitLog(dir)[0]!.trailers['PPID-Peran']).toEqual(['tanpa-peran']);
    const audit = JSON.parse((await ppidInProcess(['audit', '--json'], { cwd: dir })).stdout);
    expect(audit.temuan.map((f: any) => `${f.kode}:${f.berkas ?? ''}`)).toEqual(['tanpa-peran:']);
  });
});

describe('tampering is found', () => {
  it('a changed attachment fails validate, and audit names its commit', async () => {
    const dir = sopArchive(ALL_ROLES);
    const id = await addAt(dir, 'ditetapkan');
    const pdf = write(tempDir(), 'sk.pdf', PDF);
    expect((await ppidInProcess(['attach', id, pdf, '--jenis', 'penetapan'], { cwd: dir })).code).toBe(0);
    write(dir, `lampiran/${id}/sk.pdf`, PDF.replace('/Count 2', '/Count 3'));
    const v = await ppidInProcess(['validate'], { cwd: dir });
    expect(v.code).toBe(1);
    expect(v.stdout).toContain(`lampiran "lampiran/${id}/sk.pdf" tidak sama dengan yang dicatat`);
    git(dir, ['commit', '-qam', 'ganti pindaian']);
    const head = git(dir, ['rev-parse', 'HEAD']).trim();
    const audit = await ppidInProcess(['audit', '--json'], { cwd: dir });
    expect(audit.code).toBe(1);
    expect(JSON.parse(audit.stdout).temuan.map((f: any) => [f.commit, f.kode, f.berkas])).toEqual([
      [head, 'suntingan-tangan', `lampiran/${id}/sk.pdf`],
      [head, 'lampiran-berubah', `lampiran/${id}/sk.pdf`],
    ]);
  });

  it('audit finds a hand edit made with plain git commit, and a status that skipped steps', async () => {
    const dir = sopArchive(ALL_ROLES);
    const id = await addAt(dir, 'diusulkan');
    expect((await ppidInProcess(['audit'], { cwd: dir })).code).toBe(0);
    const path = join(dir, `informasi/${id}.md`);
    const text = readFileSync(path, 'utf8')
      .replace('status: diusulkan', 'status: ditetapkan')
      .replace('cakupan: seluruh', `cakupan: seluruh\n${stringify({ penetapan: PENETAPAN }).trimEnd()}`);
    write(dir, `informasi/${id}.md`, text);
    git(dir, ['commit', '-qam', 'tetapkan langsung']);
    const head = git(dir, ['rev-parse', 'HEAD']).trim();
    const r = await ppidInProcess(['audit'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${head.slice(0, 10)} informasi/${id}.md: diubah tanpa ppid`);
    expect(r.stdout).toContain(`status ${id} berubah dari "diusulkan" ke "ditetapkan", melompati langkah SOP`);
    expect((await ppidInProcess(['log', id], { cwd: dir })).stdout).toContain('suntingan tangan, tanpa ppid');
  });
});

describe('partial exemption and signatures', () => {
  it('a partly exempt item carries the original and the blacked-out copy', async () => {
    const dir = sopArchive(ALL_ROLES);
    const id = await addAt(dir, 'ditetapkan', { cakupan: 'sebagian', bagian_dikecualikan: ['nomor rekening', 'alamat'] });
    const files = tempDir();
    expect((await ppidInProcess(['attach', id, write(files, 'asli.pdf', PDF), '--jenis', 'dokumen'], { cwd: dir })).code).toBe(0);
    const half = JSON.parse((await ppidInProcess(['validate', '--json'], { cwd: dir })).stdout);
    expect(half.masalah.map((m: any) => m.kode)).toEqual(['sebagian-tanpa-salinan-disamarkan']);
    expect(
      (await ppidInProcess(['attach', id, write(files, 'dihitamkan.pdf', PDF.replace('1.4', '1.7')), '--jenis', 'dokumen-disamarkan'], { cwd: dir })).code,
    ).toBe(0);
    expect(JSON.parse((await ppidInProcess(['validate', '--json'], { cwd: dir })).stdout).masalah).toEqual([]);
    const rec = readFileSync(join(dir, `informasi/${id}.md`), 'utf8');
    expect(rec).toContain(`berkas: lampiran/${id}/asli.pdf`);
    expect(rec).toContain(`berkas: lampiran/${id}/dihitamkan.pdf`);
    expect(rec).toContain('- nomor rekening');
  });

  it('--require-signed reports every unsigned commit', async () => {
    const dir = sopArchive(ALL_ROLES);
    await addAt(dir, 'diusulkan');
    expect((await ppidInProcess(['audit'], { cwd: dir })).code).toBe(0);
    const r = await ppidInProcess(['audit', '--require-signed', '--json'], { cwd: dir });
    expect(r.code).toBe(1);
    const found = JSON.parse(r.stdout).temuan;
    expect(found).toHaveLength(2);
    expect(found.every((f: any) => f.kode === 'tanpa-tanda-tangan')).toBe(true);
  });
});
