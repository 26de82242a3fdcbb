/** `ppid edit`: corrections as steps — what may change at which status, the reason in the trail, the audit's word on both. */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { baseEnv, BIN, cleanTempDirs, git, gitLog, head, ppidInProcess, ROOT, snapshot, tempDir, write } from '../helpers/cli.js';
import { on, PETUGAS, PPID, SAMPLE_DECREE, SAMPLE_ITEM, sopArchive } from '../helpers/sop.js';

afterAll(cleanTempDirs);

/** The SOP tests' sample item with two typos to correct: in its title and in a consequence. */
const BASE = {
  ...SAMPLE_ITEM,
  judul: 'Data rekning penerima bantuan',
  uji_konsekuensi: { ...SAMPLE_ITEM.uji_konsekuensi, konsekuensi_dibuka: 'Membuka data keuangan priadi.' },
};
const IN_FORCE = { status: 'ditetapkan', penetapan: SAMPLE_DECREE };

/** An item registered on 2026-02-01: proposed by the petugas teknis, or in force by the PPID Utama. */
async function addItem(dir: string, extra: Record<string, unknown> = {}): Promise<string> {
  const who = extra.status === 'ditetapkan' ? PPID : PETUGAS;
  const r = await ppidInProcess(['add', '--from', write(tempDir(), 'butir.yaml', stringify({ ...BASE, ...extra })), '--today', '2026-02-01'], {
    cwd: dir,
    env: on(who, '2026-02-01'),
  });
  if (r.code !== 0) throw new Error(r.stderr);
  return r.stdout.trim();
}

const edit = (dir: string, args: string[], env: Record<string, string | undefined> = on(PETUGAS, '2026-02-03')) =>
  ppidInProcess(['edit', ...args], { cwd: dir, env });

async function auditOf(dir: string): Promise<{ code: number; temuan: Array<{ kode: string; commit: string; params: Record<string, string> }> }> {
  const r = await ppidInProcess(['audit', '--json', '--today', '2026-12-31'], { cwd: dir });
  return { code: r.code, temuan: JSON.parse(r.stdout).temuan };
}

/** `ppid edit ID --alasan "salah ketik"` in a real terminal, with `script` as the editor and `answer` to "open again?". */
function editOnTerminal(dir: string, id: string, script: string, answer: string) {
  const steps = join(tempDir(), 'steps.json');
  writeFileSync(steps, JSON.stringify([['buka editor lagi', answer]]));
  return spawnSync('python3', [join(ROOT, 'test/helpers/pty_drive.py'), steps, '--', process.execPath, BIN, 'edit', id, '--alasan', 'salah ketik'], {
    cwd: dir,
    env: {
      ...baseEnv(tempDir('ppid-home-')),
      ...on(PETUGAS, '2026-02-03'),
      PPID_TODAY: undefined,
      TERM: 'xterm',
      EDITOR: `"${process.execPath}" "${script}"`,
    },
    encoding: 'utf8',
    timeout: 90_000,
  });
}

const recordOf = (dir: string, id: string) => readFileSync(join(dir, 'informasi', `${id}.md`), 'utf8');

