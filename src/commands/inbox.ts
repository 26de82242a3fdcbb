/**
 * `ppid inbox`: the proposals waiting for the PPID Utama (status diusulkan), with who proposed
 * each, in which role, from which unit and clone, and when — read from the history.
 */
import type { Io } from '../terminal/io.js';
import { renderCsv, writeTable, type Column } from '../terminal/table.js';
import { RECORDS_DIR } from '../domain/config.js';
import { readHistory } from '../history/read-history.js';
import { longDate } from '../reports/text.js';
import { ui } from '../i18n/ui-messages.js';
import { fitLine } from '../terminal/width.js';
import { json, loadSummaries, openArchive, outputFormat, csvDialect, warnLeftOut, type CommonOptions } from './context.js';

interface Proposal {
  id: string;
  judul: string;
  unit: string;
  oleh: string;
  email: string;
  peran: string;
  unitPengusul: string;
  klon: string;
  waktu: string;
}

export async function run(io: Io, opts: CommonOptions): Promise<number> {
  const format = outputFormat(opts);
  const a = await openArchive(io, opts);
  const loaded = await loadSummaries(io, a);
  const leftOut = warnLeftOut(io, loaded);
  const waiting = loaded.records.filter((r) => r.data.status === 'diusulkan');
  const added = new Map<string, Awaited<ReturnType<typeof readHistory>>[number]>();
  for (const c of await readHistory(a.root, { paths: [`${RECORDS_DIR}/`] })) {
    for (const ch of c.changes) if (ch.status === 'A' && !added.has(ch.path)) added.set(ch.path, c);
  }
  const rows: Proposal[] = waiting
    .map((r) => {
      const c = added.get(r.path);
      return {
        id: r.data.id,
        judul: r.data.judul,
        unit: r.data.unit,
        oleh: c?.nama ?? '',
        email: c?.email ?? '',
        peran: c?.trailers['PPID-Peran']?.[0] ?? '',
        unitPengusul: c?.trailers['PPID-Unit']?.[0] ?? '',
        klon: c?.trailers['PPID-Klon']?.[0] ?? '',
        waktu: c?.waktu ?? '',
      };
    })
    .sort((x, y) => x.waktu.localeCompare(y.waktu) || x.id.localeCompare(y.id));
  if (format === 'json') {
    io.stdout(
      json(
        rows.map((p) => ({
          id: p.id,
          judul: p.judul,
          unit: p.unit,
          diusulkan_oleh: p.oleh,
          surel: p.email,
          peran: p.peran || null,
          unit_pengusul: p.unitPengusul || null,
          klon: p.klon || null,
          waktu: p.waktu || null,
        })),
      ),
    );
    return leftOut;
  }
  const cols: Column<Proposal>[] = [
    { key: 'id', header: ui('kol.id'), value: (p) => p.id },
    { key: 'waktu', header: ui('inbox.sejak'), value: (p) => (p.waktu ? longDate(p.waktu.slice(0, 10)) : '') },
    { key: 'oleh', header: ui('inbox.oleh'), value: (p) => `${p.oleh}${p.peran ? ` (${p.peran})` : ''}`, cut: true },
    { key: 'dari', header: ui('inbox.dari'), value: (p) => [p.unitPengusul, p.klon].filter(Boolean).join(' / '), cut: true },
    { key: 'judul', header: ui('kol.judul'), value: (p) => p.judul, cut: true },
  ];
  if (format === 'csv') {
    io.stdout(renderCsv(cols, rows, csvDialect(opts)));
    return leftOut;
  }
  if (!rows.length) io.stdout(ui('inbox.kosong') + '\n');
  else {
    writeTable(io.stdout, cols, rows, io.color.bold);
    io.stdout(io.color.dim(fitLine(ui('inbox.ringkas', { n: rows.length }))) + '\n');
  }
  return leftOut;
}
