/**
 * How wide the output may be, and text laid out to fit it (docs/adr/0020-output-width.md).
 * The width is `--lebar N`/`--width N`, else COLUMNS, else the terminal's; output into a pipe or
 * a file has none, so a script gets whole lines. Help is laid out at 80 columns when there is none.
 */

/** Narrower than this, no table or help can be laid out: `--lebar` refuses it, COLUMNS is raised to it. */
export const MIN_WIDTH = 40;
/** Help, which is prose to read, when the output has no width of its own. */
export const HELP_WIDTH = 80;

let current: number | undefined;

/** main() sets the command's width (undefined: no limit) before anything prints. */
export function setOutputWidth(w: number | undefined): void {
  current = w;
}

/** The width text must fit, or undefined when lines may be as long as they are. */
export function outputWidth(): number | undefined {
  return current;
}

/** `--lebar N` as typed; `0` means no limit. NaN when it is not a whole number. */
export function parseWidthFlag(v: string): number {
  return /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
}

/** The value of `--lebar`/`--width` on the command line (as `--lebar N` or `--lebar=N`), before commander parses it. */
export function widthFromArgv(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') return undefined;
    if (a === '--lebar' || a === '--width') return argv[i + 1] ?? '';
    const m = /^--(?:lebar|width)=(.*)$/.exec(a);
    if (m) return m[1];
  }
  return undefined;
}

/** The width from the flag (already checked), COLUMNS, or the terminal; undefined for a pipe or a file. */
export function resolveWidth(flag: number | undefined, env: NodeJS.ProcessEnv, ttyColumns: number | undefined): number | undefined {
  if (flag !== undefined) return flag === 0 ? undefined : flag;
  const cols = env.COLUMNS === undefined ? NaN : parseWidthFlag(env.COLUMNS);
  if (cols > 0) return Math.max(MIN_WIDTH, cols);
  if (ttyColumns !== undefined && ttyColumns > 0) return Math.max(MIN_WIDTH, ttyColumns);
  return undefined;
}

const WIDE = /[\uD800-\uDFFF]/;
const ANSI = /\x1b\[[0-9;]*m/g;
/**
 * Display width: code points (every character ppid prints is one column wide), never UTF-16
 * units or bytes; colour codes take none.
 */
export function displayWidth(s: string): number {
  const plain = s.includes('\x1b') ? s.replace(ANSI, '') : s;
  return WIDE.test(plain) ? [...plain].length : plain.length;
}

/** The first `n` characters of `s`. */
const head = (s: string, n: number): string => (WIDE.test(s) ? [...s].slice(0, n).join('') : s.slice(0, n));

/** `s` cut to `max` columns, its end shown as "…". */
export function truncate(s: string, max: number): string {
  if (displayWidth(s) <= max) return s;
  return max <= 1 ? head(s, max) : head(s, max - 1) + '…';
}

/**
 * `s` broken at spaces into lines of at most `width` columns; a word longer than a line is
 * broken where the line ends. Line breaks already in `s` are kept.
 */
export function wrapText(s: string, width: number): string[] {
  const w = Math.max(1, width);
  const out: string[] = [];
  for (const raw of s.split('\n')) {
    let line = '';
    for (const word of raw.split(' ')) {
      const joined = line === '' ? word : `${line} ${word}`;
      if (displayWidth(joined) <= w) {
        line = joined;
        continue;
      }
      if (line !== '') out.push(line.trimEnd());
      let rest = word;
      while (displayWidth(rest) > w) {
        out.push(head(rest, w));
        rest = WIDE.test(rest) ? [...rest].slice(w).join('') : rest.slice(w);
      }
      line = rest;
    }
    out.push(line);
  }
  return out;
}

/**
 * A printed line (with its own leading spaces) wrapped to the output's width: its following
 * lines indented by `hang` more than the first. Unchanged when the output has no width.
 */
export function fitLine(line: string, hang = 2, width = outputWidth()): string {
  if (width === undefined || displayWidth(line) <= width) return line;
  const lead = line.length - line.trimStart().length;
  const indent = Math.min(lead + hang, Math.floor(width / 2));
  const [first, ...rest] = wrapText(line.slice(lead), width - lead);
  const more = rest.join(' ');
  const tail = more === '' ? [] : wrapText(more, width - indent).map((l) => ' '.repeat(indent) + l);
  return [' '.repeat(lead) + first, ...tail].join('\n');
}

/** Every line of `text` fitted (fitLine); the line breaks it has are kept. */
export function fitText(text: string, hang = 2, width = outputWidth()): string {
  if (width === undefined) return text;
  return text
    .split('\n')
    .map((l) => fitLine(l, hang, width))
    .join('\n');
}

/**
 * `plain` (a label such as "ppid: galat: ") then `text`, fitted to the width with the following
 * lines indented under the text; the label is then shown as `painted` (its coloured form, which
 * takes no room). A line break in `text` starts a new line, itself fitted.
 */
export function fitAfterLabel(plain: string, painted: string, text: string, width = outputWidth()): string {
  const lead = plain.length - plain.trimStart().length;
  const [line = '', ...more] = text.split('\n');
  const [first = '', ...rest] = fitLine(plain + line, displayWidth(plain) - lead, width).split('\n');
  const head = `${first} `.startsWith(plain) ? painted + first.slice(plain.length) : first;
  return [head, ...rest, ...more.map((m) => fitLine(m, 2, width))].join('\n');
}
