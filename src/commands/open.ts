/**
 * `ppid open ID… --alasan …` — SOP step 4: the item becomes public information, with the
 * head's approval, for a reason that is true on the day (docs/domain.md §6). An item whose period
 * already ended is public by law (PP 61/2010 Pasal 11(3)); opening it records that, dated the
 * day after its last exempt day, and no other reason can be given for it.
 */
import type { Io } from '../terminal/io.js';
import { runStep, type StepItem } from '../workflow/step.js';
import { lastExemptDay, periodFacts } from '../rules/period.js';
import { lettersOutsideReason, tooEarlyForExpiry } from '../rules/opening-rules.js';
import type { WorkingCalendar } from '../rules/working-days.js';
import { lettersOf } from '../domain/pasal17.js';
import {
  ALASAN_HANYA_HURUF,
  ALASAN_PEMBUKAAN_DIPILIH,
  ALASAN_WAJIB_DASAR,
  ALASAN_PEMBUKAAN_TEKS,
  type AlasanPembukaan,
  type Lampiran,
  type RecordData,
} from '../domain/record.js';
import { attachmentPath, fileFacts, isPdf } from '../archive/attachments.js';
import { longDate } from '../reports/text.js';
import { ui } from '../i18n/ui-messages.js';
import { EXIT, UserError } from '../errors.js';
import { openArchive, stepDay, type CommonOptions } from './context.js';
import { approvalFromFlags, prune, type ApprovalFlags } from './record-flags.js';
import { reportStep } from './step-output.js';
import { readAttachmentSource } from './attach.js';

export interface OpenOptions extends CommonOptions, ApprovalFlags {
  alasan?: AlasanPembukaan;
  tanggal?: string;
  dasar?: string;
  /** Written consent (UU 14/2008 Pasal 18(2)(a)): who, when, the letter, for what, and that the item is about that person alone. */
  pemberiPersetujuan?: string;
  tanggalSuratPersetujuan?: string;
  suratPersetujuan?: string;
  keperluan?: string;
  satuOrang?: boolean;
}

/** The reasons that could be true for this item on `tanggal`, worded as the option takes them. */
function possibleReasons(item: StepItem, tanggal: string, cal: WorkingCalendar): string {
  const hs = lettersOf(item.data.pasal17);
  const { berakhir } = periodFacts(item.data);
  const ok = ALASAN_PEMBUKAAN_DIPILIH.filter(
    (a) =>
      lettersOutsideReason(a, hs).length === 0 && (a !== 'jangka-waktu-berakhir' || (berakhir !== undefined && !tooEarlyForExpiry(cal, berakhir, tanggal))),
  );
  return ok.join(', ');
}

/** The refusal of "the period ends" before the Pasal 11(2) window, with what can be done and how sure the window's start is. */
function tooEarly(item: StepItem, when: { tanggal: string; today: string }, berakhir: string, mulai: string, cal: WorkingCalendar, boleh: string): UserError {
  const uncovered = cal.uncoveredYears(mulai, berakhir);
  const m = longDate(mulai);
  return new UserError('alasan-terlalu-dini', {
    id: item.id,
    tanggal: longDate(when.tanggal),
    sampai: longDate(lastExemptDay(berakhir)),
    mulai: m,
    boleh,
    // Decided in the window but recorded late: the day is what is wrong, not the reason.
    langkah: ui(when.today >= mulai ? 'alasan-terlalu-dini.tanggal' : 'alasan-terlalu-dini.tunggu', { mulai: m }),
    kalender: uncovered.length ? ui('alasan-terlalu-dini.kalender', { tahun: uncovered.join(', '), mulai: m }) : '',
  });
}

/** The reason given, checked against the item and the day: a false reason is refused with those that could apply. */
function checkReason(item: StepItem, alasan: AlasanPembukaan | undefined, when: { tanggal: string; today: string }, cal: WorkingCalendar): AlasanPembukaan {
  const { tanggal } = when;
  const boleh = possibleReasons(item, tanggal, cal);
  if (!alasan) throw new UserError('alasan-wajib', { id: item.id, boleh }, EXIT.USAGE);
  const bad = lettersOutsideReason(alasan, lettersOf(item.data.pasal17));
  if (bad.length > 0) {
    throw new UserError('alasan-bukan-huruf', {
      id: item.id,
      alasan: ALASAN_PEMBUKAAN_TEKS[alasan],
      huruf: bad.join(', '),
      dasar: ALASAN_HANYA_HURUF[alasan]!.dasar,
    });
  }
  if (alasan === 'jangka-waktu-berakhir') {
    const { berakhir } = periodFacts(item.data);
    if (berakhir === undefined) throw new UserError('alasan-tanpa-akhir', { id: item.id, boleh });
    const mulai = tooEarlyForExpiry(cal, berakhir, tanggal);
    if (mulai) throw tooEarly(item, when, berakhir, mulai, cal, boleh);
  }
  return alasan;
}

