import { type Budget, bundleBudget, formatBudget } from './budgets.js';
import { sizeLines } from './formatReport.js';
import { minifiedQuotesJson, packSize, quotesBundle } from './measureSize.js';

/**
 * The sizes of a package folder (by default the project, with its committed dist/) as docs/performance.md states
 * them: the packed tarball, what a bundler ships for one named import and the minified quotes JSON, with the
 * bundle's budget. Unlike timings, they are the same on every machine, so a test holds the docs to them.
 */
export async function measureSizes(packageDir?: string): Promise<{ block: string; budget: Budget }> {
  const bundle = await quotesBundle(packageDir);
  const quotesJson = minifiedQuotesJson(packageDir);
  const budget = bundleBudget(bundle, quotesJson);
  return { block: `${sizeLines(packSize(packageDir), bundle, quotesJson)}\n\n${formatBudget(budget)}\n`, budget };
}
