/**
 * Indonesian everywhere, forgiving input: commander's own messages in Bahasa Indonesia (English
 * with --lang en), ids in any case, the kinds of attachment said when --jenis is missing, report
 * filters that name nothing refused, and the commands' Indonesian names.
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanTempDirs, git, gitLog, ppidInProcess, ROOT, snapshot, tempDir, write } from '../helpers/cli.js';
import { addHealthRecords, decreeSigned, on, PDF, PETUGAS, PPID, sopArchive, TIM } from '../helpers/sop.js';
import { translateErrors } from '../../src/cli/words.js';
import { ALIASES } from '../../src/cli/aliases.js';
import { setLang } from '../../src/i18n/lang.js';
import { JENIS_LAMPIRAN } from '../../src/domain/record.js';
import { JENIS_LAMPIRAN_ARTI } from '../../src/i18n/cli-messages.js';

afterAll(cleanTempDirs);

const EXAMPLE = join(ROOT, 'archive-example');
/** Words of commander's English that must not reach Indonesian output. */
const ENGLISH = /error:|Did you mean|Allowed choices|choices:|is invalid|Expected \d|argument missing|not specified|unknown (option|command)/;

describe("commander's messages in Bahasa Indonesia", () => {
  const cwd = tempDir();
  const cases: Array<[string[], string, string]> = [
    [['list', '--bogus'], "galat: opsi tidak dikenal '--bogus'", "error: unknown option '--bogus'"],
    [['list', '--statu', 'x'], "galat: opsi tidak dikenal '--statu'\n(maksudnya --status?)", '(Did you mean --status?)'],
    [['lis'], "galat: perintah tidak dikenal 'lis'\n(maksudnya list?)", "error: unknown command 'lis'"],
    [['show'], "galat: argumen wajib 'id' tidak ada", "error: missing required argument 'id'"],
    [['review', 'DIK-2026-0001', '--nomor', '1'], "galat: opsi wajib '--rekomendasi <r>' tidak diberikan", 'not specified'],
    [['list', '--status'], "galat: opsi '--status <status>' perlu nilai", 'argument missing'],
    [['show', 'DIK-2026-0001', 'DIK-2026-0002'], "galat: argumen terlalu banyak untuk 'ppid show': paling banyak 1, diberikan 2", 'error: too many arguments'],
    [
      ['export', '--out', 'x.csv', '--format', 'pdf'],
      "galat: nilai 'pdf' untuk opsi '--format <format>' tidak sah. Pilihan: xlsx, csv.",
      'Allowed choices are xlsx, csv.',
    ],
    [
      ['review', 'DIK-2026-0001', '--nomor', '1', '--rekomendasi', 'ya'],
      "galat: nilai 'ya' untuk opsi '--rekomendasi <r>' tidak sah. Pilihan: setuju, tolak, ubah.",
      'is invalid',
    ],
  ];

  for (const [args, id, en] of cases) {
    it(`ppid ${args.join(' ')}: Indonesian, exit 2; English with LANG=en`, async () => {
      const r = await ppidInProcess(args, { cwd });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(id);
      expect(r.stderr).not.toMatch(ENGLISH);
      const e = await ppidInProcess(args, { cwd, env: { LANG: 'en_US.UTF-8' } });
      expect(e.code).toBe(2);
      expect(e.stderr).toContain(en);
    });
  }

  it('help says the choices and defaults in Bahasa Indonesia', async () => {
    const r = await ppidInProcess(['export', '--help'], { cwd });
    expect(r.stdout.replace(/\s+/g, ' ')).toContain('(pilihan: "xlsx", "csv")');
    expect(r.stdout).not.toMatch(/choices:|default:/);
  });

  it('the messages no ppid command line reaches today are translated too', () => {
    setLang('id');
    const said = (s: string) => translateErrors(s);
    expect(said("error: option '--a' cannot be used with option '--b'")).toBe("galat: opsi '--a' tidak dapat dipakai bersama opsi '--b'");
    expect(said("error: environment variable 'X' cannot be used with option '--b'")).toBe(
      "galat: variabel lingkungan 'X' tidak dapat dipakai bersama opsi '--b'",
    );
    expect(said("error: command-argument value 'z' is invalid for argument 'jenis'. Allowed choices are a, b.")).toBe(
      "galat: nilai 'z' untuk argumen 'jenis' tidak sah. Pilihan: a, b.",
    );
    expect(said("error: option '--f <x>' value 'z' from env 'F' is invalid.")).toBe(
      "galat: nilai 'z' dari variabel lingkungan 'F' untuk opsi '--f <x>' tidak sah.",
    );
    expect(said("error: unknown command 'expor'\n(Did you mean one of export, expiring?)")).toBe(
      "galat: perintah tidak dikenal 'expor'\n(maksudnya salah satu dari export, expiring?)",
    );
    expect(said('error: too many arguments. Expected 0 arguments but got 1.')).toBe('galat: argumen terlalu banyak: paling banyak 0, diberikan 1');
    setLang('en');
    expect(translateErrors("error: unknown option '--x'")).toBe("error: unknown option '--x'");
    setLang('id');
  });
});

