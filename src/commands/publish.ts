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
import { TEMPLATE_DIR } from '../documents/templates.js';
import type { ArchiveRecord } from '../domain/record.js';
import { setFrontMatterValues } from '../records/update.js';
import { beginStep, stepTrailers } from '../workflow/step-begin.js';
import { formatDiagnostic } from '../terminal/diagnostic-format.js';
import { ui } from '../i18n/ui-messages.js';
import { EXIT, UserError } from '../errors.js';
import { sha256 } from '../hashes.js';
import { commitMessage, headCommit, requireIdentity, type CommitSpec } from '../git/repo.js';
import { commitSigning } from '../git/signing.js';
import { commitNothing } from '../git/empty-commit.js';
import { gitRun } from '../git/run.js';
import {
  json,
  loadFields,
  nearestExisting,
  refuseGitDirOutput,
  openArchive,
  requireCurrentFormat,
  resolveToday,
  stepDay,
  type CommonOptions,
  type OpenArchive,
} from './context.js';

export interface PublishOptions extends CommonOptions {
  out: string;
  fragment?: boolean;
  pratinjau?: boolean;
}

/** Where a publication outside the archive went: the folder as written, so the trail names it. */
export const PUBLISHED_TO_TRAILER = 'PPID-Terbit-Ke';

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

/** Where the lists go and on what footing: into the archive, recorded outside it, or a preview recording nothing. */
interface Target {
  out: string;
  rel: string;
  inside: boolean;
  preview: boolean;
}

/**
 * A publication outside the archive (the office's web server) is SOP step 6 as much as one
 * inside it: without its commit `ppid status` would show step 6 late for ever. Only a copy "as of"
 * a chosen day (`--today`/PPID_TODAY) or one asked for as `--pratinjau` is a preview that records
 * nothing: a publication dated by a flag would be an event of another day (issue 22).
 */
function targetOf(io: Io, a: OpenArchive, opts: PublishOptions): Target {
  const out = resolve(io.cwd, opts.out);
  const rel = relative(a.root, out);
  const inside = !rel.startsWith('..') && !isAbsolute(rel);
  const dated = opts.today !== undefined || Boolean(io.env.PPID_TODAY);
  refuseOut(a, out, rel, inside, opts.out);
  if (inside && opts.pratinjau) throw new UserError('pratinjau-di-dalam-arsip', {}, EXIT.USAGE);
  return { out, rel, inside, preview: !inside && (opts.pratinjau === true || dated) };
}

/**
 * A folder --out cannot be is refused before anything is read or written: a file (the five
 * files would go under it, and a journal naming them would outlive the failure), git's own
 * folder, or a part of the archive that ppid itself reads.
 */
function refuseOut(a: OpenArchive, out: string, rel: string, inside: boolean, shown: string): void {
  refuseGitDirOutput(out, shown);
  if (inside) {
    const top = rel.split(sep)[0]!;
    const own = [RECORDS_DIR, ATTACHMENTS_DIR, TEMPLATE_DIR.split('/')[0]!, CONFIG_FILE, calendarFilePath(a.config)];
    const relPosix = rel.split(sep).join('/');
    const part = own.find((o) => top === o || relPosix === o || relPosix.startsWith(`${o}/`));
    if (rel === '' || part !== undefined) throw new UserError('out-di-dalam-informasi', { berkas: shown, bagian: part ?? '.' }, EXIT.USAGE);
  }
  const there = nearestExisting(out);
  if (!there.isDirectory) throw new UserError('publish-out-bukan-folder', { berkas: shown, ada: there.path }, EXIT.USAGE);
}

export async function run(io: Io, opts: PublishOptions): Promise<number> {
  const a = await openArchive(io, opts);
  const t = targetOf(io, a, opts);
  // A recorded publication is dated as commits are; a preview as of any day.
  const today = t.preview ? resolveToday(opts, io.env) : await stepDay(opts, io.env, io.cwd);
  requireCurrentFormat(a.config);
  await refuseUncommittedSources(a);
  const { dik, published, toStamp } = await readLists(io, a, today);
  const files = filesOf(dik, opts, today, a);
  const names = Object.keys(files);
  if (t.inside) await publishInside(io, a, t, files, { dik, published, toStamp, today });
  else if (t.preview) writeOutside(t.out, files);
  else await publishOutside(io, a, t, files, { dik, published, toStamp, today });
  if (t.preview) io.stderr(ui('publish.pratinjau') + '\n');
  if (dik.pastPeriod > 0) io.stderr(io.colorErr.yellow(`${ui('peringatan')}: ${ui('publish.lewat', { n: dik.pastPeriod })}`) + '\n');
  if (opts.json)
    io.stdout(
      json({ folder: t.out, butir: dik.items.length, dibuka: dik.opened.length, berkas: names, lewat_jangka_waktu: dik.pastPeriod, dicatat: !t.preview }),
    );
  else io.stdout(ui('publish.selesai', { dir: t.out, n: dik.items.length, berkas: names.join(', ') }) + '\n');
  return EXIT.OK;
}

