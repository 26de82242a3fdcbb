/**
 * An Atom feed of changes to the lists: each new exemption (dated by its determination)
 * and each opening. Dated by the content, not by the run, so an unchanged archive gives an
 * unchanged feed.
 */
import type { OpenedItem, PublicItem } from './allowlist.js';
import type { PageMeta } from './html.js';
import { longDate } from '../reports/text.js';

export function escapeXml(s: string): string {
  return (
    s
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      // Characters XML 1.0 cannot carry at all.
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
  );
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'badan-publik';

interface Entry {
  id: string;
  title: string;
  date: string;
  link: string;
  summary: string;
}

/**
 * An entry's place in the feed: its id and date, and the item it is made from when written
 * (every entry made at once held the whole feed's text in memory: docs/performance.md, 'Why
 * the code is shaped so').
 */
interface Place {
  id: string;
  date: string;
  item?: PublicItem;
  opened?: OpenedItem;
}

export function* feedPieces(items: PublicItem[], opened: OpenedItem[], meta: PageMeta): Generator<string> {
  const x = escapeXml;
  const base = meta.situs ? meta.situs.replace(/\/+$/, '') + '/' : '';
  const urn = `urn:ppid:${slug(meta.badanPublik)}`;
  const places: Place[] = [
    ...items.filter((i) => i.penetapan).map((i) => ({ id: `${urn}:${i.id}:penetapan:${i.penetapan!.tanggal}`, date: i.penetapan!.tanggal, item: i })),
    ...opened.map((o) => ({ id: `${urn}:${o.id}:pembukaan:${o.dibuka}`, date: o.dibuka, opened: o })),
  ].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  const entry = ({ id, date, item: i, opened: o }: Place): Entry =>
    i
      ? {
          id,
          date,
          title: `Dikecualikan: ${i.informasi}`,
          link: `${base}index.html#${i.id}`,
          summary: `${i.unit}. Dasar: ${i.dasar_hukum.join('; ')}. Jangka waktu: ${i.jangka_waktu}. Penetapan ${i.penetapan!.nomor}, ${longDate(i.penetapan!.tanggal, 'id')}.`,
        }
      : {
          id,
          date,
          title: `Dibuka: ${o!.informasi}`,
          link: `${base}dibuka.html#${o!.id}`,
          summary: `${o!.unit}. Terbuka sejak ${longDate(o!.dibuka, 'id')}: ${o!.alasan}${o!.dasar ? ` (${o!.dasar})` : ''}.`,
        };
  const updated = places[0]?.date ?? meta.tanggal;
  const stamp = (d: string) => `${d}T00:00:00Z`;
  yield `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="id">
<title>Perubahan Daftar Informasi yang Dikecualikan — ${x(meta.badanPublik)}</title>
<id>${x(urn)}:dik</id>
<updated>${stamp(updated)}</updated>
<author><name>PPID ${x(meta.badanPublik)}</name></author>
${base ? `<link rel="self" href="${x(base)}feed.xml"/>\n<link rel="alternate" href="${x(base)}index.html"/>\n` : ''}<generator version="${x(meta.versi)}">ppid</generator>
`;
  for (let i = 0; i < places.length; i++) {
    const en = entry(places[i]!);
    yield `${i > 0 ? '\n' : ''}<entry>
<title>${x(en.title)}</title>
<id>${x(en.id)}</id>
<updated>${stamp(en.date)}</updated>
<link href="${x(en.link)}"/>
<summary type="text">${x(en.summary)}</summary>
</entry>`;
  }
  yield `
</feed>
`;
}
