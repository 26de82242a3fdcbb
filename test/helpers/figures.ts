/**
 * Reliability figures (bad inputs tried, crash runs survived, …) that the tests measure and
 * the summary reporter prints at the end of the run. Test files run in separate processes,
 * so the figures travel through files.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const FIGURES_DIR = join(resolve(import.meta.dirname, '../..'), 'test-artifacts', 'figures');

export function recordFigures(name: string, figures: Record<string, number>): void {
  mkdirSync(FIGURES_DIR, { recursive: true });
  writeFileSync(join(FIGURES_DIR, `${name}.json`), JSON.stringify(figures));
}

export function clearFigures(): void {
  rmSync(FIGURES_DIR, { recursive: true, force: true });
}

export function readFigures(): Record<string, Record<string, number>> {
  let names: string[];
  try {
    names = readdirSync(FIGURES_DIR)
      .filter((n) => n.endsWith('.json'))
      .sort();
  } catch {
    return {};
  }
  return Object.fromEntries(names.map((n) => [n.replace(/\.json$/, ''), JSON.parse(readFileSync(join(FIGURES_DIR, n), 'utf8'))]));
}
