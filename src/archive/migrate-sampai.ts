/**
 * Format 1 → 2 of an archive (docs/adr/0001-sampai-hari-terakhir.md). ppid 0.1 read
 * `jangka_waktu.sampai` as the first public day; it is now the last exempt day, as Indonesian
 * readers take "sampai dengan D". A date ppid 0.1 stored moves back one day, so that every item
 * stays exempt exactly as long as before — except where the period's own wording (`keterangan`)
 * names the stored date: that wording was always the legal text, and the date now means what it
 * says. The officer can keep any item's date as written (`tetap`). Each change is a text edit of
 * the one value, so comments and layout stay as they were.
 */
import type { FileWrite } from './change.js';
import type { ParsedRecord } from '../records/parse.js';
import type { RecordData } from '../domain/record.js';
import { addDays, isIsoDate } from '../rules/dates.js';
import { datesIn } from '../rules/date-text.js';

export type SampaiReason = 'digeser' | 'sesuai-keterangan' | 'dipertahankan';

export interface SampaiChange {
  id: string;
  berkas: string;
  /** Where in the record: `jangka_waktu` or `riwayat_klasifikasi[i].jangka_waktu`. */
  kolom: string;
  lama: string;
  baru: string;
  alasan: SampaiReason;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

type Path = Array<string | number>;

/** The text range of the scalar at `path` in the file (offsets into the normalised text). */
function rangeOf(rec: ParsedRecord, path: Path): [number, number] | undefined {
  const src = rec.source!;
  const node = src.doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
  if (!node?.range) return undefined;
  const base = src.fileText.indexOf(src.yamlText);
  return base < 0 ? undefined : [base + node.range[0], base + node.range[1]];
}

function edit(rec: ParsedRecord, path: Path, value: string): Edit | undefined {
  const r = rangeOf(rec, path);
  return r && { start: r[0], end: r[1], text: value };
}

function decide(jw: { sampai?: unknown; keterangan?: unknown } | undefined, keep: boolean): { baru: string; alasan: SampaiReason } | undefined {
  if (!jw || !isIsoDate(jw.sampai)) return undefined;
  if (keep) return { baru: jw.sampai, alasan: 'dipertahankan' };
  if (typeof jw.keterangan === 'string' && datesIn(jw.keterangan).includes(jw.sampai)) return { baru: jw.sampai, alasan: 'sesuai-keterangan' };
  return { baru: addDays(jw.sampai, -1), alasan: 'digeser' };
}

/** One record's changes and the edits that make them. */
function planRecord(rec: ParsedRecord, keep: ReadonlySet<string>): { changes: SampaiChange[]; edits: Edit[] } {
  const d = rec.data as Partial<RecordData>;
  const id = typeof d.id === 'string' ? d.id : rec.file;
  const changes: SampaiChange[] = [];
  const edits: Edit[] = [];
  const now = decide(d.jangka_waktu, keep.has(id));
  if (now) {
    const lama = d.jangka_waktu!.sampai!;
    changes.push({ id, berkas: rec.file, kolom: 'jangka_waktu', lama, baru: now.baru, alasan: now.alasan });
    if (now.baru !== lama) edits.push(edit(rec, ['jangka_waktu', 'sampai'], now.baru)!);
    else {
      // The first public day moves a day later: what was stored as the old end follows it.
      const old = lama;
      const next = addDays(lama, 1);
      if (d.klarifikasi?.berakhir === old) edits.push(edit(rec, ['klarifikasi', 'berakhir'], next)!);
      if (d.pembukaan?.demi_hukum === true && d.pembukaan.tanggal === old) edits.push(edit(rec, ['pembukaan', 'tanggal'], next)!);
    }
  }
  (Array.isArray(d.riwayat_klasifikasi) ? d.riwayat_klasifikasi : []).forEach((r, i) => {
    const was = decide(r?.jangka_waktu, keep.has(id));
    if (!was) return;
    changes.push({ id, berkas: rec.file, kolom: `riwayat_klasifikasi[${i}].jangka_waktu`, lama: r.jangka_waktu.sampai!, baru: was.baru, alasan: was.alasan });
    if (was.baru !== r.jangka_waktu.sampai) edits.push(edit(rec, ['riwayat_klasifikasi', i, 'jangka_waktu', 'sampai'], was.baru)!);
  });
  return { changes, edits: edits.filter(Boolean) };
}

function applyEdits(text: string, edits: Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** The top-level `versi:` line, with whatever comment follows its value. */
const VERSI_LINE = /^versi[^\S\n]*:[^\S\n]*(?:\d+|"\d+"|'\d+')?(?=[^\S\n]*(?:#.*)?$)/m;

/** `ppid.yaml` with `versi: 2`, everything else (a comment on that line too) as written. */
export function configAtFormat(text: string, format: number): string {
  return VERSI_LINE.test(text) ? text.replace(VERSI_LINE, `versi: ${format}`) : `versi: ${format}\n${text}`;
}

export interface MigrationPlan {
  changes: SampaiChange[];
  writes: FileWrite[];
  /** Records that cannot be read: the migration waits until they are mended. */
  unreadable: ParsedRecord[];
}

/**
 * The edited text as the file had it: its line ends (CRLF where every line had them) and its
 * byte-order mark. The edits were made on the parsed, LF-only text.
 */
function asWritten(edited: string, raw: Buffer): string {
  const text = raw.toString('utf8');
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const crlf = /\r\n/.test(text) && !/(^|[^\r])\n/.test(text);
  return bom + (crlf ? edited.replace(/\n/g, '\r\n') : edited);
}

/** `raw`: a record file's bytes, to keep its line ends and byte-order mark. */
export function planMigration(records: ParsedRecord[], keep: ReadonlySet<string>, raw: (path: string) => Buffer): MigrationPlan {
  const changes: SampaiChange[] = [];
  const writes: FileWrite[] = [];
  const unreadable: ParsedRecord[] = [];
  for (const rec of records) {
    if (!rec.source || rec.data === undefined) {
      unreadable.push(rec);
      continue;
    }
    const p = planRecord(rec, keep);
    changes.push(...p.changes);
    if (p.edits.length > 0) writes.push({ path: rec.file, content: asWritten(applyEdits(rec.source.fileText, p.edits), raw(rec.file)) });
  }
  return { changes, writes, unreadable };
}