describe('ppid edit', () => {
  it('corrects a proposal\u2019s title and consequence text in one step commit carrying the reason; log tells it, audit passes it', async () => {
    const dir = sopArchive();
    const id = await addItem(dir);
    // The id as an officer may type it.
    const r = await edit(dir, [
      id.toLowerCase(),
      '--judul',
      'Data rekening penerima bantuan',
      '--dibuka',
      'Membuka data keuangan pribadi.',
      '--alasan',
      'salah ketik',
      '--json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toEqual({
      id,
      berkas: `informasi/${id}.md`,
      status: 'diusulkan',
      commit: head(dir),
      alasan: 'salah ketik',
      berubah: [
        { kolom: 'judul', dari: 'Data rekning penerima bantuan', ke: 'Data rekening penerima bantuan' },
        { kolom: 'uji_konsekuensi.konsekuensi_dibuka', dari: 'Membuka data keuangan priadi.', ke: 'Membuka data keuangan pribadi.' },
      ],
    });
    const [last] = gitLog(dir);
    expect(last!.trailers['PPID-Perintah']).toEqual(['edit']);
    expect(last!.trailers['PPID-Item']).toEqual([id]);
    expect(last!.trailers['PPID-Alasan']).toEqual(['salah ketik']);
    expect(git(dir, ['log', '-1', '--format=%B'])).toContain(`${id}: judul: «Data rekning penerima bantuan» → «Data rekening penerima bantuan»`);
    // The consequence-test sheet below the front matter, still as ppid made it, follows the correction.
    const text = recordOf(dir, id);
    expect(text).not.toContain('rekning');
    expect(text).not.toContain('priadi');

    const log = await ppidInProcess(['log', id], { cwd: dir });
    expect(log.stdout).toContain('alasan: salah ketik');
    expect(log.stdout).toContain('judul: Data rekning penerima bantuan → Data rekening penerima bantuan');
    const logJson = JSON.parse((await ppidInProcess(['log', id, '--json'], { cwd: dir })).stdout);
    expect(logJson[0].peristiwa.at(-1)).toMatchObject({ perintah: 'edit', alasan: 'salah ketik' });
    expect((await auditOf(dir)).code).toBe(0);
  });

  it('needs a reason and something to correct (exit 2); a value already there commits nothing', async () => {
    const dir = sopArchive();
    const id = await addItem(dir);
    const before = snapshot(dir);
    const noReason = await edit(dir, [id, '--judul', 'Judul baru']);
    expect(noReason.code).toBe(2);
    expect(noReason.stderr).toContain('--alasan');
    const nothing = await edit(dir, [id, '--alasan', 'koreksi']);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain('--editor');
    const same = await edit(dir, [id, '--judul', BASE.judul, '--alasan', 'koreksi']);
    expect(same.code, same.stderr).toBe(0);
    expect(same.stderr).toContain('tidak ada yang berubah');
    expect(snapshot(dir)).toBe(before);
    const missing = await edit(dir, ['DIK-2026-9999', '--judul', 'x', '--alasan', 'koreksi']);
    expect(missing.code).toBe(1);
  });

  it('after the determination: the title, a statute\u2019s citation and the note are clerical; the grounds, the period and the test are reclassify\u2019s', async () => {
    const dir = sopArchive();
    const id = await addItem(dir, IN_FORCE);
    const ok = await edit(dir, [
      id,
      '--judul',
      'Data rekening penerima bantuan',
      '--dasar-hukum',
      'UU 14/2008 Pasal 17 huruf h angka 3 jo. Pasal 6 ayat (3) huruf c',
      '--catatan',
      'salinan di Lemari 2',
      '--alasan',
      'salah ketik judul dan kutipan pasal',
    ]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(recordOf(dir, id)).toContain('jo. Pasal 6 ayat (3) huruf c');
    const before = snapshot(dir);
    for (const args of [
      ['--pasal17', 'h2'],
      ['--tahun', '3', '--mulai', '2026-01-10'],
      ['--dibuka', 'Teks lain.'],
      ['--cakupan', 'sebagian', '--bagian', 'nomor rekening'],
    ]) {
      const r = await edit(dir, [id, ...args, '--alasan', 'koreksi']);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr).toMatch(/reclassify|langkahnya sendiri/);
    }
    const grounds = await edit(dir, [id, '--pasal17', 'h2', '--alasan', 'koreksi', '--lang', 'en']);
    expect(grounds.stderr).toContain('changes only with a new consequence test');
    expect(grounds.stderr).toContain(`ppid reclassify ${id}`);
    // A --from file may name only the fields a correction changes.
    const status = await edit(dir, [id, '--from', write(tempDir(), 'k.yaml', 'status: dibuka\n'), '--alasan', 'koreksi']);
    expect(status.code).toBe(1);
    expect(status.stderr).toContain('status');
    expect(snapshot(dir)).toBe(before);
    expect((await auditOf(dir)).code).toBe(0);
  });

  it('a --from file corrects only the keys it names; null empties one', async () => {
    const dir = sopArchive();
    const id = await addItem(dir, { judul_publik: 'Data bantuan', catatan: 'catatan lama' });
    const from = write(tempDir(), 'koreksi.yaml', 'judul_publik: null\nuji_konsekuensi:\n  konsekuensi_ditutup: Melindungi privasi penerima.\n');
    const r = await edit(dir, [id, '--from', from, '--alasan', 'koreksi teks', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).berubah.map((c: any) => c.kolom)).toEqual(['judul_publik', 'uji_konsekuensi.konsekuensi_ditutup']);
    const text = recordOf(dir, id);
    expect(text).not.toContain('judul_publik');
    expect(text).toContain('catatan: catatan lama');
    expect(text).toContain('konsekuensi_dibuka: Membuka data keuangan priadi.');
  });

  it('$EDITOR: the fields open in the editor, what comes back is checked; a broken file writes nothing', async () => {
    const dir = sopArchive();
    const id = await addItem(dir);
    const script = write(
      tempDir(),
      'editor.mjs',
      "import { readFileSync, writeFileSync } from 'node:fs';\n" +
        'const f = process.argv[2];\n' +
        "let t = readFileSync(f, 'utf8');\n" +
        'if (process.env.UJI_KOSONGKAN) t = t.replace(/^judul: .*$/m, \'judul: ""\');\n' +
        "else t = t.replace('rekning', 'rekening');\n" +
        'writeFileSync(process.env.UJI_SALIN, t);\n' +
        'writeFileSync(f, t);\n',
    );
    const seen = join(tempDir(), 'dilihat.yaml');
    const EDITOR = `"${process.execPath}" "${script}"`;
    const bad = await edit(dir, [id, '--editor', '--alasan', 'koreksi'], { ...on(PETUGAS, '2026-02-03'), EDITOR, UJI_SALIN: seen, UJI_KOSONGKAN: '1' });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('judul');
    expect(bad.stderr).toContain('tidak ada yang ditulis');
    expect(gitLog(dir)[0]!.trailers['PPID-Perintah']).toEqual(['add']);
    // What the officer saw: the reason, and the fields a proposal may still change (not its status or id).
    const shown = readFileSync(seen, 'utf8');
    expect(shown).toContain('# Alasan: koreksi');
    expect(shown).toMatch(/^pasal17:/m);
    expect(shown).not.toMatch(/^(status|id|didaftarkan):/m);

    const good = await edit(dir, [id, '--editor', '--alasan', 'salah ketik'], { ...on(PETUGAS, '2026-02-03'), EDITOR, UJI_SALIN: seen });
    expect(good.code, good.stderr).toBe(0);
    expect(good.stdout).toContain('judul: «Data rekning penerima bantuan» → «Data rekening penerima bantuan»');
    expect(gitLog(dir)[0]!.trailers['PPID-Alasan']).toEqual(['salah ketik']);
    const failing = await edit(dir, [id, '--editor', '--alasan', 'x'], { ...on(PETUGAS, '2026-02-03'), EDITOR: 'false' });
    expect(failing.code).toBe(1);
    expect(failing.stderr).toContain('editor "false"');
  });

  it('on a terminal with no field given: $EDITOR opens, a bad file is offered back, the second try is committed', async () => {
    const dir = sopArchive();
    const id = await addItem(dir);
    const count = join(tempDir(), 'kali');
    const script = write(
      tempDir(),
      'editor.mjs',
      "import { existsSync, readFileSync, writeFileSync } from 'node:fs';\n" +
        'const f = process.argv[2];\n' +
        `const n = existsSync(${JSON.stringify(count)}) ? 2 : 1;\n` +
        `writeFileSync(${JSON.stringify(count)}, String(n));\n` +
        "let t = readFileSync(f, 'utf8');\n" +
        // The first time the officer empties the title by mistake; the second time they fix the typo.
        "t = n === 1 ? t.replace(/^judul: .*$/m, 'judul: \"\"') : t.replace(/^judul: .*$/m, 'judul: Data rekening penerima bantuan');\n" +
        'writeFileSync(f, t);\n',
    );
    const r = editOnTerminal(dir, id, script, '\r');
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('judul');
    expect(readFileSync(count, 'utf8')).toBe('2');
    const [last] = gitLog(dir);
    expect(last!.trailers['PPID-Perintah']).toEqual(['edit']);
    expect(last!.trailers['PPID-Alasan']).toEqual(['salah ketik']);
    expect(recordOf(dir, id)).toContain('judul: Data rekening penerima bantuan');
  });

  it('on a terminal the "open again?" question is asked in Indonesian: (Ya/tidak), and "tidak" is an answer', async () => {
    const dir = sopArchive();
    const id = await addItem(dir);
    const count = join(tempDir(), 'kali');
    const script = write(
      tempDir(),
      'editor.mjs',
      "import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';\n" +
        'const f = process.argv[2];\n' +
        `appendFileSync(${JSON.stringify(count)}, 'x');\n` +
        "writeFileSync(f, readFileSync(f, 'utf8').replace(/^judul: .*$/m, 'judul: \"\"'));\n",
    );
    const r = editOnTerminal(dir, id, script, 'tidak\r');
    expect(r.status, r.stdout + r.stderr).toBe(1);
    expect(r.stdout).toContain('buka editor lagi untuk memperbaikinya? (Ya/tidak)');
    expect(r.stdout).toMatch(/memperbaikinya\? tidak/);
    expect(r.stdout).not.toMatch(/\(Y\/n\)|Yes|You must answer/);
    expect(readFileSync(count, 'utf8')).toBe('x');
    expect(gitLog(dir)[0]!.trailers['PPID-Perintah']).toEqual(['add']);
  });

  it('--editor with field options, or with no EDITOR/VISUAL and no terminal, is a usage error', async () => {
    const dir = sopArchive();
    const id = await addItem(dir);
    const both = await edit(dir, [id, '--editor', '--judul', 'x', '--alasan', 'koreksi'], { ...on(PETUGAS, '2026-02-03'), EDITOR: 'false' });
    expect(both.code, both.stderr).toBe(2);
    expect(both.stderr).toContain('--editor tidak dipakai bersama kolom yang diubah (judul)');
    const none = await edit(dir, [id, '--editor', '--alasan', 'koreksi'], { ...on(PETUGAS, '2026-02-03'), EDITOR: undefined, VISUAL: undefined });
    expect(none.code, none.stderr).toBe(2);
    expect(none.stderr).toContain('EDITOR');
    expect(none.stderr).toContain('terminal');
    expect(gitLog(dir)[0]!.trailers['PPID-Perintah']).toEqual(['add']);
  });

  it('mends a record a hand edit left invalid: the correction is checked whole, and the record validates again', async () => {
    const dir = sopArchive();
    const id = await addItem(dir);
    const path = join(dir, 'informasi', `${id}.md`);
    writeFileSync(path, readFileSync(path, 'utf8').replace('cakupan: seluruh', 'cakupan: seluruhnya'));
    git(dir, ['commit', '-qam', 'salah ketik']);
    expect((await ppidInProcess(['validate'], { cwd: dir })).code).toBe(1);
    // Another step still refuses it; a correction that leaves it invalid writes nothing.
    const still = await edit(dir, [id, '--judul', 'Data rekening penerima bantuan', '--alasan', 'koreksi']);
    expect(still.code).toBe(1);
    expect(still.stderr).toContain('cakupan');
    const r = await edit(dir, [id, '--cakupan', 'seluruh', '--alasan', 'cakupan salah ketik']);
    expect(r.code, r.stderr).toBe(0);
    expect((await ppidInProcess(['validate'], { cwd: dir })).code).toBe(0);
  });

  it('audit: an edit step that changes a clerical field is clean; one that changes the grounds of a determined item is named', async () => {
    const dir = sopArchive();
    const id = await addItem(dir, IN_FORCE);
    const path = join(dir, 'informasi', `${id}.md`);
    const forge = (from: RegExp, to: string, day: string) => {
      writeFileSync(path, readFileSync(path, 'utf8').replace(from, to));
      const r = spawnSync(
        'git',
        [
          'commit',
          '-q',
          '-a',
          '-m',
          `Langkah 5 — koreksi: ${id}`,
          '-m',
          ['PPID-Langkah: 5', 'PPID-Perintah: edit', 'PPID-Peran: ppid-utama', `PPID-Item: ${id}`, 'PPID-Alasan: koreksi'].join('\n'),
        ],
        { cwd: dir, env: { ...process.env, ...on(PPID, day) }, encoding: 'utf8' },
      );
      if (r.status !== 0) throw new Error(r.stderr);
      return git(dir, ['rev-parse', 'HEAD']).trim();
    };
    const clerical = forge(/^judul: .*$/m, 'judul: Data rekening penerima bantuan', '2026-02-03');
    expect((await auditOf(dir)).temuan.filter((t) => t.commit === clerical)).toEqual([]);
    const grounds = forge(/^ {2}- h3$/m, '  - h2', '2026-02-04');
    const a = await auditOf(dir);
    expect(a.code).toBe(1);
    const mine = a.temuan.filter((t) => t.commit === grounds);
    expect(mine.map((t) => [t.kode, t.params.kolom])).toEqual([['kolom-di-luar-langkah', 'pasal17']]);
    // What the step may change at that status, not the widest list.
    expect(mine[0]!.params.boleh).not.toContain('pasal17');
  });
});

