import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import initSqlJs from 'sql.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectionNames } from '../schema/index.js';
import { type InstalledPackage, packAndInstall } from '../scripts/package/packedPackage.js';
import { freshDist } from './helpers/freshDist.js';
import { freshPackage } from './helpers/freshPackage.js';
import { itWhen, itWith } from './helpers/optionalPrograms.js';
import { pythonWith, rWith } from './helpers/optionalResources.js';
import {
  documentationPage,
  documentationPages,
  type FencedBlock,
  fencedBlocks,
  inlineCommands,
  markdownSection,
  readme,
  statedOutput,
} from './helpers/readmeExamples.js';
import { root } from './helpers/runScript.js';
import { expectBlocksToRun } from './helpers/typescriptBlocks.js';

const pages = documentationPages();
const blocks = pages.flatMap((page) => fencedBlocks(page.markdown, page.path));
// languages that are not code to run: output, messages, diagrams
const notRunnable = ['text', 'mermaid'];
const database = freshDist('sqlite/beijing-two-voices.db');
const packageVersion: string = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
// an inline code span that starts with one of these and has arguments is a command
const programs = [
  'jq',
  'python3',
  'pandoc',
  'sqlite3',
  'echo',
  'cd',
  'node',
  'npx',
  'npm',
  'soffice',
  'datasette',
  'frictionless',
  'sha256sum',
  'Rscript',
  'duckdb',
  'git',
  'curl',
  'wget',
  'apt-get',
] as const;
// what a command needs beyond Node and a shell, so that it is skipped, naming it, where that is missing
const optionalPrograms = ['jq', 'python3', 'pandoc', 'sqlite3', 'sha256sum'];

function needs(command: string): string[] {
  return optionalPrograms.filter((program) => new RegExp(`(^|[|;&(]\\s*)${program}\\b`, 'm').test(command));
}

/** The command each package the docs run with `npx -y` installs, where it is not the package's name. */
const npxBins: Record<string, string> = { 'ajv-cli': 'ajv' };
/** The command with each `npx -y <package>` a reader types run by the pinned devDependency instead, offline. */
const offline = (command: string) =>
  command.replace(/\bnpx -y ([\w@/.-]+)/g, (_, name: string) => join(root, 'node_modules/.bin', npxBins[name] ?? name));
/**
 * Where a one-line command runs: one that reads dist/ or imports the package, in the package's files with this
 * run's fresh build as dist/, so that a stale dist/ cannot pass; any other (npm run validate), in the repository.
 */
const cwdFor = (command: string) => (/\bdist\b|'beijing-two-voices'/.test(command) ? freshPackage() : root);

/**
 * The documentation's one-line commands that this file does not run, each with the reason and what runs it
 * instead, if anything. Those that are steps of .ci/run are not listed: CI runs them.
 */
