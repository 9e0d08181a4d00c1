import type { FullResult, Reporter, Suite } from "@playwright/test/reporter";

/** Prints one plain closing line, "e2e: N passed, N failed, N skipped", for scripts/test.sh. */
export default class SummaryReporter implements Reporter {
  private root?: Suite;
  onBegin(_config: unknown, suite: Suite) {
    this.root = suite;
  }
  onEnd(_result: FullResult) {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const t of this.root?.allTests() ?? []) {
      const o = t.outcome();
      if (o === "expected" || o === "flaky") passed++;
      else if (o === "skipped") skipped++;
      else failed++;
    }
    console.log(`e2e: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  }
  printsToStdio() {
    return false;
  }
}
