/**
 * Many offices, one archive (issue 7), with real git only: a bare repository as the shared
 * remote (with ppid's pre-receive hook installed), the PPID Utama's clone and two units'
 * clones. Units add offline at the same time, everyone syncs in varying orders, the PPID
 * Utama takes the items through the SOP and publishes, the units sync again.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARCHIVE_BORN, cleanTempDirs, git, gitLog, head, ppidAsync, ppidInProcess, snapshot, tempDir, write } from '../helpers/cli.js';
import { count } from '../helpers/stress.js';
import { recordFigures } from '../helpers/figures.js';
import { seal } from '../../src/archive/attachment-encryption.js';
import { decreeSigned } from '../helpers/sop.js';

afterAll(cleanTempDirs);

type Person = Record<string, string>;
const person = (name: string, email: string): Person => ({
  GIT_AUTHOR_NAME: name,
  GIT_AUTHOR_EMAIL: email,
  GIT_COMMITTER_NAME: name,
  GIT_COMMITTER_EMAIL: email,
});
const SITI = person('Siti Aminah', 'ppid@uji.go.id');
const ANDI = person('Andi', 'andi@uji.go.id');
const RINA = person('Rina', 'rina@uji.go.id');
const PDF = '%PDF-1.4\n1 0 obj << /Type /Page >> endobj\n%%EOF\n';

interface World {
  dir: string;
  shared: string;
  utama: string;
  bkpsdm: string;
  insp: string;
  keys: Record<'utama' | 'bkpsdm' | 'insp', string>;
}

/**
 * The offices' clock: the latest day a step was dated so far. Commits made between steps (the
 * archive's first, a sync's replayed ones) are dated then, so that the shared trail's time runs
 * forward as it does in an office, where every commit takes the clock's time.
 */
let clock = ARCHIVE_BORN.slice(0, 10);

/** One command, in this process (the same code without a Node start-up); concurrency tests use ppidAsync. */
function run(args: string[], cwd: string, who: Person) {
  const at = args.indexOf('--today');
  if (at >= 0 && args[at + 1]! > clock) clock = args[at + 1]!;
  const when = at >= 0 ? {} : { GIT_AUTHOR_DATE: `${clock}T09:00:00+07:00`, GIT_COMMITTER_DATE: `${clock}T09:00:00+07:00` };
  return ppidInProcess(args, { cwd, env: { ...who, ...when } });
}

async function ok(args: string[], cwd: string, who: Person) {
  const r = await run(args, cwd, who);
  expect(r.code, `ppid ${args.join(' ')}\n${r.stderr}`).toBe(0);
  return r;
}

function itemYaml(dir: string, name: string, judul: string, unit: string): string {
  return write(
    dir,
    name,
    [
      `judul: ${judul}`,
      `unit: ${unit}`,
      'pasal17: [h2]',
      'dasar_hukum: ["UU 14/2008 Pasal 17 huruf h angka 2"]',
      'uji_konsekuensi: { tanggal: 2026-02-02, konsekuensi_dibuka: Membuka data pribadi., konsekuensi_ditutup: Melindungi privasi. }',
      'jangka_waktu: { mulai: 2026-02-16, tahun: 5 }',
      'cakupan: seluruh',
      '',
    ].join('\n'),
  );
}

