/**
 * The output language: Bahasa Indonesia by default; English with --lang en, PPID_LANG=en or
 * LANG=en*; otherwise the archive's own `bahasa` setting.
 */
export type Lang = 'id' | 'en';

let current: Lang = 'id';
let chosenByUser = false;

function pick(v: string | undefined): Lang | undefined {
  if (v === undefined || v === '') return undefined;
  const s = v.toLowerCase();
  return s.startsWith('en') ? 'en' : s.startsWith('id') ? 'id' : undefined;
}

export function resolveLang(flag: string | undefined, env: NodeJS.ProcessEnv): { lang: Lang; explicit: boolean } {
  const explicit = pick(flag) ?? pick(env.PPID_LANG) ?? (/^en/i.test(env.LC_ALL || env.LC_MESSAGES || env.LANG || '') ? 'en' : undefined);
  return { lang: explicit ?? 'id', explicit: explicit !== undefined };
}

/**
 * A language asked for by name (`--lang`, PPID_LANG) that ppid does not speak: which and how.
 * LANG and LC_* describe the whole system, so there any other language quietly means Indonesian.
 */
export function unknownLang(flag: string | undefined, env: NodeJS.ProcessEnv): { opsi: string; nilai: string } | undefined {
  if (flag !== undefined && pick(flag) === undefined) return { opsi: '--lang', nilai: flag };
  if (flag === undefined && env.PPID_LANG && pick(env.PPID_LANG) === undefined) return { opsi: 'PPID_LANG', nilai: env.PPID_LANG };
  return undefined;
}

export function setLang(l: Lang, explicit = true): void {
  current = l;
  chosenByUser = explicit;
}

/** The archive's `bahasa` applies only when the user chose no language. */
export function setArchiveLang(l: Lang | undefined): void {
  if (!chosenByUser && l) current = l;
}

export function lang(): Lang {
  return current;
}

/** Fills `{name}` placeholders, and `{n|item|items}` with the word for that many (English has a singular). */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template
    .replace(/\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g, (m, k: string, one: string, many: string) =>
      params[k] === undefined ? m : Number(params[k]) === 1 ? one : many,
    )
    .replace(/\{(\w+)\}/g, (m, k: string) => (params[k] !== undefined ? String(params[k]) : m));
}
