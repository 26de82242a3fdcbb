/** `ppid log [ID]`: who tested, considered, decided and opened what, when — from git history. */
import type { Io } from '../terminal/io.js';
import { eachStory, type ItemEvent } from '../history/item-stories.js';
import { longDate } from '../reports/text.js';
import { lang } from '../i18n/lang.js';
import { ui } from '../i18n/ui-messages.js';
import { EXIT, UserError } from '../errors.js';
import { jsonArrayWriter, openArchive, type CommonOptions } from './context.js';
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

export async function run(io: Io, id: string | undefined, opts: CommonOptions): Promise<number> {
  const a = await openArchive(io, opts);
  if (id !== undefined && !isItemIdShape(id)) throw new UserError('item-tidak-ada', { id });
  collectSooner();
  const c = io.color;
  // Each item is written as its story is made: all of them at once are gigabytes at 100,000 items.
  const out = opts.json ? jsonArrayWriter(io.stdout) : undefined;
  const n = await eachStory(a.root, id, (item, events) => {
    if (out) return out.add({ id: item, peristiwa: events.map(eventJson) });
    io.stdout(c.bold(item) + '\n');
    for (const e of events) {
      const from = [e.unit, e.klon].filter(Boolean).join(' / ');
      const who = `${e.nama} <${e.email}>${e.peran ? ` (${e.peran})` : ''}${from ? ` · ${from}` : ''}`;
      const hand = e.tangan ? c.red.bold(` [${ui('log.tangan')}]`) : '';
      io.stdout(`  ${longDate(e.waktu.slice(0, 10))} ${e.waktu.slice(11, 16)}  ${e.subjek}${hand}\n`);
      io.stdout(`    ${c.dim(`${lang() === 'en' ? 'by' : 'oleh'} ${who} · ${e.commit.slice(0, 10)}`)}\n`);
      if (e.alasan) io.stdout(`    ${ui('log.alasan', { alasan: e.alasan })}\n`);
      for (const ch of e.perubahan) {
        // The full consequence-test text lives in the body; the fields tell the story.
        io.stdout(`    ${ch.kolom}: ${c.red(show(ch.dari))} → ${c.green(show(ch.ke))}\n`);
      }
    }
    io.stdout('\n');
  });
  // Nothing was written for an item that is not there: the error is the whole answer.
  if (id && n === 0) throw new UserError('item-tidak-ada', { id });
  out?.end();
  return EXIT.OK;
}
