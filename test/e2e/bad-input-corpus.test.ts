/**
 * Every command against every bad input of the corpus (test/fixtures/bad-inputs/): each must
 * name the file (and the line where there is one), exit with a documented non-zero code,
 * print no stack trace, run nothing it was handed, and leave HEAD, the index and the work
 * tree exactly as they were.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanTempDirs, git, inPool, newArchive, ppid, ppidAsync, ppidInProcess, ROOT, snapshot, tempDir, write, type RunResult } from '../helpers/cli.js';
import { decreeSigned, PDF } from '../helpers/sop.js';
import { FULL } from '../helpers/stress.js';
import { recordFigures } from '../helpers/figures.js';

const FIX = join(ROOT, 'test', 'fixtures', 'bad-inputs');
const ID = 'DIK-2026-0002';
const BAD = `informasi/${ID}.md`;
/** Exit codes a refusal may use (README: 1 invalid or refused, 2 usage, 3 no archive). */
const DOCUMENTED = [1, 2, 3];
const STACK = /\n\s+at .+[.:]\d+|\bat (async )?[\w.<>]+ \(|node:internal|TypeError|ReferenceError/;

const GOOD_FROM = `judul: Data kesehatan pegawai
unit: BKPSDM
pasal17: [h2]
dasar_hukum: ["UU 14/2008 Pasal 17 huruf h angka 2"]
uji_konsekuensi:
  tanggal: 2026-01-05
  konsekuensi_dibuka: Membuka riwayat kesehatan.
  konsekuensi_ditutup: Melindungi privasi.
jangka_waktu: { mulai: 2026-01-10, tahun: 5 }
cakupan: seluruh
`;

/** What `ppid validate --json` must say about the planted file. */
interface Expect {
  code: string;
  line?: number;
}

/** Record files of the corpus, each planted under an id of its own. */
const RECORD_FIXTURES: Record<string, Expect> = {
  'yaml-rusak.md': { code: 'yaml-indentasi', line: 6 },
  'tanpa-front-matter.md': { code: 'front-matter-tidak-ada', line: 1 },
  'front-matter-tidak-ditutup.md': { code: 'front-matter-tidak-ditutup', line: 1 },
  'front-matter-daftar.md': { code: 'front-matter-bukan-peta', line: 1 },
  'kosong.md': { code: 'record-kosong', line: 1 },
  'hanya-spasi.md': { code: 'record-kosong', line: 1 },
  'tipe-salah.md': { code: 'skema-tipe', line: 12 },
  'tanggal-mustahil.md': { code: 'tanggal-tidak-valid', line: 9 },
  'kunci-ganda.md': { code: 'yaml-kunci-ganda', line: 14 },
  'bom-alias.md': { code: 'yaml-alias-berlebihan', line: 17 },
  'bukan-utf8.md': { code: 'bukan-utf8', line: 4 },
  'id-jalur.md': { code: 'skema-pola', line: 2 },
  'id-opsi-git.md': { code: 'skema-pola', line: 2 },
  'id-ganda.md': { code: 'id-ganda', line: 2 },
  'status-tidak-dikenal.md': { code: 'skema-enum', line: 3 },
  'lampiran-keluar.md': { code: 'lampiran-di-luar-arsip', line: 16 },
  'lampiran-absolut.md': { code: 'lampiran-di-luar-arsip', line: 16 },
  'lampiran-metakarakter.md': { code: 'lampiran-tidak-ada', line: 16 },
};

const goodRecord = (id: string) =>
  readFileSync(join(FIX, 'bom-crlf.md'), 'utf8')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n/g, '\n')
    .replace(/DIK-2026-0002/g, id);

