/**
 * The questions `ppid add` asks on a terminal, in the output language, for whatever the
 * flags and --from file left open; then the whole record as a summary, and Simpan / Ubah
 * jawaban / Batal. Answers are checked as they are typed where a check is cheap (dates,
 * numbers); the full schema and legal rules run on the whole record under the summary, and
 * again when it is written, as for any input.
 */
import type { Config } from '../domain/config.js';
import type { Diagnostic } from '../diagnostics.js';
import { diagnosticText } from '../i18n/diagnostic-messages.js';
import { ui } from '../i18n/ui-messages.js';
import { Dibatalkan, pilih, T } from '../terminal/prompts.js';
import {
  askBagian,
  askCakupan,
  askDasarHukum,
  askJudul,
  askPasal17,
  askPeriod,
  askUjiDibuka,
  askUjiDitutup,
  askUjiTanggal,
  askUnit,
  type AskContext,
  type Data,
} from './add-questions.js';
import { askPenetapan } from './add-decree-questions.js';
import { periodSummary, statusSummary, summaryText } from './add-summary.js';

const uji = (d: Data, k: string): unknown => (d.uji_konsekuensi as Record<string, unknown> | undefined)?.[k];
const text = (v: unknown): string => (Array.isArray(v) ? v.join('; ') : v === undefined ? '' : String(v));

interface Question {
  /** As the officer finds it in the list of answers to change. */
  label: () => string;
  /** The record's key it answers: a problem found there points the officer to this question. */
  field: string;
  /** The current answer, in a few words, next to the label in that list. */
  value: (d: Data) => string;
  /** Asked in the first round only when this is true: the flags or --from file did not give it. */
  missing: (d: Data) => boolean;
  /** Offered for change (the parts blacked out only when part of the document is exempt). */
  applies?: (d: Data) => boolean;
  ask: (d: Data, c: AskContext) => Promise<void>;
}

/** In the order they are asked, which is also the summary's order. */
const QUESTIONS: readonly Question[] = [
  {
    label: () => T('Informasi yang dikecualikan', 'Exempted information'),
    field: 'judul',
    value: (d) => text(d.judul),
    missing: (d) => d.judul === undefined,
    ask: askJudul,
  },
  { label: () => T('Unit kerja', 'Work unit'), field: 'unit', value: (d) => text(d.unit), missing: (d) => d.unit === undefined, ask: askUnit },
  {
    label: () => T('Dasar pengecualian (Pasal 17)', 'Grounds (Pasal 17)'),
    field: 'pasal17',
    value: (d) => text(d.pasal17),
    missing: (d) => d.pasal17 === undefined,
    ask: askPasal17,
  },
  {
    label: () => T('Dasar hukum', 'Legal basis'),
    field: 'dasar_hukum',
    value: (d) => text(d.dasar_hukum),
    missing: (d) => d.dasar_hukum === undefined,
    ask: (d, c) => askDasarHukum(d, c),
  },
  {
    label: () => T('Tanggal uji konsekuensi', 'Date of the consequence test'),
    field: 'uji_konsekuensi.tanggal',
    value: (d) => text(uji(d, 'tanggal')),
    missing: (d) => uji(d, 'tanggal') === undefined,
    ask: askUjiTanggal,
  },
  {
    label: () => T('Konsekuensi bila dibuka', 'Consequence if opened'),
    field: 'uji_konsekuensi.konsekuensi_dibuka',
    value: (d) => text(uji(d, 'konsekuensi_dibuka')),
    missing: (d) => uji(d, 'konsekuensi_dibuka') === undefined,
    ask: askUjiDibuka,
  },
  {
    label: () => T('Konsekuensi bila ditutup', 'Consequence if closed'),
    field: 'uji_konsekuensi.konsekuensi_ditutup',
    value: (d) => text(uji(d, 'konsekuensi_ditutup')),
    missing: (d) => uji(d, 'konsekuensi_ditutup') === undefined,
    ask: askUjiDitutup,
  },
  { label: () => T('Jangka waktu', 'Period'), field: 'jangka_waktu', value: periodSummary, missing: (d) => d.jangka_waktu === undefined, ask: askPeriod },
  {
    label: () => T('Cakupan', 'Scope'),
    field: 'cakupan',
    value: (d) => (d.cakupan === 'sebagian' ? T('sebagian', 'part') : d.cakupan === 'seluruh' ? T('seluruh dokumen', 'the whole document') : ''),
    missing: (d) => d.cakupan === undefined,
    ask: askCakupan,
  },
  {
    label: () => T('Bagian yang dikecualikan', 'Exempted parts'),
    field: 'bagian_dikecualikan',
    value: (d) => text(d.bagian_dikecualikan),
    missing: (d) => d.cakupan === 'sebagian' && d.bagian_dikecualikan === undefined,
    applies: (d) => d.cakupan === 'sebagian',
    ask: askBagian,
  },
];

