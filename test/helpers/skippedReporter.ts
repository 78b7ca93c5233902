import type { Reporter, TestCase } from 'vitest/node';

/**
 * Lists, after the run, every test skipped for want of a program or a resource, with what it needs, so that a
 * machine without pandoc or chromium says which tests it did not run rather than only how many.
 */
export default class SkippedReporter implements Reporter {
  private readonly skipped: string[] = [];

  onTestCaseResult(testCase: TestCase): void {
    if (testCase.result().state === 'skipped' && testCase.name.includes('[skipped: ')) {
      this.skipped.push(`${testCase.module.moduleId.replace(/^.*\/test\//, 'test/')} › ${testCase.name}`);
    }
  }

  onTestRunEnd(): void {
    if (this.skipped.length === 0) return;
    const lines = [...this.skipped].sort().map((line) => `  ↓ ${line}`);
    console.log(`\nSkipped for want of a program or resource (.ci/run installs them all):\n${lines.join('\n')}\n`);
  }
}