/** Bad inputs that cannot live in a fixture folder: made by the test. */
const MADE: Record<string, { plant: (dir: string, rel: string, id: string) => void; expect: Expect }> = {
  'a 50 MB record': {
    plant: (dir, rel, id) => write(dir, rel, `---\nid: ${id}\njudul: "${'x'.repeat(50 * 1024 * 1024)}"\n---\n`),
    expect: { code: 'berkas-terlalu-besar' },
  },
  'a directory where the record should be': {
    plant: (dir, rel) => {
      mkdirSync(join(dir, rel), { recursive: true });
      writeFileSync(join(dir, rel, 'isi.txt'), 'bukan catatan\n');
    },
    expect: { code: 'bukan-berkas' },
  },
  'a record that is a symlink out of the archive': {
    plant: (dir, rel, id) => symlinkSync(write(tempDir(), 'rahasia.md', goodRecord(id)), join(dir, rel)),
    expect: { code: 'berkas-symlink' },
  },
  'an attachment that is a symlink out of the archive': {
    plant: (dir, rel, id) => {
      // The record is right and even carries the outside file's true hash: only the link is wrong.
      const outside = write(tempDir(), 'gaji.pdf', PDF);
      mkdirSync(join(dir, 'lampiran', id), { recursive: true });
      symlinkSync(outside, join(dir, 'lampiran', id, 'scan.pdf'));
      write(
        dir,
        rel,
        goodRecord(id).replace(
          'didaftarkan: 2026-01-12\n',
          `didaftarkan: 2026-01-12\nlampiran:\n  - { jenis: dokumen, berkas: lampiran/${id}/scan.pdf, sha256: ${sha256(PDF)}, ukuran: ${Buffer.byteLength(PDF)} }\n`,
        ),
      );
    },
    expect: { code: 'lampiran-di-luar-arsip', line: 16 },
  },
};

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

const DECREE = ['--nomor', '000.7/1/PPID/2026', '--tanggal', '2026-11-02', ...decreeSigned('2026-11-01')];

/** The reports, run once over the archive holding every bad record. */
const REPORTS = (files: string): string[][] => [
  ['validate'],
  ['list', '--json'],
  ['expiring', '--today', '2026-11-02'],
  ['status', '--today', '2026-11-02'],
  ['publish', '--out', join(files, 'situs-luar')],
  ['publish', '--out', 'situs'],
  ['export', '--out', join(files, 'register.xlsx')],
  ['doc', 'akan-berakhir', '--out', join(files, 'akan-berakhir.docx'), '--today', '2026-11-02'],
];

/** Every command that takes an item, aimed at the bad one. */
const ITEM_COMMANDS = (id: string, files: string): string[][] => [
  ['show', id],
  ['clarify', id],
  ['review', id, '--rekomendasi', 'setuju', '--nomor', '01/TP/2026'],
  ['decree', id, ...DECREE],
  ['open', id, '--alasan', 'jangka-waktu-berakhir', '--pimpinan', 'Budi Santoso', '--tanggal-persetujuan', '2026-11-01'],
  ['reject', id, '--alasan', 'Tidak memenuhi uji konsekuensi'],
  ['reclassify', id, '--tanggal-uji', '2026-11-01', '--dibuka', 'a', '--ditutup', 'b', '--mulai', '2026-11-02', '--tahun', '3', ...DECREE],
  ['attach', id, join(files, 'scan.pdf'), '--jenis', 'dokumen'],
  ['attach', id, '--lokasi', 'Lemari 1'],
  ['doc', 'uji-konsekuensi', id, '--out', join(files, 'uji.docx')],
];

const ALL_ROLES = 'petugas-teknis,ppid-utama,tim-pertimbangan,pimpinan';
let template: string;
let files: string;
const figures = { 'bad inputs tried': 0, 'command runs on them': 0, 'archives changed': 0 };

beforeAll(() => {
  template = newArchive(ALL_ROLES);
  files = tempDir();
  write(files, 'scan.pdf', PDF);
  const r = ppid(['add', '--from', write(files, 'baik.yaml', GOOD_FROM), '--today', '2026-01-12'], { cwd: template });
  if (r.code !== 0) throw new Error(r.stderr);
});

afterAll(() => {
  recordFigures('bad-inputs', figures);
  cleanTempDirs();
});

/** A fresh copy of the template archive with bad input planted and committed, as a hand edit would be. */
function plantedArchive(plant: (dir: string) => void, commit = true): string {
  const dir = join(tempDir(), 'arsip');
  cpSync(template, dir, { recursive: true });
  plant(dir);
  if (commit) {
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '--no-verify', '-m', 'Diedit dengan tangan']);
  }
  return dir;
}