/** The shared remote, the PPID Utama's clone (which made the archive) and the two units' clones. */
async function world(): Promise<World> {
  clock = ARCHIVE_BORN.slice(0, 10);
  const dir = tempDir('ppid-kantor-');
  const keys = {} as World['keys'];
  for (const k of ['utama', 'bkpsdm', 'insp'] as const) keys[k] = (await ok(['keygen', '--out', join(dir, `${k}.key`)], dir, SITI)).stdout.trim();
  const shared = join(dir, 'bersama.git');
  git(dir, ['init', '-q', '--bare', shared]);
  const utama = join(dir, 'utama');
  await ok(
    [
      'init',
      utama,
      '--nama',
      'Pemerintah Kabupaten Uji',
      '--tempat',
      'Uji',
      '--unit',
      `BKPSDM=Badan Kepegawaian dan Pengembangan SDM;${keys.bkpsdm}`,
      '--unit',
      `INSP=Inspektorat Daerah;${keys.insp}`,
      '--ppid-utama',
      'Siti Aminah',
      '--email',
      'ppid@uji.go.id',
      '--kunci-ppid',
      keys.utama,
      '--pimpinan',
      'Budi Santoso',
      '--jabatan-pimpinan',
      'Bupati Uji',
      '--peran-saya',
      'ppid-utama,tim-pertimbangan,petugas-teknis',
      '--unit-kerja-ppid',
      'Dinas Komunikasi dan Informatika',
      '--pejabat',
      'Andi;PPID Pembantu BKPSDM;ppid-pembantu;andi@uji.go.id;BKPSDM',
      '--pejabat',
      'Rina;PPID Pembantu Inspektorat;ppid-pembantu;rina@uji.go.id;INSP',
    ],
    dir,
    SITI,
  );
  await ok(['hook', 'server', shared], dir, SITI);
  await ok(['remote', 'add', shared, '--klon', 'kantor-ppid'], utama, SITI);
  await ok(['sync'], utama, SITI);
  const bkpsdm = join(dir, 'bkpsdm');
  const insp = join(dir, 'insp');
  await ok(['clone', shared, bkpsdm, '--klon', 'bkpsdm'], dir, ANDI);
  await ok(['clone', shared, insp, '--klon', 'inspektorat'], dir, RINA);
  return { dir, shared, utama, bkpsdm, insp, keys };
}

