/**
 * The one test that reads the committed dist/: each exporter run in process on data/ (with the release of
 * CITATION.cff, as npm run build) writes exactly the committed files of dist/ that it writes, given the committed
 * files of the exporters before it, and together they write every committed file. So a stale dist/ (a rebuild not
 * committed) names the exporter whose files differ, and mutation testing finds in process every mutant that changes a
 * file; CI's git diff after npm run build says it too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportChecksums } from '../../scripts/exporters/checksums.js';
import { exportExplorer } from '../../scripts/exporters/explorer.js';
import { exporters } from '../../scripts/exporters/index.js';
import type { Exporter } from '../../scripts/exporters/types.js';
import { createDataset } from '../../scripts/lib/createDataset.js';
import type { OutputFile } from '../../scripts/lib/outputFile.js';
import { readRelease } from '../../scripts/lib/readRelease.js';
import { validateData } from '../../scripts/validateData.js';
import { differences, root, snapshotTree } from '../helpers/runScript.js';

const committedDir = join(root, 'dist');
const stale = 'the committed dist/ is stale: run npm run build and commit dist/';

/** The dataset as npm run build makes it: data/, with the release of CITATION.cff. */
function builtDataset() {
  const validation = validateData(join(root, 'data'));
  if (!validation.ok) throw new Error('data/ does not validate');
  const release = readRelease(root);
  return createDataset(validation.data, release.version, release);
}

/**
 * Under mutation testing, the modules that the explorer bundles into its page are instrumented with Stryker's mutant
 * switches, so the page's script, and its hash in the page's Content-Security-Policy, cannot be the committed ones;
 * the rest of the page can, and is compared. Anywhere else, no file holds the switches and every byte is compared.
 */
const instrumented = (contents: OutputFile['contents']) =>
  typeof contents === 'string' && contents.includes('stryMutAct_9fa48');
const withoutScript = (html: string) =>
  html.replace(/(<script>)[\s\S]*?(<\/script>)/g, '$1$2').replace(/sha256-[A-Za-z0-9+/=]+/g, 'sha256-');

/** A file's bytes, as snapshotTree gives them: text is written as UTF-8. */
const asBase64 = (contents: OutputFile['contents']) =>
  (typeof contents === 'string' ? Buffer.from(contents, 'utf8') : Buffer.from(contents)).toString('base64');

describe('each exporter in process', () => {
  // the committed files as the exporters hand them on: text as text, the rest as bytes; read before the tests, so
  // that a missing dist/ fails every one of them rather than leaving none to run
  const files = new Map<string, OutputFile['contents']>();
  beforeAll(() => {
    for (const path of Object.keys(snapshotTree(committedDir))) {
      const bytes = readFileSync(join(committedDir, path));
      const text = bytes.toString('utf8');
      files.set(path, Buffer.from(text, 'utf8').equals(bytes) ? text : new Uint8Array(bytes));
    }
    expect(files.size, `${committedDir} holds the committed files`).toBeGreaterThan(0);
  });

  // what the last two exporters write, which every other exporter runs before: the explorer offers the files
  // before it for download, and SHA256SUMS lists every file before it
  const withheld = (exporter: Exporter, path: string) =>
    path === 'SHA256SUMS' || (exporter !== exportChecksums && path.startsWith('explorer/'));

  it('runs the explorer and then the checksums last, as the files each exporter is given below assume', () => {
    expect(exporters.slice(-2)).toEqual([exportExplorer, exportChecksums]);
  });

  const written = new Set<string>();
  exporters.forEach((exporter, at) => {
    it(`holds what exporter ${at + 1} of ${exporters.length} (${exporter.name}) writes, in process`, async () => {
      const earlier = new Map([...files].filter(([path]) => !withheld(exporter, path)));
      const made = await exporter(builtDataset(), earlier);
      for (const { path } of made) written.add(path);
      expect(made.length, `${exporter.name} writes a file`).toBeGreaterThan(0);
      const comparable = made.map(({ path, contents }) => {
        const committed = files.get(path);
        if (!instrumented(contents) || typeof committed !== 'string') return { path, contents, committed };
        return { path, contents: withoutScript(contents as string), committed: withoutScript(committed) };
      });
      const built = Object.fromEntries(comparable.map((file) => [file.path, asBase64(file.contents)]));
      const mine = Object.fromEntries(
        comparable.flatMap(({ path, committed }) => (committed === undefined ? [] : [[path, asBase64(committed)]])),
      );
      expect(differences(mine, built), stale).toEqual([]);
    });
  });

  it('holds no file that no exporter writes', () => {
    expect(
      [...files.keys()].filter((path) => !written.has(path)),
      stale,
    ).toEqual([]);
  });
});
