/**
 * The order of events (docs/domain.md §6), an error when it is broken: consequence test ≤ the
 * head's approval ≤ determination, and a determination is void when its period had already
 * ended on its date. A record that says otherwise states something untrue in law. The SOP's
 * order of all the dated steps (test ≤ clarification ≤ opinion ≤ decree ≤ opening) is one table
 * below (`datedEvents`): refused when a step writes it broken, warned about in a record.
 */
import { STATUS_INFO, type Status } from '../domain/lifecycle.js';
import { isIsoDate } from './dates.js';
import { lastExemptDay, periodFacts } from './period.js';
import type { Data, Findings } from './finding.js';

export function checkEventOrder(data: Data, f: Findings, before?: Data): void {
  checkStepOrder(data, f, before);
  const uji = data.uji_konsekuensi?.tanggal;
  const ujiSetuju = data.uji_konsekuensi?.persetujuan_pimpinan?.tanggal;
  const pen = data.penetapan?.tanggal;
  const setuju = data.penetapan?.persetujuan_pimpinan?.tanggal;
  const test = isIsoDate(uji) ? uji : undefined;
  const decree = isIsoDate(pen) ? pen : undefined;

  if (test && decree && decree < test) f.err('penetapan-sebelum-uji', { penetapan: decree, uji: test }, ['penetapan', 'tanggal']);
  if (isIsoDate(ujiSetuju)) {
    if (test && ujiSetuju < test)
      f.err('persetujuan-uji-sebelum-uji', { persetujuan: ujiSetuju, uji: test }, ['uji_konsekuensi', 'persetujuan_pimpinan', 'tanggal']);
    if (decree && ujiSetuju > decree)
      f.err('persetujuan-setelah-penetapan', { persetujuan: ujiSetuju, penetapan: decree }, ['uji_konsekuensi', 'persetujuan_pimpinan', 'tanggal']);
  }
  if (isIsoDate(setuju)) {
    const at = ['penetapan', 'persetujuan_pimpinan', 'tanggal'];
    if (decree && setuju > decree) f.err('persetujuan-setelah-penetapan', { persetujuan: setuju, penetapan: decree }, at);
    if (test && setuju < test) f.err('persetujuan-sebelum-uji', { persetujuan: setuju, uji: test }, at);
  }

  // A determination cannot exempt what was public by law on its date (PP 61/2010 Pasal 11(3)).
  const status = data.status as Status | undefined;
  if (decree && status && (STATUS_INFO[status]?.berlaku || status === 'dibuka')) {
    const { berakhir } = periodFacts(data as Parameters<typeof periodFacts>[0]);
    if (berakhir !== undefined && berakhir <= decree) {
      f.err('penetapan-setelah-berakhir', { penetapan: decree, sampai: lastExemptDay(berakhir) }, ['penetapan', 'tanggal']);
    }
  }

  (Array.isArray(data.riwayat_klasifikasi) ? data.riwayat_klasifikasi : []).forEach((r, i) => {
    if (isIsoDate(r?.penetapan_tanggal) && isIsoDate(r?.diganti) && r.diganti < r.penetapan_tanggal) {
      f.err('riwayat-diganti-sebelum-penetapan', { diganti: r.diganti, penetapan: r.penetapan_tanggal }, ['riwayat_klasifikasi', i, 'diganti']);
    }
  });
  if (status && (STATUS_INFO[status]?.berlaku || status === 'dibuka')) checkReclassifications(data, f);
}

/** A dated event of the SOP, as the order rule names it (its words: EVENT_NAMES in src/i18n/diagnostic-messages.ts). */
export type Peristiwa =
  'uji' | 'klarifikasi' | 'pertimbangan' | 'penolakan' | 'penetapan' | 'pembukaan' | 'uji-lama' | 'penetapan-lama' | 'uji-ulang' | 'penetapan-ulang';

interface DatedEvent {
  peristiwa: Peristiwa;
  tanggal: string;
  at: Array<string | number>;
  ujung?: true;
}

