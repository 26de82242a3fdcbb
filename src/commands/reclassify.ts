/**
 * `ppid reclassify ID` — a new consequence test that changes the grounds or the period
 * (PP 61/2010 Pasal 10: there is no extension, only a new test) and its new determination.
 * The old classification is summarised in `riwayat_klasifikasi`; its full text stays in git.
 * Once the period is over the information is public by law (PP 61/2010 Pasal 11(3)) and no
 * reclassification can close it again: only a new item with a new test can.
 */
import type { Io } from '../terminal/io.js';
import { runStep } from '../workflow/step.js';
import { missingDeterminationElements } from '../rules/determination.js';
import { periodFacts } from '../rules/period.js';
import type { Penetapan, RecordData } from '../domain/record.js';
import { ui } from '../i18n/ui-messages.js';
import { EXIT, UserError } from '../errors.js';
import { openArchive, stepDay, type CommonOptions } from './context.js';
import { decreeFromFlags, periodFromFlags, prune, splitList, testFromFlags, type DecreeFlags, type PeriodFlags, type TestFlags } from './record-flags.js';
import { longDate } from '../reports/text.js';
import { reportStep } from './step-output.js';

export interface ReclassifyOptions extends CommonOptions, DecreeFlags, PeriodFlags, TestFlags {
  tanggalUji?: string;
  dibuka?: string;
  ditutup?: string;
  kepentinganPublik?: string;
  pasal17?: string[];
  dasarHukum?: string[];
}

const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);

export async function run(io: Io, id: string, opts: ReclassifyOptions): Promise<number> {
  const today = await stepDay(opts, io.env, io.cwd);
  const a = await openArchive(io, opts);
  const penetapan = (decreeFromFlags(opts, a.config) ?? {}) as Penetapan;
  const result = await runStep(a.root, a.config, 'reclassify', {
    ids: [id],
    today,
    change: (item) => {
      const d = item.data;
      const ended = periodFacts(d).berakhir;
      if (ended !== undefined && ended <= today) throw new UserError('reklasifikasi-sudah-terbuka', { id, tanggal: longDate(ended) });
      const pasal17 = splitList(opts.pasal17, /[,\s]+/) ?? d.pasal17;
      const dasar_hukum = opts.dasarHukum?.map((s) => s.trim()).filter(Boolean) ?? d.dasar_hukum;
      const jangka_waktu = periodFromFlags(opts) ?? d.jangka_waktu;
      if (same(pasal17, d.pasal17) && same(jangka_waktu, d.jangka_waktu)) throw new UserError('reklasifikasi-tanpa-perubahan', { id });
      const uji = testFromFlags(
        prune({
          tanggal: opts.tanggalUji,
          konsekuensi_dibuka: opts.dibuka,
          konsekuensi_ditutup: opts.ditutup,
          kepentingan_publik: opts.kepentinganPublik,
        }),
        opts,
        a.config,
      ) as RecordData['uji_konsekuensi'];
      const old = prune({
        pasal17: d.pasal17,
        dasar_hukum: d.dasar_hukum,
        jangka_waktu: d.jangka_waktu,
        uji_konsekuensi_tanggal: d.uji_konsekuensi.tanggal,
        penetapan_nomor: d.penetapan?.nomor,
        penetapan_tanggal: d.penetapan?.tanggal,
        diganti: penetapan.tanggal ?? today,
      }) as NonNullable<RecordData['riwayat_klasifikasi']>[number];
      const next: RecordData = {
        ...d,
        pasal17,
        dasar_hukum,
        jangka_waktu,
        uji_konsekuensi: uji,
        penetapan,
        riwayat_klasifikasi: [...(d.riwayat_klasifikasi ?? []), old],
      };
      // The stored end belonged to the old period; the new one is derived again.
      if (next.klarifikasi) next.klarifikasi = prune({ ...next.klarifikasi, berakhir: periodFacts(next).berakhir }) as RecordData['klarifikasi'];
      const missing = missingDeterminationElements(next, a.config, { baru: true });
      if (missing.length) throw new UserError('penetapan-tidak-lengkap', { id, unsur: missing.map((m) => ui(`unsur.${m}`)).join(', ') }, EXIT.INVALID);
      return next;
    },
  });
  return reportStep(io, opts, 'reclassify', result, (i) => `${i.data.pasal17.join(', ')}; ${i.data.penetapan!.nomor}`);
}