const notRunHere: Record<string, string> = {
  'npm run mutation': 'hours long on two cores, and not part of CI',
  'npm run mutation -- exporters': 'one group of npm run mutation: hours long on two cores, and not part of CI',
  'npm run mutation -- exporters-static':
    'the mutants run at import, each in a fresh process: an hour long on two cores, and not part of CI',
  'npm run mutation -- exporters-static --sample 20':
    'twenty mutants run at import, each in a fresh process: minutes long, and not part of CI',
  'npx --yes -p @stryker-mutator/core@9.6.1 -p @stryker-mutator/vitest-runner@9.6.1 stryker run mutation/stryker.exporters.config.json --mutate scripts/exporters/citations/ris.ts':
    'a mutation run: minutes long even over one file, fetches StrykerJS from the npm registry, and not part of CI',
  'npm run bench': 'minutes long, its timings moved by load; test/bench.test.ts runs its path at small scales',
  'npm run bench -- --strict': 'the bench, failing on a budget: minutes long, as npm run bench',
  'npm run sizes':
    'rewrites docs/performance.md; test/sizes.test.ts compares the figures it wrote with a fresh measure',
  'npm run changeset': 'interactive: it asks for the bump and the text of the change',
  'npm run version':
    'cuts a release, rewriting package.json, CHANGELOG.md, CITATION.cff and dist/; test/citation-cff.test.ts runs its step that sets the version in the docs, on copies',
  'npm run format':
    'rewrites data/, which the other tests read meanwhile; test/badData.test.ts runs it on a copy of data/',
  'npm run docs:files':
    'rewrites docs/files.md; test/fileAddresses.test.ts proves that its list is what it writes from a fresh build',
  'soffice --headless --infilter=CSV:44,34,76 --convert-to ods dist/csv-excel/quotes.csv':
    'test/libreoffice.test.ts runs it and compares every Chinese title it converts',
  'sqlite3 dist/sqlite/beijing-two-voices.db':
    'opens the interactive shell; the SQL blocks of the pages are fed to sqlite3 by the tests below',
  'datasette dist/sqlite/beijing-two-voices.db -m dist/sqlite/metadata.json':
    'starts a web server that runs until stopped; Datasette comes from PyPI, which the tests do not use',
  'frictionless validate':
    'Frictionless’s command comes from PyPI, which the tests do not use; test/exporters/datapackage.test.ts checks datapackage.json against Frictionless’s Tabular Data Package profile, and the CSV files against it',
  'npx --yes @arethetypeswrong/cli@0.18.5':
    'fetches Are the Types Wrong from the npm registry, which the tests do not reach; npm run check:package runs it on the packed package',
  'npm run check:report-links':
    'fetches the report’s page over the network; .github/workflows/report-links.yml runs it every week, and test/lib/selectsPassage.test.ts proves its matching on a local page',
  'npm audit signatures': 'asks the npm registry about a package installed from it: network, and a published release',
  'npm install zod':
    'installs from the npm registry; test/zodVersions.test.ts installs the versions of zod the package admits and runs the schema examples with each',
  'apt-get install chromium': 'installs a Debian package, as root, from the network; .ci/run installs it',
};
const ciSteps = readFileSync(join(root, '.ci/run'), 'utf8').split('\n');
/** A command CI runs: each of its parts joined by && is a line of .ci/run. */
const runByCi = (command: string) => command.split('&&').every((part) => ciSteps.includes(part.trim()));
const commands = pages.flatMap((page) =>
  inlineCommands(page.markdown, programs).map((command) => ({ page: page.path, command })),
);

function bash(command: string, cwd: string) {
  return spawnSync('bash', ['-euo', 'pipefail', '-c', command], { cwd, encoding: 'utf8', timeout: 120_000 });
}

describe('the README’s shape', () => {
  const markdown = readme();

  it('is at most 12,000 bytes: the rest is in docs/', () => {
    expect(Buffer.byteLength(markdown, 'utf8')).toBeLessThanOrEqual(12_000);
  });

  it('says what the dataset is before anything else: its first paragraph, under the title', () => {
    const [title, first] = markdown.split(/\n\n+/);
    expect(title).toBe('# beijing-two-voices');
    expect(first).toMatch(/^The Brookings report “China as a ‘Cyber Great Power’/);
  });
});

