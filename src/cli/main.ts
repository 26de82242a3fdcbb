/**
 * The entry point (bin/ppid.js): the language, the program, and every error a command throws
 * reported in one place — a user's error as a message and a hint, anything else as one line
 * naming the version, never a stack trace (PPID_DEBUG=1 shows it).
 */
import { processStreams, type Io, type Streams } from '../terminal/io.js';
import { resolveLang, setLang, unknownLang } from '../i18n/lang.js';
import { EXIT, UserError } from '../errors.js';
import { packageVersion } from '../package.js';
import { commander, langFromArgv } from './words.js';
import { dropPrefetch, loadScanStart, readingCommand } from './prefetch-hook.js';
import { buildProgram } from './program.js';
import { useEnvironment } from '../environment.js';
import { fitAfterLabel, MIN_WIDTH, parseWidthFlag, resolveWidth, setOutputWidth, widthFromArgv } from '../terminal/width.js';

const { CommanderError } = commander;

async function reportError(streams: Streams, e: unknown, version: string, wantColor: boolean): Promise<number> {
  const io = (await import('../terminal/color.js')).withColor(streams, wantColor);
  const c = io.colorErr;
  const { hasUi, ui } = await import('../i18n/ui-messages.js');
  if (e instanceof UserError) {
    if (e.diagnostics.length > 0) {
      const { formatDiagnostic } = await import('../terminal/diagnostic-format.js');
      for (const d of e.diagnostics) io.stderr(formatDiagnostic(d, c) + '\n');
    }
    // Fitted to the output's width as the rest of the output is (a pipe gets whole lines).
    io.stderr(fitAfterLabel(`ppid: ${ui('galat')}: `, `ppid: ${c.red.bold(ui('galat'))}: `, ui(e.code, e.params)) + '\n');
    const hint = `${e.code}.saran`;
    if (hasUi(hint)) io.stderr(fitAfterLabel(`  ${ui('saran')}: `, `  ${c.cyan(ui('saran'))}: `, ui(hint, e.params)) + '\n');
    return e.exitCode;
  }
  // One line, whatever went wrong inside: what, the version, and a request to report it.
  const detail = (e instanceof Error ? e.message : String(e)).split('\n')[0];
  io.stderr(
    fitAfterLabel(
      `ppid: ${ui('galat')}: `,
      `ppid: ${c.red.bold(ui('galat'))}: `,
      `${ui('internal', { versi: version, detail: detail ?? '' })} — ${ui('internal.saran')}`,
    ) + '\n',
  );
  if (io.env.PPID_DEBUG && e instanceof Error && e.stack) io.stderr(e.stack + '\n');
  return EXIT.INTERNAL;
}

export async function main(argv: string[], io: Streams | Io = processStreams()): Promise<number> {
  useEnvironment(io.env);
  const early = readingCommand(argv.slice(2));
  if (early) void loadScanStart().then((m) => m.startScanAt(io.cwd, early.archive));
  try {
    return await run(argv, io);
  } finally {
    await dropPrefetch();
    // The width was this command's: library code called after it (a test, a benchmark) has none.
    setOutputWidth(undefined);
  }
}

async function run(argv: string[], io: Streams | Io): Promise<number> {
  const langFlag = langFromArgv(argv.slice(2));
  const chosen = resolveLang(langFlag, io.env);
  setLang(chosen.lang, chosen.explicit);
  const version = packageVersion();
  const badLang = unknownLang(langFlag, io.env);
  if (badLang)
    return reportError(io, new UserError('opsi-tidak-dikenal', { ...badLang, pilihan: 'id, en' }, EXIT.USAGE), version, !argv.includes('--no-color'));
  // The width is known before commander runs: help is laid out at it too.
  const flag = widthFromArgv(argv.slice(2));
  const w = flag === undefined ? undefined : parseWidthFlag(flag);
  if (w !== undefined && !(w === 0 || w >= MIN_WIDTH)) {
    return reportError(io, new UserError('lebar-tidak-sah', { nilai: flag ?? '', min: MIN_WIDTH }, EXIT.USAGE), version, !argv.includes('--no-color'));
  }
  setOutputWidth(resolveWidth(w, io.env, io.stdoutColumns));
  let code: number = EXIT.OK;
  const program = buildProgram(io, version, (c) => (code = c));
  try {
    await program.parseAsync(argv);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    }
    return reportError(io, e, version, !argv.includes('--no-color'));
  }
}
