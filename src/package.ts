/** Files shipped with ppid itself (calendars, templates, schemas), found from this module. */
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = new URL('../', import.meta.url);

export function packagePath(rel: string): string {
  return fileURLToPath(new URL(rel, ROOT));
}

export function readPackageFile(rel: string): string {
  return readFileSync(packagePath(rel), 'utf8');
}

let version: string | undefined;
export function packageVersion(): string {
  version ??= (JSON.parse(readPackageFile('package.json')) as { version: string }).version;
  return version;
}

/**
 * ppid's version and build: a rebuilt ppid may check differently under the same version (the
 * compiled checks' time stands for the build; "src" when run from source, as in the tests).
 */
let build: string | undefined;
export function buildKey(): string {
  // Asked by each cache a command opens (settings, calendar, records): the file is looked at once.
  if (build === undefined) {
    try {
      build = String(statSync(packagePath('dist/schema/validators.cjs')).mtimeMs);
    } catch {
      build = 'src';
    }
  }
  return `${packageVersion()}:${build}`;
}
