/** `ppid clarify ID…` — SOP step 2: confirm the period, store its end or review date. */
import type { Io } from '../terminal/io.js';
import { runStep } from '../workflow/step.js';
import { periodFacts } from '../rules/period.js';
import { exemptUntilText, longDate } from '../reports/text.js';
import { register } from '../reports/register.js';
import type { RecordData } from '../domain/record.js';
import { ui } from '../i18n/ui-messages.js';
import { loadSummaries, openArchive, stepDay, type CommonOptions } from './context.js';
import { periodFromFlags, prune, type PeriodFlags } from './record-flags.js';
import { reportStep } from './step-output.js';

export interface ClarifyOptions extends CommonOptions, PeriodFlags {
  tanggal?: string;
  catatan?: string;
}

export async function run(io: Io, ids: string[], opts: ClarifyOptions): Promise<number> {
  const today = await stepDay(opts, io.env, io.cwd);
  const a = await openArchive(io, opts);
  const corrected = periodFromFlags(opts);
  const result = await runStep(a.root, a.config, 'clarify', {
    ids,
    today,
    change: (item, ctx) => {
      // The period may be corrected here; what is confirmed is what gets stored.
      const jangka = corrected ?? item.data.jangka_waktu;
      const facts = periodFacts({ jangka_waktu: jangka, ...(item.data.penetapan ? { penetapan: item.data.penetapan } : {}) });
      const oleh = ctx.actor.pejabat ? { nama: ctx.actor.pejabat.nama, jabatan: ctx.actor.pejabat.jabatan } : undefined;
      return {
        ...item.data,
        status: 'diklarifikasi',
        jangka_waktu: jangka,
        klarifikasi: prune({
          tanggal: opts.tanggal ?? today,
          oleh,
          berakhir: facts.berakhir,
          tinjau_ulang: facts.tinjauUlang,
          catatan: opts.catatan,
        }) as RecordData['klarifikasi'],
      };
    },
  });
  // Where each item now stands in the register (ordered by the end of the exemption).
  const order = register((await loadSummaries(io, a)).records);
  return reportStep(io, opts, 'clarify', result, (i) => {
    const f = i.data.klarifikasi!;
    const pos = order.findIndex((r) => r.record.data.id === i.id) + 1;
    const when = f.berakhir
      ? `${ui('dikecualikan')} ${exemptUntilText(f.berakhir)}`
      : f.tinjau_ulang
        ? `${ui('kol.tinjau').toLowerCase()} ${longDate(f.tinjau_ulang)}`
        : '';
    return [when, ui('register.urutan', { n: pos, total: order.length })].filter(Boolean).join(', ');
  });
}
