/**
 * `ppid decrypt ID --kunci kunci.txt --out DIR`: a readable copy of an item's encrypted
 * attachments for a key holder, each checked against the plaintext hash in the record.
 * `ppid keygen --out kunci.txt`: a new key pair; the public key goes into ppid.yaml.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Io } from '../terminal/io.js';
import { sha256 } from '../archive/attachments.js';
import { newIdentity, readIdentities, SEALED_EXT, unseal } from '../archive/attachment-encryption.js';
import { ui } from '../i18n/ui-messages.js';
import { EXIT, UserError } from '../errors.js';
import { findRecord, json, loadRecords, openArchive, writeOutputFile, type CommonOptions } from './context.js';

export interface DecryptOptions extends CommonOptions {
  kunci: string;
  out: string;
  force?: boolean;
}

export async function run(io: Io, id: string, file: string | undefined, opts: DecryptOptions): Promise<number> {
  const a = await openArchive(io, opts);
  const rec = findRecord(await loadRecords(io, a), id);
  const identities = readIdentities(resolve(io.cwd, opts.kunci), opts.kunci);
  const wanted = (rec.data.lampiran ?? []).filter(
    (l) => l.terenkripsi && (file === undefined || l.berkas === file || basename(l.berkas) === file || basename(l.berkas) === `${file}${SEALED_EXT}`),
  );
  if (!wanted.length) throw new UserError('dekripsi-tanpa-lampiran', { id, berkas: file ?? '' }, EXIT.INVALID);
  const written: string[] = [];
  for (const l of wanted) {
    const abs = join(a.root, l.berkas);
    if (!existsSync(abs)) throw new UserError('lampiran-tidak-ada-di-arsip', { berkas: l.berkas }, EXIT.INVALID);
    const plain = await unseal(readFileSync(abs), identities);
    if (!plain) throw new UserError('dekripsi-bukan-penerima', { berkas: l.berkas, kunci: opts.kunci }, EXIT.INVALID);
    // The hash in the record is of the plaintext: a copy that does not match is not handed out.
    if (l.sha256 !== undefined && sha256(plain) !== l.sha256) throw new UserError('dekripsi-berubah', { berkas: l.berkas }, EXIT.INVALID);
    const out = join(resolve(io.cwd, opts.out), basename(l.berkas, SEALED_EXT));
    writeOutputFile(out, out, plain, { secret: true, force: Boolean(opts.force) });
    written.push(out);
  }
  if (opts.json) io.stdout(json({ id, berkas: written }));
  else for (const w of written) io.stderr(io.colorErr.green(ui('dekripsi.ditulis', { berkas: w })) + '\n');
  return EXIT.OK;
}

export async function keygen(io: Io, opts: { out: string; json?: boolean }): Promise<number> {
  const path = resolve(io.cwd, opts.out);
  if (existsSync(path)) throw new UserError('kunci-sudah-ada', { berkas: opts.out }, EXIT.USAGE);
  const { identity, recipient } = await newIdentity();
  writeOutputFile(path, opts.out, `# dibuat oleh ppid keygen, ${new Date().toISOString()}\n# kunci publik: ${recipient}\n${identity}\n`, { secret: true });
  if (opts.json) io.stdout(json({ berkas: path, kunci_publik: recipient }));
  else {
    io.stdout(`${recipient}\n`);
    io.stderr(ui('keygen.selesai', { berkas: opts.out }) + '\n');
  }
  return EXIT.OK;
}
