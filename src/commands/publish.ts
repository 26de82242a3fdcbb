/** `ppid publish --out DIR`: the public DIK (SOP step 6). */
import { mkdirSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Io } from '../cli/io.js';
import { buildDik } from '../publish/dik.js';
import { renderCsv, renderHtml, renderJson, type PublishMeta } from '../publish/render.js';
import { writeFileAtomic } from '../archive/atomic.js';
import { applyChange } from '../archive/change.js';
import { packageVersion } from '../archive/package-files.js';
import { ATTACHMENTS_DIR, RECORDS_DIR } from '../domain/config.js';
import { hasErrors } from '../diagnostics.js';
import { beginStep, stepTrailers } from '../workflow/step.js';
import { formatDiagnostic } from '../cli/diagnostic-format.js';
import { ui } from '../i18n/ui-messages.js';
import { EXIT, UserError } from '../errors.js';
import { json, loadRecords, openArchive, resolveToday, type CommonOptions } from './context.js';

export interface PublishOptions extends CommonOptions {
  out: string;
}

export const PUBLISHED_FILES = ['index.html', 'dik.csv', 'dik.json'] as const;

export async function run(io: Io, opts: PublishOptions): Promise<number> {
  const today = resolveToday(opts, io.env);
  const a = openArchive(io, opts);
  const loaded = loadRecords(io, a);
  const problems = loaded.checked.flatMap((c) => c.problems);
  // A public list built from a broken archive could be wrong in public: refuse instead.
  if (hasErrors(problems)) throw new UserError('arsip-ada-galat', { n: problems.filter((p) => p.severity === 'galat').length });
  const dik = buildDik(loaded.records, today);
  const meta: PublishMeta = { badanPublik: a.config.badan_publik.nama, tanggal: today, versi: packageVersion(), ...(a.config.badan_publik.situs ? { situs: a.config.badan_publik.situs } : {}) };
  const files: Record<(typeof PUBLISHED_FILES)[number], string> = {
    'index.html': renderHtml(dik.items, meta),
    'dik.csv': renderCsv(dik.items),
    'dik.json': renderJson(dik.items, meta),
  };
  const out = resolve(io.cwd, opts.out);
  const rel = relative(a.root, out);
  const inside = !rel.startsWith('..') && !isAbsolute(rel);
  if (inside) {
    const top = rel.split(sep)[0];
    if (rel === '' || top === RECORDS_DIR || top === ATTACHMENTS_DIR) throw new UserError('out-di-dalam-informasi', {}, EXIT.USAGE);
    const relPosix = rel.split(sep).join('/');
    const { ctx, warnings } = await beginStep(a.root, a.config, 'publish');
    for (const w of warnings) io.stderr(formatDiagnostic(w, io.colorErr));
    await applyChange(a.root, PUBLISHED_FILES.map((f) => ({ path: `${relPosix}/${f}`, content: files[f] })), {
      subject: `Langkah 6 — ${ctx.transition.id}: ${dik.items.length} butir per ${today}`,
      trailers: stepTrailers(ctx, dik.items.map((i) => i.id)),
    });
  } else {
    mkdirSync(out, { recursive: true });
    for (const f of PUBLISHED_FILES) writeFileAtomic(join(out, f), files[f]);
  }
  if (dik.pastPeriod > 0) io.stderr(io.colorErr.yellow(`${ui('peringatan')}: ${ui('publish.lewat', { n: dik.pastPeriod })}`) + '\n');
  if (opts.json) io.stdout(json({ folder: out, butir: dik.items.length, berkas: [...PUBLISHED_FILES], lewat_jangka_waktu: dik.pastPeriod }));
  else io.stdout(ui('publish.selesai', { dir: out, n: dik.items.length, berkas: PUBLISHED_FILES.join(', ') }) + '\n');
  return EXIT.OK;
}