/** The steps whose dates the SOP orders, in its order (docs/domain.md §2). */
interface SopEvent {
  peristiwa: 'uji' | 'klarifikasi' | 'pertimbangan' | 'penolakan' | 'penetapan' | 'pembukaan';
  /** The block whose `tanggal` it is. */
  blok: 'uji_konsekuensi' | 'klarifikasi' | 'pertimbangan' | 'penolakan' | 'penetapan' | 'pembukaan';
  /** Where a replaced classification keeps its date (`riwayat_klasifikasi`): each classification has its own. */
  riwayat?: 'uji_konsekuensi_tanggal' | 'penetapan_tanggal';
  /** A step of the first classification only: a reclassification takes no clarification or opinion again. */
  pertama?: true;
  /** After the last classification only. */
  akhir?: true;
  /** Ends the chain: the refusal is no event's predecessor. */
  ujung?: true;
}

// A table, one entry per line, reads best as it is written.
// prettier-ignore
const SOP_EVENTS: readonly SopEvent[] = [
  { peristiwa: 'uji', blok: 'uji_konsekuensi', riwayat: 'uji_konsekuensi_tanggal' }, // step 1
  { peristiwa: 'klarifikasi', blok: 'klarifikasi', pertama: true },                   // step 2
  { peristiwa: 'pertimbangan', blok: 'pertimbangan', pertama: true },                 // step 3
  { peristiwa: 'penolakan', blok: 'penolakan', pertama: true, ujung: true },          // or the refusal, instead of a decree
  { peristiwa: 'penetapan', blok: 'penetapan', riwayat: 'penetapan_tanggal' },        // the SK
  { peristiwa: 'pembukaan', blok: 'pembukaan', akhir: true },                         // step 4
];

/**
 * The dated events of a record, in the order of SOP_EVENTS for each classification in turn: the
 * replaced ones (`riwayat_klasifikasi`), then the one in force (PP 61/2010 Pasal 10). The first
 * classification's clarification and opinion stand between its test and its decree, however many
 * reclassifications followed. Absent and ill-typed dates are left out: a registration already in
 * force has no clarification or opinion, and only the dates present are compared. The approvals
 * are ordered by their own rules (checkEventOrder, opening-rules.ts).
 */
export function datedEvents(data: Data): DatedEvent[] {
  const riwayat = Array.isArray(data.riwayat_klasifikasi) ? data.riwayat_klasifikasi : [];
  const out: DatedEvent[] = [];
  for (let k = 0; k <= riwayat.length; k++) {
    const old = k < riwayat.length ? ((riwayat[k] ?? {}) as unknown as Record<string, unknown>) : undefined;
    for (const e of SOP_EVENTS) {
      if ((e.pertama && k > 0) || (e.akhir && old)) continue;
      const which = old && e.riwayat ? '-lama' : riwayat.length && e.riwayat ? '-ulang' : '';
      const [tanggal, at] =
        old && e.riwayat
          ? [old[e.riwayat], ['riwayat_klasifikasi', k, e.riwayat]]
          : [(data[e.blok] as { tanggal?: unknown } | undefined)?.tanggal, [e.blok, 'tanggal']];
      if (isIsoDate(tanggal)) out.push({ peristiwa: `${e.peristiwa}${which}` as Peristiwa, tanggal, at, ...(e.ujung ? { ujung: true as const } : {}) });
    }
  }
  return out;
}

/** One event dated before the one the SOP puts right before it. */
export interface OrderBreak {
  event: DatedEvent;
  before: DatedEvent;
}

/** What an event is, whichever classification it belongs to: a break is the same break after a reclassification renames it. */
const kind = (p: Peristiwa): string => p.replace(/-(lama|ulang)$/, '');
const CURRENT_TEST: readonly Peristiwa[] = ['uji', 'uji-ulang'];
const CURRENT_DECREE: readonly Peristiwa[] = ['penetapan', 'penetapan-ulang'];
const breakKey = (b: OrderBreak): string => `${kind(b.event.peristiwa)}@${b.event.tanggal}<${kind(b.before.peristiwa)}@${b.before.tanggal}`;

