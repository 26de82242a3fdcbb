/**
 * `ppid config …`: the one way settings change. Each change is a step commit of the PPID
 * Utama's (the role as committed before it), so `ppid audit` can tell a settings change made
 * through ppid from a hand edit, and judges every later step by the settings then in force.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Io } from '../terminal/io.js';
import { CONFIG_FILE, type Config } from '../domain/config.js';
import { action } from '../domain/lifecycle.js';
import { editConfigText, parseRoles, type ConfigEdit } from '../archive/config-edit.js';
import { parseConfig } from '../archive/config-parse.js';
import { calendarFilePath } from '../archive/calendar-files.js';
import { applyChange, openForStep, type FileWrite } from '../archive/change.js';
import { writeFileAtomic } from '../archive/atomic.js';
import { checkRole, currentActor } from '../workflow/actor.js';
import { cloneName, type Trailer } from '../git/repo.js';
import { gitRun } from '../git/run.js';
import { uncommitted } from '../git/status.js';
import { packageVersion } from '../package.js';
import { ui } from '../i18n/ui-messages.js';
import { EXIT, UserError } from '../errors.js';
import { json, loadSummaries, openArchive, stepDay, type CommonOptions, type OpenArchive } from './context.js';

export interface ConfigOptions extends CommonOptions {
  nama?: string;
  jabatan?: string;
  peran?: string;
  email?: string;
  unit?: string;
  nip?: string;
}

const need = (bagian: string, perlu: string, ...values: Array<string | undefined>): string[] => {
  if (values.some((v) => v === undefined || v.trim() === '')) throw new UserError('config-argumen-kurang', { bagian, perlu }, EXIT.USAGE);
  return values as string[];
};

function unitEdit(aksi: string | undefined, args: string[]): ConfigEdit {
  const [kode, ...rest] = args;
  const nama = rest.join(' ') || undefined;
  if (aksi === 'add') return { aksi: 'unit-add', ...named(need('unit add', 'KODE NAMA', kode, nama)) };
  if (aksi === 'rename') return { aksi: 'unit-rename', ...named(need('unit rename', 'KODE NAMA-BARU', kode, nama)) };
  if (aksi === 'remove') return { aksi: 'unit-remove', kode: need('unit remove', 'KODE', kode)[0]! };
  throw new UserError('config-aksi-tidak-dikenal', { bagian: `unit ${aksi ?? ''}`.trim() }, EXIT.USAGE);
}

const named = ([kode, nama]: string[]): { kode: string; nama: string } => ({ kode: kode!, nama: nama! });

function officialEdit(aksi: string | undefined, args: string[], o: ConfigOptions): ConfigEdit {
  if (aksi === 'add') {
    need('pejabat add', '--nama, --jabatan, --peran', o.nama, o.jabatan, o.peran);
    const pejabat = { nama: o.nama!, jabatan: o.jabatan!, peran: parseRoles(o.peran!), ...pick(o) };
    return { aksi: 'pejabat-add', pejabat };
  }
  if (aksi === 'remove') return { aksi: 'pejabat-remove', siapa: need('pejabat remove', 'SUREL|NAMA', args.join(' '))[0]! };
  if (aksi === 'peran') {
    const [siapa, peran] = need('pejabat peran', 'SUREL|NAMA PERAN,PERAN', args[0], args[1]);
    return { aksi: 'pejabat-peran', siapa: siapa!, peran: parseRoles(peran!) };
  }
  throw new UserError('config-aksi-tidak-dikenal', { bagian: `pejabat ${aksi ?? ''}`.trim() }, EXIT.USAGE);
}

const pick = (o: ConfigOptions) => ({ ...(o.email ? { email: o.email } : {}), ...(o.unit ? { unit: o.unit } : {}), ...(o.nip ? { nip: o.nip } : {}) });

/** The edit the arguments ask for; `save` (undefined) records hand edits as they are. */
function editOf(bagian: string | undefined, aksi: string | undefined, args: string[], o: ConfigOptions): ConfigEdit | undefined {
  if (bagian === 'save') return undefined;
  if (bagian === 'unit') return unitEdit(aksi, args);
  if (bagian === 'pejabat') return officialEdit(aksi, args, o);
  if (bagian === 'set') {
    const [kunci, nilai] = need('set', 'KUNCI NILAI', aksi, args.join(' '));
    return { aksi: 'set', kunci: kunci!, nilai: nilai! };
  }
  throw new UserError('config-aksi-tidak-dikenal', { bagian: bagian ?? '' }, EXIT.USAGE);
}

/** A unit in use by items is renamed, never removed: the items would name a unit that is gone. */
async function refuseUnitInUse(io: Io, a: OpenArchive, kode: string): Promise<void> {
  const unit = a.config.unit.find((u) => u.kode === kode);
  if (!unit) return;
  const names = new Set([unit.kode, unit.nama, ...(unit.nama_lama ?? [])]);
  const using = (await loadSummaries(io, a)).records.filter((r) => names.has(r.data.unit));
  if (using.length)
    throw new UserError(
      'config-unit-dipakai',
      {
        kode,
        n: using.length,
        contoh: using
          .slice(0, 3)
          .map((r) => r.data.id)
          .join(', '),
      },
      EXIT.INVALID,
    );
}

