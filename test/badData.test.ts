import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateData } from '../scripts/validateData.js';
import { editRecords, problemsAfter } from './helpers/brokenData.js';
import { readCollection, runScript, scratchProject, snapshotTree } from './helpers/runScript.js';

type Records = Record<string, unknown>[];

/**
 * Breaks a scratch copy of valid data, builds it in a child process as `npm run build` does, and checks the build
 * refused (exit 1, no stack trace) without touching dist/. Each case's lines are also proven in process (the
 * build prints exactly the validator's lines): a child process per case would cost a second or two each.
 */
function buildBroken(breakData: (dataDir: string) => void) {
  const { dataDir, distDir } = scratchProject();
  writeFileSync(join(distDir, 'previous-build.txt'), 'kept\n');
  const before = snapshotTree(distDir);
  breakData(dataDir);
  const result = runScript('build', ['--data', dataDir, '--dist', distDir]);
  expect(result.status).toBe(1);
  expect(result.stderr).not.toMatch(/^\s+at /m);
  expect(snapshotTree(distDir)).toEqual(before);
  return result.problems;
}

describe('bad data is refused with one precise line per problem, and a build leaves dist/ as it was', () => {
  it('a missing field', () => {
    const problems = problemsAfter(editRecords('quotes', (quotes) => delete quotes[0].voice));
    expect(problems).toEqual(['✖ data/quotes.json q-t1-1 voice: missing required field']);
  });

  it('an unknown field', () => {
    const problems = problemsAfter(editRecords('people', (people) => Object.assign(people[0], { nickname: 'X' })));
    expect(problems).toEqual([
      '✖ data/people.json xi-jinping nickname: unknown field; the person schema has no such field (remove it, or add it to the schema first)',
    ]);
  });

  it('an unknown theme', () => {
    const problems = problemsAfter(
      editRecords('quotes', (quotes) => Object.assign(quotes[1], { theme: 'no-such-theme' })),
    );
    expect(problems).toEqual([
      '✖ data/quotes.json q-2 theme: unknown theme "no-such-theme" (no theme has that id in data/themes.json)',
    ]);
  });

  it('an unknown source', () => {
    const problems = problemsAfter(
      editRecords('endnotes', (endnotes) => Object.assign(endnotes[0], { citations: [{ source: 'no-such-work' }] })),
    );
    expect(problems).toEqual([
      '✖ data/endnotes.json endnote-1 citations[0].source: unknown source "no-such-work" (no source has that id in data/sources.json)',
      // the work it cited before is now cited by nothing
      '✖ data/sources.json xi-jinping-2016-speech id: no record refers to this source (none of endnotes.citations.source names it); remove it, or add the link the report makes',
    ]);
  });

  it('a duplicate id, even across collections', () => {
    const problems = problemsAfter(
      editRecords('annotations', (annotations) => Object.assign(annotations[0], { id: 'q-2' })),
    );
    expect(problems).toEqual([
      '✖ data/annotations.json q-2 id: duplicate id "q-2", already used in data/quotes.json; give this record a new id',
    ]);
  });

  it('an unknown voice', () => {
    const problems = problemsAfter(editRecords('quotes', (quotes) => Object.assign(quotes[1], { voice: 'outer' })));
    expect(problems).toEqual([
      '✖ data/quotes.json q-2 voice: invalid value "outer"; expected "external" or "internal"',
    ]);
  });

  it('invalid JSON, located by line and column', () => {
    const problems = buildBroken((dataDir) => {
      const path = join(dataDir, 'themes.json');
      writeFileSync(path, readFileSync(path, 'utf8').replace('"number": 1,', '"number": 1,,'));
    });
    expect(problems).toEqual([
      '✖ data/themes.json: invalid JSON at line 4, column 17: expected a property name in double quotes, found ","',
    ]);
  });

  it('a file not in canonical form', () => {
    const problems = buildBroken((dataDir) => {
      const themes = readCollection<Records>(dataDir, 'themes');
      writeFileSync(join(dataDir, 'themes.json'), `${JSON.stringify(themes, null, 4)}\n`);
    });
    expect(problems).toEqual([
      '✖ data/themes.json: not in canonical form from line 2 (2-space indentation, keys in schema order, final newline); run `npm run format`',
    ]);
  });

  it('a record without an id is named by its index', () => {
    const problems = problemsAfter(editRecords('annotations', (annotations) => delete annotations[0].id));
    expect(problems).toEqual(['✖ data/annotations.json [0] id: missing required field']);
  });

  it('reports every problem at once', () => {
    const problems = buildBroken((dataDir) => {
      editRecords('quotes', (quotes) => Object.assign(quotes[1], { voice: 'outer', speakers: ['nobody'] }))(dataDir);
      editRecords('endnotes', (endnotes) => Object.assign(endnotes[1], { number: 3 }))(dataDir);
    });
    expect(problems).toEqual([
      '✖ data/quotes.json q-2 voice: invalid value "outer"; expected "external" or "internal"',
      '✖ data/quotes.json q-2 endnote: unknown endnote 2 (no endnote has that number in data/endnotes.json)',
      '✖ data/quotes.json q-2 speakers[0]: unknown person "nobody" (no person has that id in data/people.json)',
      '✖ data/endnotes.json endnote-2 number: expected 2, found 3; numbers run from 1 without gaps, in file order',
    ]);
  });
});