type Files = Record<string, () => Pieces>;

interface Lists {
  dik: Dik;
  published: Set<string>;
  toStamp: string[];
  today: string;
}

function filesOf(dik: Dik, opts: PublishOptions, today: string, a: OpenArchive): Files {
  const meta: PageMeta = {
    badanPublik: a.config.badan_publik.nama,
    tanggal: today,
    versi: packageVersion(),
    ...(a.config.badan_publik.situs ? { situs: a.config.badan_publik.situs } : {}),
  };
  // Each file is made as it is written, piece by piece: at 100,000 items the five together are
  // far more than a command should hold at once (docs/performance.md, 'Why the code is shaped
  // so').
  return opts.fragment
    ? { [FRAGMENT_FILE]: () => fragmentPieces(dik.items, meta) }
    : {
        'index.html': () => indexPage(dik.items, meta),
        'dibuka.html': () => openedPage(dik.opened, meta),
        'dik.csv': () => csvPieces(dik.items),
        'dik.json': () => jsonPieces(dik.items, dik.opened, meta),
        'feed.xml': () => feedPieces(dik.items, dik.opened, meta),
      };
}

/** Each item published records the day (SOP step 6), in place, keeping the file's layout. */
function stampsOf(a: OpenArchive, l: Lists): FileWrite[] {
  return l.toStamp.map((path) => ({
    path,
    content: setFrontMatterValues(readFileSync(join(a.root, path), 'utf8'), [[['publikasi', 'terakhir'], l.today]]),
  }));
}

async function publishInside(io: Io, a: OpenArchive, t: Target, files: Files, l: Lists): Promise<void> {
  const relPosix = t.rel.split(sep).join('/');
  const { ctx, warnings } = await beginStep(a.root, a.config, 'publish');
  for (const w of warnings) io.stderr(formatDiagnostic(w, io.colorErr));
  await applyChange(a.root, [...Object.keys(files).map((f) => ({ path: `${relPosix}/${f}`, content: joinPieces(files[f]!()) })), ...stampsOf(a, l)], {
    subject: `Langkah 6 — ${ctx.transition.label.id}: ${l.dik.items.length} butir per ${l.today}`,
    trailers: stepTrailers(ctx, [...l.published].sort()),
  });
}

function writeOutside(out: string, files: Files): Map<string, string> {
  mkdirSync(out, { recursive: true });
  const hashes = new Map<string, string>();
  for (const f of Object.keys(files)) {
    writeFileAtomic(join(out, f), files[f]!());
    hashes.set(f, sha256File(join(out, f)));
  }
  return hashes;
}

/**
 * Outside the archive the files are not in git, so the commit says what was published and
 * where: the folder, and each file's SHA-256 (a Komisi Informasi hearing can compare them with
 * the website's). The role is checked before anything is written.
 */
async function publishOutside(io: Io, a: OpenArchive, t: Target, files: Files, l: Lists): Promise<void> {
  if (/[\x00-\x1f\x7f]/.test(t.out)) throw new UserError('publish-folder-tak-layak', {}, EXIT.USAGE);
  const { ctx, warnings } = await beginStep(a.root, a.config, 'publish');
  for (const w of warnings) io.stderr(formatDiagnostic(w, io.colorErr));
  const hashes = writeOutside(t.out, files);
  const body = [`Diterbitkan ke: ${t.out}`, ...[...hashes].map(([f, h]) => `${f} sha256 ${h}`)].join('\n');
  const spec = {
    subject: `Langkah 6 — ${ctx.transition.label.id}: ${l.dik.items.length} butir per ${l.today}`,
    body,
    trailers: [...stepTrailers(ctx, [...l.published].sort()), [PUBLISHED_TO_TRAILER, t.out] as const],
  };
  const stamps = stampsOf(a, l);
  if (stamps.length > 0) await applyChange(a.root, stamps, spec);
  else await recordWithoutFiles(a, spec);
}

/**
 * Every item already records today's publication: the commit records the event alone. The same
 * files to the same folder on the same day, right after the last commit, is no new event.
 */
async function recordWithoutFiles(a: OpenArchive, spec: CommitSpec): Promise<void> {
  await requireIdentity(a.root);
  const [head, signing] = await Promise.all([headCommit(a.root), commitSigning(a.root, a.config)]);
  const last = (await gitRun(a.root, ['log', '-1', '--format=%s%n%b', head!])).toString('utf8');
  if (last.startsWith(`${spec.subject}\n${spec.body}\n`)) return;
  await commitNothing(a.root, head!, commitMessage(spec), signing);
}

const sha256File = (path: string): string => sha256(readFileSync(path));