/**
 * Each event against the nearest earlier event the record has. Comparing neighbours only is
 * enough (the order is transitive), and keeps an old break from making every later step look
 * out of order: an opening is compared with the decree, not with an opinion dated after it.
 * The pairs the law itself orders are errors of their own and left out here: the decree before
 * its test (`penetapan-sebelum-uji`, below) and the opening before the decree
 * (`pembukaan-sebelum-penetapan`, opening-rules.ts).
 */
export function orderBreaks(data: Data): OrderBreak[] {
  const out: OrderBreak[] = [];
  let last: DatedEvent | undefined;
  for (const e of datedEvents(data)) {
    const own =
      last &&
      ((CURRENT_TEST.includes(last.peristiwa) && CURRENT_DECREE.includes(e.peristiwa)) ||
        (CURRENT_DECREE.includes(last.peristiwa) && e.peristiwa === 'pembukaan'));
    if (last && !own && e.tanggal < last.tanggal) out.push({ event: e, before: last });
    if (!e.ujung) last = e;
  }
  return out;
}

/**
 * The SOP's order over a record: a warning, as archives made before the rule may hold such
 * dates and a determined item's clarification and opinion cannot be corrected any more (docs/adr/0023);
 * an error where a step (`before`: the record as it stood) writes a date out of order.
 */
function checkStepOrder(data: Data, f: Findings, before: Data | undefined): void {
  const old = before ? new Set(orderBreaks(before).map(breakKey)) : undefined;
  for (const b of orderBreaks(data)) {
    const params = { peristiwa: b.event.peristiwa, tanggal: b.event.tanggal, sebelumnya: b.before.peristiwa, tanggal_sebelumnya: b.before.tanggal };
    if (old && !old.has(breakKey(b))) f.err('urutan-langkah', params, b.event.at);
    else f.warn('urutan-langkah', params, b.event.at);
  }
}

interface Classification {
  jangka_waktu?: unknown;
  penetapan?: string;
  /** Where a finding about it is said. */
  at: Array<string | number>;
}

/**
 * Each reclassification took over before the classification it replaced had ended, and left no
 * day between the two periods: on such a day the information was public by law (PP 61/2010
 * Pasal 11(3)), and what is public cannot be closed again by reclassifying it.
 */
function checkReclassifications(data: Data, f: Findings): void {
  const riwayat = Array.isArray(data.riwayat_klasifikasi) ? data.riwayat_klasifikasi : [];
  const chain: Classification[] = [
    ...riwayat.map((r, i) => ({
      jangka_waktu: r?.jangka_waktu,
      ...(isIsoDate(r?.penetapan_tanggal) ? { penetapan: r.penetapan_tanggal } : {}),
      at: ['riwayat_klasifikasi', i],
    })),
    { jangka_waktu: data.jangka_waktu, ...(isIsoDate(data.penetapan?.tanggal) ? { penetapan: data.penetapan!.tanggal } : {}), at: ['jangka_waktu'] },
  ];
  for (let i = 1; i < chain.length; i++) {
    const prev = chain[i - 1]!;
    const next = chain[i]!;
    if (!prev.jangka_waktu || typeof prev.jangka_waktu !== 'object') continue;
    const { berakhir } = periodFacts({ jangka_waktu: prev.jangka_waktu as never, ...(prev.penetapan ? { penetapan: { tanggal: prev.penetapan } } : {}) });
    if (berakhir === undefined || !next.penetapan) continue;
    const mulai = (next.jangka_waktu as { mulai?: unknown } | undefined)?.mulai;
    const start = isIsoDate(mulai) ? mulai : next.penetapan;
    if (next.penetapan >= berakhir) {
      f.err('reklasifikasi-setelah-terbuka', { penetapan: next.penetapan, terbuka: berakhir }, next.at);
    } else if (start > berakhir) {
      f.err('reklasifikasi-bercelah', { terbuka: berakhir, mulai: start, sampai: lastExemptDay(berakhir) }, next.at);
    }
  }
}