const ids = (clone: string) =>
  readdirSync(join(clone, 'informasi'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.replace(/\.md$/, ''))
    .sort();
/** The shared repository's branches and their commits. */
const remoteHeads = (shared: string) => git(shared, ['for-each-ref', '--format=%(refname) %(objectname)', 'refs/heads/']);

describe('three offices through one shared git remote', () => {
  // The world is made once; every test works in a copy of its own, so that what one test
  // syncs, adds or leaves refused in a clone is never what another test starts from.
  let template: World;
  let templateClock = clock;
  beforeAll(async () => {
    template = await world();
    templateClock = clock;
  }, 120_000);

  /** A copy of the world made in beforeAll (a few hundred kB), its clones pointed at the copy's shared remote. */
  function freshWorld(): World {
    clock = templateClock;
    const dir = tempDir('ppid-kantor-');
    cpSync(template.dir, dir, { recursive: true });
    const moved = (p: string) => join(dir, relative(template.dir, p));
    const w: World = {
      ...template,
      dir,
      shared: moved(template.shared),
      utama: moved(template.utama),
      bkpsdm: moved(template.bkpsdm),
      insp: moved(template.insp),
    };
    for (const clone of [w.utama, w.bkpsdm, w.insp]) git(clone, ['remote', 'set-url', 'origin', w.shared]);
    return w;
  }

  it('units add offline at once, all sync in varying orders, the PPID Utama decrees and publishes: nothing lost, no id twice, trailers intact, audit clean', async () => {
    const w = freshWorld();
    const files = tempDir();
    const units = [
      { clone: w.bkpsdm, who: ANDI, unit: 'BKPSDM', name: 'bkpsdm' },
      { clone: w.insp, who: RINA, unit: 'INSP', name: 'insp' },
    ];
    // Each round both units register two items each at the same time, offline, then all sync in that round's order.
    // npm test: the first round; npm run test:stress: both (test/helpers/stress.ts).
    const orders = [
      [w.insp, w.bkpsdm, w.utama],
      [w.utama, w.bkpsdm, w.insp],
    ].slice(0, count(2, 1));
    const whoOf = (clone: string) => (clone === w.bkpsdm ? ANDI : clone === w.insp ? RINA : SITI);
    let made = 0;
    for (const [round, order] of orders.entries()) {
      clock = '2026-03-02';
      await Promise.all(
        units.map(async (u) => {
          for (let i = 0; i < count(2, 1); i++) {
            const f = itemYaml(files, `${u.name}-${round}-${i}.yaml`, `Data ${u.name} ronde ${round} nomor ${i}`, u.unit);
            const r = await ppidAsync(['add', '--from', f, '--today', '2026-03-02'], { cwd: u.clone, env: u.who });
            expect(r.code, r.stderr).toBe(0);
            made++;
          }
        }),
      );
      for (const clone of order) await ok(['sync'], clone, whoOf(clone));
    }
    // Both units send at the same moment: one push is refused as out of date, integrates and retries.
    for (const u of units) {
      await ok(['add', '--from', itemYaml(files, `${u.name}-akhir.yaml`, `Data ${u.name} terakhir`, u.unit), '--today', '2026-03-03'], u.clone, u.who);
      made++;
    }
    const together = await Promise.all(
      units.map((u) => ppidAsync(['sync', '--json'], { cwd: u.clone, env: { ...u.who, GIT_COMMITTER_DATE: `${clock}T09:00:00+07:00` } })),
    );
    for (const r of together) expect(r.code, r.stderr).toBe(0);
    const retries = together.map((r) => JSON.parse(r.stdout).percobaan - 1).reduce((x, y) => x + y, 0);
    for (const clone of [w.bkpsdm, w.insp, w.utama]) await ok(['sync'], clone, whoOf(clone));
    expect(ids(w.utama)).toHaveLength(made);
    expect(ids(w.utama).filter((id) => id.startsWith('DIK-BKPSDM-2026-'))).toHaveLength(made / 2);
    expect(ids(w.utama).filter((id) => id.startsWith('DIK-INSP-2026-'))).toHaveLength(made / 2);

    // The PPID Utama sees who proposed what, from which unit and which clone.
    const inbox = JSON.parse((await ok(['inbox', '--json'], w.utama, SITI)).stdout);
    expect(inbox).toHaveLength(made);
    expect(new Set(inbox.map((p: any) => `${p.diusulkan_oleh}|${p.peran}|${p.unit_pengusul}|${p.klon}`))).toEqual(
      new Set(['Andi|ppid-pembantu|BKPSDM|bkpsdm', 'Rina|ppid-pembantu|INSP|inspektorat']),
    );

    // ppid log tells the same from history: the step, the official, the unit and the clone.
    const story = JSON.parse((await ok(['log', inbox[0].id, '--json'], w.utama, SITI)).stdout);
    expect(story[0].peristiwa[0]).toMatchObject({
      perintah: 'add',
      pelaku: { nama: inbox[0].diusulkan_oleh },
      unit: inbox[0].unit_pengusul,
      klon: inbox[0].klon,
    });

    // A PPID Pembantu may propose, not decree.
    const first = ids(w.bkpsdm)[0]!;
    const refused = await run(
      ['decree', first, '--nomor', '1/PPID/2026', '--tanggal', '2026-03-10', ...decreeSigned('2026-03-09'), '--today', '2026-03-10'],
      w.bkpsdm,
      ANDI,
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('ppid-utama');

    // The PPID Utama takes every item through steps 2, 3 and the decree, and publishes.
    const all = ids(w.utama);
    await ok(['clarify', ...all, '--today', '2026-03-04'], w.utama, SITI);
    await ok(['review', ...all, '--rekomendasi', 'setuju', '--nomor', '01/TP/2026', '--tanggal', '2026-03-06', '--today', '2026-03-06'], w.utama, SITI);
    await ok(
      ['decree', ...all, '--nomor', '000.7.2/014/PPID/III/2026', '--tanggal', '2026-03-10', ...decreeSigned('2026-03-09'), '--today', '2026-03-10'],
      w.utama,
      SITI,
    );
    await ok(['publish', '--out', 'situs', '--today', '2026-03-11'], w.utama, SITI);
    await ok(['sync'], w.utama, SITI);
    for (const clone of [w.insp, w.bkpsdm]) await ok(['sync'], clone, whoOf(clone));

    for (const clone of [w.utama, w.bkpsdm, w.insp]) {
      expect(head(clone)).toBe(head(w.utama));
      expect(ids(clone)).toEqual(all);
      const audit = await run(['audit'], clone, whoOf(clone));
      expect(audit.code, audit.stdout + audit.stderr).toBe(0);
      expect((await run(['validate'], clone, whoOf(clone))).code).toBe(0);
    }
    const list = JSON.parse((await ok(['list', '--json'], w.insp, RINA)).stdout);
    expect(list.every((x: any) => x.status === 'ditetapkan')).toBe(true);
    // Every commit after the first is a ppid step carrying its trailers and the clone that made it.
    const log = gitLog(w.utama);
    for (const c of log.slice(0, -1)) {
      expect(c.trailers['PPID-Perintah'], c.subject).toHaveLength(1);
      expect(c.trailers['PPID-Klon'], c.subject).toHaveLength(1);
    }
    expect(new Set(log.flatMap((c) => c.trailers['PPID-Klon'] ?? []))).toEqual(new Set(['kantor-ppid', 'bkpsdm', 'inspektorat']));
    recordFigures('offices', {
      clones: 3,
      'items added offline': made,
      'items in every clone': ids(w.utama).length,
      'duplicate ids': all.length - new Set(all).size,
      'commits without trailers': log.slice(0, -1).filter((c) => !c.trailers['PPID-Perintah']).length,
      'pushes retried after a refusal': retries,
    });
  }, 300_000);

  it('two clones of one office drawing the same number: the later sync renumbers its item, keeps both and records it', async () => {
    const w = freshWorld();
    const laptop = join(w.dir, 'bkpsdm-laptop');
    await ok(['clone', w.shared, laptop, '--klon', 'bkpsdm-laptop'], w.dir, ANDI);
    await ok(['sync'], w.bkpsdm, ANDI);
    const files = tempDir();
    const a = (
      await ok(['add', '--from', itemYaml(files, 'a.yaml', 'Berkas dari komputer kantor', 'BKPSDM'), '--today', '2026-03-02'], w.bkpsdm, ANDI)
    ).stdout.trim();
    const b = (await ok(['add', '--from', itemYaml(files, 'b.yaml', 'Berkas dari laptop', 'BKPSDM'), '--today', '2026-03-02'], laptop, ANDI)).stdout.trim();
    expect(a).toBe(b);
    await ok(['sync'], w.bkpsdm, ANDI);
    const r = JSON.parse((await ok(['sync', '--json'], laptop, ANDI)).stdout);
    expect(r.nomor_diganti).toHaveLength(1);
    expect(r.nomor_diganti[0].lama).toBe(b);
    const renamed = r.nomor_diganti[0].baru;
    expect(ids(laptop)).toEqual(expect.arrayContaining([a, renamed]));
    expect(readFileSync(join(laptop, 'informasi', `${a}.md`), 'utf8')).toContain('Berkas dari komputer kantor');
    expect(readFileSync(join(laptop, 'informasi', `${renamed}.md`), 'utf8')).toContain(`id: ${renamed}`);
    const [last] = gitLog(laptop);
    expect(last!.trailers['PPID-Item']).toEqual([renamed]);
    expect(last!.trailers['PPID-Nomor-Semula']).toEqual([`${b} → ${renamed}`]);
    expect((await run(['audit'], laptop, ANDI)).code).toBe(0);
    await ok(['sync'], w.bkpsdm, ANDI);
    expect(ids(w.bkpsdm)).toEqual(ids(laptop));
  }, 120_000);

  it('the same item changed at two offices: the conflict is named, nothing is half-applied, and the officer\u2019s choice settles it', async () => {
    const w = freshWorld();
    const second = join(w.dir, 'utama-laptop');
    await ok(['clone', w.shared, second, '--klon', 'ppid-laptop'], w.dir, SITI);
    for (const c of [w.utama, w.bkpsdm]) await ok(['sync'], c, c === w.utama ? SITI : ANDI);
    const files = tempDir();
    // Registered before they are clarified: a step cannot come before the event it follows.
    const id = (
      await ok(['add', '--from', itemYaml(files, 'k.yaml', 'Berkas yang diperebutkan', 'BKPSDM'), '--today', '2026-03-30'], w.bkpsdm, ANDI)
    ).stdout.trim();
    const id2 = (
      await ok(['add', '--from', itemYaml(files, 'k2.yaml', 'Berkas kedua yang diperebutkan', 'BKPSDM'), '--today', '2026-03-30'], w.bkpsdm, ANDI)
    ).stdout.trim();
    await ok(['sync'], w.bkpsdm, ANDI);
    await ok(['sync'], w.utama, SITI);
    await ok(['sync'], second, SITI);
    // Both items clarified at one office and refused at the other.
    await ok(['clarify', id, id2, '--today', '2026-04-01'], w.utama, SITI);
    await ok(['reject', id, id2, '--alasan', 'Informasi ini terbuka', '--today', '2026-04-01'], second, SITI);
    await ok(['sync'], w.utama, SITI);
    const before = snapshot(second);
    const r = await run(['sync'], second, SITI);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`butir ${id}, ${id2} diubah di kantor lain dan juga di sini`);
    expect(r.stderr).toContain('penolakan pengecualian');
    expect(r.stderr).toContain(`ppid sync --pakai-remote ${id}`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    // Nothing half-applied: same commit, clean tree, no rebase left open, the remote untouched.
    expect(snapshot(second)).toBe(before);
    expect(existsSync(join(second, '.git', 'rebase-merge'))).toBe(false);
    expect(remoteHeads(w.shared)).toContain(head(w.utama));
    // A sync killed half-way (here: a rebase left open, its journal in place) is undone by the next command.
    const branch = git(second, ['symbolic-ref', '--short', 'HEAD']).trim();
    const orig = head(second);
    writeFileSync(join(second, '.git', 'ppid-sync.json'), JSON.stringify({ pid: 1, orig }));
    spawnSync('git', ['-c', 'user.name=x', '-c', 'user.email=x@x', 'rebase', `origin/${branch}`], { cwd: second });
    expect(existsSync(join(second, '.git', 'rebase-merge'))).toBe(true);
    await ok(['doctor'], second, SITI);
    expect(existsSync(join(second, '.git', 'rebase-merge'))).toBe(false);
    expect(existsSync(join(second, '.git', 'ppid-sync.json'))).toBe(false);
    expect(snapshot(second)).toBe(before);
    // One item settled each way: the other office's clarification stands for the first, this
    // clone's refusal for the second, and that is sent.
    const settled = JSON.parse((await ok(['sync', '--pakai-remote', id, '--pakai-lokal', id2, '--json'], second, SITI)).stdout);
    expect(settled.dipakai).toEqual([
      { id, pakai: 'remote' },
      { id: id2, pakai: 'lokal' },
    ]);
    expect(settled.dikirim).toBe(1);
    expect(readFileSync(join(second, 'informasi', `${id}.md`), 'utf8')).toContain('status: diklarifikasi');
    // Keeping this clone's refusal overwrote the other office's clarification of id2: audit names
    // it (the replayed commit records the choice) until the PPID Utama accepts it.
    const found = await run(['audit', '--json'], second, SITI);
    expect(found.code).toBe(1);
    const temuan = JSON.parse(found.stdout).temuan;
    expect(temuan.map((t: any) => [t.kode, t.params.id, t.params.kolom])).toEqual([['konflik-menimpa', id2, 'klarifikasi']]);
    await ok(['audit', '--terima', temuan[0].commit, '--alasan', 'penolakan diputuskan sesudah klarifikasi'], second, SITI);
    expect((await run(['audit'], second, SITI)).code).toBe(0);
    await ok(['sync'], w.utama, SITI);
    expect(readFileSync(join(w.utama, 'informasi', `${id2}.md`), 'utf8')).toContain('status: ditolak');
  }, 120_000);

  it('need to know: another unit\u2019s key cannot read an attachment, the PPID Utama\u2019s can, and the copy matches the recorded hash', async () => {
    const w = freshWorld();
    await ok(['sync'], w.bkpsdm, ANDI);
    const files = tempDir();
    const id = (await ok(['add', '--from', itemYaml(files, 'm.yaml', 'Rekam medis pegawai', 'BKPSDM'), '--today', '2026-03-02'], w.bkpsdm, ANDI)).stdout.trim();
    const scan = write(files, 'rekam-medis.pdf', PDF + 'Nama pasien: Ahmad\n');
    await ok(['attach', id, scan, '--jenis', 'dokumen', '--today', '2026-03-03'], w.bkpsdm, ANDI);
    await ok(['sync'], w.bkpsdm, ANDI);
    await ok(['sync'], w.insp, RINA);
    await ok(['sync'], w.utama, SITI);
    // What every clone holds is ciphertext: the text of the scan is nowhere in the repository.
    const stored = git(w.insp, ['show', `HEAD:lampiran/${id}/rekam-medis.pdf.age`]);
    expect(stored.startsWith('age-encryption.org/v1\n')).toBe(true);
    expect(spawnSync('git', ['grep', '-q', 'Nama pasien', 'HEAD'], { cwd: w.insp }).status).toBe(1);
    const no = await run(['decrypt', id, '--kunci', join(w.dir, 'insp.key'), '--out', join(files, 'insp')], w.insp, RINA);
    expect(no.code).toBe(1);
    expect(no.stderr).toContain('tidak berhak membuka');
    expect(existsSync(join(files, 'insp', 'rekam-medis.pdf'))).toBe(false);
    for (const [clone, who, key] of [
      [w.utama, SITI, 'utama'],
      [w.bkpsdm, ANDI, 'bkpsdm'],
    ] as const) {
      await ok(['decrypt', id, '--kunci', join(w.dir, `${key}.key`), '--out', join(files, key)], clone, who);
      expect(readFileSync(join(files, key, 'rekam-medis.pdf'), 'utf8')).toBe(PDF + 'Nama pasien: Ahmad\n');
      // The plaintext copy is its holder's alone (issue 22 item 17).
      expect(statSync(join(files, key, 'rekam-medis.pdf')).mode & 0o777).toBe(0o600);
    }
    // The hash check covers the plaintext: a key holder's validate opens what it can and compares.
    const clean = JSON.parse((await ok(['validate', '--json', '--kunci', join(w.dir, 'utama.key')], w.utama, SITI)).stdout);
    expect(clean.lampiran_terenkripsi).toEqual({ diperiksa: 1, bukan_untuk_kunci_ini: 0 });
    const rec = join(w.utama, 'lampiran', id, 'rekam-medis.pdf.age');
    writeFileSync(rec, await seal(Buffer.from(PDF + 'Nama pasien: Budi\n'), [w.keys.utama]));
    const swapped = await run(['validate', '--kunci', join(w.dir, 'utama.key')], w.utama, SITI);
    expect(swapped.code).toBe(1);
    expect(swapped.stdout).toContain('lampiran');
    expect(swapped.stdout).toContain(`informasi/${id}.md`);
    expect((await run(['decrypt', id, '--kunci', join(w.dir, 'utama.key'), '--out', join(files, 'lagi')], w.utama, SITI)).stderr).toContain(
      'tidak sama dengan sidik',
    );
    // Without the key that opens it, validate cannot tell — and says it checked nothing there.
    const other = JSON.parse((await run(['validate', '--json', '--kunci', join(w.dir, 'insp.key')], w.utama, SITI)).stdout);
    expect(other.lampiran_terenkripsi).toEqual({ diperiksa: 0, bukan_untuk_kunci_ini: 1 });
    // A stored copy that is not an age file is an error for validate.
    writeFileSync(rec, PDF);
    const v = await run(['validate'], w.utama, SITI);
    expect(v.code).toBe(1);
    expect(v.stdout + v.stderr).toContain('bukan berkas age');
    git(w.utama, ['checkout', '--', '.']);
  }, 120_000);

  it('the shipped pre-receive hook refuses a push that fails ppid audit or ppid validate; the clone is left as it was', async () => {
    const w = freshWorld();
    const id = (
      await ok(['add', '--from', itemYaml(tempDir(), 'h.yaml', 'Laporan hasil pemeriksaan', 'INSP'), '--today', '2026-03-02'], w.insp, RINA)
    ).stdout.trim();
    await ok(['sync'], w.insp, RINA);
    const path = join(w.insp, 'informasi', `${id}.md`);
    // A hand edit that stays valid, made with plain git: only the history check can tell.
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^judul: (.*)$/m, 'judul: $1 (diubah tangan)'));
    git(w.insp, ['add', '-A']);
    git(w.insp, ['-c', 'user.name=Rina', '-c', 'user.email=rina@uji.go.id', 'commit', '-qm', 'ubah judul']);
    expect((await run(['validate'], w.insp, RINA)).code).toBe(0);
    const before = snapshot(w.insp);
    const remoteBefore = remoteHeads(w.shared);
    const r = await run(['sync'], w.insp, RINA);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('menolak kiriman ini');
    expect(r.stderr).toContain('diubah tanpa ppid');
    expect(remoteHeads(w.shared)).toBe(remoteBefore);
    expect(snapshot(w.insp)).toBe(before);

    // Pushed past ppid with plain git, an invalid record (an a–f ground with no end) is refused too.
    writeFileSync(
      path,
      readFileSync(path, 'utf8')
        .replace(/^pasal17: .*$/m, 'pasal17: [a1]')
        .replace(/^  tahun: 5$/m, '  tanpa_batas: true'),
    );
    git(w.insp, ['add', '-A']);
    git(w.insp, ['-c', 'user.name=Rina', '-c', 'user.email=rina@uji.go.id', 'commit', '-qm', 'ubah dasar']);
    const branch = git(w.insp, ['symbolic-ref', '--short', 'HEAD']).trim();
    const push = spawnSync('git', ['push', 'origin', `HEAD:refs/heads/${branch}`], { cwd: w.insp, encoding: 'utf8' });
    expect(push.status).not.toBe(0);
    expect(push.stderr).toContain(`informasi/${id}.md`);
    expect(push.stderr).toContain('galat');
    expect(push.stderr).toContain('ditolak');
    expect(remoteHeads(w.shared)).toBe(remoteBefore);
  }, 120_000);
});
