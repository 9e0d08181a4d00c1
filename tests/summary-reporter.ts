import type { Reporter, TestModule } from "vitest/node";

/** Prints one plain closing line, "unit: N passed, N failed, N skipped", for scripts/test.sh. */
export class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>) {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const m of testModules) {
      const tests = [...m.children.allTests()];
      for (const t of tests) {
        const s = t.result().state;
        if (s === "passed") passed++;
        else if (s === "failed") failed++;
        else skipped++;
      }
      if (m.state() === "failed" && tests.length === 0) failed++; // the file failed to load
    }
    failed += unhandledErrors.length;
    console.log(`unit: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  }
}