function expectCleanRefusal(r: RunResult, label: string): void {
  expect(DOCUMENTED, `${label}: exit ${r.code}\n${r.stderr}`).toContain(r.code);
  expect(r.stderr + r.stdout, label).not.toMatch(STACK);
}

/** Runs `runs` against `dir`; each must refuse cleanly and name `mentions(i)`; nothing may change. */
/**
 * Every `realEvery`-th run is a real process (so each command runs for real across the
 * corpus); the others call the same built command code in this process, one after the other,
 * as hundreds of Node start-ups would only cost time. npm test starts a real process a third
 * as often as npm run test:stress (test/helpers/stress.ts).
 */
async function runAll(dir: string, runs: string[][], realEvery: number): Promise<RunResult[]> {
  const out: RunResult[] = [];
  const every = FULL ? realEvery : realEvery * 3;
  const real = runs.map((_, i) => i % every === 0);
  const spawned = inPool(
    runs.map((args, i) => ({ args, i })).filter((r) => real[r.i]),
    2,
    (r) => ppidAsync(r.args, { cwd: dir }).then((x) => (out[r.i] = x)),
  );
  for (let i = 0; i < runs.length; i++) if (!real[i]) out[i] = await ppidInProcess(runs[i]!, { cwd: dir });
  await spawned;
  return out;
}

async function refusedAll(dir: string, runs: string[][], mentions: (i: number) => string[], realEvery = 1): Promise<void> {
  const before = snapshot(dir);
  const results = await runAll(dir, runs, realEvery);
  figures['command runs on them'] += runs.length;
  results.forEach((r, i) => {
    const what = `ppid ${runs[i]!.join(' ').slice(0, 100)}`;
    expectCleanRefusal(r, what);
    for (const m of mentions(i)) expect(r.stdout + r.stderr, what).toContain(m);
  });
  const after = snapshot(dir);
  if (after !== before) figures['archives changed']++;
  expect(after).toBe(before);
  expect(existsSync(join(dir, 'pwned'))).toBe(false);
}

interface Planted {
  name: string;
  id: string;
  rel: string;
  expect: Expect;
}

