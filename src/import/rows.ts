/**
 * Turning the data rows of a recognised DIK table into draft records, each problem located at
 * its sheet, row and column. Rows that only name a unit (tables grouped by unit) set the unit
 * of the rows under them; empty rows are skipped. Nothing here reads files or writes records.
 */
import { unitByText } from '../domain/units.js';
import type { JangkaWaktu } from '../domain/record.js';
import type { Config } from '../domain/config.js';
import { columnLetter, type ImportField, type Layout } from './layouts.js';
import { readLegalBasis } from './legal-basis.js';
import { readDate, readPeriod } from './period-text.js';
import { READ_BACK_COLUMNS, setAt } from '../export/register-columns.js';
import { STATUS_INFO, type Status } from '../domain/lifecycle.js';
import type { DiagnosticCode } from '../i18n/diagnostic-messages.js';

export interface CellProblem {
  severity: 'galat' | 'peringatan';
  code: DiagnosticCode;
  params: Record<string, string>;
  /** 1-based row and the column letter, as the spreadsheet shows them. */
  row: number;
  column?: string;
}

export interface DraftRow {
  row: number;
  data?: {
    judul: string;
    unit?: string;
    pasal17: string[];
    dasar_hukum: string[];
    konsekuensi_dibuka?: string;
    konsekuensi_ditutup?: string;
    jangka_waktu?: JangkaWaktu;
    catatan?: string;
  };
  problems: CellProblem[];
  /** A row of ppid's own register: the record's fields as exported, read back column by column. */
  fields?: Record<string, unknown>;
  /** A register row's cells in the columns ppid does not read back, by heading, with their column letter. */
  unread?: Array<{ judul: string; column: string; text: string }>;
  /** The status the register gave, when it cannot be brought back as it was. */
  statusSemula?: string;
  /** An opened or refused item's row: said and left out, unless it corrects an item already in the archive. */
  selesai?: CellProblem;
}

/** The unit a cell names: its code, its name, or the start of its name ("Badan Kepegawaian"). */
function unitNamed(config: Config, text: string): string | undefined {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/^([a-z]|[ivx]+|\d+)[.)]\s+/, '')
    .replace(/\s+/g, ' ');
  if (!t) return undefined;
  const exact = unitByText(config, t);
  if (exact) return exact.nama;
  const starts = config.unit.filter((x) => x.nama.toLowerCase().startsWith(t));
  return starts.length === 1 ? starts[0]!.nama : undefined;
}

export function draftRows(rows: ReadonlyArray<readonly string[]>, layout: Layout, config: Config, today: string, defaultUnit?: string): DraftRow[] {
  const out: DraftRow[] = [];
  let groupUnit = defaultUnit;
  const col = layout.columns;
  for (let r = layout.headerEnd + 1; r < rows.length; r++) {
    const row = rows[r]!;
    const cell = (f: ImportField) => (col[f] !== undefined ? (row[col[f]!] ?? '').trim() : '');
    const at = (f: ImportField) => (col[f] !== undefined ? columnLetter(col[f]!) : undefined);
    const filled = row.filter((c) => c.trim() !== '');
    if (filled.length === 0) continue;
    const problems: CellProblem[] = [];
    const rowNo = r + 1;
    // A row holding a single value heads a group of rows: the unit they belong to.
    if (filled.length === 1 && !cell('dasar_hukum') && !cell('jangka_waktu')) {
      const named = unitNamed(config, filled[0]!);
      groupUnit = named ?? filled[0]!.trim();
      if (!named)
        out.push({
          row: rowNo,
          problems: [
            {
              severity: 'peringatan',
              code: 'impor-unit-tidak-dikenal',
              params: { unit: groupUnit },
              row: rowNo,
              column: columnLetter(row.findIndex((c) => c.trim() !== '')),
            },
          ],
        });
      continue;
    }
    const judul = cell('judul');
    if (!judul) {
      problems.push({ severity: 'galat', code: 'impor-judul-kosong', params: {}, row: rowNo, ...(at('judul') ? { column: at('judul')! } : {}) });
      out.push({ row: rowNo, problems });
      continue;
    }
    const unitText = cell('unit');
    let unit = groupUnit;
    if (unitText) {
      // Also here a unit may be named by the start of its name.
      unit = unitNamed(config, unitText) ?? unitText;
      if (!unitNamed(config, unitText))
        problems.push({ severity: 'peringatan', code: 'impor-unit-tidak-dikenal', params: { unit: unitText }, row: rowNo, column: at('unit')! });
    }
    if (!unit) problems.push({ severity: 'galat', code: 'impor-unit-kosong', params: {}, row: rowNo });
    const basis = readLegalBasis(cell('dasar_hukum'));
    for (const w of basis.warnings)
      problems.push({ severity: basis.pasal17.length ? 'peringatan' : 'galat', code: w.code, params: w.params, row: rowNo, column: at('dasar_hukum')! });
    const period = readPeriod(cell('jangka_waktu'), today);
    for (const w of period.warnings)
      problems.push({ severity: period.jangka_waktu ? 'peringatan' : 'galat', code: w.code, params: w.params, row: rowNo, column: at('jangka_waktu')! });
    const dibuka = cell('dibuka');
    const ditutup = cell('ditutup');
    // A table without these columns at all is said once for the file, not on every row.
    if (at('dibuka') && !dibuka)
      problems.push({ severity: 'galat', code: 'impor-konsekuensi-kosong', params: { kolom: 'Dibuka' }, row: rowNo, column: at('dibuka')! });
    if (at('ditutup') && !ditutup)
      problems.push({ severity: 'galat', code: 'impor-konsekuensi-kosong', params: { kolom: 'Ditutup' }, row: rowNo, column: at('ditutup')! });
    const catatan = cell('keterangan');
    out.push({
      row: rowNo,
      data: {
        judul,
        ...(unit ? { unit } : {}),
        pasal17: basis.pasal17,
        dasar_hukum: basis.dasar_hukum,
        ...(dibuka ? { konsekuensi_dibuka: dibuka } : {}),
        ...(ditutup ? { konsekuensi_ditutup: ditutup } : {}),
        ...(period.jangka_waktu ? { jangka_waktu: period.jangka_waktu } : {}),
        ...(catatan ? { catatan } : {}),
      },
      problems,
    });
  }
  return out;
}

