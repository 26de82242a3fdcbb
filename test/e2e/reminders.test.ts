/**
 * `ppid expiring --ics`, `ppid status --ics` and `--exit-code` on a copy of archive-example as of
 * its reference date, the calendar read back by a real iCalendar parser (Mozilla's ical.js).
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { cleanTempDirs, newArchive, ppid, ppidInProcess, ROOT, tempDir } from '../helpers/cli.js';

afterAll(cleanTempDirs);

const TODAY = '2026-11-02'; // archive-example's reference date (README)
const BODY = 'pemerintah-kabupaten-tanjung-rawa';

interface Ev {
  uid: string;
  start: string;
  end: string;
  isDate: boolean;
  summary: string;
  description: string;
  triggers: string[];
  stamp: string;
}

function parse(text: string): { cal: ICAL.Component; events: Ev[] } {
  const cal = new ICAL.Component(ICAL.parse(text));
  const events = cal.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      start: e.startDate.toString(),
      end: e.endDate.toString(),
      isDate: e.startDate.isDate,
      summary: e.summary,
      description: e.description,
      triggers: v.getAllSubcomponents('valarm').map((a) => String(a.getFirstPropertyValue('trigger'))),
      stamp: String(v.getFirstPropertyValue('dtstamp')),
    };
  });
  return { cal, events };
}

let archive: string;
const run = async (args: string[]) => {
  const r = await ppidInProcess([...args, '--archive', archive, '--today', TODAY], { cwd: archive });
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
};

beforeAll(() => {
  archive = join(tempDir(), 'arsip');
  cpSync(join(ROOT, 'archive-example'), archive, { recursive: true });
});

describe('ppid expiring --ics on archive-example as of 2026-11-02', () => {
  it('holds one event per decision, window start, lapse and review, on the expected days', async () => {
    const report = JSON.parse(await run(['expiring', '--json']));
    const status = JSON.parse(await run(['status', '--json']));
    const { cal, events } = parse(await run(['expiring', '--ics']));
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(cal.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(cal.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(cal.getFirstPropertyValue('x-wr-calname')).toBe('Pengingat PPID — Pemerintah Kabupaten Tanjung Rawa');

    // Expected from the other reports: the decision deadline from `expiring --json`, the first of
    // the 30 working days from `status --json` (step 4 waits since then), a lapse and an
    // overdue review on the report's day.
    const windowStart = Object.fromEntries(status.butir.filter((b: any) => b.langkah === 4).map((b: any) => [b.id, b.sejak]));
    const expected: Record<string, string> = {};
    for (const b of report.butir) {
      if (b.keadaan === 'akan-berakhir') {
        expected[`${b.id}-keputusan-pembukaan@${BODY}`] = b.lewat_batas_keputusan ? TODAY : b.batas_keputusan;
        expected[`${b.id}-jendela-pembukaan@${BODY}`] = windowStart[b.id];
      } else if (b.keadaan === 'lewat') expected[`${b.id}-keputusan-pembukaan@${BODY}`] = TODAY;
      else if (b.keadaan === 'tinjau-ulang') expected[`${b.id}-tinjau-ulang@${BODY}`] = b.tinjau_ulang < TODAY ? TODAY : b.tinjau_ulang;
    }
    expect(Object.fromEntries(events.map((e) => [e.uid, e.start]))).toEqual(expected);
    // And the same as facts the README states (the regional holiday of 12 November counted).
    expect(expected).toEqual({
      [`DIK-2023-0009-keputusan-pembukaan@${BODY}`]: '2026-11-02',
      [`DIK-2025-0003-jendela-pembukaan@${BODY}`]: '2026-10-02',
      [`DIK-2025-0003-keputusan-pembukaan@${BODY}`]: '2026-11-13',
      [`DIK-2025-0015-jendela-pembukaan@${BODY}`]: '2026-10-08',
      [`DIK-2025-0015-keputusan-pembukaan@${BODY}`]: '2026-11-19',
      [`DIK-2024-0004-tinjau-ulang@${BODY}`]: '2026-12-07',
    });
    for (const e of events) {
      expect(e.isDate, e.uid).toBe(true);
      const next = new Date(`${e.start}T00:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      expect(e.end).toBe(next.toISOString().slice(0, 10));
      expect(e.stamp).toBe('2026-11-02T00:00:00Z');
      expect(e.triggers).toContain('PT7H');
    }
    const byUid = Object.fromEntries(events.map((e) => [e.uid, e]));
    const decision = byUid[`DIK-2025-0003-keputusan-pembukaan@${BODY}`]!;
    expect(decision.summary).toMatch(/^Batas keputusan pembukaan DIK-2025-0003: Rencana operasi penegakan/);
    expect(decision.description).toContain('paling lambat 13 November 2026');
    expect(decision.description).toContain('ppid open DIK-2025-0003 --alasan jangka-waktu-berakhir');
    expect(decision.triggers).toEqual(['-P2DT17H', 'PT7H']);
    const lapsed = byUid[`DIK-2023-0009-keputusan-pembukaan@${BODY}`]!;
    expect(lapsed.summary).toMatch(/^TERLAMBAT: DIK-2023-0009 terbuka demi hukum/);
    expect(lapsed.description).toContain('terbuka demi hukum sejak 15 Oktober 2026');
    expect(lapsed.description).toContain('Tenggat 14 Oktober 2026 sudah lewat');
  });

  it('is byte for byte the same on a second run; its UIDs are unique and stay when the day moves', async () => {
    const first = await run(['expiring', '--ics']);
    expect(await run(['expiring', '--ics'])).toBe(first);
    const uids = parse(first).events.map((e) => e.uid);
    expect(new Set(uids).size).toBe(uids.length);
    const later = await ppidInProcess(['expiring', '--ics', '--archive', archive, '--today', '2026-11-09'], { cwd: archive });
    const laterUids = parse(later.stdout).events.map((e) => e.uid);
    expect(laterUids.filter((u) => !u.startsWith('DIK-2024-0004'))).toEqual(uids.filter((u) => !u.startsWith('DIK-2024-0004')));
  });

  it('ends every line with CRLF and folds at 75 octets without splitting a UTF-8 character', async () => {
    const bytes = Buffer.from(await run(['expiring', '--ics']), 'utf8');
    const text = bytes.toString('latin1');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let folded = 0;
    let at = 0;
    while (at < bytes.length) {
      const end = bytes.indexOf('\r\n', at);
      const line = bytes.subarray(at, end);
      expect(line.length).toBeLessThanOrEqual(75);
      expect(() => decoder.decode(line)).not.toThrow();
      if (line[0] === 0x20) folded++;
      at = end + 2;
    }
    expect(folded).toBeGreaterThan(10);
  });
});

describe('what an event may say', () => {
  it('uses the public title, escapes , ; \\ and keeps non-ASCII whole through the parser', async () => {
    const dir = join(tempDir(), 'arsip');
    cpSync(join(ROOT, 'archive-example'), dir, { recursive: true });
    const file = join(dir, 'informasi', 'DIK-2025-0015.md');
    // Long enough to fold several times, with multi-byte characters at every offset.
    const title = 'Surat-menyurat, nota; lampiran \\ B — “pos lintas batas” ĀĒĪ 😀 Ñandú ' + 'éüß—😀'.repeat(12);
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(/^judul: .*$/m, (l) => `${l}\njudul_publik: ${JSON.stringify(title)}`),
    );
    const r = await ppidInProcess(['expiring', '--ics', '--archive', dir, '--today', TODAY], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Surat-menyurat\\, nota\\; lampiran \\\\ B');
    // The private title stays in the archive.
    expect(r.stdout.replace(/\r\n /g, '')).not.toContain('Korespondensi dengan Konsulat');
    const e = parse(r.stdout).events.find((x) => x.uid === `DIK-2025-0015-keputusan-pembukaan@${BODY}`)!;
    expect(e.description).toContain(`Informasi: ${title}\n`);
    expect(e.summary).toBe(`Batas keputusan pembukaan DIK-2025-0015: ${[...title].slice(0, 59).join('')}…`);
    for (const line of Buffer.from(r.stdout).toString('latin1').split('\r\n')) expect(line.length).toBeLessThanOrEqual(75);
  });

  it('speaks English with --lang en', async () => {
    const out = await run(['expiring', '--ics', '--lang', 'en']);
    const { cal, events } = parse(out);
    expect(cal.getFirstPropertyValue('prodid')).toMatch(/\/\/EN$/);
    expect(cal.getFirstPropertyValue('x-wr-calname')).toBe('PPID reminders — Pemerintah Kabupaten Tanjung Rawa');
    expect(out).toContain('SUMMARY;LANGUAGE=en:');
    const decision = events.find((e) => e.uid === `DIK-2025-0003-keputusan-pembukaan@${BODY}`)!;
    expect(decision.summary).toMatch(/^Opening decision due DIK-2025-0003: /);
    expect(decision.description).toContain('by 13 November 2026');
  });

  it('takes one format: --ics with --json is a usage error', async () => {
    const r = await ppidInProcess(['expiring', '--ics', '--json', '--archive', archive, '--today', TODAY], { cwd: archive });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--ics');
    expect(r.stdout).toBe('');
  });
});

describe('ppid status --ics', () => {
  it('holds every step an item waits for: a late one on the report\u2019s day, the others on their deadline', async () => {
    const status = JSON.parse(await run(['status', '--json']));
    const { events } = parse(await run(['status', '--ics']));
    const waiting = status.butir.filter((b: any) => b.tenggat !== null);
    expect(waiting.filter((b: any) => b.terlambat).length).toBeGreaterThanOrEqual(10);
    expect(events).toHaveLength(waiting.length);
    const byId = new Map(events.map((e) => [e.uid.split('-').slice(0, 3).join('-'), e]));
    for (const b of waiting) {
      const e = byId.get(b.id);
      expect(e, b.id).toBeDefined();
      expect(e!.start, b.id).toBe(b.terlambat ? TODAY : b.tenggat);
      expect(e!.summary.startsWith('TERLAMBAT: '), b.id).toBe(b.terlambat);
      if (b.langkah !== 4) expect(e!.uid).toBe(`${b.id}-langkah-${b.langkah}-${b.perintah}@${BODY}`);
      if (b.terlambat && b.langkah !== 4) expect(e!.description).toContain(`Langkah SOP ${b.langkah}`);
    }
  });

  it('gives an opening the same event as expiring does, so the two files never show it twice', async () => {
    const fromStatus = parse(await run(['status', '--ics'])).events.filter((e) => e.uid.includes('-keputusan-pembukaan@'));
    const fromExpiring = parse(await run(['expiring', '--ics'])).events.filter((e) => e.uid.includes('-keputusan-pembukaan@'));
    expect(fromStatus.map((e) => [e.uid, e.start, e.summary]).sort()).toEqual(fromExpiring.map((e) => [e.uid, e.start, e.summary]).sort());
  });
});

describe('--exit-code, for cron and the Task Scheduler', () => {
  it('is 11 when something is late, 10 when something only falls due, 0 when nothing', () => {
    const code = (args: string[], cwd = archive) => ppid(args, { cwd }).code;
    expect(code(['expiring', '--exit-code', '--today', TODAY])).toBe(11);
    expect(code(['status', '--exit-code', '--today', TODAY])).toBe(11);
    // A month earlier DIK-2023-0009 and DIK-2025-0003 are in their window, none past its deadline.
    expect(code(['expiring', '--exit-code', '--today', '2026-10-01'])).toBe(10);
    // Without the flag, what is due is no failure.
    expect(code(['expiring', '--today', TODAY])).toBe(0);
    const fresh = newArchive();
    expect(code(['expiring', '--exit-code', '--today', TODAY], fresh)).toBe(0);
    expect(code(['status', '--exit-code', '--today', TODAY], fresh)).toBe(0);
    const empty = ppid(['expiring', '--ics', '--exit-code', '--today', TODAY], { cwd: fresh });
    expect(empty.code).toBe(0);
    expect(parse(empty.stdout).events).toEqual([]);
  });

  it('on status: 10 while a step waits within its limit, 11 once it is late; the event sits on the deadline until then', () => {
    const dir = newArchive();
    const from = join(tempDir(), 'butir.yaml');
    writeFileSync(
      from,
      'judul: Data kesehatan pegawai\nunit: BKPSDM\npasal17: [h2]\ndasar_hukum: ["UU 14/2008 Pasal 17 huruf h angka 2"]\n' +
        'uji_konsekuensi:\n  tanggal: 2026-01-05\n  konsekuensi_dibuka: Membuka riwayat kesehatan.\n  konsekuensi_ditutup: Melindungi privasi.\n' +
        'jangka_waktu: { mulai: 2026-01-10, tahun: 5 }\ncakupan: seluruh\n',
    );
    const added = ppid(['add', '--from', from, '--today', '2026-01-12'], { cwd: dir });
    expect(added.code, added.stderr).toBe(0);
    expect(ppid(['status', '--exit-code', '--today', '2026-01-13'], { cwd: dir }).code).toBe(10);
    expect(ppid(['status', '--exit-code', '--today', '2026-02-20'], { cwd: dir }).code).toBe(11);
    const onTime = parse(ppid(['status', '--ics', '--today', '2026-01-13'], { cwd: dir }).stdout).events;
    // Five working days from Monday 12 January 2026, Friday 16 January (Isra Mikraj) not one of them.
    expect(onTime.map((e) => [e.uid, e.start, e.triggers])).toEqual([
      ['DIK-2026-0001-langkah-2-clarify@pemerintah-kabupaten-uji', '2026-01-20', ['-P2DT17H', 'PT7H']],
    ]);
    expect(onTime[0]!.summary).toBe('Langkah 2 (klarifikasi jangka waktu) DIK-2026-0001: Data kesehatan pegawai');
    expect(onTime[0]!.description).toContain('Jalankan: ppid clarify DIK-2026-0001');
  });
});