type ConsentRecord = NonNullable<NonNullable<RecordData['pembukaan']>['persetujuan_tertulis']>;

/** The consent letter, read (and checked to be a PDF) before the step, as the step itself is synchronous. */
function readLetter(io: Io, opts: OpenOptions): { name: string; buf: Buffer } | undefined {
  if (opts.alasan !== 'persetujuan-tertulis' || !opts.suratPersetujuan) return undefined;
  const letter = readAttachmentSource(io.cwd, opts.suratPersetujuan);
  if (!isPdf(letter.buf)) throw new UserError('bukan-pdf', { berkas: opts.suratPersetujuan }, EXIT.INVALID);
  return letter;
}

/** Written consent, once it is the reason given for this item: who gave it and the letter are required. */
function consentFor(item: StepItem, opts: OpenOptions, letter: { name: string; buf: Buffer } | undefined): ConsentRecord {
  if (!opts.pemberiPersetujuan || !opts.tanggalSuratPersetujuan || !letter) throw new UserError('persetujuan-tertulis-kurang', { id: item.id }, EXIT.USAGE);
  // Consent opens one person's information: an item about others too stays exempt (docs/adr/0003).
  if (!opts.satuOrang) throw new UserError('persetujuan-tertulis-banyak-orang', { id: item.id, nama: opts.pemberiPersetujuan }, EXIT.INVALID);
  return prune({ nama: opts.pemberiPersetujuan, tanggal: opts.tanggalSuratPersetujuan, keperluan: opts.keperluan, satu_orang: true as const }) as ConsentRecord;
}

export async function run(io: Io, ids: string[], opts: OpenOptions): Promise<number> {
  const today = await stepDay(opts, io.env, io.cwd);
  const a = await openArchive(io, opts);
  const approval = approvalFromFlags(opts, a.config);
  const letter = readLetter(io, opts);
  const letters = new Map<string, Lampiran>();
  const result = await runStep(a.root, a.config, 'open', {
    ids,
    today,
    change: (item, ctx) => {
      const { berakhir } = periodFacts(item.data);
      // The day the opening was decided: today, or an earlier day recorded now (never before the decree).
      const tanggal = opts.tanggal ?? today;
      const penetapan = item.data.penetapan?.tanggal ?? '';
      if (tanggal > today || tanggal < penetapan)
        throw new UserError('pembukaan-tanggal-salah', { id: item.id, tanggal, penetapan, hari_ini: today }, EXIT.INVALID);
      if (berakhir !== undefined && berakhir <= tanggal) {
        // Public by law since `berakhir`: that is what is recorded, whatever else is said now.
        if (opts.alasan && opts.alasan !== 'jangka-waktu-berakhir') {
          throw new UserError('alasan-sudah-demi-hukum', { id: item.id, tanggal: longDate(berakhir), alasan: ALASAN_PEMBUKAAN_TEKS[opts.alasan] });
        }
        return { ...item.data, status: 'dibuka', pembukaan: { tanggal: berakhir, alasan: 'jangka-waktu-berakhir', demi_hukum: true } };
      }
      const alasan = checkReason(item, opts.alasan, { tanggal, today }, ctx.calendar);
      if (ALASAN_WAJIB_DASAR.includes(alasan) && !opts.dasar?.trim())
        throw new UserError('dasar-wajib', { id: item.id, alasan: ALASAN_PEMBUKAAN_TEKS[alasan] }, EXIT.USAGE);
      if (!approval?.nama || !approval.jabatan || !approval.tanggal) throw new UserError('persetujuan-wajib', { id: item.id }, EXIT.INVALID);
      const consent = alasan === 'persetujuan-tertulis' ? consentFor(item, opts, letter) : undefined;
      const lampiran = [...(item.data.lampiran ?? [])];
      if (consent && letter) {
        const l: Lampiran = {
          jenis: 'persetujuan-tertulis',
          berkas: attachmentPath(a.root, item.id, letter.name, letter.buf),
          ...fileFacts(letter.buf, letter.name),
        };
        letters.set(item.id, l);
        lampiran.push(l);
      }
      return {
        ...item.data,
        status: 'dibuka',
        ...(lampiran.length ? { lampiran } : {}),
        pembukaan: prune({ tanggal, alasan, dasar: opts.dasar, persetujuan_pimpinan: approval, persetujuan_tertulis: consent }) as RecordData['pembukaan'],
      };
    },
    extraWrites: () => (letter ? [...letters.values()].map((l) => ({ path: l.berkas, content: letter.buf })) : []),
  });
  return reportStep(io, opts, 'open', result, (i) =>
    i.data.pembukaan!.demi_hukum ? ui('open.demi-hukum', { tanggal: longDate(i.data.pembukaan!.tanggal) }) : ALASAN_PEMBUKAAN_TEKS[i.data.pembukaan!.alasan],
  );
}