/** ppid.yaml as committed: whose roles count for a settings change. */
async function committedConfig(root: string): Promise<Config> {
  const text = (await gitRun(root, ['show', `HEAD:${CONFIG_FILE}`])).toString('utf8');
  return parseConfig(text);
}

function describe(edit: ConfigEdit | undefined): string {
  if (!edit) return 'save';
  if (edit.aksi === 'set') return `set ${edit.kunci}`;
  if (edit.aksi === 'pejabat-add') return `pejabat add ${edit.pejabat.email ?? edit.pejabat.nama}`;
  if (edit.aksi.startsWith('unit')) return `${edit.aksi.replace('-', ' ')} ${(edit as { kode: string }).kode}`;
  return `${edit.aksi.replace('-', ' ')} ${(edit as { siapa: string }).siapa}`;
}

export async function run(io: Io, bagian: string | undefined, aksi: string | undefined, rest: string[], opts: ConfigOptions): Promise<number> {
  // A settings change is a step: dated by its commit, never by --today.
  await stepDay(opts, io.env, io.cwd);
  const edit = editOf(bagian, aksi, rest, opts);
  const a = await openArchive(io, opts);
  if (edit?.aksi === 'unit-remove') await refuseUnitInUse(io, a, edit.kode);
  const settings = [CONFIG_FILE, calendarFilePath(a.config)];
  // `save` records hand edits: the files may differ from HEAD; the other changes start from HEAD.
  await openForStep(a.root, edit ? settings : []);
  const before = await committedConfig(a.root);
  const actor = await currentActor(a.root, before);
  const role = checkRole(actor, action('config'), { ...before, peran_tidak_sesuai: 'tolak' }).peran!;
  const current = readFileSync(join(a.root, CONFIG_FILE), 'utf8');
  const writes = edit ? [{ path: CONFIG_FILE, content: editConfigText(current, edit).text }] : await handEdits(a.root, settings);
  if (edit && writes[0]!.content === current) {
    io.stderr(ui('config.tidak-berubah', { berkas: CONFIG_FILE }) + '\n');
    return EXIT.OK;
  }
  refuseSigningLockout(writes, actor.email);
  const ringkas = describe(edit);
  const klon = await cloneName(a.root);
  const trailers: Trailer[] = [
    ['PPID-Perintah', 'config'],
    ['PPID-Peran', role],
    ['PPID-Pengaturan', ringkas],
    ...(klon ? [['PPID-Klon', klon] as const] : []),
    ['PPID-Versi', packageVersion()],
  ];
  const commit = await commitSettings(a.root, writes, { subject: `Pengaturan — ${ringkas}`, trailers }, !edit);
  if (opts.json) io.stdout(json({ commit, pengaturan: ringkas, berkas: writes.map((w) => w.path) }));
  else io.stdout(ui('config.selesai', { ringkas, commit: commit.slice(0, 10) }) + '\n');
  return EXIT.OK;
}

/** The settings files changed by hand, checked as every command reads them. */
async function handEdits(root: string, settings: string[]): Promise<FileWrite[]> {
  const changed = (await uncommitted(root, settings)) ?? [];
  if (changed.length === 0) throw new UserError('config-tidak-berubah', { berkas: settings.join(', ') }, EXIT.INVALID);
  const writes = changed.map((path) => ({ path, content: readFileSync(join(root, path)) }));
  const config = writes.find((w) => w.path === CONFIG_FILE);
  if (config) parseConfig(config.content.toString('utf8'));
  const { loadCalendar } = await import('../archive/calendar-files.js');
  const { problems } = await loadCalendar(root, await committedOrNew(root, config));
  const errors = problems.filter((p) => p.severity === 'galat');
  if (errors.length) throw new UserError('arsip-ada-galat', { n: errors.length }, EXIT.INVALID, errors);
  return writes;
}

const committedOrNew = async (root: string, config: FileWrite | undefined): Promise<Config> =>
  config ? parseConfig(config.content.toString('utf8')) : committedConfig(root);

/**
 * Commits the settings. Hand edits (`save`) are put back to HEAD first, as a step only commits
 * files it writes over committed ones; should the commit fail, the officer's text is restored.
 */
async function commitSettings(root: string, writes: FileWrite[], spec: { subject: string; trailers: Trailer[] }, hand: boolean): Promise<string> {
  if (!hand) return applyChange(root, writes, spec);
  for (const w of writes) {
    const committed = await gitRun(root, ['show', `HEAD:${w.path}`]).catch(() => undefined);
    if (committed) writeFileAtomic(join(root, w.path), committed);
    else rmSync(join(root, w.path), { force: true });
  }
  try {
    return await applyChange(root, writes, spec);
  } catch (e) {
    for (const w of writes) writeFileAtomic(join(root, w.path), w.content);
    throw e;
  }
}

/**
 * Signing turned on while the PPID Utama making the change has no key recorded would refuse
 * every later step, this one's undoing included (ADR 17): the key comes first.
 */
function refuseSigningLockout(writes: readonly FileWrite[], email: string): void {
  const config = writes.find((w) => w.path === CONFIG_FILE);
  if (!config) return;
  const next = parseConfig(config.content.toString());
  const me = next.pejabat.find((p) => p.email?.toLowerCase() === email.toLowerCase());
  if (next.tanda_tangan === 'ssh' && !me?.kunci_ssh) throw new UserError('config-tanda-tangan-tanpa-kunci', { email }, EXIT.INVALID);
}
