/**
 * Every question ppid asks on a terminal goes through these wrappers of @inquirer/prompts, so
 * that all of them speak the output language: "ya"/"tidak" for a yes-or-no question (typed and
 * shown so), Indonesian key hints under a list, and no single-letter shortcuts that would act
 * when the officer meant to type a letter.
 */
import { confirm, input, search, select, Separator } from '@inquirer/prompts';
import { styleText } from 'node:util';
import { lang } from '../i18n/lang.js';

export const T = (id: string, en: string): string => (lang() === 'en' ? en : id);

/** The officer ended the questions (Batal, or Ctrl-C): nothing is written. */
export class Dibatalkan extends Error {
  constructor() {
    super('dibatalkan');
  }
}

/** Whether an error means "the officer stopped", not a fault: inquirer's Ctrl-C and closed-terminal errors, or Batal. */
export function isCancelled(e: unknown): boolean {
  return e instanceof Dibatalkan || (e instanceof Error && (e.name === 'ExitPromptError' || e.name === 'AbortPromptError'));
}

const keysTip = (keys: Array<[string, string]>) => keys.map(([k, what]) => `${styleText('bold', k)} ${styleText('dim', what)}`).join(styleText('dim', ' • '));

/**
 * A yes-or-no question. In Indonesian the officer types "ya"/"y" or "tidak"/"t" (inquirer also
 * takes "n"), sees "(Ya/tidak)" with the default capitalised, and the answer is shown as "ya" or
 * "tidak"; in English, "yes"/"no".
 */
export function yaTidak(message: string, dflt: boolean): Promise<boolean> {
  const [yes, no] = lang() === 'en' ? ['yes', 'no'] : ['ya', 'tidak'];
  const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);
  const hint = dflt ? `${cap(yes)}/${no}` : `${yes}/${cap(no)}`;
  return confirm({
    message,
    default: dflt,
    theme: {
      keywords: { yes, no, error: () => T(`jawab "${yes}" atau "${no}"`, `answer "${yes}" or "${no}"`) },
      // inquirer's hint shows only first letters ("y/t"); the whole words say what to type.
      style: { defaultAnswer: () => styleText('dim', `(${hint})`) },
    },
  });
}

export interface Choice<V> {
  name: string;
  value: V;
  short?: string;
  disabled?: boolean | string;
}

/** One of a short list, chosen with the arrow keys. */
export function pilih<V>(message: string, choices: ReadonlyArray<Choice<V>>, dflt?: V, pageSize = 12): Promise<V> {
  return select<V>({
    message,
    choices,
    pageSize,
    loop: false,
    ...(dflt !== undefined ? { default: dflt } : {}),
    theme: {
      style: {
        keysHelpTip: () =>
          keysTip([
            [`\u2191\u2193`, T('pindah', 'move')],
            ['\u23ce', T('pilih', 'choose')],
          ]),
      },
      i18n: { disabledError: T('pilihan ini tidak dapat dipilih', 'this choice cannot be taken') },
    },
  });
}

/**
 * One of a long list, narrowed by what the officer types. `find` returns the matching choices;
 * when none match, the list says so in the output language (inquirer's own message is English).
 */
export function cari<V>(message: string, find: (term: string) => ReadonlyArray<Choice<V>>, dflt?: V, pageSize = 10): Promise<V> {
  return search<V>({
    message,
    pageSize,
    ...(dflt !== undefined ? { default: dflt } : {}),
    source: (term) => {
      const found = find(term ?? '');
      return found.length
        ? found
        : [new Separator(T(`tidak ada yang cocok dengan "${term}" — hapus atau ganti kata`, `nothing matches "${term}" — delete or change a word`))];
    },
    theme: {
      style: {
        keysHelpTip: () =>
          keysTip([
            [T('ketik', 'type'), T('untuk mencari', 'to search')],
            [`\u2191\u2193`, T('pindah', 'move')],
            ['\u23ce', T('pilih', 'choose')],
          ]),
      },
    },
  });
}

export interface IsiOptions {
  default?: string;
  /** The old answer is put on the line to be edited, not only offered (when an answer is changed). */
  edit?: boolean;
  validate?: (v: string) => true | string;
}

/** A line of text, trimmed. */
export async function isi(message: string, o: IsiOptions = {}): Promise<string> {
  const answer = await input({
    message,
    ...(o.default !== undefined && o.default !== '' ? { default: o.default } : {}),
    ...(o.edit ? { prefill: 'editable' as const } : {}),
    ...(o.validate ? { validate: o.validate } : {}),
  });
  return answer.trim();
}

export const required = (v: string): true | string => (v.trim() ? true : T('wajib diisi', 'required'));
