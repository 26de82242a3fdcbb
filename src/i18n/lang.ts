/** The output language: Bahasa Indonesia by default, English with --lang en or LANG=en*. */
export type Lang = 'id' | 'en';

let current: Lang = 'id';

export function resolveLang(flag: string | undefined, env: NodeJS.ProcessEnv): Lang {
  const pick = (v: string | undefined): Lang | undefined =>
    v === undefined || v === '' ? undefined : v.toLowerCase().startsWith('en') ? 'en' : v.toLowerCase().startsWith('id') ? 'id' : undefined;
  return pick(flag) ?? pick(env.PPID_LANG) ?? (/^en/i.test(env.LC_ALL || env.LC_MESSAGES || env.LANG || '') ? 'en' : 'id');
}

export function setLang(l: Lang): void {
  current = l;
}

export function lang(): Lang {
  return current;
}

/** Fills `{name}` placeholders. */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (params[k] !== undefined ? String(params[k]) : m));
}
