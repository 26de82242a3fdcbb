import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanTempDirs, git, newArchive, snapshot, tempDir, write, ppidInProcess } from '../helpers/cli.js';
import { addInput } from '../helpers/records.js';

afterAll(cleanTempDirs);

const GOOD = addInput('Inspektorat Daerah');

/** Each bad input: the YAML, the line that must be named, and a piece of the message. */
const CASES: Array<{ name: string; yaml: string; line: number; says: string }> = [
  { name: 'broken YAML', yaml: GOOD.replace('pasal17: [h3]', 'pasal17: [h3'), line: 3, says: 'YAML tidak dapat dibaca' },
  { name: 'a wrong type', yaml: GOOD.replace('tahun: 5', 'tahun: lima'), line: 9, says: 'harus berupa bilangan bulat' },
  { name: 'an unknown Pasal 17 code', yaml: GOOD.replace('[h3]', '[h3, z9]'), line: 3, says: 'kode Pasal 17 "z9" tidak dikenal' },
  {
    name: 'a missing required key',
    yaml: GOOD.replace(/uji_konsekuensi:\n  tanggal: 2026-01-05\n/, 'uji_konsekuensi:\n'),
    line: 5,
    says: 'kunci wajib "tanggal" tidak ada',
  },
  { name: 'an impossible date', yaml: GOOD.replace('2026-01-05', '2026-02-30'), line: 6, says: '"2026-02-30" bukan tanggal yang sah' },
];

