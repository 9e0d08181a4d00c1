import type { Reporter, TestModule } from "vitest/node";

/** Prints one plain closing line, "unit: N passed, N failed, N skipped", for scripts/test.sh. */
export class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>) {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const m of testModules) {
      let failedHere = 0;
      for (const t of m.children.allTests()) {
        const s = t.result().state;
        if (s === "passed") passed++;
        else if (s === "failed") failedHere++;
        else skipped++;
      }
      // A file that failed to load, or whose hooks failed, fails even if no test did.
      if (m.state() === "failed" && failedHere === 0) failedHere = 1;
      failed += failedHere;
    }
    failed += unhandledErrors.length;
    console.log(`unit: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  }
}
