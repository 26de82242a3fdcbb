/**
 * The rules a commit of ppid's must keep, judged from the commit itself and the settings before
 * it: its trailers are claims, and each claim is checked against what the commit did. A step
 * commit's author held the role it claims in the committed ppid.yaml before it; it changed only
 * the files and fields its command writes (`commandRule`, from the lifecycle table); it moved
 * each item's status as its command does; it is not dated before its parent.
 */
import { ATTACHMENTS_DIR, CONFIG_FILE, type Config } from '../domain/config.js';
import { commandRule, type CommandRule, type Role, type Status } from '../domain/lifecycle.js';
import type { FileChange, HistoryCommit } from './read-history.js';
import { itemOf } from './versions.js';
import type { RecordDiff } from './record-diffs.js';

export type RuleFindingCode =
  | 'perintah-tidak-dikenal'
  | 'init-ulang'
  | 'pelaku-bukan-pejabat'
  | 'peran-tidak-dipegang'
  | 'peran-bukan-untuk-perintah'
  | 'berkas-di-luar-langkah'
  | 'kolom-di-luar-langkah'
  | 'status-bukan-langkah'
  | 'konflik-menimpa'
  | 'waktu-mundur';

/** Set by `ppid sync` on a replayed commit whose item kept this clone's version over another office's change. */
export const OVERRIDE_TRAILER = 'PPID-Konflik';

export interface RuleFinding {
  kode: RuleFindingCode;
  berkas?: string;
  params: Record<string, string>;
}

export interface CommitFacts {
  c: HistoryCommit;
  /** ppid.yaml as committed before this commit (undefined: none, or unreadable). */
  settings: Config | undefined;
  /** The commit date of its first parent. */
  parentTime?: string;
  calendarFile: string;
  /** What each change of a record changed, keyed `oldBlob:newBlob`. */
  diffs: ReadonlyMap<string, RecordDiff>;
}

/** The attachment's item: lampiran/ID/… */
const attachmentItem = (path: string): string | undefined =>
  path.startsWith(`${ATTACHMENTS_DIR}/`) ? path.slice(ATTACHMENTS_DIR.length + 1).split('/')[0] : undefined;

/** Findings of one commit that carries a PPID-Perintah trailer. */
export function checkStepCommit(f: CommitFacts): RuleFinding[] {
  const perintah = f.c.trailers['PPID-Perintah']?.[0] ?? '';
  const rule = commandRule(perintah);
  if (!rule) return [{ kode: 'perintah-tidak-dikenal', params: { perintah } }];
  if (perintah === 'init')
    return f.settings === undefined && !f.c.changes.some((ch) => ch.path === CONFIG_FILE && ch.status !== 'A') ? [] : [{ kode: 'init-ulang', params: {} }];
  return [...roleFindings(f, rule), ...fileFindings(f, rule), ...timeFindings(f)];
}

function roleFindings(f: CommitFacts, rule: CommandRule): RuleFinding[] {
  const claimed = f.c.trailers['PPID-Peran']?.[0] ?? '';
  // Done without its role where the archive only warns: reported as such (`tanpa-peran`).
  if (claimed === 'tanpa-peran') return [];
  const out: RuleFinding[] = [];
  const email = f.c.email.toLowerCase();
  const official = f.settings?.pejabat.find((p) => p.email?.toLowerCase() === email);
  if (!official) out.push({ kode: 'pelaku-bukan-pejabat', params: { email: f.c.email, perintah: rule.perintah } });
  else if (!official.peran.includes(claimed as Role))
    out.push({ kode: 'peran-tidak-dipegang', params: { nama: official.nama, peran: claimed, dipegang: official.peran.join(', ') || '—' } });
  if (!rule.peran.includes(claimed as Role))
    out.push({ kode: 'peran-bukan-untuk-perintah', params: { peran: claimed, perintah: rule.perintah, boleh: rule.peran.join(', ') } });
  return out;
}

function fileFindings(f: CommitFacts, rule: CommandRule): RuleFinding[] {
  const items = new Set(f.c.trailers['PPID-Item'] ?? []);
  const out: RuleFinding[] = [];
  for (const ch of f.c.changes) {
    const item = itemOf(ch.path);
    if (item !== undefined) out.push(...recordFindings(f, rule, ch, items.has(item) ? item : undefined));
    else if (!fileAllowed(f, rule, ch, items))
      out.push({ kode: 'berkas-di-luar-langkah', berkas: ch.path, params: { perintah: rule.perintah, ubah: ch.status } });
  }
  return out;
}

/** Attachments changed or removed are findings of their own (`lampiran-berubah`, `-dihapus`); other files the rule decides. */
function fileAllowed(f: CommitFacts, rule: CommandRule, ch: FileChange, items: ReadonlySet<string>): boolean {
  if (ch.path === CONFIG_FILE || ch.path === f.calendarFile) return rule.pengaturan;
  const item = attachmentItem(ch.path);
  if (item === undefined) return !ch.path.startsWith('informasi/');
  if (ch.status !== 'A') return true;
  return rule.lampiranBaru && items.has(item);
}

function recordFindings(f: CommitFacts, rule: CommandRule, ch: FileChange, item: string | undefined): RuleFinding[] {
  const wrong = (): RuleFinding => ({ kode: 'berkas-di-luar-langkah', berkas: ch.path, params: { perintah: rule.perintah, ubah: ch.status } });
  // A record is created by registration only, changed by the other steps, deleted by none, and only the items the commit names.
  if (item === undefined || ch.status === 'D' || (ch.status === 'A') !== rule.membuat) return [wrong()];
  if (ch.status !== 'M' || !ch.oldBlob || !ch.newBlob) return [];
  const d = f.diffs.get(`${ch.oldBlob}:${ch.newBlob}`);
  if (!d) return [];
  const out: RuleFinding[] = [];
  const dari = d.dari as Status | undefined;
  // Chosen at a sync: what it undid of the other office's step is named as such, once.
  if ((f.c.trailers[OVERRIDE_TRAILER] ?? []).includes(`${item} lokal`)) {
    const kolom = (d.kolom ?? []).filter((k) => !rule.mengubah.includes(k) && (k !== 'status' || d.ke !== rule.ke));
    return kolom.length ? [{ kode: 'konflik-menimpa', berkas: ch.path, params: { id: item, kolom: kolom.join(', '), perintah: rule.perintah } }] : [];
  }
  const expected = rule.ke ?? dari;
  if (dari !== undefined && (d.ke !== expected || (rule.dari !== undefined && !rule.dari.includes(dari))))
    out.push({ kode: 'status-bukan-langkah', berkas: ch.path, params: { id: item, dari, ke: d.ke ?? '—', perintah: rule.perintah } });
  const extra = (d.kolom ?? []).filter((k) => k !== 'status' && !rule.mengubah.includes(k));
  if (extra.length)
    out.push({
      kode: 'kolom-di-luar-langkah',
      berkas: ch.path,
      params: { id: item, kolom: extra.join(', '), perintah: rule.perintah, boleh: rule.mengubah.join(', ') || '—' },
    });
  return out;
}

function timeFindings(f: CommitFacts): RuleFinding[] {
  if (f.parentTime === undefined || Date.parse(f.c.waktuCommit) >= Date.parse(f.parentTime)) return [];
  return [{ kode: 'waktu-mundur', params: { waktu: f.c.waktuCommit, sebelumnya: f.parentTime } }];
}
