/** `ppid show ID`: one item, as the officer sees it (internal fields included). */
import type { Io } from '../terminal/io.js';
import { periodFacts } from '../rules/period.js';
import { exemptUntilText, longDate, periodText, publicFromText, statusLabel } from '../reports/text.js';
import { firstPublicDay, lastExemptDay } from '../rules/period.js';
import { pasal17Citation, findPasal17 } from '../domain/pasal17.js';
import { serializeFrontMatter } from '../records/serialize.js';
import { lang } from '../i18n/lang.js';
import { ui } from '../i18n/ui-messages.js';
import { fitLine } from '../terminal/width.js';
import { EXIT } from '../errors.js';
import { csvDialect, findRecord, json, loadRecords, openArchive, resolveToday, type CommonOptions } from './context.js';
import { STATUS_INFO } from '../domain/lifecycle.js';
import { renderCsv, type Column } from '../terminal/table.js';

/** A field and its value: the record as a two-column sheet, nested keys joined by dots. */
const fieldColumns = (): Column<[string, string]>[] => [
  { key: 'kolom', header: ui('kol.bidang'), value: ([k]) => k },
  { key: 'nilai', header: ui('kol.nilai'), value: ([, v]) => v },
];

function fieldRows(v: unknown, prefix = ''): [string, string][] {
  if (v === null || v === undefined) return prefix ? [[prefix, '']] : [];
  if (Array.isArray(v) && v.every((x) => typeof x !== 'object' || x === null)) return [[prefix, v.join('\n')]];
  if (typeof v === 'object') {
    const entries = Array.isArray(v) ? v.map((x, i) => [String(i + 1), x] as const) : Object.entries(v);
    return entries.flatMap(([k, x]) => fieldRows(x, prefix ? `${prefix}.${k}` : k));
  }
  return [[prefix, String(v)]];
}

export async function run(io: Io, id: string, opts: CommonOptions): Promise<number> {
  const today = resolveToday(opts, io.env);
  const a = await openArchive(io, opts);
  const loaded = await loadRecords(io, a);
  const rec = findRecord(loaded, id);
  const facts = periodFacts(rec.data);
  // An opened item was exempt until the day it was opened, whatever its period said.
  const publicDay = firstPublicDay(rec.data, facts);
  if (opts.json || opts.csv || opts.csvKoma) {
    const demiHukum = facts.berakhir !== undefined && facts.berakhir <= today && STATUS_INFO[rec.data.status].berlaku;
    const whole = {
      berkas: rec.path,
      ...rec.data,
      _turunan: {
        berakhir: facts.berakhir ?? null,
        dikecualikan_sampai: publicDay ? lastExemptDay(publicDay) : null,
        terbuka_sejak: publicDay ?? null,
        mulai: facts.mulai ?? null,
        tinjau_ulang: facts.tinjauUlang ?? null,
        terbuka_demi_hukum: demiHukum,
      },
    };
    io.stdout(opts.json ? json(whole) : renderCsv(fieldColumns(), fieldRows(whole), csvDialect(opts)));
    return EXIT.OK;
  }
  const c = io.color;
  const d = rec.data;
  const en = lang() === 'en';
  const head = fitLine(`${d.id}  ${statusLabel(d.status)}  ${rec.path}`, 2);
  io.stdout(`${c.bold(d.id)}${head.slice(d.id.length, head.length - rec.path.length)}${c.dim(rec.path)}\n`);
  io.stdout(`${c.bold(fitLine(d.judul, 0))}\n\n`);
  // Fitted with its value's lines under the value (column 25), then coloured: the label dimmed.
  const line = (k: string, v: string, paint: (s: string) => string = (s) => s) => {
    const lines = v.split('\n').flatMap((part, i) => fitLine(`  ${(i === 0 ? k : '').padEnd(22)} ${part.trim()}`, i === 0 ? 23 : 0).split('\n'));
    io.stdout(lines.map((l, i) => (i === 0 ? `  ${c.dim(k)}${l.slice(2 + k.length, 25)}` : l.slice(0, 25)) + paint(l.slice(25))).join('\n') + '\n');
  };
  line(ui('kol.unit'), d.unit);
  line(ui('kol.pasal17'), d.pasal17.map((k) => `${pasal17Citation(k)} — ${findPasal17(k)?.label[en ? 'en' : 'id'] ?? ''}`).join('\n' + ' '.repeat(25)));
  line(en ? 'Legal basis' : 'Dasar hukum', d.dasar_hukum.join('; '));
  line(ui('kol.jangka'), periodText(d.jangka_waktu, facts));
  if (publicDay) line(ui('kol.batas-pengecualian'), `${exemptUntilText(publicDay)}; ${publicFromText(publicDay)}`);
  if (facts.berakhir && facts.berakhir <= today && STATUS_INFO[d.status].berlaku)
    line(ui('kol.keadaan'), ui('status.demi-hukum-sejak', { tanggal: longDate(facts.berakhir) }), c.red);
  line(en ? 'If opened' : 'Bila dibuka', d.uji_konsekuensi.konsekuensi_dibuka);
  line(en ? 'If closed' : 'Bila ditutup', d.uji_konsekuensi.konsekuensi_ditutup);
  if (d.penetapan) line(en ? 'Determination' : 'Penetapan', `${d.penetapan.nomor}, ${d.penetapan.tempat}, ${longDate(d.penetapan.tanggal)}`);
  io.stdout('\n' + c.dim(serializeFrontMatter(d as unknown as Record<string, unknown>)));
  return EXIT.OK;
}