/** "Sudah ditetapkan?" is asked once: "tidak" leaves no trace in the data, so it is not in the round above. */
const DECREE: Question = {
  label: () => T('Sudah ditetapkan? (surat penetapan)', 'Already determined? (the decree)'),
  field: 'penetapan',
  value: statusSummary,
  missing: () => false,
  ask: askPenetapan,
};

type Action = 'simpan' | 'ubah' | 'batal';

/** The problems the whole check finds in the answers (`ppid add` passes its own check of the record it would write). */
export type CheckAnswers = (d: Data) => Diagnostic[];

/** The problems under the summary, as the officer reads them: the message, the field, the hint. */
function problemsText(problems: readonly Diagnostic[]): string {
  if (problems.length === 0) return '';
  const lines = problems.map((p) => {
    const { pesan, saran } = diagnosticText(p.code, p.params);
    return `  ${ui(p.severity)}: ${pesan}${p.field ? ` (${p.field})` : ''}` + (saran ? `\n    ${ui('saran')}: ${saran}` : '');
  });
  return `${T('Periksa sebelum menyimpan:', 'Check before saving:')}\n${lines.join('\n')}\n\n`;
}

/** Whether a problem's field (`jangka_waktu.tahun`, `pasal17[1]`) is the one a question answers. */
const answers = (q: Question, field: string | undefined) =>
  field !== undefined && (field === q.field || field.startsWith(`${q.field}.`) || field.startsWith(`${q.field}[`));

export async function askMissing(data: Data, config: Config, today: string, print: (s: string) => void, check: CheckAnswers = () => []): Promise<Data> {
  const d: Data = { ...data };
  // A unit given by its code is shown, and stored, by its name.
  const unit = config.unit.find((u) => u.kode === d.unit);
  if (unit) d.unit = unit.nama;
  const first: AskContext = { config, today, change: false };
  for (const q of QUESTIONS) if (q.missing(d)) await q.ask(d, first);
  if (d.penetapan === undefined) await DECREE.ask(d, first);
  const change: AskContext = { ...first, change: true };
  for (;;) {
    const problems = check(d);
    const errors = problems.filter((p) => p.severity === 'galat');
    print(summaryText(d) + problemsText(problems));
    // Saving answers the check refuses would only end in "nothing written" and the answers lost: the officer changes them first.
    const action = await pilih<Action>(
      T('Simpan butir ini?', 'Save this item?'),
      [
        {
          name: T('Simpan', 'Save'),
          value: 'simpan',
          ...(errors.length ? { disabled: T('(perbaiki dulu galat di atas)', '(fix the errors above first)') } : {}),
        },
        { name: T('Ubah jawaban', 'Change an answer'), value: 'ubah' },
        { name: T('Batal (tidak ada yang ditulis)', 'Cancel (nothing is written)'), value: 'batal' },
      ],
      errors.length ? 'ubah' : 'simpan',
    );
    if (action === 'simpan') return d;
    if (action === 'batal') throw new Dibatalkan();
    const q = await chooseQuestion(d, errors[0]?.field);
    if (!q) continue;
    await q.ask(d, change);
    // An answer the change made necessary (the parts, once part of the document is exempt) is asked now.
    for (const dep of QUESTIONS) if (dep.missing(d)) await dep.ask(d, first);
  }
}

/** Which answer to change, each shown with its current value, the first one with a problem under the cursor; "kembali" goes back to the summary. */
async function chooseQuestion(d: Data, problemField: string | undefined): Promise<Question | undefined> {
  const shown = [...QUESTIONS.filter((q) => q.applies?.(d) ?? true), DECREE];
  const short = (v: string) => (v.length > 50 ? `${v.slice(0, 49)}\u2026` : v);
  const BACK = -1;
  const i = await pilih<number>(
    T('Jawaban mana yang diubah?', 'Which answer to change?'),
    [
      ...shown.map((q, n) => ({ name: `${q.label()}: ${short(q.value(d))}`, value: n })),
      { name: T('(kembali ke ringkasan)', '(back to the summary)'), value: BACK },
    ],
    Math.max(
      0,
      shown.findIndex((q) => answers(q, problemField)),
    ),
    14,
  );
  return i === BACK ? undefined : shown[i];
}
