/**
 * The flags several commands share, declared once with one description in each language: the
 * archive, the date, the output format, the language; the period, the approvals, the
 * determination. And the context every command's declaration gets.
 */
import type * as CommanderModule from 'commander';
import type { Io } from '../terminal/io.js';
import { commander, T } from './words.js';
import { ACTIONS, COMMANDS } from '../domain/lifecycle.js';
import { exampleLines, helpWidth } from './help-layout.js';

export { T };
export const { Option } = commander;
type Command = CommanderModule.Command;

/** What a command declaration needs: the program, and how its action is run and its streams made. */
export interface CommandContext {
  program: Command;
  wrap: <A extends unknown[]>(fn: (...args: A) => Promise<number>) => (...args: A) => Promise<void>;
  ioFor: (o: { color?: boolean }) => Promise<Io>;
}

export const collect = (v: string, prev: string[] = []): string[] => [...prev, v];

/**
 * An item id as typed: ids are upper case (DIK-2026-0001, ppid.yaml's id_awalan and unit codes
 * are), so "dik-2026-0001" names the same item. Every id a command takes passes here.
 */
export const itemId = (id: string): string => id.toUpperCase();
export const itemIds = (ids: string[]): string[] => ids.map(itemId);
/** A repeatable option whose values are item ids. */
export const collectIds = (v: string, prev: string[] = []): string[] => [...prev, itemId(v)];

/**
 * What a command prints for machines: `report` (a table: --json and --csv), `json` (a result or
 * a summary: --json), or `none`.
 */
export type Output = 'report' | 'json' | 'none';

/** Commands that always make a commit (publish and import only sometimes: into the archive, without --dry-run). */
const datedByCommit = (name: string): boolean =>
  (name !== 'publish' && (COMMANDS as readonly string[]).includes(name)) || ACTIONS.some((a) => a.perintah === name);

export function common(cmd: Command, { output = 'report', ics = false }: { output?: Output; ics?: boolean } = {}): Command {
  cmd.option(
    '--archive <folder>',
    T('folder arsip (bawaan: folder terdekat ke atas yang berisi ppid.yaml)', 'archive folder (default: nearest folder upward holding ppid.yaml)'),
  );
  // Reports take --today, so scripts and tests can pin the date. A step is dated by its commit:
  // it still parses the flag, to refuse it with a message that says why, but does not offer it.
  const today = new commander.Option(
    '--today <TTTT-BB-HH>',
    T('tanggal "hari ini" untuk perhitungan (juga PPID_TODAY)', 'the date to compute as of (also PPID_TODAY)'),
  );
  cmd.addOption(datedByCommit(cmd.name()) ? today.hideHelp() : today);
  if (output !== 'none') cmd.option('--json', T('keluaran JSON untuk mesin', 'JSON output for machines'));
  if (output === 'report') {
    cmd.option(
      '--csv',
      T(
        'keluaran CSV untuk Excel (pemisah ;, BOM, judul kolom dalam bahasa keluaran)',
        'CSV output for Excel (; separated, BOM, headings in the output language)',
      ),
    );
    cmd.option(
      '--csv-koma',
      T('keluaran CSV untuk alat lain (pemisah koma, judul kolom = kunci JSON)', 'CSV output for tools (comma separated, headings = JSON keys)'),
    );
  }
  // The reports with dates to act on: a calendar file (RFC 5545) for the officer's phone, on stdout like --json and --csv.
  if (ics) cmd.option('--ics', T('keluaran iCalendar (.ics) untuk kalender ponsel', 'iCalendar (.ics) output for a phone calendar'));
  cmd.option('--lang <id|en>', T('bahasa keluaran (juga LANG=en*)', 'output language (also LANG=en*)'));
  cmd.addOption(widthOption());
  cmd.option('--no-color', T('tanpa warna (juga NO_COLOR)', 'no colour (also NO_COLOR)'));
  return cmd;
}

/**
 * --lebar/--width: read from the command line before commander parses it (main.ts), so help too
 * is laid out at it; declared so that commander accepts it and help lists it.
 */
export const widthOption = () =>
  new commander.Option(
    '--lebar, --width <kolom>',
    T(
      'lebar keluaran dalam kolom; 0 = tanpa batas (bawaan: COLUMNS, lebar terminal, tanpa batas bila bukan terminal)',
      'output width in columns; 0 = no limit (default: COLUMNS, the terminal\u2019s width, no limit when not a terminal)',
    ),
  );

