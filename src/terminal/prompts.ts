/**
 * The terminal's questions (@inquirer/prompts) with their own words in the output language:
 * the library's key hints ("↑↓ navigate • ⏎ select") and its Yes/No are English. Typed "y" and
 * "n" are still taken.
 */
import { styleText } from 'node:util';
import { lang } from '../i18n/lang.js';

const KEY_WORDS: Record<string, string> = { navigate: 'pindah', select: 'pilih', all: 'semua', invert: 'balik' };

const keysHelpTip = (keys: [string, string][]): string =>
  keys.map(([key, action]) => `${styleText('bold', key)} ${styleText('dim', KEY_WORDS[action] ?? action)}`).join(styleText('dim', ' • '));

type Prompts = typeof import('@inquirer/prompts');

/** The prompts, asking in Bahasa Indonesia unless the output is English. */
export async function loadPrompts(): Promise<Prompts> {
  const p = await import('@inquirer/prompts');
  if (lang() === 'en') return p;
  return {
    ...p,
    select: ((config, context) => p.select({ ...config, theme: { style: { keysHelpTip } } }, context)) as Prompts['select'],
    checkbox: ((config, context) => p.checkbox({ ...config, theme: { style: { keysHelpTip } } }, context)) as Prompts['checkbox'],
    confirm: ((config, context) =>
      p.confirm(
        { ...config, theme: { keywords: { yes: 'Ya', no: 'Tidak', error: ({ yes, no }: { yes: string; no: string }) => `jawab "${yes}" atau "${no}"` } } },
        context,
      )) as Prompts['confirm'],
  };
}
