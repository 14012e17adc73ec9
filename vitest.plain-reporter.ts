/**
 * Prints one plain `N passed, N failed` line at the end, so a run that executed no test is visible
 * in CI logs, and a file that failed as a whole (a hook timed out) is named as failed. Expected failures (`it.fails` cases the rules still get wrong) are counted apart.
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class PlainSummary implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    let passed = 0, failed = 0, skipped = 0, expected = 0, failedFiles = 0;
    for (const module of modules) {
      // A file whose hooks or imports failed skips its tests: the file itself is the failure.
      if (module.state() === 'failed') failedFiles++;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed' && test.options.fails) expected++;
        else if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
    }
    console.log(`${passed} passed, ${failed} failed` + (expected ? `, ${expected} expected failures` : '') + (skipped ? `, ${skipped} skipped` : '') + (failedFiles ? `, ${failedFiles} test file(s) failed` : ''));
  }
}
