/** `ppid attach ID FILE --jenis …` — SOP step 5: keep the document, its hash and its hard copy's place. */
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Io } from '../cli/io.js';
import { runStep } from '../workflow/step.js';
import { attachmentPath, fileFacts, isPdf } from '../archive/attachments.js';
import { JENIS_LAMPIRAN, type Lampiran } from '../domain/record.js';
import { EXIT, UserError } from '../errors.js';
import { openArchive, type CommonOptions } from './context.js';
import { prune } from './record-flags.js';
import { reportStep } from './step-output.js';

export interface AttachOptions extends CommonOptions {
  jenis?: string;
  keterangan?: string;
  lokasi?: string;
}

export function readAttachmentSource(cwd: string, file: string): { name: string; buf: Buffer } {
  const abs = resolve(cwd, file);
  if (!existsSync(abs) || !lstatSync(abs).isFile()) throw new UserError('berkas-tidak-ada', { berkas: file });
  return { name: basename(abs), buf: readFileSync(abs) };
}

export async function run(io: Io, id: string, file: string | undefined, opts: AttachOptions): Promise<number> {
  const a = openArchive(io, opts);
  if (file === undefined && opts.lokasi === undefined) throw new UserError('attach-kosong', {}, EXIT.USAGE);
  if (file !== undefined && !(JENIS_LAMPIRAN as readonly string[]).includes(opts.jenis ?? '')) {
    throw new UserError('opsi-tidak-dikenal', { opsi: '--jenis', nilai: opts.jenis ?? '', pilihan: JENIS_LAMPIRAN.join(', ') }, EXIT.USAGE);
  }
  const src = file !== undefined ? readAttachmentSource(io.cwd, file) : undefined;
  // A file called .pdf must really be one: a renamed Word file or a photo is not a scan.
  if (src && /\.pdf$/i.test(src.name) && !isPdf(src.buf)) throw new UserError('bukan-pdf', { berkas: file! }, EXIT.INVALID);
  let added: Lampiran | undefined;
  const result = await runStep(a.root, a.config, 'attach', {
    ids: [id],
    change: (item) => {
      const lampiran = [...(item.data.lampiran ?? [])];
      if (src) {
        const berkas = attachmentPath(a.root, item.id, src.name, src.buf);
        added = { jenis: opts.jenis as Lampiran['jenis'], berkas, ...fileFacts(src.buf, src.name), ...(opts.keterangan ? { keterangan: opts.keterangan } : {}) };
        const same = lampiran.findIndex((l) => l.berkas === berkas);
        if (same >= 0) lampiran[same] = added;
        else lampiran.push(added);
      }
      const arsip = opts.lokasi !== undefined ? { ...(item.data.arsip ?? {}), lokasi: opts.lokasi } : item.data.arsip;
      return prune({ ...item.data, lampiran: lampiran.length ? lampiran : undefined, arsip }) as typeof item.data;
    },
    extraWrites: () => (src && added ? [{ path: added.berkas, content: src.buf }] : []),
  });
  return reportStep(io, opts, 'attach', result, () =>
    [added ? `${added.berkas} (${added.ukuran} B${added.halaman !== undefined ? `, ${added.halaman} hlm` : ''}, sha256 ${(added.sha256 ?? "").slice(0, 12)}…)` : '', opts.lokasi ?? ''].filter(Boolean).join('; '));
}
