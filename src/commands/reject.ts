/** `ppid reject ID… --alasan …` — the exemption is refused: the information was public all along. */
import type { Io } from '../terminal/io.js';
import { runStep } from '../workflow/step.js';
import type { RecordData } from '../domain/record.js';
import { openArchive, stepDay, type CommonOptions } from './context.js';
import { prune } from './record-flags.js';
import { reportStep } from './step-output.js';

export interface RejectOptions extends CommonOptions {
  alasan?: string;
  tanggal?: string;
  dasar?: string;
}

export async function run(io: Io, ids: string[], opts: RejectOptions): Promise<number> {
  const today = await stepDay(opts, io.env, io.cwd);
  const a = await openArchive(io, opts);
  const result = await runStep(a.root, a.config, 'reject', {
    ids,
    today,
    change: (item) => ({
      ...item.data,
      status: 'ditolak',
      penolakan: prune({ tanggal: opts.tanggal ?? today, alasan: opts.alasan, dasar: opts.dasar ?? item.data.pertimbangan?.nomor }) as RecordData['penolakan'],
    }),
  });
  return reportStep(io, opts, 'reject', result);
}