describe('links between records', () => {
  it('an "Ibid." note must leave its citations to the note before', () => {
    const problems = problemsAfter(
      editRecords('endnotes', (endnotes) =>
        Object.assign(endnotes[1], { citations: [{ source: 'xi-jinping-2016-speech' }] }),
      ),
    );
    expect(problems).toEqual([
      '✖ data/endnotes.json endnote-2 citations: an "Ibid." note cites the work of the note before; leave its citations empty',
    ]);
  });

  it('a quote names which work it comes from only when its endnote cites several', () => {
    const problems = problemsAfter(editRecords('quotes', (quotes) => Object.assign(quotes[0], { citation: 2 })));
    expect(problems).toEqual(['✖ data/quotes.json q-t1-1 citation: endnote 1 cites 1 work; use null']);
  });

  it('a quote inside a takeaway stands in its text between “ and ”', () => {
    const problems = problemsAfter(
      editRecords('quotes', (quotes) => Object.assign(quotes[0], { text: 'Not quoted.' })),
    );
    expect(problems).toEqual([
      '✖ data/quotes.json q-t1-1 text: takeaway 1 does not quote it: its text has no “Not quoted.”',
    ]);
  });

  it('an annotation targets an existing record', () => {
    const problems = problemsAfter(
      editRecords('annotations', (annotations) => Object.assign(annotations[0], { target: 'q-99' })),
    );
    expect(problems).toEqual([
      '✖ data/annotations.json a-endnote-1-example target: unknown record "q-99" (no record has that id in the dataset)',
    ]);
  });
});

describe('annotations', () => {
  it('name a field their target has', () => {
    const problems = problemsAfter(
      editRecords('annotations', (annotations) => Object.assign(annotations[0], { field: 'txt' })),
    );
    expect(problems).toEqual([
      '✖ data/annotations.json a-endnote-1-example field: "txt" is not a field of endnote records (their fields: id, number, text, citations, ibid, reportLink)',
    ]);
  });
});

describe('values the report does not print', () => {
  const container = 'Invented Gazette';
  const addContainer = editRecords('sources', (sources) => Object.assign(sources[0], { containerEnglish: container }));

  it('a source value that none of its endnotes prints is refused unless an annotation marks it inferred', () => {
    const problems = problemsAfter(addContainer);
    expect(problems).toEqual([
      `✖ data/sources.json xi-jinping-2016-speech containerEnglish: "${container}": none of the endnotes citing the source prints it; add an annotation of kind "inferred" on xi-jinping-2016-speech containerEnglish saying what the value was inferred from, or correct it to what the report prints`,
    ]);
  });

  it('an annotation of kind "inferred" on that field lets it pass', () => {
    const { dataDir } = scratchProject();
    addContainer(dataDir);
    editRecords('annotations', (annotations) =>
      annotations.push({
        id: 'a-container-inferred',
        target: 'xi-jinping-2016-speech',
        field: 'containerEnglish',
        kind: 'inferred',
        note: 'Inferred from the URL.',
        evidence: [{ exact: '讲话', prefix: null, suffix: null }],
      }),
    )(dataDir);
    expect(validateData(dataDir).ok).toBe(true);
  });

  it('an author is printed when the notes print the name or the Chinese name, a date as the notes write it', () => {
    const problems = problemsAfter((dataDir) => {
      editRecords('sources', (sources) =>
        Object.assign(sources[0], { authors: ['xi-jinping', 'ann-author'], issued: '2016-04-26' }),
      )(dataDir);
    });
    expect(problems.map((line) => line.split(':')[0])).toEqual([
      '✖ data/sources.json xi-jinping-2016-speech issued',
      '✖ data/sources.json xi-jinping-2016-speech authors',
    ]);
  });
});

describe('npm run format', () => {
  it('rewrites a file canonically, keys in schema order, after which validation passes', () => {
    const { dataDir } = scratchProject();
    const [theme] = readCollection<Records>(dataDir, 'themes');
    writeFileSync(join(dataDir, 'themes.json'), JSON.stringify([{ heading: theme.heading, number: 1, id: theme.id }]));
    expect(validateData(dataDir).ok).toBe(false);
    expect(runScript('format', ['--data', dataDir]).status).toBe(0);
    expect(readFileSync(join(dataDir, 'themes.json'), 'utf8')).toBe(
      `[\n  {\n    "id": "ambition",\n    "number": 1,\n    "heading": ${JSON.stringify(theme.heading)}\n  }\n]\n`,
    );
    expect(validateData(dataDir).ok).toBe(true);
  });
});