describe('forgiving input', () => {
  it('an id in lower case names the item (show, log, doc)', async () => {
    const show = await ppidInProcess(['show', 'dik-2025-0003', '--archive', EXAMPLE], { cwd: ROOT });
    expect(show.code, show.stderr).toBe(0);
    expect(show.stdout).toContain('DIK-2025-0003');
    const dir = join(tempDir(), 'arsip');
    cpSync(EXAMPLE, dir, { recursive: true });
    git(dir, ['init', '-q', '-b', 'main']);
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '-m', 'Arsip awal']);
    const log = await ppidInProcess(['log', 'Dik-2025-0003'], { cwd: dir });
    expect(log.code, log.stderr).toBe(0);
    expect(log.stdout).toMatch(/^DIK-2025-0003$/m);
    const doc = await ppidInProcess(['doc', 'uji-konsekuensi', 'dik-2025-0003', '--format', 'html'], { cwd: dir });
    expect(doc.code, doc.stderr).toBe(0);
    expect(doc.stdout).toContain('Rencana operasi penegakan');
  });

  it('attach without --jenis is a usage error naming every kind and what it is; nothing is written', async () => {
    const dir = sopArchive();
    write(dir, 'surat.pdf', PDF);
    const before = snapshot(dir);
    const r = await ppidInProcess(['attach', 'dik-2026-0001', 'surat.pdf'], { cwd: dir, env: on(PETUGAS, '2026-02-02') });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"ppid attach" perlu --jenis');
    for (const k of JENIS_LAMPIRAN) expect(r.stderr).toMatch(new RegExp(`^ +${k} +${JENIS_LAMPIRAN_ARTI[k][0].replace(/[()]/g, '\\$&')}$`, 'm'));
    expect(snapshot(dir)).toBe(before);
    const en = await ppidInProcess(['attach', 'DIK-2026-0001', 'surat.pdf', '--lang', 'en'], { cwd: dir, env: on(PETUGAS, '2026-02-02') });
    expect(en.stderr).toContain('the signed consequence-test sheet');
  });

  it('list --pasal17 and --unit that name nothing are usage errors naming what exists; codes in any case', async () => {
    const run = (args: string[]) => ppidInProcess([...args, '--archive', EXAMPLE], { cwd: ROOT });
    const z9 = await run(['list', '--pasal17', 'z9']);
    expect(z9.code).toBe(2);
    expect(z9.stdout).toBe('');
    expect(z9.stderr).toContain('--pasal17 "z9" bukan kode Pasal 17 UU 14/2008');
    expect(z9.stderr).toContain('huruf a, b, c, d, e, f, g, h, i, j');
    expect((await run(['list', '--pasal17', 'h9'])).stderr).toContain('(maksudnya "h"?)');
    const xyz = await run(['list', '--unit', 'XYZ']);
    expect(xyz.code).toBe(2);
    expect(xyz.stderr).toContain('--unit "XYZ" tidak cocok dengan unit kerja mana pun');
    expect(xyz.stderr).toContain('BKPSDM (Badan Kepegawaian dan Pengembangan Sumber Daya Manusia)');
    expect((await run(['export', '--out', join(tempDir(), 'x.csv'), '--unit', 'XYZ'])).code).toBe(2);
    const ids = async (args: string[]) => JSON.parse((await run([...args, '--json'])).stdout).map((x: { id: string }) => x.id);
    // A unit by its code, in lower case, is the unit by its name.
    expect(await ids(['list', '--unit', 'setda'])).toEqual(await ids(['list', '--unit', 'Sekretariat Daerah']));
    expect((await ids(['list', '--unit', 'setda'])).length).toBeGreaterThan(0);
    expect(await ids(['list', '--pasal17', 'H2'])).toEqual(await ids(['list', '--pasal17', 'h2']));
    expect(await ids(['list', '--status', 'Ditetapkan'])).toEqual(await ids(['list', '--status', 'ditetapkan']));
  });
});

