/** What a step command prints: one line per item (or JSON), warnings on stderr. */
import type { Io } from '../terminal/io.js';
import type { StepResult, StepItem } from '../workflow/step.js';
import type { Perintah } from '../domain/lifecycle.js';
import { formatDiagnostic } from '../terminal/diagnostic-format.js';
import { statusLabel } from '../reports/text.js';
import { EXIT } from '../errors.js';
import { json } from './context.js';

export function reportStep(io: Io, opts: { json?: boolean }, perintah: Perintah, r: StepResult, detail?: (i: StepItem) => string): number {
  for (const w of r.warnings) io.stderr(formatDiagnostic(w, io.colorErr));
  if (opts.json) {
    io.stdout(json({ perintah, commit: r.commit, butir: r.items.map((i) => ({ id: i.id, status: i.data.status, berkas: i.path })) }));
  } else {
    for (const i of r.items) io.stdout(`${i.id}  ${statusLabel(i.data.status)}${detail ? `  ${detail(i)}` : ''}\n`);
  }
  return EXIT.OK;
}
