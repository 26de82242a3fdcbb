/** `ppid init [DIR]`: a new archive — settings, folders, schemas, a git repository, one commit. */
import { existsSync, mkdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import type { Io } from '../terminal/io.js';
import { applyChange, type FileWrite } from '../archive/change.js';
import { packagePath, packageVersion, readPackageFile } from '../package.js';
import { requireIdentity, workTreeTop } from '../git/repo.js';
import { git } from '../git/simple-git.js';
import { configureSigning, defaultKeyPath, readPublicKey, type SigningSetup } from '../git/signing.js';
import { keyLine, parseSshKey, SSH_KEY_TYPES } from '../git/ssh-key.js';
import { parseIdent } from '../workflow/actor.js';
import { ROLES, type Role } from '../domain/lifecycle.js';
import {
  ARCHIVE_FORMAT,
  ATTACHMENTS_DIR,
  CONFIG_FILE,
  DEFAULT_CALENDAR_FILE,
  RECORDS_DIR,
  SCHEMA_DIR,
  type Config,
  type Pejabat,
  type Unit,
} from '../domain/config.js';
import { ui } from '../i18n/ui-messages.js';
import { lang } from '../i18n/lang.js';
import { EXIT, UserError } from '../errors.js';
import { json } from './context.js';

export interface InitOptions {
  nama?: string;
  singkatan?: string;
  tempat?: string;
  situs?: string;
  unit?: string[];
  ppidUtama?: string;
  jabatanPpid?: string;
  /** The PPID's own work unit and the decree appointing it (ppid.yaml `ppid:`). */
  unitKerjaPpid?: string;
  skPpid?: string;
  pimpinan?: string;
  jabatanPimpinan?: string;
  email?: string;
  /** More officials: "Nama;Jabatan;peran1,peran2;email". */
  pejabat?: string[];
  kunciPpid?: string;
  /** Roles of the person running init (default: petugas-teknis). */
  peranSaya?: string[];
  jabatanSaya?: string;
  /** `ssh`: every step is signed with its author's SSH key (ppid.yaml `tanda_tangan`, git's settings). */
  tandaTangan?: string;
  /** The officer's own SSH public key file, recorded as their `kunci_ssh` (default with --tanda-tangan: ~/.ssh/id_ed25519.pub). */
  kunciSsh?: string;
  input?: boolean;
  json?: boolean;
}

/** Where `ppid:` goes when init was not told: the keys to fill in, as comments. */
const PPID_PLACEHOLDER = `# PPID: unit kerja pejabat PPID yang menetapkan (PP 61/2010 Pasal 4 ayat 2 huruf c) dan
# keputusan penunjukannya (dikutip di surat penetapan). Isi sebelum penetapan pertama:
# ppid:
#   unit_kerja: Dinas Komunikasi dan Informatika
#   sk_penunjukan: Keputusan Bupati … Nomor … tentang Pejabat Pengelola Informasi dan Dokumentasi`;

export const SCHEMA_FILES = ['ppid.schema.json', 'record.schema.json', 'kalender.schema.json'] as const;

/** The fields after an official's e-mail: their unit's code, their age key (age1…), their SSH key (ssh-…, ecdsa-…, sk-…). */
function pejabatExtras(fields: string[]): Pick<Pejabat, 'unit' | 'kunci_age' | 'kunci_ssh'> {
  const out: Pick<Pejabat, 'unit' | 'kunci_age' | 'kunci_ssh'> = {};
  for (const f of fields.filter(Boolean)) {
    if (f.startsWith('age1')) out.kunci_age = f;
    else if (SSH_KEY_TYPES.some((t) => f.startsWith(`${t} `))) {
      if (!parseSshKey(f)) throw new UserError('opsi-tidak-dikenal', { opsi: '--pejabat', nilai: f, pilihan: 'ssh-ed25519 AAAA…' }, EXIT.USAGE);
      out.kunci_ssh = keyLine(f);
    } else out.unit ??= f.toUpperCase();
  }
  return out;
}

function parsePejabat(spec: string): Pejabat {
  const [nama = '', jabatan = '', peran = '', email, ...extras] = spec.split(';').map((x) => x.trim());
  const roles = peran
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean);
  for (const r of roles) {
    if (!(ROLES as readonly string[]).includes(r))
      throw new UserError('opsi-tidak-dikenal', { opsi: '--pejabat', nilai: r, pilihan: ROLES.join(', ') }, EXIT.USAGE);
  }
  return {
    nama,
    jabatan,
    peran: roles as Role[],
    ...(email ? { email } : {}),
    ...pejabatExtras(extras),
  };
}

