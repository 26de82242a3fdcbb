/** `ppid decree ID… --nomor … --tanggal … --tempat …` — the determination; one decree may cover many items. */
import type { Io } from '../cli/io.js';
import { runStep } from '../workflow/step.js';
import { missingDeterminationElements } from '../rules/determination.js';
import { periodFacts } from '../rules/period.js';
import { longDate } from '../reports/text.js';
import type { Penetapan } from '../domain/record.js';
import { ui } from '../i18n/ui-messages.js';
import { EXIT, UserError } from '../errors.js';
import { openArchive, type CommonOptions } from './context.js';
import { decreeFromFlags, type DecreeFlags } from './record-flags.js';
import { reportStep } from './step-output.js';

export interface DecreeOptions extends CommonOptions, DecreeFlags {}

export async function run(io: Io, ids: string[], opts: DecreeOptions): Promise<number> {
  const a = await openArchive(io, opts);
  const penetapan = (decreeFromFlags(opts, a.config) ?? {}) as Penetapan;
  const warnings: string[] = [];
  const result = await runStep(a.root, a.config, 'decree', {
    ids,
    change: (item) => {
      const next = { ...item.data, status: 'ditetapkan' as const, penetapan };
      const missing = missingDeterminationElements(next, a.config);
      if (missing.length) {
        throw new UserError('penetapan-tidak-lengkap', { id: item.id, unsur: missing.map((m) => ui(`unsur.${m}`)).join(', ') }, EXIT.INVALID);
      }
      if (item.data.pertimbangan?.rekomendasi === 'tolak') warnings.push(ui('decree.meski-ditolak', { id: item.id, nomor: item.data.pertimbangan.nomor }));
      // A period that runs from the determination gets its end now.
      const facts = periodFacts(next);
      return next.klarifikasi && facts.berakhir ? { ...next, klarifikasi: { ...next.klarifikasi, berakhir: facts.berakhir } } : next;
    },
    body: `Surat penetapan ${penetapan.nomor ?? ''}, ${penetapan.tempat ?? ''} ${penetapan.tanggal ?? ''}`.trim(),
  });
  for (const w of warnings) io.stderr(io.colorErr.yellow(`${ui('peringatan')}: ${w}`) + '\n');
  return reportStep(io, opts, 'decree', result, (i) => {
    const f = periodFacts(i.data);
    return `${i.data.penetapan!.nomor}${f.berakhir ? `, ${ui('kol.berakhir').toLowerCase()} ${longDate(f.berakhir)}` : ''}`;
  });
}