export function periodOptions(cmd: Command): Command {
  return cmd
    .option('--tahun <n>', T('lama pengecualian (tahun)', 'length in years'))
    .option('--bulan <n>', T('lama pengecualian (bulan)', 'length in months'))
    .option('--mulai <TTTT-BB-HH>', T('awal jangka waktu', 'start of the period'))
    .option(
      '--sampai <TTTT-BB-HH>',
      T('dikecualikan sampai dengan tanggal ini (hari terakhir dikecualikan)', 'exempt up to and including this date (the last exempt day)'),
    )
    .option('--setelah <peristiwa>', T('jangka waktu dihitung setelah peristiwa', 'length counted after an event'))
    .option('--tanggal-peristiwa <TTTT-BB-HH>', T('tanggal peristiwa itu', 'date of that event'))
    .option('--hingga <peristiwa>', T('dikecualikan hingga peristiwa', 'exempt until an event'))
    .option('--tinjau-ulang <TTTT-BB-HH>', T('tanggal tinjau ulang', 'review date'))
    .option('--hingga-persetujuan', T('hingga persetujuan tertulis (huruf g/h)', 'until written consent (letters g/h)'))
    .option('--tanpa-batas', T('tanpa batas waktu (huruf g–j)', 'open-ended (letters g–j)'))
    .option('--keterangan-jangka <teks>', T('rumusan jangka waktu di dokumen asal', 'the period as worded in the source'));
}

export function approvalOptions(cmd: Command): Command {
  return cmd
    .option('--pimpinan <nama>', T('pimpinan yang menyetujui (jabatan diambil dari ppid.yaml)', 'head who approved (position from ppid.yaml)'))
    .option('--jabatan-pimpinan <jabatan>', T('jabatan pimpinan', 'position of the head'))
    .option('--tanggal-persetujuan <TTTT-BB-HH>', T('tanggal persetujuan pimpinan', 'date of the head\u2019s approval'));
}

/** The determining official: name, position and own work unit (PP 61/2010 Pasal 4(2)(b)–(c)). */
export function officialOptions(cmd: Command): Command {
  return cmd
    .option('--pejabat <nama>', T('pejabat PPID yang menetapkan (jabatan diambil dari ppid.yaml)', 'determining PPID official (position from ppid.yaml)'))
    .option('--jabatan-pejabat <jabatan>', T('jabatan pejabat itu', 'that official\u2019s position'))
    .option(
      '--unit-kerja-pejabat <unit>',
      T('unit kerja pejabat itu (bawaan: ppid.yaml, ppid.unit_kerja)', 'that official\u2019s work unit (default: ppid.yaml, ppid.unit_kerja)'),
    );
}

/** What the consequence test of a new determination must show (Perki 1/2021 Pasal 49(2)(a); PP 61/2010 Pasal 3). */
export function testOptions(cmd: Command): Command {
  return cmd
    .option('--dokumen-uji <teks>', T('dokumen yang diuji', 'the document tested'))
    .option('--peserta-uji <"Nama;Jabatan">', T('peserta uji konsekuensi (boleh berulang)', 'a participant of the consequence test (repeatable)'), collect)
    .option(
      '--tanggal-persetujuan-uji <TTTT-BB-HH>',
      T('tanggal persetujuan pimpinan (--pimpinan) atas uji konsekuensi', 'date the head (--pimpinan) approved the consequence test'),
    );
}

/** The determination of an item already in force when registered (`add`, `import`). */
export function inForceOptions(cmd: Command): Command {
  return approvalOptions(
    officialOptions(
      cmd
        .option('--nomor-penetapan <nomor>', T('nomor surat penetapan (butir yang sudah berlaku)', 'decree number (an item already in force)'))
        .option('--tanggal-penetapan <TTTT-BB-HH>', T('tanggal penetapan', 'date of the decree'))
        .option('--tempat-penetapan <kota>', T('tempat penetapan (bawaan: ppid.yaml)', 'place of the decree (default: ppid.yaml)')),
    ),
  );
}

export function decreeOptions(cmd: Command): Command {
  return testOptions(
    approvalOptions(
      officialOptions(
        cmd
          .option('--nomor <nomor>', T('nomor surat penetapan', 'decree number'))
          .option('--tanggal <TTTT-BB-HH>', T('tanggal penetapan', 'date of the decree'))
          .option('--tempat <kota>', T('tempat penetapan (bawaan: ppid.yaml)', 'place (default: ppid.yaml)')),
      ),
    ),
  );
}

export function stepCommand(program: Command, name: string, args: string, id: string, en: string): Command {
  return program.command(name).argument(args, T('nomor butir', 'item ids')).description(T(id, en));
}

/** --force: an --out file that exists is replaced (without it, refused). */
export const forceOption = () => new Option('--force', T('timpa berkas keluaran yang sudah ada', 'overwrite an output file that exists'));

/** The examples after a command's help, laid out when the help is shown: at the output's width. */
export function example(cmd: Command, lines: string[]): Command {
  return cmd.addHelpText('after', () => `\n${T('Contoh', 'Examples')}:\n${lines.flatMap((l) => exampleLines(l, helpWidth())).join('\n')}\n`);
}