describe('the bad-input corpus, every command on each', () => {
  const planted: Planted[] = [];
  let dir: string;

  beforeAll(() => {
    let n = 100;
    const cases = [
      ...Object.entries(RECORD_FIXTURES).map(([name, expect]) => ({
        name,
        expect,
        // The fixture's own id becomes the planted one; the bytes around it stay as they are.
        plant: (d: string, rel: string, id: string) =>
          writeFileSync(
            join(d, rel),
            Buffer.from(
              readFileSync(join(FIX, name))
                .toString('latin1')
                .replace(/DIK-2026-0002/g, id),
              'latin1',
            ),
          ),
      })),
      ...Object.entries(MADE).map(([name, c]) => ({ name, ...c })),
    ];
    dir = plantedArchive((d) => {
      for (const c of cases) {
        const id = `DIK-2026-0${++n}`;
        const rel = `informasi/${id}.md`;
        c.plant(d, rel, id);
        planted.push({ name: c.name, id, rel, expect: c.expect });
      }
    });
    figures['bad inputs tried'] += planted.length;
  });

  it('the corpus folder holds exactly the cases listed here', () => {
    const onDisk = readdirSync(FIX)
      .filter((n) => n.endsWith('.md'))
      .sort();
    expect(onDisk).toEqual([...Object.keys(RECORD_FIXTURES), 'bom-crlf.md'].sort());
  });

  it('validate names every bad file with its line and the problem', () => {
    const v = ppid(['validate', '--json'], { cwd: dir });
    expect(v.code, v.stderr).toBe(1);
    const errors = JSON.parse(v.stdout).masalah.filter((m: any) => m.tingkat === 'galat');
    for (const p of planted) {
      const mine = errors.filter((m: any) => m.berkas === p.rel);
      expect(
        mine.map((m: any) => m.kode),
        p.name,
      ).toContain(p.expect.code);
      if (p.expect.line !== undefined) expect(mine.find((m: any) => m.kode === p.expect.code).baris, p.name).toBe(p.expect.line);
    }
  });

  it('every report names every bad file, exits 1 and changes nothing', async () => {
    await refusedAll(dir, REPORTS(files), () => planted.map((p) => p.rel));
  }, 120_000);

  it('every command aimed at a bad item refuses, naming its file, and changes nothing', async () => {
    // npm test: three of the ten commands on each bad item, turning round so that every command
    // meets several items; npm run test:stress: all ten on every item (test/helpers/stress.ts).
    const some = (cmds: string[][], j: number) => (FULL ? cmds : [0, 1, 2].map((k) => cmds[(j * 3 + k) % cmds.length]!));
    const runs = planted.flatMap((p, j) => some(ITEM_COMMANDS(p.id, files), j).map((args) => ({ args, p })));
    // Every 4th run is a real process: each command runs for real on some bad items.
    await refusedAll(
      dir,
      runs.map((r) => r.args),
      (i) => [runs[i]!.p.rel],
      4,
    );
  }, 300_000);

  it('add --from each bad file names the file and line, and writes nothing', async () => {
    const names = Object.keys(RECORD_FIXTURES).filter((n) => n !== 'id-ganda.md');
    const work = plantedArchive(() => {}, false);
    await refusedAll(
      work,
      names.map((n) => ['add', '--from', join(FIX, n), '--today', '2026-02-01']),
      (i) => [join(FIX, names[i]!)],
    );
  }, 120_000);

  it('BOM and CRLF (a Windows editor) are accepted and left as they are', () => {
    figures['bad inputs tried']++;
    const work = plantedArchive((d) => cpSync(join(FIX, 'bom-crlf.md'), join(d, BAD)));
    const before = readFileSync(join(work, BAD));
    expect(ppid(['validate'], { cwd: work }).code).toBe(0);
    const list = JSON.parse(ppid(['list', '--json'], { cwd: work }).stdout);
    expect(list.map((x: any) => x.id)).toContain(ID);
    expect(readFileSync(join(work, BAD))).toEqual(before);
    // A step rewrites the record in the archive's own form: UTF-8, LF, no BOM.
    const c = ppid(['clarify', ID, '--today', '2026-02-01'], { cwd: work });
    expect(c.code, c.stderr).toBe(0);
    const after = readFileSync(join(work, BAD), 'utf8');
    expect(after.startsWith('---\n')).toBe(true);
    expect(after).not.toContain('\r');
  });
});

/** ppid.yaml fixtures and the place every command must name. */
const CONFIG_FIXTURES: Record<string, string> = {
  'yaml-rusak.yaml': 'ppid.yaml:2:',
  'tipe-salah.yaml': 'ppid.yaml:6:',
  'kunci-ganda.yaml': 'ppid.yaml:6:',
  'bukan-peta.yaml': 'ppid.yaml:1:',
  'kosong.yaml': 'ppid.yaml',
  'bom-alias.yaml': 'ppid.yaml:8:',
  'bukan-utf8.yaml': 'ppid.yaml:2:',
};

describe('a ppid.yaml that is missing or invalid', () => {
  const configCases: Array<[string, (dir: string) => void, string]> = [
    ...Object.entries(CONFIG_FIXTURES).map(
      ([n, where]) => [n, (d: string) => cpSync(join(FIX, 'ppid-yaml', n), join(d, 'ppid.yaml')), where] as [string, (dir: string) => void, string],
    ),
    ['missing', (d: string) => rmSync(join(d, 'ppid.yaml')), 'ppid.yaml'],
    [
      'a directory',
      (d: string) => {
        rmSync(join(d, 'ppid.yaml'));
        mkdirSync(join(d, 'ppid.yaml'));
        writeFileSync(join(d, 'ppid.yaml', 'x'), '');
      },
      'ppid.yaml',
    ],
    [
      'a symlink out of the archive',
      (d: string) => {
        const o = write(tempDir(), 'lain.yaml', readFileSync(join(d, 'ppid.yaml'), 'utf8'));
        rmSync(join(d, 'ppid.yaml'));
        symlinkSync(o, join(d, 'ppid.yaml'));
      },
      'ppid.yaml',
    ],
  ];

  it.each(configCases)(
    '%s: every command names it, refuses and changes nothing',
    async (name, plant, where) => {
      figures['bad inputs tried']++;
      const dir = plantedArchive(plant);
      const all = [...REPORTS(files), ...ITEM_COMMANDS('DIK-2026-0001', files), ['add', '--from', join(files, 'baik.yaml')]];
      // npm test: a third of the commands on each broken ppid.yaml, a different third for each
      // case, so that every command meets several; npm run test:stress: all of them on every case.
      const j = configCases.findIndex((c) => c[0] === name);
      const runs = FULL ? all : all.filter((_, i) => i % 3 === j % 3);
      await refusedAll(dir, runs, () => [where], 3);
      // A missing ppid.yaml means there is no archive here (3); a broken one is invalid input (1).
      const r = await ppidAsync(['list'], { cwd: dir });
      expect(r.code).toBe(name === 'missing' ? 3 : 1);
      // doctor repairs interrupted runs, which needs no ppid.yaml; it must still not touch one.
      const before = snapshot(dir);
      const d = await ppidAsync(['doctor'], { cwd: dir });
      expect(d.stderr + d.stdout).not.toMatch(STACK);
      expect(snapshot(dir)).toBe(before);
    },
    120_000,
  );
});