function parseUnit(s: string): Unit {
  // KODE=Nama, optionally ;age1… — the unit's public key for its attachments.
  const [spec = '', kunci] = s.split(';').map((x) => x.trim());
  const m = /^\s*([^=]+?)\s*=\s*(.+?)\s*$/.exec(spec);
  if (m) return { kode: m[1]!.toUpperCase(), nama: m[2]!, ...(kunci ? { kunci_age: kunci } : {}) };
  const nama = spec;
  // No code given: derive one from the initials ("Dinas Kesehatan" → DK).
  const kode =
    nama
      .split(/\s+/)
      .map((w) => w[0] ?? '')
      .join('')
      .toUpperCase()
      .replace(/[^A-Z0-9]/g, '') || 'UNIT';
  return { kode, nama };
}

async function ask(opts: InitOptions): Promise<InitOptions> {
  const { input, confirm } = await (await import('../terminal/prompts.js')).loadPrompts();
  const T = (id: string, en: string) => (lang() === 'en' ? en : id);
  const req = (v: string) => (v.trim() ? true : T('wajib diisi', 'required'));
  const o = { ...opts };
  o.nama ??= (await input({ message: T('Nama Badan Publik:', 'Name of the public body:'), validate: req })).trim();
  o.tempat ??= (await input({ message: T('Tempat penetapan (kota):', 'Place of determinations (town):') })).trim() || undefined;
  if (!o.unit?.length) {
    o.unit = [];
    do {
      o.unit.push(await input({ message: T('Unit kerja (KODE=Nama, mis. DINKES=Dinas Kesehatan):', 'Work unit (CODE=Name):'), validate: req }));
    } while (await confirm({ message: T('Tambah unit lain?', 'Add another unit?'), default: false }));
  }
  o.ppidUtama ??= (await input({ message: T('Nama PPID Utama (boleh kosong):', 'Name of the PPID Utama (may be empty):') })).trim() || undefined;
  o.pimpinan ??=
    (await input({ message: T('Nama pimpinan Badan Publik (boleh kosong):', 'Name of the head of the body (may be empty):') })).trim() || undefined;
  if (o.pimpinan) o.jabatanPimpinan ??= (await input({ message: T('Jabatan pimpinan:', 'Position of the head:'), default: 'Bupati' })).trim();
  return o;
}

/**
 * The officials. Whoever creates the archive is listed under their git identity, so that
 * their own steps are recognised; with the PPID Utama's e-mail they are that official.
 */
export function buildConfig(o: InitOptions, me?: { nama: string; email: string; kunci_ssh?: string }): Config {
  const pejabat: Pejabat[] = [];
  const mine = (o.peranSaya ?? ['petugas-teknis']) as Role[];
  const isMe = (email?: string) => me !== undefined && email !== undefined && email.toLowerCase() === me.email.toLowerCase();
  const myKey = me?.kunci_ssh ? { kunci_ssh: me.kunci_ssh } : {};
  if (o.ppidUtama) {
    const peran: Role[] = isMe(o.email) ? [...new Set<Role>(['ppid-utama', ...mine])] : ['ppid-utama'];
    pejabat.push({
      nama: o.ppidUtama,
      jabatan: o.jabatanPpid ?? 'PPID Utama',
      peran,
      ...(o.email ? { email: o.email } : {}),
      ...(o.kunciPpid ? { kunci_age: o.kunciPpid } : {}),
      ...(isMe(o.email) ? myKey : {}),
    });
  }
  if (me?.email && !isMe(o.email)) pejabat.push({ nama: me.nama, jabatan: o.jabatanSaya ?? 'Petugas Teknis PPID', email: me.email, peran: mine, ...myKey });
  if (o.pimpinan) pejabat.push({ nama: o.pimpinan, jabatan: o.jabatanPimpinan ?? 'Pimpinan Badan Publik', peran: ['pimpinan'] });
  for (const spec of o.pejabat ?? []) pejabat.push(parsePejabat(spec));
  return {
    versi: ARCHIVE_FORMAT,
    badan_publik: {
      nama: o.nama!,
      ...(o.singkatan ? { singkatan: o.singkatan } : {}),
      ...(o.situs ? { situs: o.situs } : {}),
      ...(o.tempat ? { tempat: o.tempat } : {}),
    },
    ...(o.unitKerjaPpid || o.skPpid
      ? { ppid: { ...(o.unitKerjaPpid ? { unit_kerja: o.unitKerjaPpid } : {}), ...(o.skPpid ? { sk_penunjukan: o.skPpid } : {}) } }
      : {}),
    unit: (o.unit ?? []).map(parseUnit),
    pejabat,
    ...(o.tandaTangan === 'ssh' ? { tanda_tangan: 'ssh' as const } : {}),
  };
}

