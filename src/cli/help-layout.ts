/**
 * Help laid out to the output's width (terminal/width.ts), in either language: an option's
 * description beside it while there is room, below it when there is not; examples broken into
 * shell lines joined by "\"; no line of any `--help` longer than the width.
 */
import type * as CommanderModule from 'commander';
import { lang } from '../i18n/lang.js';
import { displayWidth, fitLine, HELP_WIDTH, outputWidth, truncate, wrapText } from '../terminal/width.js';

type Help = CommanderModule.Help;

/** Help's width: the output's, or 80 when the output has none (a pipe). */
export const helpWidth = (): number => outputWidth() ?? HELP_WIDTH;

/** Below this many columns beside the terms, descriptions go under their terms instead. */
const BESIDE_MIN = 28;
const ITEM_INDENT = 2;
const GAP = 2;
const UNDER_INDENT = 6;

export const HELP_LAYOUT: Partial<Help> = {
  displayWidth: (s: string) => displayWidth(s),
  // A command's Indonesian names follow its description: in its term they would widen the column
  // of every command's term, and leave its description little room.
  subcommandTerm(this: Help, cmd: CommanderModule.Command): string {
    const aliases = cmd.aliases();
    const term = Object.getPrototypeOf(this).subcommandTerm.call(this, cmd) as string;
    return aliases.length === 0 ? term : term.replace(`${cmd.name()}|${aliases[0]}`, cmd.name());
  },
  subcommandDescription(this: Help, cmd: CommanderModule.Command): string {
    const text = Object.getPrototypeOf(this).subcommandDescription.call(this, cmd) as string;
    const aliases = cmd.aliases();
    return aliases.length === 0 ? text : `${text} (${lang() === 'en' ? 'also' : 'juga'}: ${aliases.join(', ')})`;
  },
  boxWrap: (s: string, width: number) => wrapText(s, width).join('\n'),
  // The usage line is the one commander never wraps.
  formatHelp(this: Help, cmd: CommanderModule.Command, helper: Help): string {
    const [usage = '', ...rest] = (Object.getPrototypeOf(this).formatHelp.call(this, cmd, helper) as string).split('\n');
    return [fitLine(usage, 4, this.helpWidth ?? HELP_WIDTH), ...rest].join('\n');
  },
  formatItem(this: Help, term: string, termWidth: number, description: string, helper: Help): string {
    const width = this.helpWidth ?? HELP_WIDTH;
    const lead = ' '.repeat(ITEM_INDENT);
    if (!description) return lead + truncate(term, width - ITEM_INDENT);
    const beside = width - termWidth - GAP - ITEM_INDENT;
    if (beside >= BESIDE_MIN) {
      const padded = term + ' '.repeat(Math.max(0, termWidth - helper.displayWidth(term)));
      const [first, ...rest] = wrapText(description, beside);
      const hang = ' '.repeat(ITEM_INDENT + termWidth + GAP);
      return [lead + padded + ' '.repeat(GAP) + first, ...rest.map((l) => hang + l)].join('\n');
    }
    const under = ' '.repeat(UNDER_INDENT);
    const termLines = wrapText(term, width - ITEM_INDENT).map((l, i) => (i === 0 ? lead : under) + l);
    return [...termLines, ...wrapText(description, width - UNDER_INDENT).map((l) => under + l)].join('\n');
  },
};

/** A command line's words as the shell splits them, quotes kept; an option and its value as one. */
function shellWords(s: string): string[] {
  const words = s.match(/(?:"[^"]*"|'[^']*'|[^\s"'])+/g) ?? [];
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    if (w.startsWith('--') && !w.includes('=') && next !== undefined && !next.startsWith('-')) {
      out.push(`${w} ${next}`);
      i++;
    } else out.push(w);
  }
  return out;
}

/**
 * One example as printed: `  $ ppid …`, as written when it fits; otherwise its comment on a
 * line of its own above it and its words on lines joined by " \", each within `width`.
 */
export function exampleLines(example: string, width: number): string[] {
  const authored = example.split('\n').map((l, i) => (i === 0 ? `  $ ${l}` : l));
  if (authored.every((l) => displayWidth(l) <= width)) return authored;
  const joined = example.replace(/\s*\\\n\s*/g, ' ');
  const m = /^(.*?\S)\s+# (.*)$/.exec(joined);
  const command = m ? m[1]! : joined;
  const comment = m ? wrapText(m[2]!, width - 4).map((l) => `  # ${l}`) : [];
  const first = '  $ ';
  const next = ' '.repeat(6);
  const lines: string[] = [];
  let line = first;
  for (const word of shellWords(command)) {
    const prefix = line === first || line === next;
    const candidate = prefix ? line + word : `${line} ${word}`;
    // The line and its " \" must fit.
    if (displayWidth(candidate) + 2 <= width || (prefix && displayWidth(candidate) <= width)) {
      line = candidate;
      continue;
    }
    if (!prefix) {
      lines.push(line + ' \\');
      line = next;
    }
    // A word longer than a line (a long quoted text) is broken at its spaces.
    const pieces = wrapText(word, width - next.length - 2);
    pieces.slice(0, -1).forEach((p) => {
      lines.push((line === first ? first : next) + p + ' \\');
      line = next;
    });
    line = (line === first ? first : next) + pieces[pieces.length - 1]!;
  }
  lines.push(line);
  return [...comment, ...lines];
}
