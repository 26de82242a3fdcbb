/**
 * `ppid open ID… --alasan …` — SOP step 4: the item becomes public information, with the
 * head's approval. An item whose period already ended is public by law (PP 61/2010 Pasal
 * 11(3)); opening it records that, dated the day the period ended.
 */
import type { Io } from '../cli/io.js';
import { runStep } from '../workflow/step.js';
import { periodFacts } from '../rules/period.js';
import { findPasal17, HURUF_RULES } from '../domain/pasal17.js';
import type { ALASAN_PEMBUKAAN, RecordData } from '../domain/record.js';
import { longDate } from '../reports/text.js';
import { ui } from '../i18n/ui-messages.js';
import { EXIT, UserError } from '../errors.js';
import { openArchive, resolveToday, type CommonOptions } from './context.js';
import { approvalFromFlags, prune, type ApprovalFlags } from './record-flags.js';
import { reportStep } from './step-output.js';

type Alasan = (typeof ALASAN_PEMBUKAAN)[number];

export interface OpenOptions extends CommonOptions, ApprovalFlags {
  alasan?: Alasan;
  tanggal?: string;
  dasar?: string;
}

/** Consent and public office open only personal information (UU 14/2008 Pasal 18(2)). */
const ONLY_G_H: readonly Alasan[] = ['persetujuan-tertulis', 'jabatan-publik'];

export async function run(io: Io, ids: string[], opts: OpenOptions): Promise<number> {
  const today = resolveToday(opts, io.env);
  const a = await openArchive(io, opts);
  const approval = approvalFromFlags(opts, a.config);
  const result = await runStep(a.root, a.config, 'open', {
    ids,
    change: (item) => {
      const facts = periodFacts(item.data);
      const byLaw = facts.berakhir !== undefined && facts.berakhir <= today;
      const alasan: Alasan | undefined = opts.alasan ?? (byLaw ? 'jangka-waktu-berakhir' : undefined);
      if (!alasan) throw new UserError('alasan-wajib', { id: item.id });
      if (ONLY_G_H.includes(alasan) && !item.data.pasal17.every((k) => HURUF_RULES[findPasal17(k)!.huruf].bolehHinggaPersetujuan)) {
        throw new UserError('alasan-hanya-gh', { id: item.id, alasan, kode: item.data.pasal17.join(', ') });
      }
      if (!byLaw && (!approval?.nama || !approval.jabatan || !approval.tanggal)) throw new UserError('persetujuan-wajib', { id: item.id }, EXIT.INVALID);
      return {
        ...item.data,
        status: 'dibuka',
        pembukaan: prune({
          tanggal: byLaw ? facts.berakhir! : opts.tanggal ?? today,
          alasan,
          dasar: opts.dasar,
          persetujuan_pimpinan: approval,
          demi_hukum: byLaw ? true : undefined,
        }) as RecordData['pembukaan'],
      };
    },
  });
  return reportStep(io, opts, 'open', result, (i) =>
    i.data.pembukaan!.demi_hukum ? ui('open.demi-hukum', { tanggal: longDate(i.data.pembukaan!.tanggal) }) : i.data.pembukaan!.alasan);
}