export function configText(c: Config): string {
  const block = (key: string, v: unknown) => stringify({ [key]: v }, { lineWidth: 0, aliasDuplicateObjects: false }).trimEnd();
  return readPackageFile('templates/ppid.yaml')
    .replace('{{badan_publik}}', block('badan_publik', c.badan_publik))
    .replace('{{ppid}}', c.ppid ? block('ppid', c.ppid) : PPID_PLACEHOLDER)
    .replace('{{unit}}', block('unit', c.unit))
    .replace('{{pejabat}}', c.pejabat.length ? block('pejabat', c.pejabat) : 'pejabat: []')
    .replace('{{tanda_tangan}}', c.tanda_tangan ? block('tanda_tangan', c.tanda_tangan) : '# tanda_tangan: ssh');
}

/**
 * The archive's own repository (made when `root` is not the top of one) and the officer's git
 * identity. A folder inside another repository still gets a repository of its own: an
 * archive's history must be its own audit trail.
 */
async function ownRepository(root: string): Promise<{ created: boolean; me: { nama: string; email: string } }> {
  const created = (await workTreeTop(root)) !== realpathSync(root);
  if (created) await git(root).init(['--initial-branch=main', '--quiet']);
  try {
    return { created, me: parseIdent(await requireIdentity(root)) };
  } catch (e) {
    if (created) rmSync(join(root, '.git'), { recursive: true, force: true });
    throw e;
  }
}

/** The archive's files and its first commit. */
async function commitArchive(root: string, config: Config): Promise<void> {
  const writes: FileWrite[] = [
    { path: CONFIG_FILE, content: configText(config) },
    { path: DEFAULT_CALENDAR_FILE, content: readPackageFile('templates/kalender.yaml') },
    { path: '.gitattributes', content: readPackageFile('templates/gitattributes') },
    { path: `${RECORDS_DIR}/.gitkeep`, content: '' },
    { path: `${ATTACHMENTS_DIR}/.gitkeep`, content: '' },
    ...SCHEMA_FILES.map((f) => ({ path: `${SCHEMA_DIR}/${f}`, content: readFileSync(packagePath(`schemas/${f}`)) })),
  ];
  await applyChange(root, writes, {
    subject: `Arsip DIK dibuat: ${config.badan_publik.nama}`,
    trailers: [
      ['PPID-Langkah', 'init'],
      ['PPID-Perintah', 'init'],
      ['PPID-Versi', packageVersion()],
    ],
  });
}

export async function run(io: Io, dir: string | undefined, opts: InitOptions): Promise<number> {
  const root = resolve(io.cwd, dir ?? '.');
  if (existsSync(join(root, CONFIG_FILE))) throw new UserError('arsip-sudah-ada', { dir: root }, EXIT.INVALID);
  let o = opts;
  if ((!o.nama || !o.unit?.length) && io.stdinIsTTY && io.stdoutIsTTY && o.input !== false) {
    try {
      o = await ask(o);
    } catch {
      throw new UserError('interaktif-dibatalkan');
    }
  }
  const missing = [!o.nama ? '--nama' : '', !o.unit?.length ? '--unit' : ''].filter(Boolean);
  if (missing.length > 0) throw new UserError('masukan-kurang', { kunci: missing.join(', ') }, EXIT.USAGE);
  const roles = (o.peranSaya ?? [])
    .flatMap((r) => r.split(','))
    .map((r) => r.trim())
    .filter(Boolean);
  for (const r of roles) {
    if (!(ROLES as readonly string[]).includes(r))
      throw new UserError('opsi-tidak-dikenal', { opsi: '--peran-saya', nilai: r, pilihan: ROLES.join(', ') }, EXIT.USAGE);
  }

  // The key is read before anything is made: a missing key leaves no half-made archive.
  const key =
    o.kunciSsh !== undefined || o.tandaTangan === 'ssh' ? readPublicKey(o.kunciSsh !== undefined ? resolve(io.cwd, o.kunciSsh) : defaultKeyPath()) : undefined;
  mkdirSync(root, { recursive: true });
  const { created, me } = await ownRepository(root);
  const config = buildConfig({ ...o, ...(roles.length ? { peranSaya: roles } : {}) }, { ...me, ...(key ? { kunci_ssh: key.line } : {}) });
  let signing: SigningSetup | undefined;
  try {
    // Set before the first commit, so that it is signed too.
    if (config.tanda_tangan === 'ssh') signing = await configureSigning(root, config, key!.path);
    await commitArchive(root, config);
  } catch (e) {
    // Leave no half-made repository behind either.
    if (created) rmSync(join(root, '.git'), { recursive: true, force: true });
    throw e;
  }
  if (opts.json) io.stdout(json({ folder: root, ppid_yaml: join(root, CONFIG_FILE), git_baru: created, ...(signing ? { tanda_tangan: signing } : {}) }));
  else {
    io.stdout(ui('init.selesai', { dir: root }) + '\n');
    if (signing) io.stderr(ui('init.tanda-tangan', { kunci: signing.kunci, berkas: signing.penandatangan }) + '\n');
    io.stderr(ui('init.langkah', { dir: dir ?? '.' }) + '\n');
  }
  return EXIT.OK;
}