describe('code examples of the README and docs/', () => {
  let installed: InstalledPackage;
  beforeAll(() => {
    installed = packAndInstall(freshPackage());
  });
  afterAll(() => rmSync(installed.dir, { recursive: true, force: true }));

  it('every fenced block is a language the tests run, or plainly not code', () => {
    for (const block of blocks) {
      expect(['sh', 'ts', 'js', 'sql', 'python', 'r', ...notRunnable], `${block.page} line ${block.line}`).toContain(
        block.lang,
      );
    }
  });

  it('the set-up commands the README opens with are the ones CI runs', () => {
    const [first] = fencedBlocks(readme());
    expect(first.lang).toBe('sh');
    for (const command of first.code.split(/\n|&&/).map((part) => part.trim())) {
      expect(ciSteps, command).toContain(command);
    }
  });

  // the README's set-up commands run in a clone; every other shell block is for a user of the package
  const shell = blocks.filter((block) => block.lang === 'sh').slice(1);
  it('there are shell blocks besides the set-up commands', () => {
    expect(shell.length).toBeGreaterThan(0);
  });

  for (const block of shell) {
    itWith(
      needs(block.code),
      `the shell block of ${block.page} line ${block.line} runs, with the package installed from its tarball`,
      () => {
        const project = mkdtempSync(join(tmpdir(), 'btv-readme-'));
        writeFileSync(join(project, 'package.json'), '{ "name": "readme-example", "private": true }\n');
        // the published name, at any version, stands for the tarball this checkout packs
        const command = block.code.replace(
          /\bbeijing-two-voices(?:@\d+\.\d+\.\d+\S*)?(?![\w/-])/g,
          `--offline --no-audit --no-fund ${installed.tarball}`,
        );
        const result = bash(command, project);
        expect(result.status, `${block.page} line ${block.line}: ${result.stderr}`).toBe(0);
        rmSync(project, { recursive: true, force: true });
      },
    );
  }

  it('every TypeScript block type-checks strictly and runs against the installed package, printing what it says', () => {
    const typescript = blocks.filter((block) => block.lang === 'ts');
    expect(typescript.length).toBeGreaterThan(0);
    expectBlocksToRun(installed.project, typescript);
  });

  it('every JavaScript block runs as CommonJS against the installed package', () => {
    const javascript = blocks.filter((block) => block.lang === 'js');
    expect(javascript.length).toBeGreaterThan(0);
    for (const [i, block] of javascript.entries()) {
      const script = join(installed.project, `readme-${i}.cjs`);
      writeFileSync(script, block.code);
      const result = spawnSync(process.execPath, [script], { cwd: installed.project, encoding: 'utf8' });
      expect(result.status, `${block.page} line ${block.line}: ${result.stderr}`).toBe(0);
    }
  });
});

describe('one-line commands of the README and docs/', () => {
  const ranHere = commands.filter(({ command }) => !runByCi(command) && !(command in notRunHere));

  it('each that this file does not run is a step of CI, or is listed with the reason', () => {
    const known = new Set(commands.map(({ command }) => command));
    for (const listed of Object.keys(notRunHere))
      expect(known, `listed but not in the docs: ${listed}`).toContain(listed);
    for (const { command } of commands.filter(({ command }) => runByCi(command))) {
      expect(notRunHere, `${command} is run by CI, so needs no reason`).not.toHaveProperty([command]);
    }
    expect(ranHere.length).toBeGreaterThan(0);
  });

  it('names what each needs beyond Node', () => {
    expect(ranHere.filter(({ command }) => needs(command).length > 0).length).toBeGreaterThan(0);
    for (const { command } of ranHere.filter(({ command }) => /\b(jq|pandoc|python3|sha256sum)\b/.test(command)))
      expect(needs(command), command).not.toEqual([]);
  });

  // a command given on several pages runs once
  const distinct = [...new Set(ranHere.map(({ command }) => command))];
  for (const command of distinct) {
    const where = ranHere.filter((candidate) => candidate.command === command).map(({ page }) => page);
    itWith(needs(command), `${[...new Set(where)].join(', ')} runs: ${command.slice(0, 70)}`, () => {
      const result = bash(offline(command), cwdFor(command));
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout.trim().length).toBeGreaterThan(0);
    });
  }
});

