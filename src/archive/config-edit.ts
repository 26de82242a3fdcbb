/**
 * Changes to ppid.yaml as `ppid config` makes them: edits of its YAML document, so that the
 * officer's comments, order and spelling stay as written, and each change is checked the way
 * every command reads the file before it is committed.
 */
import { isMap, isSeq, parseDocument, type Document, type YAMLMap } from 'yaml';
import type { Config } from '../domain/config.js';
import { ROLES, type Role } from '../domain/lifecycle.js';
import { EXIT, UserError } from '../errors.js';
import { parseConfig } from './config-parse.js';

export type ConfigEdit =
  | { aksi: 'unit-add'; kode: string; nama: string }
  | { aksi: 'unit-rename'; kode: string; nama: string }
  | { aksi: 'unit-remove'; kode: string }
  | { aksi: 'pejabat-add'; pejabat: { nama: string; jabatan: string; peran: Role[]; email?: string; unit?: string; nip?: string } }
  | { aksi: 'pejabat-remove'; siapa: string }
  | { aksi: 'pejabat-peran'; siapa: string; peran: Role[] }
  | { aksi: 'set'; kunci: string; nilai: string };

/** Settings with a command of their own, or that only `ppid migrate` changes. */
const NOT_SET = new Set(['versi', 'unit', 'pejabat']);

export function parseRoles(list: string): Role[] {
  const roles = list
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean);
  const bad = roles.find((r) => !(ROLES as readonly string[]).includes(r));
  if (bad !== undefined || roles.length === 0)
    throw new UserError('opsi-tidak-dikenal', { opsi: '--peran', nilai: bad ?? list, pilihan: ROLES.join(', ') }, EXIT.USAGE);
  return [...new Set(roles)] as Role[];
}

function seqItems(doc: Document, key: string): YAMLMap[] {
  const seq = doc.get(key, true);
  return isSeq(seq) ? seq.items.filter((i): i is YAMLMap => isMap(i)) : [];
}

function unitIndex(doc: Document, kode: string): number {
  const i = seqItems(doc, 'unit').findIndex((u) => u.get('kode') === kode);
  if (i < 0) throw new UserError('config-unit-tidak-ada', { kode }, EXIT.INVALID);
  return i;
}

/** An official named by e-mail (any case) or by exact name. */
function officialIndex(doc: Document, siapa: string): number {
  const list = seqItems(doc, 'pejabat');
  const i = list.findIndex((p) => String(p.get('email') ?? '').toLowerCase() === siapa.toLowerCase() || p.get('nama') === siapa);
  if (i < 0) throw new UserError('config-pejabat-tidak-ada', { siapa }, EXIT.INVALID);
  return i;
}

function applyEdit(doc: Document, e: ConfigEdit): void {
  switch (e.aksi) {
    case 'unit-add':
      if (seqItems(doc, 'unit').some((u) => u.get('kode') === e.kode)) throw new UserError('config-unit-sudah-ada', { kode: e.kode }, EXIT.INVALID);
      doc.addIn(['unit'], doc.createNode({ kode: e.kode, nama: e.nama }));
      return;
    case 'unit-rename': {
      const i = unitIndex(doc, e.kode);
      const old = String(doc.getIn(['unit', i, 'nama']));
      if (old === e.nama) return;
      doc.setIn(['unit', i, 'nama'], e.nama);
      const before = (doc.getIn(['unit', i, 'nama_lama']) as { toJSON?: () => unknown } | undefined)?.toJSON?.();
      doc.setIn(
        ['unit', i, 'nama_lama'],
        doc.createNode(
          [...(Array.isArray(before) ? before : []), old].filter((n) => n !== e.nama),
          { flow: true },
        ),
      );
      return;
    }
    case 'unit-remove':
      doc.deleteIn(['unit', unitIndex(doc, e.kode)]);
      return;
    case 'pejabat-add':
      doc.addIn(['pejabat'], doc.createNode({ ...e.pejabat, peran: doc.createNode(e.pejabat.peran, { flow: true }) }));
      return;
    case 'pejabat-remove':
      doc.deleteIn(['pejabat', officialIndex(doc, e.siapa)]);
      return;
    case 'pejabat-peran':
      doc.setIn(['pejabat', officialIndex(doc, e.siapa), 'peran'], doc.createNode(e.peran, { flow: true }));
      return;
    case 'set': {
      const path = e.kunci.split('.');
      if (NOT_SET.has(path[0]!) || path.some((p) => p === '')) throw new UserError('config-kunci-tidak-diubah', { kunci: e.kunci }, EXIT.USAGE);
      // The value as YAML reads it: "30" is a number, text stays text.
      doc.setIn(path, parseDocument(e.nilai).toJS() ?? e.nilai);
    }
  }
}

/** ppid.yaml's text after `edit`, checked as every command reads it; throws when it would not be. */
export function editConfigText(text: string, edit: ConfigEdit): { text: string; config: Config } {
  const doc = parseDocument(text);
  applyEdit(doc, edit);
  const next = doc.toString({ lineWidth: 0 });
  const config = parseConfig(next);
  // Somebody must still be able to change the settings and decree.
  if (!config.pejabat.some((p) => p.peran.includes('ppid-utama') && p.email)) throw new UserError('config-tanpa-ppid-utama', {}, EXIT.INVALID);
  return { text: next, config };
}