describe('ppid edit: units and reasons as typed', () => {
  it('a unit given by its code or its name in any case is stored by its name; an unknown one stays, warned', async () => {
    const dir = sopArchive();
    const id = await addItem(dir);
    const lower = await edit(dir, [id, '--unit', 'bkpsdm', '--alasan', 'unit ditulis dengan kodenya']);
    expect(lower.code, lower.stderr).toBe(0);
    expect(recordOf(dir, id)).toMatch(/^unit: Badan Kepegawaian$/m);
    expect(lower.stderr).not.toContain('tidak dikenal');
    const name = await edit(dir, [id, '--unit', '  badan   KEPEGAWAIAN ', '--judul', 'Data rekening penerima bantuan', '--alasan', 'judul']);
    expect(name.code, name.stderr).toBe(0);
    expect(recordOf(dir, id)).toMatch(/^unit: Badan Kepegawaian$/m);
    const unknown = await edit(dir, [id, '--unit', 'dinsos', '--alasan', 'pindah unit']);
    expect(unknown.code, unknown.stderr).toBe(0);
    expect(recordOf(dir, id)).toMatch(/^unit: dinsos$/m);
    expect(unknown.stderr).toContain('dinsos');
  });

  it('a reason without a letter or digit is a usage error, nothing written', async () => {
    const dir = sopArchive();
    const id = await addItem(dir);
    const before = snapshot(dir);
    for (const alasan of ['-', ' … ', '?!']) {
      const r = await edit(dir, [id, '--judul', 'Data rekening penerima bantuan', '--alasan', alasan]);
      expect(r.code, alasan).toBe(2);
      expect(r.stderr).toContain('tidak berisi satu kata pun');
    }
    expect(snapshot(dir)).toBe(before);
  });

  it('the refusal names the README section in the output language', async () => {
    const dir = sopArchive();
    const id = await addItem(dir);
    const r = await edit(dir, [id, '--from', write(tempDir(), 'k.yaml', stringify({ penetapan: SAMPLE_DECREE })), '--alasan', 'coba']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('README, bagian tentang "ppid edit"');
    expect(r.stderr).not.toContain('What ppid edit may change');
  });
});