describe('bad input: named file and line, exit 1, archive unchanged', () => {
  const dir = newArchive();

  for (const c of CASES) {
    it(`add --from with ${c.name}`, async () => {
      const before = snapshot(dir);
      const file = write(tempDir(), 'butir.yaml', c.yaml);
      const r = await ppidInProcess(['add', '--from', file, '--today', '2026-02-01'], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`${file}:${c.line}:`);
      expect(r.stderr).toContain(c.says);
      expect(r.stderr).toContain('Saran:');
      expect(r.stderr).not.toMatch(/\n\s+at .+\.js:\d+/);
      expect(r.stdout).toBe('');
      expect(snapshot(dir)).toBe(before);
    });

    it(`validate finds ${c.name} in a record written by hand`, async () => {
      const work = newArchive();
      write(work, 'informasi/DIK-2026-0001.md', `---\nid: DIK-2026-0001\nstatus: diusulkan\n${c.yaml}---\n\nIsi.\n`);
      const r = await ppidInProcess(['validate'], { cwd: work });
      expect(r.code).toBe(1);
      // Two lines (id, status) come before the input's lines, plus the opening "---".
      expect(r.stdout).toContain(`informasi/DIK-2026-0001.md:${c.line + 3}:`);
      expect(r.stdout).toContain(c.says);
      expect(r.stdout).toMatch(/galat/);
    });
  }

  it('reports every problem of every file in one pass, errors apart from warnings', async () => {
    const work = newArchive();
    write(work, 'informasi/DIK-2026-0001.md', `---\nid: DIK-2026-0001\nstatus: diusulkan\n${CASES[1]!.yaml}---\n`);
    write(work, 'informasi/DIK-2026-0002.md', `---\nid: DIK-2026-0002\nstatus: diusulkan\n${CASES[2]!.yaml.replace('Inspektorat Daerah', 'Dinas Entah')}---\n`);
    write(
      work,
      'informasi/DIK-2026-0003.md',
      `---\nid: DIK-2026-0002\nstatus: diusulkan\n${GOOD}lampiran:\n  - { jenis: dokumen, berkas: lampiran/tidak-ada.pdf }\n---\n`,
    );
    const r = await ppidInProcess(['validate', '--json'], { cwd: work });
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout);
    const found = j.masalah.map((m: any) => `${m.berkas}:${m.tingkat}:${m.kode}`).sort();
    expect(found).toEqual([
      'informasi/DIK-2026-0001.md:galat:skema-tipe',
      'informasi/DIK-2026-0002.md:galat:id-ganda',
      'informasi/DIK-2026-0002.md:galat:pasal17-tidak-dikenal',
      'informasi/DIK-2026-0002.md:peringatan:unit-tidak-dikenal',
      'informasi/DIK-2026-0003.md:galat:id-ganda',
      'informasi/DIK-2026-0003.md:galat:id-tidak-cocok-nama-berkas',
      'informasi/DIK-2026-0003.md:galat:lampiran-tidak-ada',
    ]);
    expect(j.masalah[0]).toHaveProperty('baris');
    expect(j.masalah[0]).toHaveProperty('saran');
  });

  it('--strict makes warnings count', async () => {
    const work = newArchive();
    write(work, 'informasi/DIK-2026-0001.md', `---\nid: DIK-2026-0001\nstatus: diusulkan\n${GOOD.replace('Inspektorat Daerah', 'Dinas Entah')}---\n`);
    expect((await ppidInProcess(['validate'], { cwd: work })).code).toBe(0);
    expect((await ppidInProcess(['validate', '--strict'], { cwd: work })).code).toBe(1);
  });

  it('flags without a file: every missing key listed, nothing written', async () => {
    const before = snapshot(dir);
    const r = await ppidInProcess(['add', '--judul', 'Sesuatu', '--no-input'], { cwd: dir });
    expect(r.code).toBe(1);
    for (const k of ['unit', 'pasal17', 'dasar_hukum', 'uji_konsekuensi', 'jangka_waktu', 'cakupan']) expect(r.stderr).toContain(`"${k}"`);
    expect(snapshot(dir)).toBe(before);
  });

  it('an officer’s shell settings (EDITOR, PAGER, GIT_SSH_COMMAND, …) neither block ppid nor reach git', async () => {
    const work = newArchive();
    const env = {
      EDITOR: 'nano',
      VISUAL: 'vi',
      PAGER: 'less',
      GIT_PAGER: 'less',
      GIT_EDITOR: 'touch pwned',
      GIT_SSH_COMMAND: 'ssh -i kunci',
      GIT_ASKPASS: '/bin/true',
    };
    const file = write(tempDir(), 'butir.yaml', GOOD.replace('Inspektorat Daerah', 'INSPEKTORAT'));
    const r = await ppidInProcess(['add', '--from', file, '--today', '2026-02-01'], { cwd: work, env });
    expect(r.code, r.stderr).toBe(0);
    for (const args of [['log'], ['status'], ['audit'], ['doctor'], ['clarify', 'DIK-2026-0001', '--today', '2026-02-02']]) {
      const x = await ppidInProcess(args, { cwd: work, env });
      expect(x.code, `${args.join(' ')}: ${x.stderr}`).toBe(0);
    }
    expect(git(work, ['status', '--porcelain'])).toBe('');
  });

  it('a git failure leaves nothing behind (no identity → exit 4)', async () => {
    const work = newArchive();
    git(work, ['config', 'user.useConfigOnly', 'true']);
    const before = snapshot(work);
    const file = write(tempDir(), 'butir.yaml', GOOD);
    const r = await ppidInProcess(['add', '--from', file, '--today', '2026-02-01'], {
      cwd: work,
      env: { GIT_AUTHOR_NAME: undefined, GIT_AUTHOR_EMAIL: undefined, GIT_COMMITTER_NAME: undefined, GIT_COMMITTER_EMAIL: undefined, EMAIL: undefined },
    });
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('git config --global user.name');
    expect(snapshot(work)).toBe(before);
  });

  it('commands that change an archive refuse one that is not its own git work tree', async () => {
    const plain = tempDir();
    write(plain, 'ppid.yaml', 'versi: 2\nbadan_publik: { nama: X }\nunit: [{ kode: A, nama: A }]\npejabat: []\n');
    const file = write(tempDir(), 'butir.yaml', GOOD.replace('Inspektorat Daerah', 'A'));
    const r = await ppidInProcess(['add', '--from', file], { cwd: plain });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('git init');
    // Read-only commands still work there.
    expect((await ppidInProcess(['validate'], { cwd: plain })).code).toBe(0);
    expect((await ppidInProcess(['list'], { cwd: join(plain) })).code).toBe(0);
  });

  it('an invalid ppid.yaml is named with its line', async () => {
    const work = newArchive();
    write(work, 'ppid.yaml', 'versi: 2\nbadan_publik: { nama: X }\nunit: [{ kode: a b, nama: A }]\npejabat: []\ntenggat: { jendela_berakhir: tiga puluh }\n');
    const r = await ppidInProcess(['list'], { cwd: work });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('ppid.yaml:3:');
    expect(r.stderr).toContain('ppid.yaml:5:');
    const v = await ppidInProcess(['validate', '--json'], { cwd: work });
    expect(v.code).toBe(1);
    expect(JSON.parse(v.stdout).masalah.map((m: any) => `${m.berkas}:${m.baris}`)).toEqual(['ppid.yaml:3', 'ppid.yaml:5']);
  });

  it('no archive here: exit 3 and a hint', async () => {
    const r = await ppidInProcess(['list'], { cwd: tempDir() });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('ppid init');
  });

  it('unknown options are usage errors (exit 2), in Indonesian', async () => {
    const r = await ppidInProcess(['list', '--tidak-ada'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('opsi tidak dikenal');
  });
});
