import { cliOptions, reportProblems } from './lib/cli.js';
import { createDataset } from './lib/createDataset.js';
import { htmlText } from './lib/htmlText.js';
import { selectsPassage } from './lib/selectsPassage.js';
import { validateData } from './validateData.js';

/**
 * Fetches the report's page at report.url and says which report links select their passage there: the build
 * checks every link against the report's text as the records hold it, and this checks that the live page still
 * prints those words. It needs the network, so it is not part of the tests; a workflow runs it every week.
 */
async function main(): Promise<void> {
  const { dataDir } = cliOptions();
  const validation = validateData(dataDir);
  if (!validation.ok) reportProblems(validation.problems, validation.unreadable, 'no link was checked');
  const dataset = createDataset(validation.data, '0.0.0');
  const links = [
    ...[...dataset.takeaways, ...dataset.quotes, ...dataset.endnotes].map((record) => ({
      where: `${record.id} reportLink`,
      link: record.reportLink,
    })),
    ...dataset.annotations.flatMap((annotation) =>
      annotation.evidence.map((excerpt, index) => ({
        where: `${annotation.id} evidence[${index}]`,
        link: excerpt.reportLink,
      })),
    ),
  ];
  const response = await fetch(dataset.report.url);
  if (!response.ok) throw new Error(`${dataset.report.url} answered ${response.status} ${response.statusText}`);
  const text = htmlText(await response.text());
  const failed = links.filter(({ link }) => !selectsPassage(link, text));
  for (const { where, link } of failed)
    console.error(`✖ ${where}: the page at report.url does not print the passage ${link} selects`);
  const passed = links.length - failed.length;
  console.log(`${passed} of ${links.length} report links select their passage on ${dataset.report.url}`);
  if (failed.length > 0) process.exit(1);
}

main().catch((error: unknown) => {
  console.error(`✖ ${(error as Error).message}`);
  process.exit(1);
});
