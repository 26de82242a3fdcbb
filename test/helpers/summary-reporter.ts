/**
 * Ends every run with one plain line, `vitest: N passed, N failed, N skipped`, that any CI
 * reader understands whatever the runner, preceded by the reliability figures the tests
 * measured (see test/helpers/figures.ts).
 */
import type { Reporter, TestModule } from 'vitest/node';
import { clearFigures, readFigures } from './figures.js';

export default class SummaryReporter implements Reporter {
  onInit(): void {
    clearFigures();
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    let passed = 0,
      failed = 0,
      skipped = 0;
    for (const m of modules) {
      for (const t of m.children.allTests()) {
        const state = t.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
      if (m.state() === 'failed' && [...m.children.allTests()].length === 0) failed++;
    }
    const figures = readFigures();
    if (Object.keys(figures).length > 0) {
      process.stdout.write('\nreliability figures:\n');
      for (const [name, f] of Object.entries(figures)) {
        process.stdout.write(
          `  ${name}: ${Object.entries(f)
            .map(([k, v]) => `${k} ${v}`)
            .join(', ')}\n`,
        );
      }
    }
    process.stdout.write(`\nvitest: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
