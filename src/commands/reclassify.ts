/**
 * `ppid reclassify ID` — a new consequence test that changes the grounds or the period
 * (PP 61/2010 Pasal 10: there is no extension, only a new test) and its new determination.
 * The old classification is summarised in `riwayat_klasifikasi`; its full text stays in git.
 */
import type { Io } from '../cli/io.js';
import { runStep } from '../workflow/step.js';
import { missingDeterminationElements } from '../rules/determination.js';
import { periodFacts } from '../rules/period.js';
import type { Penetapan, RecordData } from '../domain/record.js';
import { ui } from '../i18n/ui-messages.js';
import { EXIT, UserError } from '../errors.js';
import { openArchive, resolveToday, type CommonOptions } from './context.js';
import { decreeFromFlags, periodFromFlags, prune, splitList, type DecreeFlags, type PeriodFlags } from './record-flags.js';
import { reportStep } from './step-output.js';

export interface ReclassifyOptions extends CommonOptions, DecreeFlags, PeriodFlags {
  tanggalUji?: string;
  dibuka?: string;
  ditutup?: string;
  kepentinganPublik?: string;
  pasal17?: string[];
  dasarHukum?: string[];
}

const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);

export async function run(io: Io, id: string, opts: ReclassifyOptions): Promise<number> {
  const today = resolveToday(opts, io.env);
  const a = await openArchive(io, opts);
  const penetapan = (decreeFromFlags(opts, a.config) ?? {}) as Penetapan;
  const result = await runStep(a.root, a.config, 'reclassify', {
    ids: [id],
    change: (item) => {
      const d = item.data;
      const pasal17 = splitList(opts.pasal17, /[,\s]+/) ?? d.pasal17;
      const dasar_hukum = opts.dasarHukum?.map((s) => s.trim()).filter(Boolean) ?? d.dasar_hukum;
      const jangka_waktu = periodFromFlags(opts) ?? d.jangka_waktu;
      if (same(pasal17, d.pasal17) && same(jangka_waktu, d.jangka_waktu)) throw new UserError('reklasifikasi-tanpa-perubahan', { id });
      const uji = prune({
        tanggal: opts.tanggalUji, konsekuensi_dibuka: opts.dibuka, konsekuensi_ditutup: opts.ditutup, kepentingan_publik: opts.kepentinganPublik,
      }) as RecordData['uji_konsekuensi'];
      const old = prune({
        pasal17: d.pasal17, dasar_hukum: d.dasar_hukum, jangka_waktu: d.jangka_waktu, uji_konsekuensi_tanggal: d.uji_konsekuensi.tanggal,
        penetapan_nomor: d.penetapan?.nomor, penetapan_tanggal: d.penetapan?.tanggal, diganti: penetapan.tanggal ?? today,
      }) as NonNullable<RecordData['riwayat_klasifikasi']>[number];
      const next: RecordData = {
        ...d, pasal17, dasar_hukum, jangka_waktu, uji_konsekuensi: uji, penetapan,
        riwayat_klasifikasi: [...(d.riwayat_klasifikasi ?? []), old],
      };
      // The stored end belonged to the old period; the new one is derived again.
      if (next.klarifikasi) next.klarifikasi = prune({ ...next.klarifikasi, berakhir: periodFacts(next).berakhir }) as RecordData['klarifikasi'];
      const missing = missingDeterminationElements(next, a.config);
      if (missing.length) throw new UserError('penetapan-tidak-lengkap', { id, unsur: missing.map((m) => ui(`unsur.${m}`)).join(', ') }, EXIT.INVALID);
      return next;
    },
  });
  return reportStep(io, opts, 'reclassify', result, (i) => `${i.data.pasal17.join(', ')}; ${i.data.penetapan!.nomor}`);
}
