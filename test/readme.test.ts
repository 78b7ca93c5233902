import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import initSqlJs from 'sql.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectionNames } from '../schema/index.js';
import { type InstalledPackage, packAndInstall } from '../scripts/package/packedPackage.js';
import { itWhen, itWith, network } from './helpers/optionalPrograms.js';
import { pythonWith, rWith } from './helpers/optionalResources.js';
import {
  type FencedBlock,
  fencedBlocks,
  inlineCommands,
  markdownSection,
  readme,
  statedOutput,
} from './helpers/readmeExamples.js';
import { root } from './helpers/runScript.js';
import { expectBlocksToRun } from './helpers/typescriptBlocks.js';

const markdown = readme();
const blocks = fencedBlocks(markdown);
// languages that are not code to run: output, messages, diagrams
const notRunnable = ['text', 'mermaid'];
const database = join(root, 'dist/sqlite/beijing-two-voices.db');
const programs = ['jq', 'python3', 'pandoc', 'sqlite3', 'echo', 'cd', 'node', 'npx'] as const;
// what a command needs beyond Node and a shell, so that it is skipped, naming it, where that is missing
const optionalPrograms = ['jq', 'python3', 'pandoc', 'sqlite3', 'sha256sum'];

function needs(command: string): string[] {
  const used = optionalPrograms.filter((program) => new RegExp(`(^|[|;&(]\\s*)${program}\\b`).test(command));
  return /\bnpx -y\b/.test(command) ? [...used, network] : used;
}

function bash(command: string, cwd: string) {
  return spawnSync('bash', ['-euo', 'pipefail', '-c', command], { cwd, encoding: 'utf8', timeout: 120_000 });
}

describe('README code examples', () => {
  let installed: InstalledPackage;
  beforeAll(() => {
    installed = packAndInstall();
  });
  afterAll(() => rmSync(installed.dir, { recursive: true, force: true }));

  it('every fenced block is a language the tests run, or plainly not code', () => {
    for (const block of blocks) {
      expect(['sh', 'ts', 'js', 'sql', 'python', 'r', ...notRunnable], `README.md line ${block.line}`).toContain(
        block.lang,
      );
    }
  });

  it('the set-up commands it opens with are the ones CI runs', () => {
    const [first] = blocks;
    expect(first.lang).toBe('sh');
    const ciSteps = readFileSync(join(root, '.ci/run'), 'utf8').split('\n');
    for (const command of first.code.split(/\n|&&/).map((part) => part.trim())) {
      expect(ciSteps, command).toContain(command);
    }
  });

  it('every other shell block runs, with the package installed from its tarball', () => {
    const shell = blocks.filter((block) => block.lang === 'sh').slice(1);
    expect(shell.length).toBeGreaterThan(0);
    for (const block of shell) {
      const project = mkdtempSync(join(tmpdir(), 'btv-readme-'));
      writeFileSync(join(project, 'package.json'), '{ "name": "readme-example", "private": true }\n');
      // the published name stands for the tarball this checkout packs
      const command = block.code.replace(
        /\bbeijing-two-voices\b(?!\/)/g,
        `--offline --no-audit --no-fund ${installed.tarball}`,
      );
      const result = bash(command, project);
      expect(result.status, `README.md line ${block.line}: ${result.stderr}`).toBe(0);
      rmSync(project, { recursive: true, force: true });
    }
  });

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
      expect(result.status, `README.md line ${block.line}: ${result.stderr}`).toBe(0);
    }
  });
});

describe('README one-line examples of the files in dist/', () => {
  const commands = inlineCommands(markdownSection(markdown, 'Files in dist/'), programs);

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
        commands.some((command) => command.includes(folder)),
        folder,
      ).toBe(true);
    }
  });

  it('names what each needs beyond Node', () => {
    expect(commands.filter((command) => needs(command).length > 0).length).toBeGreaterThan(0);
    for (const command of commands.filter((candidate) => /\b(jq|pandoc|python3|sha256sum|npx -y)\b/.test(candidate)))
      expect(needs(command), command).not.toEqual([]);
  });

  for (const command of commands) {
    itWith(needs(command), `runs: ${command.slice(0, 70)}`, () => {
      const result = bash(command, root);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout.trim().length).toBeGreaterThan(0);
    });
  }
});