/**
 * Rows of ppid's own register, read by type: dates as dates, numbers as numbers, one statute
 * per line, codes separated by commas. Opened and refused items are not exempted information
 * and stay out; any other status comes back as proposed, or in force when a decree is given.
 */
export function draftRegisterRows(rows: ReadonlyArray<readonly string[]>, layout: Layout): DraftRow[] {
  const out: DraftRow[] = [];
  const types = new Map(READ_BACK_COLUMNS.map((c) => [c.path!, c.jenis]));
  for (let r = layout.headerEnd + 1; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.every((c) => c.trim() === '')) continue;
    const rowNo = r + 1;
    const problems: CellProblem[] = [];
    const fields: Record<string, unknown> = {};
    for (const [path, c] of layout.paths!) {
      const text = (row[c] ?? '').trim();
      if (!text) continue;
      const column = columnLetter(c);
      switch (types.get(path)) {
        case 'tanggal': {
          const iso = readDate(text.toLowerCase());
          if (iso) setAt(fields, path, iso);
          else problems.push({ severity: 'galat', code: 'impor-tanggal-tak-sah', params: { teks: text }, row: rowNo, column });
          break;
        }
        case 'angka':
          if (/^\d+$/.test(text)) setAt(fields, path, Number(text));
          else problems.push({ severity: 'galat', code: 'impor-bukan-angka', params: { teks: text }, row: rowNo, column });
          break;
        case 'kode':
          setAt(fields, path, text.split(/[,;\s]+/).filter(Boolean));
          break;
        case 'daftar':
          setAt(
            fields,
            path,
            text
              .split(/\r?\n/)
              .map((x) => x.trim())
              .filter(Boolean),
          );
          break;
        case 'ya':
          if (/^(ya|y|yes|true|1|x)$/i.test(text)) setAt(fields, path, true);
          break;
        default:
          setAt(fields, path, text);
      }
    }
    const unread = [...(layout.unread ?? [])].map(([judul, c]) => ({ judul, column: columnLetter(c), text: (row[c] ?? '').trim() }));
    const status = (layout.statusColumn !== undefined ? (row[layout.statusColumn] ?? '').trim() : '') as Status | '';
    if (status === 'dibuka' || status === 'ditolak') {
      // Not brought in as a new item; but the row of an item already here may correct it (the plan decides).
      const skip: CellProblem = {
        severity: 'peringatan',
        code: 'impor-status-dilewati',
        params: { status },
        row: rowNo,
        column: columnLetter(layout.statusColumn!),
      };
      out.push({ row: rowNo, problems: [], fields, unread, statusSemula: status, selesai: skip });
      continue;
    }
    if (!fields.judul)
      problems.push({
        severity: 'galat',
        code: 'impor-judul-kosong',
        params: {},
        row: rowNo,
        ...(layout.columns.judul !== undefined ? { column: columnLetter(layout.columns.judul) } : {}),
      });
    out.push({ row: rowNo, problems, fields, unread, ...(status && status in STATUS_INFO ? { statusSemula: status } : {}) });
  }
  return out;
}
