/** `ppid audit`: would show if anyone edited the archive behind the tool's back. Exit 1 on any finding. */
import type { Io } from '../terminal/io.js';
import { auditHistory, type Finding } from '../history/audit.js';
import { calendarFilePath } from '../archive/calendar-files.js';
import { requireOwnWorkTree } from '../git/repo.js';
import { ui } from '../i18n/ui-messages.js';
import { EXIT } from '../errors.js';
import { json, openArchive, type CommonOptions } from './context.js';

export interface AuditOptions extends CommonOptions {
  requireSigned?: boolean;
}

function message(f: Finding): string {
  return ui(`audit.${f.kode}`, f.params);
}

export async function run(io: Io, opts: AuditOptions): Promise<number> {
  const a = await openArchive(io, opts);
  // History is only the archive's own when the archive is its own repository.
  await requireOwnWorkTree(a.root);
  const findings = await auditHistory(a.root, { requireSigned: opts.requireSigned === true, calendarFile: calendarFilePath(a.config) });
  if (opts.json) {
    io.stdout(json({ bersih: findings.length === 0, temuan: findings.map((f) => ({ ...f, pesan: message(f) })) }));
  } else {
    const c = io.color;
    for (const f of findings) {
      io.stdout(
        `${c.bold(f.commit.slice(0, 10))}${f.berkas ? ` ${f.berkas}` : ''}: ${c.red(message(f))}\n    ${c.dim(`${f.nama} <${f.email}>, ${f.waktu}`)}\n`,
      );
    }
    io.stderr((findings.length === 0 ? ui('audit.bersih') : ui('audit.ringkas', { n: findings.length })) + '\n');
  }
  return findings.length === 0 ? EXIT.OK : EXIT.INVALID;
}