describe('README record counts', () => {
  it('the table of collections gives the number of records each has in dist/json', () => {
    const rows = [...markdownSection(markdown, 'What is in it').matchAll(/^\| `(\w+)`\s*\| (\d+)\s*\|/gm)];
    expect(rows.map(([, name]) => name)).toEqual(collectionNames);
    for (const [, name, count] of rows) {
      const records = JSON.parse(readFileSync(join(root, `dist/json/${name}.json`), 'utf8'));
      expect(Array.isArray(records) ? records.length : 1, name).toBe(Number(count));
    }
  });
});

describe('README SQL, Python and R examples, run from the repository against dist/', () => {
  // DuckDB's SQL reads the CSV files; SQLite's queries the database
  const isDuckDb = (block: FencedBlock) => block.code.includes('read_csv(');
  const sql = blocks.filter((block) => block.lang === 'sql' && !isDuckDb(block));
  const duckDb = blocks.filter((block) => block.lang === 'sql' && isDuckDb(block));
  const python = blocks.filter((block) => block.lang === 'python');
  const r = blocks.filter((block) => block.lang === 'r');
  const pandasPython = pythonWith('pandas');

  it('there are SQL, DuckDB, Python and R examples', () => {
    expect(sql.length).toBeGreaterThan(1);
    expect(python.length).toBeGreaterThan(1);
    expect(duckDb.length).toBeGreaterThan(0);
    expect(r.length).toBeGreaterThan(0);
  });

  for (const block of duckDb) {
    it(`DuckDB answers the SQL of line ${block.line}, reading the CSV files`, async () => {
      const instance = await DuckDBInstance.create(':memory:');
      const connection = await instance.connect();
      // DuckDB reads paths from the working directory: the README's are relative to the repository
      const code = block.code.replaceAll("'dist/", `'${join(root, 'dist').replaceAll("'", "''")}/`);
      try {
        const rows = (await connection.runAndReadAll(code)).getRowObjectsJson();
        expect(rows.length).toBeGreaterThan(0);
      } finally {
        connection.closeSync();
        instance.closeSync();
      }
    });
  }

  it('DuckDB detects the types the README says: nullable integers as BIGINT, dates of mixed precision as text', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    const file = join(root, 'dist/csv/quotes.csv').replaceAll("'", "''");
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
    itWhen(rWith([...new Set(packages)]), needs, `the R of line ${block.line} runs, printing what it says`, () => {
      const dir = mkdtempSync(join(tmpdir(), 'btv-readme-r-'));
      writeFileSync(join(dir, 'example.R'), block.code);
      const result = spawnSync('Rscript', [join(dir, 'example.R')], { cwd: root, encoding: 'utf8' });
      rmSync(dir, { recursive: true, force: true });
      expect(result.status, `README.md line ${block.line}: ${result.stderr}`).toBe(0);
      const stated = statedOutput(block.code);
      expect(result.stdout.trimEnd().split('\n').slice(-stated.length)).toEqual(stated);
    });
  }

  for (const block of sql) {
    it(`sql.js answers the SQL of line ${block.line}`, async () => {
      const sqlJs = await initSqlJs();
      const db = new sqlJs.Database(readFileSync(database));
      const results = db.exec(block.code);
      db.close();
      expect(results.at(-1)?.values.length ?? 0).toBeGreaterThan(0);
    });

    itWith(['sqlite3'], `the sqlite3 command answers the SQL of line ${block.line}`, () => {
      const result = spawnSync('sqlite3', ['-readonly', database], { input: block.code, encoding: 'utf8' });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(result.stdout.trim().length).toBeGreaterThan(0);
    });
  }

  for (const block of python) {
    const run = (interpreter: string) => {
      const result = spawnSync(interpreter, ['-c', block.code], { cwd: root, encoding: 'utf8' });
      expect(result.status, `README.md line ${block.line}: ${result.stderr}`).toBe(0);
      const stated = statedOutput(block.code);
      if (stated.length > 0) expect(result.stdout.trimEnd().split('\n').slice(-stated.length)).toEqual(stated);
      else expect(result.stdout.trim().length).toBeGreaterThan(0);
    };
    const name = `the Python of line ${block.line} runs, printing what it says`;
    if (/^import pandas/m.test(block.code)) {
      itWhen(pandasPython !== undefined, 'python3 with pandas (apt-get install python3-pandas)', name, () =>
        run(pandasPython ?? 'python3'),
      );
    } else {
      itWith(['python3'], name, () => run('python3'));
    }
  }
});
