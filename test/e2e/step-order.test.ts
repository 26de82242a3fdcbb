/**
 * The SOP's order of dated events (docs/adr/0023): test ≤ clarification ≤ the team's opinion ≤
 * decree ≤ opening. A step that writes a date out of that order is refused and writes nothing;
 * `ppid validate` warns about a record that holds one (edited by hand, or written before the rule).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { cleanTempDirs, git, ppidInProcess, snapshot, tempDir, write } from '../helpers/cli.js';
import { addHealthRecords, decreeSigned, on, PETUGAS, PPID, SAMPLE_DECREE, SAMPLE_ITEM, sopArchive, TIM } from '../helpers/sop.js';

afterAll(cleanTempDirs);

const ID = 'DIK-2026-0001';
const FILE = `informasi/${ID}.md`;
const run = (dir: string, args: string[], who: Record<string, string>, day: string) => ppidInProcess(args, { cwd: dir, env: on(who, day) });
const decree = (day: string) => ['decree', ID, '--nomor', '800/1/2026', '--tanggal', day, '--tempat', 'Uji', ...decreeSigned(day)];

/** An archive with the health-records proposal, its consequence test dated 2026-12-01. */
async function proposed(): Promise<string> {
  const dir = sopArchive();
  const r = await run(dir, addHealthRecords('2026-12-01'), PETUGAS, '2026-12-01');
  expect(r.code, r.stderr).toBe(0);
  return dir;
}

/** Runs a step that must be refused for the order, and checks that nothing was written. */
async function refused(dir: string, args: string[], who: Record<string, string>, day: string): Promise<string> {
  const before = snapshot(dir);
  const r = await run(dir, args, who, day);
  expect(r.code, r.stdout + r.stderr).toBe(1);
  expect(snapshot(dir)).toBe(before);
  return r.stdout + r.stderr;
}

async function validateJson(dir: string): Promise<{ code: number; masalah: Array<{ kode: string; tingkat?: string; severity?: string }> }> {
  const r = await ppidInProcess(['validate', '--json', '--today', '2026-12-31'], { cwd: dir });
  return { code: r.code, masalah: (JSON.parse(r.stdout) as { masalah: Array<{ kode: string }> }).masalah };
}