describe('docs/files.md, one line with a command for each kind of output', () => {
  const fileCommands = inlineCommands(
    markdownSection(documentationPage('docs/files.md'), 'What each file is'),
    programs,
  );

  it('there is one for each kind of output', () => {
    for (const folder of [
      'json/',
      'schema/',
      'citations/',
      'csv/',
      'datapackage.json',
      'sqlite/',
      'quote-speakers.csv',
      'SHA256SUMS',
      "from 'beijing-two-voices'",
    ]) {
      expect(
        fileCommands.some((command) => command.includes(folder)),
        folder,
      ).toBe(true);
    }
  });
});

describe('record counts', () => {
  it('the table of collections in docs/data-model.md gives the number of records each has in dist/json', () => {
    const section = markdownSection(documentationPage('docs/data-model.md'), 'What is in it');
    const rows = [...section.matchAll(/^\| `(\w+)`\s*\| (\d+)\s*\|/gm)];
    expect(rows.map(([, name]) => name)).toEqual(collectionNames);
    for (const [, name, count] of rows) {
      const records = JSON.parse(readFileSync(freshDist(`json/${name}.json`), 'utf8'));
      expect(Array.isArray(records) ? records.length : 1, name).toBe(Number(count));
    }
  });
});

describe('pinning by URL', () => {
  const section = markdownSection(readme(), 'Pin and cite a release');
  const jsDelivr = 'https://cdn.jsdelivr.net/npm/beijing-two-voices@';

  it('the README gives the per-version address pattern on both npm CDNs', () => {
    expect(section).toContain(`\`${jsDelivr}<version>/dist/<path>\``);
    expect(section).toContain('`https://unpkg.com/beijing-two-voices@<version>/dist/<path>`');
    expect(section).toMatch(/`meta\.version`/);
  });

  it('every version the README and docs/ pin is the one package.json releases', () => {
    const pinned = pages.flatMap((page) =>
      [...page.markdown.matchAll(/beijing-two-voices@(\d+\.\d+\.\d+(?:-[\w.]*\w)?)/g)].map((match) => ({
        page: page.path,
        version: match[1],
      })),
    );
    expect(pinned.filter(({ page }) => page === 'README.md').length).toBeGreaterThan(1);
    for (const { page, version } of pinned) expect(version, page).toBe(packageVersion);
  });

  it('the README’s example address is of a file the build writes, at the current version', () => {
    const examples = [
      ...section.matchAll(/https:\/\/cdn\.jsdelivr\.net\/npm\/beijing-two-voices@(\d[^/]*)\/dist\/([^\s>`]+)/g),
    ];
    expect(examples.length).toBeGreaterThan(0);
    for (const [, version, path] of examples) {
      expect(version).toBe(packageVersion);
      expect(existsSync(freshDist(path)), path).toBe(true);
    }
  });
});

describe('SQL, Python and R examples of the README and docs/, run against the fresh build as dist/', () => {
  // DuckDB's SQL reads the CSV or Parquet files; SQLite's queries the database
  const isDuckDb = (block: FencedBlock) => block.code.includes('read_csv(') || block.code.includes('.parquet');
  const sql = blocks.filter((block) => block.lang === 'sql' && !isDuckDb(block));
  const duckDb = blocks.filter((block) => block.lang === 'sql' && isDuckDb(block));
  // a block that needs what cannot be installed here (pyarrow, R's arrow) says so on its first line, and is not run
  const tested = (block: FencedBlock) => !block.code.startsWith('# untested: needs ');
  const python = blocks.filter((block) => block.lang === 'python' && tested(block));
  const r = blocks.filter((block) => block.lang === 'r' && tested(block));
  const pandasPython = pythonWith('pandas');

  it('there are SQL, DuckDB, Python and R examples', () => {
    expect(sql.length).toBeGreaterThan(1);
    expect(python.length).toBeGreaterThan(1);
    expect(duckDb.length).toBeGreaterThan(0);
    expect(r.length).toBeGreaterThan(0);
  });

  for (const block of duckDb) {
    it(`DuckDB answers the SQL of ${block.page} line ${block.line}, reading the CSV or Parquet files`, async () => {
      const instance = await DuckDBInstance.create(':memory:');
      const connection = await instance.connect();
      // DuckDB reads paths from the working directory: the pages' are relative to the package
      const code = block.code.replaceAll("'dist/", `'${freshDist().replaceAll("'", "''")}/`);
      try {
        const rows = (await connection.runAndReadAll(code)).getRowObjectsJson();
        expect(rows.length).toBeGreaterThan(0);
      } finally {
        connection.closeSync();
        instance.closeSync();
      }
    });
  }

  it('DuckDB detects the types docs/sql.md says: nullable integers as BIGINT, dates of mixed precision as text', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    const file = freshDist('csv/quotes.csv').replaceAll("'", "''");
    const rows = (await connection.runAndReadAll(`DESCRIBE SELECT * FROM read_csv('${file}')`)).getRowObjectsJson();
    const types = Object.fromEntries(rows.map((row) => [row.column_name, row.column_type]));
    connection.closeSync();
    instance.closeSync();
    expect(types).toMatchObject({ takeaway: 'BIGINT', endnote: 'BIGINT', citation: 'BIGINT', date: 'VARCHAR' });
  });

  for (const block of r) {
    const packages = [...block.code.matchAll(/\b(?:library\((\w+)\)|(\w+)::)/g)].map(
      (match) => match[1] ?? match[2] ?? '',
    );
    const needs = `Rscript with ${[...new Set(packages)].join(' and ')} (apt-get install r-cran-dbi r-cran-rsqlite)`;
    itWhen(
      rWith([...new Set(packages)]),
      needs,
      `the R of ${block.page} line ${block.line} runs, printing what it says`,
      () => {
        const dir = mkdtempSync(join(tmpdir(), 'btv-readme-r-'));
        writeFileSync(join(dir, 'example.R'), block.code);
        const result = spawnSync('Rscript', [join(dir, 'example.R')], { cwd: freshPackage(), encoding: 'utf8' });
        rmSync(dir, { recursive: true, force: true });
        expect(result.status, `${block.page} line ${block.line}: ${result.stderr}`).toBe(0);
        const stated = statedOutput(block.code);
        expect(result.stdout.trimEnd().split('\n').slice(-stated.length)).toEqual(stated);
      },
    );
  }

  for (const block of sql) {
    it(`sql.js answers the SQL of ${block.page} line ${block.line}`, async () => {
      const sqlJs = await initSqlJs();
      const db = new sqlJs.Database(readFileSync(database));
      const results = db.exec(block.code);
      db.close();
      expect(results.at(-1)?.values.length ?? 0).toBeGreaterThan(0);
    });

    itWith(['sqlite3'], `the sqlite3 command answers the SQL of ${block.page} line ${block.line}`, () => {
      const result = spawnSync('sqlite3', ['-readonly', database], { input: block.code, encoding: 'utf8' });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(result.stdout.trim().length).toBeGreaterThan(0);
    });
  }

  for (const block of python) {
    const run = (interpreter: string) => {
      const result = spawnSync(interpreter, ['-c', block.code], { cwd: freshPackage(), encoding: 'utf8' });
      expect(result.status, `${block.page} line ${block.line}: ${result.stderr}`).toBe(0);
      const stated = statedOutput(block.code);
      if (stated.length > 0) expect(result.stdout.trimEnd().split('\n').slice(-stated.length)).toEqual(stated);
      else expect(result.stdout.trim().length).toBeGreaterThan(0);
    };
    const name = `the Python of ${block.page} line ${block.line} runs, printing what it says`;
    if (/^import pandas/m.test(block.code)) {
      itWhen(pandasPython !== undefined, 'python3 with pandas (apt-get install python3-pandas)', name, () =>
        run(pandasPython ?? 'python3'),
      );
    } else {
      itWith(['python3'], name, () => run('python3'));
    }
  }
});
