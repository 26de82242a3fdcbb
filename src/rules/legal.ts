/**
 * The legal rules of docs/domain.md §5–6 over one record, beyond what the JSON Schema can say.
 * Each finding is a catalogued diagnostic located in the record's YAML. What depends on today
 * (dates in the future) or on other records (information opened before) is not here: those
 * are today.ts and reopened.ts, so that what this says of a record can be kept in the cache.
 */
import { lettersOf } from '../domain/pasal17.js';
import { ARCHIVE_FORMAT, type Config } from '../domain/config.js';
import type { Diagnostic } from '../diagnostics.js';
import type { YamlSource } from '../yaml/source.js';
import type { WorkingCalendar } from './working-days.js';
import { isIsoDate } from './dates.js';
import { periodFacts } from './period.js';
import { findings, type Data, type Findings } from './finding.js';
import { checkPeriodRules } from './period-rules.js';
import { checkLetterRules } from './letter-rules.js';
import { checkEventOrder } from './event-order.js';
import { checkOpeningRules } from './opening-rules.js';
import { checkDeterminationRecord } from './determination.js';
import { checkTextFields } from './text-fields.js';

export interface RuleContext {
  config?: Config;
  /** The archive's working days: an opening's reason is judged by them (PP 61/2010 Pasal 11(2)). */
  calendar?: WorkingCalendar;
  /** The record as it stood before the step that writes this one: a date the step puts out of the SOP's order is refused (event-order.ts). */
  before?: Data;
}

const NEVER_EXEMPT = [/putusan\s+(badan\s+)?peradilan/i, /putusan\s+pengadilan/i, /penghentian\s+(penyidikan|penuntutan)/i, /\bSP3\b/];

function checkRest(data: Data, config: Config | undefined, f: Findings): void {
  if (typeof data.judul === 'string' && NEVER_EXEMPT.some((re) => re.test(data.judul as string))) {
    f.warn('pasal18-tidak-dapat-dikecualikan', {}, ['judul']);
  }
  if (config && typeof data.unit === 'string') {
    const u = data.unit;
    if (!config.unit.some((x) => x.nama === u || x.kode === u || x.nama_lama?.includes(u))) f.warn('unit-tidak-dikenal', { unit: u }, ['unit']);
  }
  // Partial exemption (Pasal 22(7)(e)): what is given out is the blacked-out copy.
  const kinds = Array.isArray(data.lampiran) ? data.lampiran.map((l) => l?.jenis) : [];
  if (data.cakupan === 'sebagian' && kinds.includes('dokumen') && !kinds.includes('dokumen-disamarkan')) {
    f.warn('sebagian-tanpa-salinan-disamarkan', {}, ['lampiran']);
  }
  // Under format 1 `sampai` meant the first public day, so the computation below would be a day late for every such item.
  if (config && config.versi !== ARCHIVE_FORMAT) return;
  const stored = data.klarifikasi?.berakhir;
  const computed = periodFacts(data as Parameters<typeof periodFacts>[0]).berakhir;
  if (isIsoDate(stored) && computed && stored !== computed)
    f.warn('berakhir-tidak-cocok', { tercatat: stored, hitungan: computed }, ['klarifikasi', 'berakhir']);
}

export function checkRecordRules(data: Data, src: YamlSource, ctx: RuleContext = {}): Diagnostic[] {
  const out: Diagnostic[] = [];
  const f = findings(src, out);
  const hs = Array.isArray(data.pasal17) ? lettersOf(data.pasal17) : [];
  checkTextFields(data, f);
  checkPeriodRules(data, hs, f);
  checkLetterRules(data, hs, ctx.config, f);
  checkEventOrder(data, f, ctx.before);
  checkOpeningRules(data, hs, ctx.calendar, f);
  checkDeterminationRecord(data, ctx.config, f);
  checkRest(data, ctx.config, f);
  return out;
}