describe('--lang and PPID_LANG name a language ppid speaks', () => {
  it('--lang fr and PPID_LANG=fr are usage errors naming id and en; LANG=fr_FR is the system\u2019s and means Indonesian', async () => {
    const run = (args: string[], env: Record<string, string | undefined> = {}) => ppidInProcess([...args, '--archive', EXAMPLE], { cwd: ROOT, env });
    for (const [args, env, opsi] of [
      [['list', '--lang', 'fr'], {}, '--lang'],
      [['list', '--lang=fr'], {}, '--lang'],
      [['list'], { PPID_LANG: 'fr' }, 'PPID_LANG'],
    ] as const) {
      const r = await run([...args], { ...env });
      expect(r.code, r.stderr).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`nilai ${opsi} "fr" tidak dikenal; pilihan: id, en`);
    }
    const system = await run(['list', '--today', '2026-06-01'], { LANG: 'fr_FR.UTF-8', LC_ALL: undefined, LC_MESSAGES: undefined, PPID_LANG: undefined });
    expect(system.code, system.stderr).toBe(0);
    expect((await run(['list', '--lang', 'en', '--today', '2026-06-01'], { PPID_LANG: 'fr' })).code).toBe(0);
  });
});

describe('the commands in Bahasa Indonesia', () => {
  it('no alias is a command name or another alias, and each is shown in help', async () => {
    const names = Object.keys(ALIASES);
    const help = (await ppidInProcess(['--help'], { cwd: ROOT })).stdout;
    const commands = [...help.matchAll(/^ {2}([a-z]+)\b/gm)].map((m) => m[1]!);
    const all = Object.values(ALIASES).flat();
    expect(new Set(all).size).toBe(all.length);
    for (const a of all) expect(commands, a).not.toContain(a);
    for (const n of names) expect(commands, n).toContain(n);
    for (const [n, aliases] of Object.entries(ALIASES)) {
      const own = await ppidInProcess([n, '--help'], { cwd: ROOT });
      expect(own.stdout).toMatch(new RegExp(`^Penggunaan: ppid ${n}\\|${aliases[0]} `));
      for (const a of aliases) {
        expect(help.replace(/\s+/g, ' '), a).toContain(a);
        // The alias is the command: its help is the command's own.
        expect((await ppidInProcess([a, '--help'], { cwd: ROOT })).stdout, a).toBe(own.stdout);
      }
    }
  });

  it('the reports under their Indonesian names print what the commands print', async () => {
    const same: Array<[string, string, string[]]> = [
      ['daftar', 'list', ['--json']],
      ['periksa', 'validate', ['--json']],
      ['akan-berakhir', 'expiring', ['--json']],
      ['kalender', 'calendar', ['2026']],
      ['lihat', 'show', ['dik-2025-0003']],
    ];
    for (const [alias, name, args] of same) {
      const a = await ppidInProcess([alias, ...args, '--archive', EXAMPLE, '--today', '2026-11-02'], { cwd: ROOT });
      const b = await ppidInProcess([name, ...args, '--archive', EXAMPLE, '--today', '2026-11-02'], { cwd: ROOT });
      expect(a.code, `${alias} ${a.stderr}`).toBe(b.code);
      expect(a.stdout, alias).toBe(b.stdout);
      expect(a.stdout.length).toBeGreaterThan(0);
    }
  });

  it('the SOP steps under their Indonesian names, with ids in lower case, are the same steps', async () => {
    const dir = sopArchive();
    const files = tempDir();
    write(files, 'pertimbangan.pdf', PDF);
    write(files, 'uji.pdf', PDF);
    // The day is the commit's (a step refuses PPID_TODAY).
    const step = async (who: Record<string, string>, day: string, args: string[]) => {
      const r = await ppidInProcess(args, { cwd: dir, env: { ...on(who, day), PPID_TODAY: undefined } });
      expect(r.code, `${args.join(' ')}\n${r.stderr}`).toBe(0);
    };
    await step(PETUGAS, '2026-02-02', ['tambah', ...addHealthRecords('2026-02-02').slice(1)]);
    await step(PETUGAS, '2026-02-04', ['klarifikasi', 'dik-2026-0001']);
    await step(TIM, '2026-02-05', ['timbang', 'dik-2026-0001', '--rekomendasi', 'setuju', '--nomor', '01/TP', '--surat', join(files, 'pertimbangan.pdf')]);
    await step(PPID, '2026-02-10', [
      'tetapkan',
      'dik-2026-0001',
      '--nomor',
      '000.7.2/014/PPID/II/2026',
      '--tanggal',
      '2026-02-10',
      ...decreeSigned('2026-02-09'),
    ]);
    await step(PETUGAS, '2026-02-11', ['lampirkan', 'dik-2026-0001', join(files, 'uji.pdf'), '--jenis', 'uji-konsekuensi']);
    const steps = gitLog(dir)
      .map((c) => c.trailers['PPID-Perintah']?.[0])
      .filter(Boolean)
      .reverse();
    expect(steps.slice(-5)).toEqual(['add', 'clarify', 'review', 'decree', 'attach']);
    const show = await ppidInProcess(['lihat', 'dik-2026-0001', '--json'], { cwd: dir });
    expect(JSON.parse(show.stdout).status).toBe('ditetapkan');
  });
});
