import type { Label } from './label.js';
/**
 * The forms an exemption period (jangka_waktu) can take — docs/domain.md §4.1.
 * The JSON Schema's `oneOf` is generated from this table and `classifyPeriod` reads it,
 * so editors and `ppid validate` cannot disagree about what a valid period is.
 */

export const PERIOD_FORMS = ['panjang-tetap', 'tanggal-akhir', 'setelah-peristiwa', 'hingga-peristiwa', 'hingga-persetujuan', 'tanpa-batas'] as const;
export type PeriodForm = (typeof PERIOD_FORMS)[number];

export type PeriodKey =
  'mulai' | 'tahun' | 'bulan' | 'sampai' | 'setelah' | 'tanggal_peristiwa' | 'hingga' | 'tinjau_ulang' | 'hingga_persetujuan' | 'tanpa_batas' | 'keterangan';

export interface PeriodFormSpec {
  readonly bentuk: PeriodForm;
  readonly label: Label;
  /** The key whose presence selects this form. */
  readonly penanda: PeriodKey;
  readonly wajib: readonly PeriodKey[];
  /** At least one of these must be present. */
  readonly salahSatu: readonly PeriodKey[];
  readonly boleh: readonly PeriodKey[];
}

/** Keys every form may carry: the wording as written in the source document, and a review date. */
const COMMON: readonly PeriodKey[] = ['keterangan', 'tinjau_ulang'];

export const PERIOD_FORM_SPECS: readonly PeriodFormSpec[] = [
  {
    bentuk: 'tanggal-akhir',
    label: { id: 'sampai tanggal tertentu', en: 'until a fixed date' },
    penanda: 'sampai',
    wajib: ['sampai'],
    salahSatu: [],
    boleh: ['mulai', ...COMMON],
  },
  {
    bentuk: 'setelah-peristiwa',
    label: { id: 'jangka waktu setelah suatu peristiwa', en: 'a length after an event' },
    penanda: 'setelah',
    wajib: ['setelah'],
    salahSatu: ['tahun', 'bulan'],
    boleh: ['tahun', 'bulan', 'tanggal_peristiwa', ...COMMON],
  },
  {
    bentuk: 'hingga-peristiwa',
    label: { id: 'hingga suatu peristiwa', en: 'until an event' },
    penanda: 'hingga',
    wajib: ['hingga', 'tinjau_ulang'],
    salahSatu: [],
    boleh: [...COMMON],
  },
  {
    bentuk: 'hingga-persetujuan',
    label: { id: 'hingga ada persetujuan tertulis', en: 'until written consent' },
    penanda: 'hingga_persetujuan',
    wajib: ['hingga_persetujuan'],
    salahSatu: [],
    boleh: [...COMMON],
  },
  {
    bentuk: 'tanpa-batas',
    label: { id: 'tanpa batas waktu', en: 'open-ended' },
    penanda: 'tanpa_batas',
    wajib: ['tanpa_batas'],
    salahSatu: [],
    boleh: [...COMMON],
  },
  // Checked last: `tahun`/`bulan` also appear in setelah-peristiwa.
  {
    bentuk: 'panjang-tetap',
    label: { id: 'jangka waktu tetap sejak tanggal mulai', en: 'a fixed length from a start date' },
    penanda: 'tahun',
    wajib: [],
    salahSatu: ['tahun', 'bulan'],
    boleh: ['tahun', 'bulan', 'mulai', ...COMMON],
  },
];

export const PERIOD_KEYS: readonly PeriodKey[] = [
  'mulai',
  'tahun',
  'bulan',
  'sampai',
  'setelah',
  'tanggal_peristiwa',
  'hingga',
  'tinjau_ulang',
  'hingga_persetujuan',
  'tanpa_batas',
  'keterangan',
];

export function formSpec(bentuk: PeriodForm): PeriodFormSpec {
  return PERIOD_FORM_SPECS.find((s) => s.bentuk === bentuk)!;
}

export type PeriodClassification =
  | { ok: true; spec: PeriodFormSpec }
  | { ok: false; masalah: 'kosong' }
  | { ok: false; masalah: 'ganda'; bentuk: PeriodForm[] }
  | { ok: false; masalah: 'kunci-asing'; spec: PeriodFormSpec; kunci: PeriodKey[] }
  | { ok: false; masalah: 'kurang'; spec: PeriodFormSpec; kunci: PeriodKey[] };

function selectorsPresent(jw: Record<string, unknown>): PeriodFormSpec[] {
  const has = (k: string) => jw[k] !== undefined && jw[k] !== null;
  const explicit = PERIOD_FORM_SPECS.filter((s) => s.bentuk !== 'panjang-tetap' && has(s.penanda));
  if (explicit.length > 0) return explicit;
  return has('tahun') || has('bulan') || has('mulai') ? [formSpec('panjang-tetap')] : [];
}

/** The keys each form may carry (made once: reports classify thousands of periods). */
const ALLOWED = new Map(PERIOD_FORM_SPECS.map((s) => [s, new Set<string>([...s.wajib, ...s.salahSatu, ...s.boleh])]));

/** Which form a `jangka_waktu` object takes, or exactly what is wrong with it. */
export function classifyPeriod(jw: Record<string, unknown>): PeriodClassification {
  const has = (k: string) => jw[k] !== undefined && jw[k] !== null;
  const forms = selectorsPresent(jw);
  if (forms.length === 0) return { ok: false, masalah: 'kosong' };
  if (forms.length > 1) return { ok: false, masalah: 'ganda', bentuk: forms.map((f) => f.bentuk) };
  const spec = forms[0]!;
  const allowed = ALLOWED.get(spec)!;
  const foreign = PERIOD_KEYS.filter((k) => has(k) && !allowed.has(k));
  if (foreign.length > 0) return { ok: false, masalah: 'kunci-asing', spec, kunci: foreign };
  const missing = spec.wajib.filter((k) => !has(k));
  if (spec.salahSatu.length > 0 && !spec.salahSatu.some(has)) missing.push(...spec.salahSatu);
  // An event-based length needs a review date until the event's date is known (docs/domain.md §4.1).
  if (spec.bentuk === 'setelah-peristiwa' && !has('tanggal_peristiwa') && !has('tinjau_ulang')) missing.push('tinjau_ulang');
  if (missing.length > 0) return { ok: false, masalah: 'kurang', spec, kunci: missing };
  return { ok: true, spec };
}