describe('the SOP order of dated steps', () => {
  it('clarify refuses a clarification dated before the test, in both languages', async () => {
    const dir = await proposed();
    const id = await refused(dir, ['clarify', ID, '--tanggal', '01/01/2020'], PPID, '2026-12-07');
    expect(id).toContain('klarifikasi (langkah 2) bertanggal 2020-01-01, lebih awal dari uji konsekuensi (langkah 1) yang bertanggal 2026-12-01');
    expect(id).toContain('Saran: urutan SOP');
    const en = await refused(dir, ['clarify', ID, '--tanggal', '01/01/2020', '--lang', 'en'], PPID, '2026-12-07');
    expect(en).toContain('the clarification (step 2) is dated 2020-01-01, before the consequence test (step 1), dated 2026-12-01');
    expect(en).toContain('Hint: the SOP');
    // On the test's own day it is in order.
    expect((await run(dir, ['clarify', ID, '--tanggal', '01/12/2026'], PPID, '2026-12-07')).code).toBe(0);
  });

  it('decree refuses a determination dated before the team\u2019s opinion; validate and audit stay clean', async () => {
    const dir = await proposed();
    expect((await run(dir, ['clarify', ID], PPID, '2026-12-01')).code).toBe(0);
    const review = await run(dir, ['review', ID, '--rekomendasi', 'setuju', '--nomor', '1', '--tanggal', '05/12/2026'], TIM, '2026-12-07');
    expect(review.code, review.stderr).toBe(0);
    const out = await refused(dir, decree('02/12/2026'), PPID, '2026-12-07');
    expect(out).toContain('penetapan bertanggal 2026-12-02, lebih awal dari pertimbangan tim (langkah 3) yang bertanggal 2026-12-05');
    expect(out).toContain('(penetapan.tanggal)');
    const ok = await run(dir, decree('05/12/2026'), PPID, '2026-12-07');
    expect(ok.code, ok.stderr).toBe(0);
    expect(await validateJson(dir)).toEqual({ code: 0, masalah: [] });
    expect((await ppidInProcess(['audit', '--today', '2026-12-31'], { cwd: dir })).code).toBe(0);
  });

  it('review and reject refuse a date before the step before them', async () => {
    const dir = await proposed();
    expect((await run(dir, ['clarify', ID, '--tanggal', '2026-12-04'], PPID, '2026-12-07')).code).toBe(0);
    const out = await refused(dir, ['review', ID, '--rekomendasi', 'setuju', '--nomor', '1', '--tanggal', '2026-12-03'], TIM, '2026-12-07');
    expect(out).toContain('pertimbangan tim (langkah 3) bertanggal 2026-12-03, lebih awal dari klarifikasi (langkah 2) yang bertanggal 2026-12-04');
    const rej = await refused(dir, ['reject', ID, '--alasan', 'Informasi terbuka', '--tanggal', '2026-12-02'], PPID, '2026-12-07');
    expect(rej).toContain('penolakan bertanggal 2026-12-02, lebih awal dari klarifikasi (langkah 2)');
  });

  it('edit refuses moving the test after the clarification, and may move it back into order', async () => {
    const dir = await proposed();
    expect((await run(dir, ['clarify', ID, '--tanggal', '2026-12-04'], PPID, '2026-12-07')).code).toBe(0);
    const out = await refused(dir, ['edit', ID, '--tanggal-uji', '2026-12-05', '--alasan', 'salah tanggal'], PETUGAS, '2026-12-07');
    expect(out).toContain('klarifikasi (langkah 2) bertanggal 2026-12-04, lebih awal dari uji konsekuensi (langkah 1) yang bertanggal 2026-12-05');
    expect((await run(dir, ['edit', ID, '--tanggal-uji', '2026-12-03', '--alasan', 'salah tanggal'], PETUGAS, '2026-12-07')).code).toBe(0);
  });

  it('reclassify compares its new test with the decree it replaces, and the first clarification with the first test', async () => {
    const dir = await proposed();
    expect((await run(dir, ['clarify', ID, '--tanggal', '2026-12-02'], PPID, '2026-12-07')).code).toBe(0);
    expect((await run(dir, ['review', ID, '--rekomendasi', 'setuju', '--nomor', '1', '--tanggal', '2026-12-03'], TIM, '2026-12-07')).code).toBe(0);
    expect((await run(dir, decree('2026-12-04'), PPID, '2026-12-07')).code).toBe(0);
    const again = (testDay: string) => [
      'reclassify',
      ID,
      '--tanggal-uji',
      testDay,
      '--dibuka',
      'Masih membuka riwayat kesehatan.',
      '--ditutup',
      'Melindungi privasi lebih lama.',
      '--tahun',
      '2',
      ...decree('2026-12-21').slice(2),
    ];
    const out = await refused(dir, again('2026-12-03'), PPID, '2026-12-21');
    expect(out).toContain(
      'uji konsekuensi ulang (reklasifikasi) bertanggal 2026-12-03, lebih awal dari penetapan klasifikasi yang diganti yang bertanggal 2026-12-04',
    );
    // The new test after the old decree: the clarification (2026-12-02) is not compared with it.
    const ok = await run(dir, again('2026-12-20'), PPID, '2026-12-21');
    expect(ok.code, ok.stderr).toBe(0);
    expect(await validateJson(dir)).toEqual({ code: 0, masalah: [] });
  });

  it('validate warns about a record edited out of order; --strict fails on it', async () => {
    const dir = await proposed();
    expect((await run(dir, ['clarify', ID, '--tanggal', '2026-12-04'], PPID, '2026-12-07')).code).toBe(0);
    const text = readFileSync(join(dir, FILE), 'utf8');
    writeFileSync(join(dir, FILE), text.replace(/(klarifikasi:\n {2}tanggal: )2026-12-04/, '$12020-01-01'));
    const v = await validateJson(dir);
    expect(v.code).toBe(0);
    expect(v.masalah.map((m) => m.kode)).toEqual(['urutan-langkah']);
    expect((await ppidInProcess(['validate', '--strict', '--today', '2026-12-31'], { cwd: dir })).code).toBe(1);
  });

  it('a record written before the rule keeps working: a warning, and its later steps are not refused for it', async () => {
    // The quick start before the rule: the team's opinion dated after the decree.
    const dir = sopArchive();
    const rec = {
      ...SAMPLE_ITEM,
      status: 'ditetapkan',
      klarifikasi: { tanggal: '2026-01-06' },
      pertimbangan: { rekomendasi: 'setuju', nomor: '1/TP', tanggal: '2026-01-12' },
      penetapan: SAMPLE_DECREE,
    };
    write(dir, FILE, `---\n${stringify({ id: ID, ...rec })}---\n`);
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '-m', 'Arsip lama']);
    const v = await validateJson(dir);
    expect(v.code).toBe(0);
    expect(v.masalah.map((m) => m.kode)).toEqual(['urutan-langkah']);
    // Neither the correction of a clerical field nor the opening is about that old date.
    // An opening dated between the decree (01-10) and that opinion (01-12) follows the decree, which is all it is compared with.
    const fix = await run(dir, ['edit', ID, '--judul', 'Data rekening penerima bantuan 2025', '--alasan', 'judul'], PPID, '2026-02-02');
    expect(fix.code, fix.stderr).toBe(0);
    const open = await run(
      dir,
      [
        'open',
        ID,
        '--alasan',
        'putusan-komisi-informasi',
        '--dasar',
        'Putusan KI 1/2026',
        '--pimpinan',
        'Budi Santoso',
        '--tanggal-persetujuan',
        '2026-01-11',
        '--tanggal',
        '2026-01-11',
      ],
      PPID,
      '2026-02-03',
    );
    expect(open.code, open.stderr).toBe(0);
  });

  it('a registration in force has no clarification or opinion: only its present dates are compared', async () => {
    const dir = sopArchive();
    const r = await run(
      dir,
      ['add', '--from', write(tempDir(), 'butir.yaml', stringify({ ...SAMPLE_ITEM, status: 'ditetapkan', penetapan: SAMPLE_DECREE }))],
      PPID,
      '2026-02-01',
    );
    expect(r.code, r.stderr).toBe(0);
    expect(await validateJson(dir)).toEqual({ code: 0, masalah: [] });
  });
});