describe('ids, paths and option-looking values on the command line', () => {
  const dangerous = [
    '../../../etc/passwd',
    '/etc/passwd',
    'DIK-2026-0001/../../ppid',
    '$(touch pwned)',
    'x;touch pwned',
    '`touch pwned`',
    '--upload-pack=touch pwned',
    '-c core.pager=touch pwned',
  ];

  it('are refused as unknown items or options, never reach git or a shell, change nothing', async () => {
    const dir = plantedArchive(() => {}, false);
    const before = snapshot(dir);
    const runsOf = dangerous.flatMap((bad) => [
      ['show', '--', bad],
      ['log', '--', bad],
      ['clarify', '--', bad],
      ['open', '--alasan', 'jangka-waktu-berakhir', '--', bad],
      ['attach', '--jenis', 'dokumen', '--', bad, join(files, 'scan.pdf')],
      ['decree', ...DECREE, '--', bad],
      ['show', bad],
      ['list', '--unit', bad],
      ['log', bad],
      ['publish', '--out', join(files, 'keluar'), '--today', bad],
    ]);
    figures['bad inputs tried'] += dangerous.length;
    figures['command runs on them'] += runsOf.length;
    const results = await runAll(dir, runsOf, 3);
    results.forEach((r, i) => {
      const what = runsOf[i]!.join(' ');
      // `list --unit X` naming no unit is a usage error naming the units (issue 23), like every other refusal here.
      if (runsOf[i]![0] === 'list') expect(r.code, what).toBe(2);
      expectCleanRefusal(r, what);
      expect(r.stderr + r.stdout, what).not.toMatch(STACK);
    });
    expect(snapshot(dir)).toBe(before);
    expect(existsSync(join(dir, 'pwned'))).toBe(false);
    expect(existsSync(join(dir, '..', 'pwned'))).toBe(false);
  }, 180_000);

  it('an attachment whose own name is hostile is stored under a safe name, and nothing runs', () => {
    const dir = plantedArchive(() => {}, false);
    const hostile = write(tempDir(), '$(touch pwned); --upload-pack=x `id`.pdf', PDF);
    const r = ppid(['attach', 'DIK-2026-0001', hostile, '--jenis', 'dokumen'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const stored = readdirSync(join(dir, 'lampiran', 'DIK-2026-0001'));
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatch(/^[\w.-]+\.pdf$/);
    expect(existsSync(join(dir, 'pwned'))).toBe(false);
    expect(ppid(['validate'], { cwd: dir }).code).toBe(0);
  });

  it('an option-looking --out is a folder name, never a git option', () => {
    const dir = plantedArchive(() => {}, false);
    const r = ppid(['publish', '--out=--upload-pack=touch pwned', '--today', '2026-02-01'], { cwd: dir });
    expect(r.stderr).not.toMatch(STACK);
    expect(existsSync(join(dir, 'pwned'))).toBe(false);
    if (r.code === 0) {
      expect(git(dir, ['ls-files']).split('\n')).toContain('--upload-pack=touch pwned/index.html');
      expect(git(dir, ['status', '--porcelain'])).toBe('');
    }
  });
});
