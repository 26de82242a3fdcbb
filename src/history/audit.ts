/**
 * Checking the archive's whole history: changes made behind ppid's back, status changes
 * that skip lifecycle steps, attachments altered or removed after they were attached,
 * steps done without their role and, on request, unsigned commits.
 */
import { ATTACHMENTS_DIR, CONFIG_FILE, RECORDS_DIR } from '../domain/config.js';
import { isLegalChange, type Status } from '../domain/lifecycle.js';
import { readHistory, type HistoryCommit } from './read-history.js';
import { statusSteps } from './versions.js';

export type FindingCode = 'suntingan-tangan' | 'status-melompat' | 'lampiran-berubah' | 'lampiran-dihapus' | 'tanpa-peran' | 'tanpa-tanda-tangan';

export interface Finding {
  kode: FindingCode;
  commit: string;
  berkas?: string;
  waktu: string;
  nama: string;
  email: string;
  params: Record<string, string>;
}

const GUARDED = (path: string, calendar: string) =>
  path.startsWith(`${RECORDS_DIR}/`) || path.startsWith(`${ATTACHMENTS_DIR}/`) || path === CONFIG_FILE || path === calendar;

/** git's %G?: G good, U good but of unknown trust; anything else is no valid signature. */
const SIGNED = new Set(['G', 'U']);

export async function auditHistory(root: string, opts: { requireSigned?: boolean; calendarFile: string }): Promise<Finding[]> {
  const commits = await readHistory(root, { signatures: opts.requireSigned === true });
  const findings: Finding[] = [];
  const at = (c: HistoryCommit, kode: FindingCode, berkas?: string, params: Record<string, string> = {}) =>
    findings.push({ kode, commit: c.hash, ...(berkas ? { berkas } : {}), waktu: c.waktu, nama: c.nama, email: c.email, params });
  for (const c of commits) {
    const byPpid = c.trailers['PPID-Perintah'] !== undefined;
    for (const ch of c.changes) {
      if (!GUARDED(ch.path, opts.calendarFile)) continue;
      if (!byPpid) at(c, 'suntingan-tangan', ch.path);
      if (ch.path.startsWith(`${ATTACHMENTS_DIR}/`) && !ch.path.endsWith('/.gitkeep')) {
        if (ch.status === 'M') at(c, 'lampiran-berubah', ch.path, { dari: ch.oldBlob ?? '', ke: ch.newBlob ?? '' });
        if (ch.status === 'D') at(c, 'lampiran-dihapus', ch.path);
      }
    }
    if (c.trailers['PPID-Peran']?.includes('tanpa-peran')) at(c, 'tanpa-peran', undefined, { perintah: c.trailers['PPID-Perintah']?.[0] ?? '' });
    if (opts.requireSigned && !SIGNED.has(c.tandaTangan ?? 'N')) at(c, 'tanpa-tanda-tangan', undefined, { tanda: c.tandaTangan ?? 'N' });
  }
  for (const { id, commit: c, dari, ke } of await statusSteps(root, commits)) {
    if (!isLegalChange(dari as Status, ke as Status)) {
      findings.push({
        kode: 'status-melompat',
        commit: c.hash,
        berkas: `${RECORDS_DIR}/${id}.md`,
        waktu: c.waktu,
        nama: c.nama,
        email: c.email,
        params: { id, dari, ke },
      });
    }
  }
  // In the order history happened (commit times can tie within a second).
  const order = new Map(commits.map((c, i) => [c.hash, i]));
  return findings
    .map((f, i) => ({ f, i }))
    .sort((x, y) => order.get(x.f.commit)! - order.get(y.f.commit)! || x.i - y.i)
    .map((x) => x.f);
}
