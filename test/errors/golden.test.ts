/**
 * Golden error tests, in the manner of hledger's test/errors/: for every diagnostic code a
 * small bad input (cases.ts), and what ppid prints about it — the FILE:LINE:COL line, the
 * quoted source line, the caret, the `Saran:` hint, the summary and the exit code — stored
 * word for word in golden/<code>.id.txt (Bahasa Indonesia) and golden/<code>.en.txt (--lang en).
 *
 * A change to any wording, column or hint shows up as a diff of these files. When the change
 * is meant, regenerate them and review the diff:
 *
 *     npm run build && npx vitest run test/errors -u
 *
 * Only the temporary folder is normalised (the archive → <arsip>, its parent → <tmp>).
 */
import { cpSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanTempDirs, newArchive, ppidInProcess, ROOT, tempDir, type RunResult } from '../helpers/cli.js';
import { CASES, FILE, inForce, opened, recordText, TODAY, UNREACHABLE, type GoldenCase } from './cases.js';

type Lang = 'id' | 'en';
const LANGS: Lang[] = ['id', 'en'];

interface Catalogue {
  DIAGNOSTIC_CODES: readonly string[];
  diagnosticText: (code: string, params: Record<string, string | number>) => { pesan: string; saran?: string };
}
interface LangModule {
  setLang: (l: Lang, explicit?: boolean) => void;
}

const dist = (rel: string) => import(join(ROOT, 'dist', rel));
let catalogue: Catalogue;
let langModule: LangModule;
let template: string;

beforeAll(async () => {
  catalogue = (await dist('i18n/diagnostic-messages.js')) as Catalogue;
  langModule = (await dist('i18n/lang.js')) as LangModule;
  // One `ppid init` (a real process); every case works in a copy of it.
  template = newArchive();
});

afterAll(cleanTempDirs);

/** A fresh archive: <tmp>/arsip, copied from the template. */
function freshArchive(): { tmp: string; dir: string } {
  const tmp = realpathSync(tempDir('ppid-golden-'));
  const dir = join(tmp, 'arsip');
  cpSync(template, dir, { recursive: true });
  return { tmp, dir };
}

/** The golden files' name: the code, and the variant if any. */
const nameOf = (c: GoldenCase): string => (c.variant ? `${c.code}.${c.variant}` : c.code);

const argsOf = (c: GoldenCase, lang: Lang): string[] => [...(c.args ?? ['validate']), '--today', TODAY, ...(lang === 'en' ? ['--lang', 'en'] : [])];

/** What the officer sees, as one text: the command, its exit code, stdout and stderr. */
function render(args: string[], r: RunResult, tmp: string, dir: string): string {
  const norm = (s: string) => s.split(dir).join('<arsip>').split(tmp).join('<tmp>').split(tmpdir()).join('<tmp>');
  const stream = (name: string, s: string) => `--- ${name}\n${s === '' ? '(empty)\n' : norm(s).replace(/\n?$/, '\n')}`;
  return `$ ppid ${args.join(' ')}\nexit ${r.code}\n${stream('stdout', r.stdout)}${stream('stderr', r.stderr)}`;
}

/** The code's message in `lang`, its {placeholders} matching anything, as a pattern. */
function messagePattern(code: string, lang: Lang): RegExp {
  langModule.setLang(lang);
  const { pesan } = catalogue.diagnosticText(code, {});
  const parts = pesan.split(/\{\w+\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(parts.join('[^]*?'));
}

async function runCase(c: GoldenCase, lang: Lang): Promise<{ text: string; r: RunResult; dir: string }> {
  const { tmp, dir } = freshArchive();
  c.plant(dir);
  const args = argsOf(c, lang);
  const r = await ppidInProcess(args, { cwd: dir });
  return { text: render(args, r, tmp, dir), r, dir };
}

/** Commands that leave the archive as it was, so that the JSON run may follow in the same copy. */
const readOnly = (c: GoldenCase): boolean => ['validate', 'list'].includes(argsOf(c, 'id')[0]!) || argsOf(c, 'id').includes('--dry-run');

/**
 * The codes the command reports with --json (validate, import), or undefined where it has no
 * JSON for them; in `ranIn` (the archive the text run used) when the command changed nothing.
 */
async function jsonCodes(c: GoldenCase, ranIn: string): Promise<string[] | undefined> {
  const dir = readOnly(c) ? ranIn : freshArchive().dir;
  if (dir !== ranIn) c.plant(dir);
  const r = await ppidInProcess([...argsOf(c, 'id'), '--json'], { cwd: dir });
  try {
    return (JSON.parse(r.stdout) as { masalah: Array<{ kode: string }> }).masalah.map((m) => m.kode);
  } catch {
    return undefined;
  }
}

describe('golden error output', () => {
  it('the inputs the cases spoil are clean themselves', async () => {
    for (const make of [inForce, opened]) {
      const { dir } = freshArchive();
      writeFileSync(join(dir, FILE), recordText(make()));
      const r = await ppidInProcess(['validate', '--today', TODAY], { cwd: dir });
      expect(r.stdout + r.stderr, make.name).toBe('1 butir diperiksa: tidak ada masalah\n');
      expect(r.code).toBe(0);
    }
  });

  for (const c of CASES) {
    for (const lang of LANGS) {
      it(`${nameOf(c)} (${lang}): ${c.what}`, async () => {
        const { text, r, dir } = await runCase(c, lang);
        await expect(text).toMatchFileSnapshot(join('golden', `${nameOf(c)}.${lang}.txt`));
        // The case shows its own code, and nothing crashed on the way.
        expect(r.stdout + r.stderr, `${c.code} is not in the output`).toMatch(messagePattern(c.code, lang));
        expect(r.code, 'an internal error').not.toBe(70);
        if (lang === 'id') {
          const codes = await jsonCodes(c, dir);
          if (argsOf(c, 'id')[0] === 'validate') expect(codes, 'validate --json').toBeDefined();
          if (codes) expect(codes, 'the codes --json reports').toContain(c.code);
        }
      });
    }
  }

  it('every catalogued code has a golden case or a reason why it cannot have one', () => {
    const codes = [...catalogue.DIAGNOSTIC_CODES];
    const names = CASES.map(nameOf);
    expect(
      names.filter((n, i) => names.indexOf(n) !== i),
      'cases sharing a golden file',
    ).toEqual([]);
    const cased = [...new Set(CASES.map((c) => c.code))];
    expect(
      [...cased, ...Object.keys(UNREACHABLE)].filter((c) => !codes.includes(c)),
      'codes not in the catalogue',
    ).toEqual([]);
    expect(
      cased.filter((c) => c in UNREACHABLE),
      'codes both cased and unreachable',
    ).toEqual([]);
    expect(
      codes.filter((c) => !cased.includes(c) && !(c in UNREACHABLE)),
      'codes without a golden case',
    ).toEqual([]);
  });
});
