/**
 * `ppid publish --out DIR` — SOP step 6: the public lists as a static folder (index.html,
 * dibuka.html, dik.csv, dik.json, feed.xml), or with --fragment just the table for a CMS page.
 * Inside the archive the publication is one commit, and each published item records the date.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Io } from '../terminal/io.js';
import { buildDik, type Dik } from '../publish/dik.js';
import { PUBLISH_READ_FIELDS } from '../publish/allowlist.js';
import { fragmentPieces, indexPage, openedPage, type PageMeta } from '../publish/html.js';
import { csvPieces, joinPieces, jsonPieces, type Pieces } from '../publish/render.js';
import { feedPieces } from '../publish/feed.js';
import { writeFileAtomic } from '../archive/atomic.js';
import { applyChange, type FileWrite } from '../archive/change.js';
import { packageVersion } from '../package.js';
import { ATTACHMENTS_DIR, CONFIG_FILE, RECORDS_DIR } from '../domain/config.js';
import { calendarFilePath } from '../archive/calendar-files.js';
import type { ArchiveRecord } from '../domain/record.js';
import { setFrontMatterValues } from '../records/update.js';
import { beginStep, stepTrailers } from '../workflow/step-begin.js';
import { formatDiagnostic } from '../terminal/diagnostic-format.js';
import { ui } from '../i18n/ui-messages.js';
import { EXIT, UserError } from '../errors.js';
import { json, loadFields, openArchive, requireCurrentFormat, resolveToday, stepDay, type CommonOptions, type OpenArchive } from './context.js';

export interface PublishOptions extends CommonOptions {
  out: string;
  fragment?: boolean;
}

export const PUBLISHED_FILES = ['index.html', 'dibuka.html', 'dik.csv', 'dik.json', 'feed.xml'] as const;
export const FRAGMENT_FILE = 'dik-fragmen.html';

/**
 * The lists to publish, the ids they name, and the records among those that do not yet record
 * today as their last publication. The records themselves are let go when this returns: at
 * 100,000 they are most of the memory, and the files are written from the lists alone.
 */
async function readLists(io: Io, a: OpenArchive, today: string): Promise<{ dik: Dik; published: Set<string>; toStamp: string[] }> {
  const records = await validRecords(io, a);
  const dik = buildDik(records, today);
  const published = new Set([...dik.items.map((i) => i.id), ...dik.opened.map((o) => o.id)]);
  const toStamp = records.filter((r) => published.has(r.data.id) && r.data.publikasi?.terakhir !== today).map((r) => r.path);
  return { dik, published, toStamp };
}

/**
 * What is published is what the archive's history holds: a hand edit not yet committed (a
 * deleted `judul_publik` publishes the real title) is refused, wherever --out points.
 */
async function refuseUncommittedSources(a: OpenArchive): Promise<void> {
  const { uncommitted } = await import('../git/status.js');
  const dirty = await uncommitted(a.root, [RECORDS_DIR, CONFIG_FILE, calendarFilePath(a.config)]);
  if (dirty?.length) {
    throw new UserError('publish-belum-dicommit', { n: dirty.length, berkas: dirty.slice(0, 5).join(', ') + (dirty.length > 5 ? ', …' : '') }, EXIT.INVALID);
  }
}

/** The publishable fields of every record; the checks' own records are let go before the lists are made. */
async function validRecords(io: Io, a: OpenArchive): Promise<ArchiveRecord[]> {
  const loaded = await loadFields(io, a, PUBLISH_READ_FIELDS);
  // A public list built from a broken archive could be wrong in public: refuse instead.
  const errors = loaded.checked.flatMap((c) => c.problems.filter((p) => p.severity === 'galat'));
  if (errors.length > 0) throw new UserError('arsip-ada-galat', { n: errors.length }, EXIT.INVALID, errors);
  return loaded.records;
}

export async function run(io: Io, opts: PublishOptions): Promise<number> {
  const a = await openArchive(io, opts);
  const out = resolve(io.cwd, opts.out);
  const rel = relative(a.root, out);
  const inside = !rel.startsWith('..') && !isAbsolute(rel);
  // Published into the archive it is SOP step 6, a commit dated as commits are; elsewhere a copy as of any day.
  const today = inside ? await stepDay(opts, io.env, io.cwd) : resolveToday(opts, io.env);
  requireCurrentFormat(a.config);
  await refuseUncommittedSources(a);
  const { dik, published, toStamp } = await readLists(io, a, today);
  const meta: PageMeta = {
    badanPublik: a.config.badan_publik.nama,
    tanggal: today,
    versi: packageVersion(),
    ...(a.config.badan_publik.situs ? { situs: a.config.badan_publik.situs } : {}),
  };
  // Each file is made as it is written, piece by piece: at 100,000 items the five together are
  // far more than a command should hold at once (docs/performance.md, 'Why the code is shaped
  // so').
  const files: Record<string, () => Pieces> = opts.fragment
    ? { [FRAGMENT_FILE]: () => fragmentPieces(dik.items, meta) }
    : {
        'index.html': () => indexPage(dik.items, meta),
        'dibuka.html': () => openedPage(dik.opened, meta),
        'dik.csv': () => csvPieces(dik.items),
        'dik.json': () => jsonPieces(dik.items, dik.opened, meta),
        'feed.xml': () => feedPieces(dik.items, dik.opened, meta),
      };
  const names = Object.keys(files);
  if (inside) {
    const top = rel.split(sep)[0];
    if (rel === '' || top === RECORDS_DIR || top === ATTACHMENTS_DIR) throw new UserError('out-di-dalam-informasi', {}, EXIT.USAGE);
    const relPosix = rel.split(sep).join('/');
    const { ctx, warnings } = await beginStep(a.root, a.config, 'publish');
    for (const w of warnings) io.stderr(formatDiagnostic(w, io.colorErr));
    // Each item published records the day (SOP step 6), in place, keeping the file's layout.
    const stamps: FileWrite[] = toStamp.map((path) => ({
      path,
      content: setFrontMatterValues(readFileSync(join(a.root, path), 'utf8'), [[['publikasi', 'terakhir'], today]]),
    }));
    await applyChange(a.root, [...names.map((f) => ({ path: `${relPosix}/${f}`, content: joinPieces(files[f]!()) })), ...stamps], {
      subject: `Langkah 6 — ${ctx.transition.label.id}: ${dik.items.length} butir per ${today}`,
      trailers: stepTrailers(ctx, [...published].sort()),
    });
  } else {
    mkdirSync(out, { recursive: true });
    for (const f of names) writeFileAtomic(join(out, f), files[f]!());
  }
  if (dik.pastPeriod > 0) io.stderr(io.colorErr.yellow(`${ui('peringatan')}: ${ui('publish.lewat', { n: dik.pastPeriod })}`) + '\n');
  if (opts.json) io.stdout(json({ folder: out, butir: dik.items.length, dibuka: dik.opened.length, berkas: names, lewat_jangka_waktu: dik.pastPeriod }));
  else io.stdout(ui('publish.selesai', { dir: out, n: dik.items.length, berkas: names.join(', ') }) + '\n');
  return EXIT.OK;
}
