/** `ppid review ID… --rekomendasi …` — SOP step 3: the Tim Pertimbangan's written opinion. */
import type { Io } from '../terminal/io.js';
import { runStep } from '../workflow/step.js';
import { attachmentPath, fileFacts, isPdf } from '../archive/attachments.js';
import type { Lampiran, RecordData } from '../domain/record.js';
import { EXIT, UserError } from '../errors.js';
import { openArchive, stepDay, type CommonOptions } from './context.js';
import { prune } from './record-flags.js';
import { reportStep } from './step-output.js';
import { readAttachmentSource } from './attach.js';

export interface ReviewOptions extends CommonOptions {
  rekomendasi?: string;
  nomor?: string;
  tanggal?: string;
  catatan?: string;
  surat?: string;
}

export async function run(io: Io, ids: string[], opts: ReviewOptions): Promise<number> {
  const today = await stepDay(opts, io.env, io.cwd);
  const a = await openArchive(io, opts);
  const letter = opts.surat !== undefined ? readAttachmentSource(io.cwd, opts.surat) : undefined;
  if (letter && !isPdf(letter.buf)) throw new UserError('bukan-pdf', { berkas: opts.surat! }, EXIT.INVALID);
  const paths = new Map<string, Lampiran>();
  const result = await runStep(a.root, a.config, 'review', {
    ids,
    today,
    change: (item, ctx) => {
      const oleh = ctx.actor.pejabat ? { nama: ctx.actor.pejabat.nama, jabatan: ctx.actor.pejabat.jabatan } : undefined;
      const lampiran = [...(item.data.lampiran ?? [])];
      if (letter) {
        const l: Lampiran = { jenis: 'pertimbangan', berkas: attachmentPath(a.root, item.id, letter.name, letter.buf), ...fileFacts(letter.buf, letter.name) };
        paths.set(item.id, l);
        lampiran.push(l);
      }
      return {
        ...item.data,
        status: 'dipertimbangkan',
        pertimbangan: prune({
          rekomendasi: opts.rekomendasi,
          nomor: opts.nomor,
          tanggal: opts.tanggal ?? today,
          catatan: opts.catatan,
          oleh,
        }) as RecordData['pertimbangan'],
        ...(lampiran.length ? { lampiran } : {}),
      };
    },
    extraWrites: () => (letter ? [...paths.values()].map((l) => ({ path: l.berkas, content: letter.buf })) : []),
  });
  return reportStep(io, opts, 'review', result, (i) => `${i.data.pertimbangan!.rekomendasi}, ${i.data.pertimbangan!.nomor}`);
}
