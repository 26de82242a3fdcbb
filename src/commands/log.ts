/** `ppid log [ID]`: who tested, considered, decided and opened what, when — from git history. */
import type { Io } from '../terminal/io.js';
import { eachStory, type ItemEvent } from '../history/item-stories.js';
import { longDate } from '../reports/text.js';
import { lang } from '../i18n/lang.js';
import { fitLine } from '../terminal/width.js';
import { ui } from '../i18n/ui-messages.js';
import { EXIT, UserError } from '../errors.js';
import { csvDialect, jsonArrayWriter, openArchive, type CommonOptions } from './context.js';
import type { CsvDialect } from '../export/csv.js';
import { renderCsv, type Column } from '../terminal/table.js';
import { collectSooner } from '../store/heap.js';
import { isItemIdShape } from '../archive/ids.js';

const show = (v: unknown): string => (v === null || v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v));

export function eventJson(e: ItemEvent): Record<string, unknown> {
  return {
    commit: e.commit,
    waktu: e.waktu,
    pelaku: { nama: e.nama, email: e.email },
    peran: e.peran ?? null,
    unit: e.unit ?? null,
    klon: e.klon ?? null,
    langkah: e.langkah ?? null,
    perintah: e.perintah ?? null,
    subjek: e.subjek,
    alasan: e.alasan ?? null,
    suntingan_tangan: e.tangan,
    status_dari: e.statusDari ?? null,
    status_ke: e.statusKe ?? null,
    dihapus: e.dihapus,
    perubahan: e.perubahan,
  };
}

/** One CSV row per step of an item, the changed fields in one cell ("kolom: dari → ke", a line each). */
const csvColumns = (): Column<ItemEvent & { id: string }>[] => [
  { key: 'id', header: ui('kol.id'), value: (e) => e.id },
  { key: 'waktu', header: ui('kol.waktu'), value: (e) => e.waktu },
  { key: 'commit', header: ui('kol.commit'), value: (e) => e.commit },
  { key: 'nama', header: ui('kol.pelaku'), value: (e) => e.nama },
  { key: 'email', header: ui('kol.surel'), value: (e) => e.email },
  { key: 'peran', header: ui('kol.peran'), value: (e) => e.peran ?? '' },
  { key: 'langkah', header: ui('kol.langkah-ke'), value: (e) => (e.langkah === undefined ? '' : String(e.langkah)) },
  { key: 'perintah', header: ui('kol.perintah'), value: (e) => e.perintah ?? '' },
  { key: 'status_dari', header: ui('kol.status-dari'), value: (e) => e.statusDari ?? '' },
  { key: 'status_ke', header: ui('kol.status-ke'), value: (e) => e.statusKe ?? '' },
  { key: 'suntingan_tangan', header: ui('kol.tangan'), value: (e) => (e.tangan ? 'ya' : 'tidak') },
  { key: 'perubahan', header: ui('kol.perubahan'), value: (e) => e.perubahan.map((ch) => `${ch.kolom}: ${show(ch.dari)} → ${show(ch.ke)}`).join('\n') },
];

/** Each item's rows as its story is made; the heading once, before the first. */
function csvWriter(write: (s: string) => void, dialect: CsvDialect): (id: string, events: ItemEvent[]) => void {
  let first = true;
  const columns = csvColumns();
  return (id, events) => {
    const text = renderCsv(
      columns,
      events.map((e) => ({ ...e, id })),
      dialect,
    );
    write(first ? text : text.slice(text.indexOf('\n') + 1));
    first = false;
  };
}

export async function run(io: Io, id: string | undefined, opts: CommonOptions): Promise<number> {
  const a = await openArchive(io, opts);
  if (id !== undefined && !isItemIdShape(id)) throw new UserError('item-tidak-ada', { id });
  collectSooner();
  const c = io.color;
  // Each item is written as its story is made: all of them at once are gigabytes at 100,000 items.
  const out = opts.json ? jsonArrayWriter(io.stdout) : undefined;
  const csv = (opts.csv || opts.csvKoma) && !out ? csvWriter(io.stdout, csvDialect(opts)) : undefined;
  const n = await eachStory(a.root, id, (item, events) => {
    if (out) return out.add({ id: item, peristiwa: events.map(eventJson) });
    if (csv) return csv(item, events);
    io.stdout(c.bold(item) + '\n');
    for (const e of events) {
      const from = [e.unit, e.klon].filter(Boolean).join(' / ');
      const who = `${e.nama} <${e.email}>${e.peran ? ` (${e.peran})` : ''}${from ? ` · ${from}` : ''}`;
      // Fitted as plain text, the hand-edit mark coloured after: its colour codes take no room on the screen.
      const hand = `[${ui('log.tangan')}]`;
      const line = fitLine(`  ${longDate(e.waktu.slice(0, 10))} ${e.waktu.slice(11, 16)}  ${e.subjek}${e.tangan ? ` ${hand}` : ''}`);
      io.stdout((e.tangan ? line.replace(hand, c.red.bold(hand)) : line) + '\n');
      io.stdout(c.dim(fitLine(`    ${lang() === 'en' ? 'by' : 'oleh'} ${who} · ${e.commit.slice(0, 10)}`)) + '\n');
      if (e.alasan) io.stdout(fitLine(`    ${ui('log.alasan', { alasan: e.alasan })}`) + '\n');
      for (const ch of e.perubahan) {
        // The full consequence-test text lives in the body; the fields tell the story.
        io.stdout(fitLine(`    ${ch.kolom}: ${c.red(show(ch.dari))} → ${c.green(show(ch.ke))}`) + '\n');
      }
    }
    io.stdout('\n');
  });
  // Nothing was written for an item that is not there: the error is the whole answer.
  if (id && n === 0) throw new UserError('item-tidak-ada', { id });
  out?.end();
  return EXIT.OK;
}
