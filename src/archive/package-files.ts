/** Files shipped with ppid itself (calendars, templates, schemas), found from this module. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = new URL('../../', import.meta.url);

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
