/** `ppid attach ID FILE --jenis …` — SOP step 5: keep the document, its hash and its hard copy's place. */
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Io } from '../terminal/io.js';
import { loadItem, runStep } from '../workflow/step.js';
import { recipientsFor, seal, SEALED_EXT } from '../archive/attachment-encryption.js';
import type { Config } from '../domain/config.js';
import { attachmentPath, fileFacts, isPdf } from '../archive/attachments.js';
import { JENIS_LAMPIRAN, type Lampiran } from '../domain/record.js';
import { JENIS_LAMPIRAN_ARTI } from '../i18n/cli-messages.js';
import { lang } from '../i18n/lang.js';
import { EXIT, UserError } from '../errors.js';
import { openArchive, stepDay, type CommonOptions } from './context.js';
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

async function sealFor(root: string, config: Config, id: string, buf: Buffer): Promise<Buffer | undefined> {
  const recipients = recipientsFor(config, loadItem(root, { config }, id).data.unit);
  return recipients.length ? seal(buf, recipients) : undefined;
}

/** Each kind on a line of its own with what it is, in the output's language. */
function kindList(): string {
  const wide = Math.max(...JENIS_LAMPIRAN.map((k) => k.length));
  return JENIS_LAMPIRAN.map((k) => `    ${k.padEnd(wide)}  ${JENIS_LAMPIRAN_ARTI[k][lang() === 'en' ? 1 : 0]}`).join('\n');
}

export async function run(io: Io, id: string, file: string | undefined, opts: AttachOptions): Promise<number> {
  // A file without its kind: said with the kinds and what each is, before anything is read.
  if (file !== undefined && opts.jenis === undefined) throw new UserError('jenis-lampiran-kosong', { daftar: kindList() }, EXIT.USAGE);
  const today = await stepDay(opts, io.env, io.cwd);
  const a = await openArchive(io, opts);
  if (file === undefined && opts.lokasi === undefined) throw new UserError('attach-kosong', {}, EXIT.USAGE);
  if (file !== undefined && !(JENIS_LAMPIRAN as readonly string[]).includes(opts.jenis ?? '')) {
    throw new UserError('opsi-tidak-dikenal', { opsi: '--jenis', nilai: opts.jenis ?? '', pilihan: JENIS_LAMPIRAN.join(', ') }, EXIT.USAGE);
  }
  const src = file !== undefined ? readAttachmentSource(io.cwd, file) : undefined;
  // A file called .pdf must really be one: a renamed Word file or a photo is not a scan.
  if (src && /\.pdf$/i.test(src.name) && !isPdf(src.buf)) throw new UserError('bukan-pdf', { berkas: file! }, EXIT.INVALID);
  let added: Lampiran | undefined;
  let unchangedFile = false;
  // Where ppid.yaml holds the PPID Utama's key, the file is kept encrypted to the PPID Utama and
  // the item's unit; encryption is done first, as the step itself is synchronous.
  const sealed = src ? await sealFor(a.root, a.config, id, src.buf) : undefined;
  const result = await runStep(a.root, a.config, 'attach', {
    ids: [id],
    today,
    change: (item) => {
      const lampiran = [...(item.data.lampiran ?? [])];
      if (src) {
        const facts = fileFacts(src.buf, src.name);
        // The same document attached again keeps its place (an encrypted copy differs every time).
        const again = sealed ? lampiran.find((l) => l.terenkripsi && l.sha256 === facts.sha256)?.berkas : undefined;
        const berkas =
          again ?? (sealed ? attachmentPath(a.root, item.id, `${src.name}${SEALED_EXT}`, sealed) : attachmentPath(a.root, item.id, src.name, src.buf));
        added = {
          jenis: opts.jenis as Lampiran['jenis'],
          berkas,
          ...facts,
          ...(sealed ? { terenkripsi: true as const } : {}),
          ...(opts.keterangan ? { keterangan: opts.keterangan } : {}),
        };
        if (again) unchangedFile = true;
        const same = lampiran.findIndex((l) => l.berkas === berkas);
        if (same >= 0) lampiran[same] = added;
        else lampiran.push(added);
      }
      const arsip = opts.lokasi !== undefined ? { ...(item.data.arsip ?? {}), lokasi: opts.lokasi } : item.data.arsip;
      return prune({ ...item.data, lampiran: lampiran.length ? lampiran : undefined, arsip }) as typeof item.data;
    },
    extraWrites: () => (src && added && !unchangedFile ? [{ path: added.berkas, content: sealed ?? src.buf }] : []),
  });
  return reportStep(io, opts, 'attach', result, () =>
    [
      added
        ? `${added.berkas} (${added.ukuran} B${added.halaman !== undefined ? `, ${added.halaman} hlm` : ''}, sha256 ${(added.sha256 ?? '').slice(0, 12)}…)`
        : '',
      opts.lokasi ?? '',
    ]
      .filter(Boolean)
      .join('; '),
  );
}
