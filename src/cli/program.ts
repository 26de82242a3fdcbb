/**
 * The command line: the program, its help in the output language, and every command declared
 * (declare-*.ts). Each command's module is loaded when that command runs, so `ppid --help`
 * starts fast.
 */
import type * as CommanderModule from 'commander';
import type { Io, Streams } from '../terminal/io.js';
import { lang } from '../i18n/lang.js';
import { commander, HELP_ID, translateErrors } from './words.js';
import { example, T, widthOption, type CommandContext } from './options.js';
import { HELP_LAYOUT, helpWidth } from './help-layout.js';
import { ALIASES } from './aliases.js';
import { loadScanStart, READING } from './prefetch-hook.js';
import { SETUP } from './declare-setup.js';
import { OFFICES } from './declare-offices.js';
import { STEPS } from './declare-steps.js';
import { REPORTS } from './declare-reports.js';

type Command = CommanderModule.Command;

/** In the order `ppid --help` lists them: setting up, registering, office work, reports, the SOP steps, history, repair. */
const DECLARATIONS = [
  SETUP.init,
  STEPS.add,
  SETUP.import,
  SETUP.export,
  SETUP.doc,
  OFFICES.inbox,
  OFFICES.remote,
  OFFICES.clone,
  OFFICES.sync,
  OFFICES.decrypt,
  OFFICES.keygen,
  REPORTS.validate,
  REPORTS.list,
  REPORTS.show,
  REPORTS.expiring,
  REPORTS.calendar,
  REPORTS.publish,
  STEPS.clarify,
  STEPS.review,
  STEPS.decree,
  STEPS.reject,
  STEPS.open,
  STEPS.reclassify,
  STEPS.attach,
  STEPS.edit,
  REPORTS.status,
  REPORTS.log,
  REPORTS.audit,
  SETUP.config,
  SETUP.migrate,
  SETUP.doctor,
  SETUP.hook,
];

export function buildProgram(io: Streams, version: string, setExit: (code: number) => void): Command {
  const program = new commander.Command('ppid');
  const c: CommandContext = {
    program,
    wrap:
      (fn) =>
      async (...args) =>
        setExit(await fn(...args)),
    // Colour is loaded with the command (never for --help), and is off with --no-color.
    ioFor: async (o): Promise<Io> => (await import('../terminal/color.js')).withColor(io, o.color !== false),
  };
  // A command that reads the records has git look at them while the command's modules load.
  program.hook('preAction', async (_program, command) => {
    // Loaded with the command, never for --help: the date rules bring dayjs.
    (await import('./date-options.js')).readDateOptions(command, io.stderr);
    if (READING.has(command.name())) (await loadScanStart()).startScanAt(io.cwd, (command.opts() as { archive?: string }).archive);
  });
  program
    .description(
      T(
        'Daftar Informasi yang Dikecualikan (DIK) sebagai arsip git, menurut UU 14/2008 dan PP 61/2010.',
        'The list of exempted information (DIK) as a git archive, under UU 14/2008 and PP 61/2010.',
      ),
    )
    .helpOption('-h, --help', T('tampilkan bantuan', 'display help'))
    .helpCommand('help [perintah]', T('bantuan untuk satu perintah', 'help for a command'))
    .version(version, '-V, --version', T('tampilkan versi', 'display the version'))
    .showSuggestionAfterError(true)
    .addOption(widthOption())
    .configureHelp(lang() === 'en' ? HELP_LAYOUT : { ...HELP_LAYOUT, ...HELP_ID })
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(translateErrors(s)),
      getOutHelpWidth: helpWidth,
      getErrHelpWidth: helpWidth,
    })
    .exitOverride();
  example(program, [
    'ppid init arsip-dik          # ' + T('arsip baru', 'a new archive'),
    'ppid add                     # ' + T('daftarkan butir, ditanya satu per satu', 'register an item, asked step by step'),
    'ppid expiring --archive archive-example --today 2026-11-02',
    'ppid publish --out situs/dik',
  ]);
  for (const declare of DECLARATIONS) declare(c);
  for (const cmd of program.commands) cmd.aliases(ALIASES[cmd.name()] ?? []);
  return program;
}
