/**
 * `ppid decree ID… --nomor … --tanggal … --tempat …` — the determination; one decree may cover
 * many items. A new determination holds every element of PP 61/2010 Pasal 4(2), the head's
 * approval (Pasal 3(2)) and a whole consequence test: the document tested, its participants and
 * the head's approval of it (flags fill what the record lacks).
 */
import type { Io } from '../terminal/io.js';
import { runStep } from '../workflow/step.js';
import { missingDeterminationElements } from '../rules/determination.js';
import { periodFacts } from '../rules/period.js';
import { exemptUntilText } from '../reports/text.js';
import type { Penetapan, RecordData } from '../domain/record.js';
import { ui } from '../i18n/ui-messages.js';
import { EXIT, UserError } from '../errors.js';
import { openArchive, stepDay, type CommonOptions } from './context.js';
import { decreeFromFlags, testFromFlags, type DecreeFlags, type TestFlags } from './record-flags.js';
import { reportStep } from './step-output.js';

export interface DecreeOptions extends CommonOptions, DecreeFlags, TestFlags {}

export async function run(io: Io, ids: string[], opts: DecreeOptions): Promise<number> {
  const today = await stepDay(opts, io.env, io.cwd);
  const a = await openArchive(io, opts);
  const penetapan = (decreeFromFlags(opts, a.config) ?? {}) as Penetapan;
  const warnings: string[] = [];
  const result = await runStep(a.root, a.config, 'decree', {
    ids,
    today,
    change: (item) => {
      const uji = testFromFlags({ ...item.data.uji_konsekuensi }, opts, a.config) as RecordData['uji_konsekuensi'];
      const next: RecordData = { ...item.data, status: 'ditetapkan', uji_konsekuensi: uji, penetapan };
      const missing = missingDeterminationElements(next, a.config, { baru: true });
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
    return `${i.data.penetapan!.nomor}${f.berakhir ? `, ${ui('dikecualikan')} ${exemptUntilText(f.berakhir)}` : ''}`;
  });
}
