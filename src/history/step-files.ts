/**
 * What a step commit wrote, against what its command writes (the lifecycle table through
 * `commandRule`): which files, which record fields, which status moves, which settings.
 */
import { ATTACHMENTS_DIR, CONFIG_FILE, RECORDS_DIR } from '../domain/config.js';
import { REGISTRATION_STATUSES, type CommandRule, type Status } from '../domain/lifecycle.js';
import type { FileChange } from './read-history.js';
import { itemOf } from './versions.js';
import { OVERRIDE_TRAILER, type CommitFacts, type RuleFinding } from './step-facts.js';

/** The document templates and git's attributes for the archive: written by init, by no step after it. */
export const isTemplate = (path: string): boolean => path.startsWith('templates/') || path === '.gitattributes';

/** The attachment's item: lampiran/ID/… */
const attachmentItem = (path: string): string | undefined =>
  path.startsWith(`${ATTACHMENTS_DIR}/`) ? path.slice(ATTACHMENTS_DIR.length + 1).split('/')[0] : undefined;

const wrongFile = (rule: CommandRule, ch: FileChange): RuleFinding => ({
  kode: 'berkas-di-luar-langkah',
  berkas: ch.path,
  params: { perintah: rule.perintah, ubah: ch.status },
});

export function fileFindings(f: CommitFacts, rule: CommandRule): RuleFinding[] {
  const items = new Set(f.c.trailers['PPID-Item'] ?? []);
  const out: RuleFinding[] = [];
  for (const ch of f.c.changes) {
    const item = itemOf(ch.path);
    if (item !== undefined) {
      // A record the commit does not name is named here, and still checked as the step would change it.
      if (!items.has(item) && ch.status === 'M') out.push({ kode: 'butir-tidak-disebut', berkas: ch.path, params: { id: item } });
      out.push(...recordFindings(f, rule, ch, items.has(item) || ch.status === 'M' ? item : undefined));
    } else if (!fileAllowed(f, rule, ch, items)) out.push(wrongFile(rule, ch));
  }
  return [...out, ...settingsFindings(f, rule)];
}

/** Attachments changed or removed are findings of their own (`lampiran-berubah`, `-dihapus`); other files the rule decides. */
function fileAllowed(f: CommitFacts, rule: CommandRule, ch: FileChange, items: ReadonlySet<string>): boolean {
  if (ch.path === CONFIG_FILE) return rule.pengaturan !== undefined && ch.status !== 'D';
  if (f.calendarFiles.has(ch.path)) return rule.pengaturan?.kalender === true;
  if (isTemplate(ch.path)) return false;
  const item = attachmentItem(ch.path);
  if (item === undefined) return !ch.path.startsWith(`${RECORDS_DIR}/`);
  if (ch.status !== 'A') return true;
  return rule.lampiranBaru && items.has(item) && !ch.link;
}

/** ppid.yaml as the command may leave it: still there and readable, only the keys it changes, from the format it moves on from. */
function settingsFindings(f: CommitFacts, rule: CommandRule): RuleFinding[] {
  const s = f.settings;
  if (s.changed === undefined || rule.pengaturan === undefined) return [];
  if (s.lost) return [{ kode: 'pengaturan-hilang', berkas: CONFIG_FILE, params: { perintah: rule.perintah } }];
  const out: RuleFinding[] = [];
  const { kolom, versiSebelum } = rule.pengaturan;
  if (versiSebelum !== undefined && s.before?.versi !== versiSebelum)
    out.push({ kode: 'migrasi-tanpa-format-lama', berkas: CONFIG_FILE, params: { perintah: rule.perintah, versi: String(s.before?.versi ?? '—') } });
  const extra = kolom ? s.changed.filter((k) => !kolom.includes(k)) : [];
  if (extra.length)
    out.push({
      kode: 'kolom-di-luar-langkah',
      berkas: CONFIG_FILE,
      params: { id: CONFIG_FILE, kolom: extra.join(', '), perintah: rule.perintah, boleh: kolom!.join(', ') },
    });
  return out;
}

function recordFindings(f: CommitFacts, rule: CommandRule, ch: FileChange, item: string | undefined): RuleFinding[] {
  // A record is created by registration only, changed by the other steps, deleted or made a link
  // by none, and only the items the commit names.
  if (item === undefined || ch.link || !['A', 'M'].includes(ch.status) || (ch.status === 'A') !== rule.membuat) return [wrongFile(rule, ch)];
  if (ch.status === 'A') return createdFindings(f, rule, ch, item);
  if (!ch.oldBlob || !ch.newBlob) return [];
  const d = f.diffs.get(`${ch.oldBlob}:${ch.newBlob}`);
  if (!d) return [];
  // A version that cannot be read hides what changed: a step made from or to one is named.
  if (d.kolom === undefined) return [{ kode: 'versi-tak-terbaca', berkas: ch.path, params: { id: item, perintah: rule.perintah } }];
  const out: RuleFinding[] = [];
  const dari = d.dari as Status | undefined;
  const expected = rule.ke ?? dari;
  // A choice made at a sync never makes a status move no step makes.
  if (d.ke !== expected || (dari !== undefined && rule.dari !== undefined && !rule.dari.includes(dari)))
    out.push({ kode: 'status-bukan-langkah', berkas: ch.path, params: { id: item, dari: dari ?? '—', ke: d.ke ?? '—', perintah: rule.perintah } });
  const boleh = (dari !== undefined && rule.mengubahMenurutStatus?.[dari]) || rule.mengubah;
  let extra = d.kolom.filter((k) => k !== 'status' && !boleh.includes(k));
  // Chosen at a sync (`--pakai-lokal`): fields of the other office's step taken out, or put back
  // to a value the record had before, are named for review; a value it never had is no choice.
  if ((f.c.trailers[OVERRIDE_TRAILER] ?? []).includes(`${item} lokal`)) {
    const fresh = f.fresh.get(`${f.c.hash}:${ch.path}`);
    const undone = extra.filter((k) => !fresh?.has(k));
    if (undone.length) out.push({ kode: 'konflik-menimpa', berkas: ch.path, params: { id: item, kolom: undone.join(', '), perintah: rule.perintah } });
    extra = extra.filter((k) => fresh?.has(k));
  }
  if (extra.length)
    out.push({
      kode: 'kolom-di-luar-langkah',
      berkas: ch.path,
      params: { id: item, kolom: extra.join(', '), perintah: rule.perintah, boleh: boleh.join(', ') || '—' },
    });
  return out;
}

/** A new record comes in proposed, or in force with its decree; never refused or opened by registration. */
function createdFindings(f: CommitFacts, rule: CommandRule, ch: FileChange, item: string): RuleFinding[] {
  const status = ch.newBlob ? f.created.get(ch.newBlob) : undefined;
  if (status === undefined || !REGISTRATION_STATUSES.includes(status as Status))
    return [{ kode: 'status-bukan-langkah', berkas: ch.path, params: { id: item, dari: '—', ke: status ?? '—', perintah: rule.perintah } }];
  // An item registered in force records a decree made outside ppid: the PPID Utama's to confirm.
  const peran = f.c.trailers['PPID-Peran']?.[0] ?? '';
  if (status === 'ditetapkan' && peran !== 'ppid-utama') return [{ kode: 'daftar-berlaku', berkas: ch.path, params: { id: item, peran } }];
  return [];
}
