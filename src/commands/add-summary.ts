/**
 * The whole record in words, shown before "Simpan butir ini?": what the officer is about to
 * register, every answer labelled, the grounds with their meaning and the period with the last
 * exempt day worked out, so that a wrong answer is seen before it is committed.
 */
import type { JangkaWaktu, Penetapan, RecordData } from '../domain/record.js';
import { STATUSES, type Status } from '../domain/lifecycle.js';
import { pasal17Citation } from '../domain/pasal17.js';
import { classifyPeriod } from '../domain/period-forms.js';
import { periodFacts } from '../rules/period.js';
import { isIsoDate } from '../rules/dates.js';
import { longDate, periodText, statusLabel } from '../reports/text.js';
import { T } from '../terminal/prompts.js';
import { fitAfterLabel } from '../terminal/width.js';
import { codeMeaning, pasal17Of, type Data } from './add-questions.js';

/** The status `ppid add` will write: the one given, else in force when a decree was entered. */
export const statusOf = (d: Data): Status =>
  typeof d.status === 'string' && (STATUSES as readonly string[]).includes(d.status) ? (d.status as Status) : d.penetapan ? 'ditetapkan' : 'diusulkan';

const day = (v: unknown): string => (typeof v === 'string' && isIsoDate(v) ? longDate(v) : String(v ?? ''));

/** The period in words, with the last exempt day where the answers fix it. */
export function periodSummary(d: Data): string {
  const jw = (d.jangka_waktu ?? {}) as JangkaWaktu;
  if (!classifyPeriod(jw as Record<string, unknown>).ok) return T('(belum lengkap)', '(incomplete)');
  const rec = { jangka_waktu: jw, ...(d.penetapan ? { penetapan: d.penetapan as Penetapan } : {}) };
  const facts = periodFacts(rec);
  const text = periodText(jw, facts);
  if (facts.berakhir || (facts.bentuk !== 'panjang-tetap' && facts.bentuk !== 'setelah-peristiwa')) return text;
  return (
    text +
    (facts.bentuk === 'panjang-tetap'
      ? T(' — hari terakhir dikecualikan dihitung dari tanggal penetapan', ' — the last exempt day counts from the determination date')
      : T(' — hari terakhir dikecualikan dihitung dari tanggal peristiwa', ' — the last exempt day counts from the date of the event'))
  );
}

export function statusSummary(d: Data): string {
  const status = statusOf(d);
  const p = d.penetapan as Partial<Penetapan> | undefined;
  if (!p)
    return status === 'diusulkan'
      ? `${statusLabel(status)} ${T('(usulan baru, menunggu langkah SOP berikutnya)', '(a new proposal, awaiting the next SOP steps)')}`
      : statusLabel(status);
  const decree = T(
    `surat penetapan ${p.nomor ?? ''}, ${p.tempat ?? ''} ${day(p.tanggal)}; ${p.pejabat?.nama ?? ''}; disetujui ${p.persetujuan_pimpinan?.nama ?? ''} ${day(p.persetujuan_pimpinan?.tanggal)}`,
    `decree ${p.nomor ?? ''}, ${p.tempat ?? ''} ${day(p.tanggal)}; ${p.pejabat?.nama ?? ''}; approved by ${p.persetujuan_pimpinan?.nama ?? ''} ${day(p.persetujuan_pimpinan?.tanggal)}`,
  );
  return `${statusLabel(status)} — ${decree}`;
}

/** The labelled lines, in the order the questions were asked. */
export function summaryLines(d: Data): Array<[label: string, value: string]> {
  const uji = (d.uji_konsekuensi ?? {}) as Partial<RecordData['uji_konsekuensi']>;
  const codes = pasal17Of(d);
  const lines: Array<[string, string]> = [
    [T('Informasi', 'Information'), String(d.judul ?? '')],
    [T('Unit kerja', 'Work unit'), String(d.unit ?? '')],
    [T('Dasar pengecualian', 'Grounds'), codes.map((k) => `${k} — ${codeMeaning(k)} (${pasal17Citation(k)})`).join('\n')],
    [T('Dasar hukum', 'Legal basis'), ((d.dasar_hukum ?? []) as string[]).join('\n')],
    [T('Uji konsekuensi', 'Consequence test'), day(uji.tanggal)],
    [T('  bila dibuka', '  if opened'), String(uji.konsekuensi_dibuka ?? '')],
    [T('  bila ditutup', '  if closed'), String(uji.konsekuensi_ditutup ?? '')],
  ];
  if (uji.kepentingan_publik) lines.push([T('  kepentingan publik', '  public interest'), uji.kepentingan_publik]);
  lines.push([T('Jangka waktu', 'Period'), periodSummary(d)]);
  const parts = Array.isArray(d.bagian_dikecualikan) ? d.bagian_dikecualikan.join('; ') : '';
  lines.push([
    T('Cakupan', 'Scope'),
    d.cakupan === 'sebagian'
      ? T(`sebagian — dihitamkan: ${parts}`, `part — blacked out: ${parts}`)
      : d.cakupan === 'seluruh'
        ? T('seluruh dokumen', 'the whole document')
        : '',
  ]);
  lines.push([T('Status', 'Status'), statusSummary(d)]);
  return lines;
}

/** The summary as printed: a title, then "label : value" with continuation lines aligned. */
export function summaryText(d: Data): string {
  const lines = summaryLines(d);
  const width = Math.max(...lines.map(([l]) => l.length));
  const body = lines.map(([label, value]) =>
    value
      .split('\n')
      // A long value goes on under itself, within the terminal's width.
      .map((v, i) => {
        const prefix = `  ${(i === 0 ? label : '').padEnd(width)}  ${i === 0 ? ':' : ' '} `;
        return fitAfterLabel(prefix, prefix, v);
      })
      .join('\n'),
  );
  return `\n${T('Ringkasan butir yang akan didaftarkan:', 'Summary of the item to be registered:')}\n${body.join('\n')}\n\n`;
}
