/**
 * commander in the output language: its help titles and terms, its error messages, and the
 * `--lang` flag read before commander parses anything (the help is laid out in that language).
 */
import { createRequire } from 'node:module';
import type * as CommanderModule from 'commander';
import { lang } from '../i18n/lang.js';
import { HELP_LAYOUT } from './help-layout.js';

// commander is CommonJS: required directly it skips the ESM wrapper and Node's scan of its
// source for export names, a measurable share of `ppid --help`'s start-up.
export const commander = createRequire(import.meta.url)('commander') as typeof CommanderModule;
const { Help } = commander;

/** A text in the output language: Bahasa Indonesia, or English. */
export const T = (id: string, en: string): string => (lang() === 'en' ? en : id);

export function langFromArgv(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--lang') return argv[i + 1];
    if (a.startsWith('--lang=')) return a.slice('--lang='.length);
  }
  return undefined;
}

/** commander's titles in Bahasa Indonesia. */
const TITLES: Record<string, string> = {
  'Usage:': 'Penggunaan:',
  'Options:': 'Opsi:',
  'Commands:': 'Perintah:',
  'Arguments:': 'Argumen:',
  'Global Options:': 'Opsi global:',
};
const idTerm = (s: string) => s.replace('[options]', '[opsi]').replace('[command]', '[perintah]');

/**
 * commander's own words in help, in Bahasa Indonesia. They are put in as the help is laid out,
 * not replaced afterwards: the columns are measured on the words that are printed.
 */
export const HELP_ID: Partial<CommanderModule.Help> = {
  styleTitle: (s) => TITLES[s] ?? s,
  subcommandTerm(cmd) {
    return idTerm(HELP_LAYOUT.subcommandTerm!.call(this, cmd));
  },
  commandUsage(cmd) {
    return idTerm(Help.prototype.commandUsage.call(this, cmd));
  },
  optionDescription(option) {
    return Help.prototype.optionDescription.call(this, option).replace('(default: ', '(bawaan: ').replace('(choices: ', '(pilihan: ');
  },
  argumentDescription(argument) {
    return Help.prototype.argumentDescription.call(this, argument).replace('(default: ', '(bawaan: ').replace('(choices: ', '(pilihan: ');
  },
};

/**
 * Every message commander itself can print on a command line ppid declares, in Bahasa
 * Indonesia: the pattern of its English words (commander 14, lib/command.js and
 * lib/suggestSimilar.js) and ours. A message not in this table keeps its words but says "galat".
 */
const who = (s: string) => s.replace(/^option '/, "opsi '").replace(/^environment variable '/, "variabel lingkungan '");
const ERRORS_ID: ReadonlyArray<readonly [RegExp, string | ((...m: string[]) => string)]> = [
  [/^error: unknown option '(.+)'/m, "galat: opsi tidak dikenal '$1'"],
  [/^error: unknown command '(.+)'/m, "galat: perintah tidak dikenal '$1'"],
  [/^error: missing required argument '(.+)'/m, "galat: argumen wajib '$1' tidak ada"],
  [/^error: required option '(.+)' not specified/m, "galat: opsi wajib '$1' tidak diberikan"],
  [/^error: option '(.+)' argument missing/m, "galat: opsi '$1' perlu nilai"],
  [
    /^error: too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\./m,
    "galat: argumen terlalu banyak untuk 'ppid $1': paling banyak $2, diberikan $3",
  ],
  [/^error: option '(.+)' argument '(.*)' is invalid\./m, "galat: nilai '$2' untuk opsi '$1' tidak sah."],
  [/^error: option '(.+)' value '(.*)' from env '(.+)' is invalid\./m, "galat: nilai '$2' dari variabel lingkungan '$3' untuk opsi '$1' tidak sah."],
  [/^error: command-argument value '(.*)' is invalid for argument '(.+)'\./m, "galat: nilai '$1' untuk argumen '$2' tidak sah."],
  [/ Allowed choices are (.+)\.$/m, ' Pilihan: $1.'],
  [/^error: (.+) cannot be used with (.+)$/m, (_, a, b) => `galat: ${who(a!)} tidak dapat dipakai bersama ${who(b!)}`],
  [/\(Did you mean one of (.+)\?\)/, '(maksudnya salah satu dari $1?)'],
  [/\(Did you mean (.+)\?\)/, '(maksudnya $1?)'],
  [/^error:/m, 'galat:'],
];

/** commander's error messages, in the output language. */
export function translateErrors(s: string): string {
  if (lang() === 'en') return s;
  // "for 'ppid …'" only when commander named the command.
  return ERRORS_ID.reduce((text, [from, to]) => (typeof to === 'string' ? text.replace(from, to) : text.replace(from, to)), s).replace(" untuk 'ppid ':", ':');
}
