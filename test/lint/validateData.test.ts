import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../scripts/lib/canonicalJson.js';
import { formatProblem } from '../../scripts/lib/problem.js';
import { validateData } from '../../scripts/validateData.js';
import { fixtureCollections, type Row, rows } from '../helpers/lintData.js';
import { validFixture } from '../helpers/runScript.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the valid fixture in <tmp>/<folder>, to break on disk. */
function copyOfFixture(folder = 'data'): string {
  const dir = mkdtempSync(join(tmpdir(), 'btv-validate-'));
  dirs.push(dir);
  cpSync(validFixture, join(dir, folder), { recursive: true });
  return join(dir, folder);
}

function problemsIn(dataDir: string): string[] {
  const validation = validateData(dataDir);
  return validation.ok ? [] : validation.problems.map(formatProblem);
}

describe('validateData', () => {
  it('returns the data of a valid folder, each collection as stored', () => {
    const validation = validateData(copyOfFixture());
    expect(validation).toEqual({ ok: true, data: fixtureCollections() });
  });

  it('runs every lint and reports all their problems at once', () => {
    const dataDir = copyOfFixture();
    const data = fixtureCollections();
    // a record its schema refuses is left out of the lints that read what records mean: q-3 and the report here
    const [, quote] = rows(data, 'quotes');
    data.quotes = [...rows(data, 'quotes'), { ...quote, id: 'q-3', voice: 'outer' }];
    Object.assign(quote, { theme: 'no-theme', takeaway: 1 });
    Object.assign(data.report as Row, { url: 'http://example.org:99999/' });
    data.people = [...rows(data, 'people'), rows(data, 'people')[0]];
    Object.assign(rows(data, 'themes')[0], { number: 2 });
    Object.assign(rows(data, 'endnotes')[1], { citations: [{ source: 'xi-jinping-2016-speech' }] });
    Object.assign(rows(data, 'annotations')[0], { field: 'txt' });
    Object.assign(rows(data, 'sources')[0], { url: 'https://example.org/speech' });
    for (const name of ['report', 'quotes', 'people', 'themes', 'endnotes', 'annotations'] as const)
      writeFileSync(join(dataDir, `${name}.json`), canonicalJson(data[name]));
    writeFileSync(join(dataDir, 'sources.json'), JSON.stringify(data.sources));
    expect(problemsIn(dataDir)).toEqual([
      // recordSchema
      '✖ data/report.json report url: "http://example.org:99999/" is not an absolute http: or https: URL (write the whole address, from http:// or https://)',
      '✖ data/quotes.json q-3 voice: invalid value "outer"; expected "external" or "internal"',
      // jsonSchemaAgreement
      '✖ data/report.json report: zod rejects the record but its JSON Schema accepts it',
      // uniqueIds
      '✖ data/people.json xi-jinping id: duplicate id "xi-jinping", already used in data/people.json; give this record a new id',
      // referencesResolve
      '✖ data/quotes.json q-2 theme: unknown theme "no-theme" (no theme has that id in data/themes.json)',
      // contiguousNumbers
      '✖ data/themes.json ambition number: expected 1, found 2; numbers run from 1 without gaps, in file order',
      // ibidCitations
      '✖ data/endnotes.json endnote-2 citations: an "Ibid." note cites the work of the note before; leave its citations empty',
      // quoteLinks
      '✖ data/quotes.json q-2 text: takeaway 1 does not quote it: its text has no “[China sought to] build trust ... and cooperate.”',
      '✖ data/quotes.json q-2 takeaway: a quote of the two-voices table has takeaway null',
      // annotationFields
      '✖ data/annotations.json a-endnote-1-example field: "txt" is not a field of endnote records (their fields: id, number, text, citations, ibid, reportLink)',
      // inferredValues
      '✖ data/sources.json xi-jinping-2016-speech url: "https://example.org/speech": none of the endnotes citing the source prints it; add an annotation of kind "inferred" on xi-jinping-2016-speech url saying what the value was inferred from, or correct it to what the report prints',
      // canonicalFormat
      '✖ data/sources.json: not in canonical form from line 1 (2-space indentation, keys in schema order, final newline); run `npm run format`',
    ]);
  });

  it('names a missing file, and checks the others without complaining of links into it', () => {
    const dataDir = copyOfFixture();
    rmSync(join(dataDir, 'people.json'));
    rmSync(join(dataDir, 'report.json'));
    expect(problemsIn(dataDir)).toEqual(['✖ data/report.json: file is missing', '✖ data/people.json: file is missing']);
  });

  it('locates invalid JSON by line and column, and names the file by its folder', () => {
    const dataDir = copyOfFixture('edited-data');
    writeFileSync(join(dataDir, 'themes.json'), '[\n  {\n    "id": "ambition",,\n  }\n]\n');
    writeFileSync(join(dataDir, 'takeaways.json'), '');
    writeFileSync(join(dataDir, 'people.json'), '[1 2]');
    expect(problemsIn(dataDir)).toEqual([
      '✖ edited-data/themes.json: invalid JSON at line 3, column 22: expected a property name in double quotes, found ","',
      '✖ edited-data/takeaways.json: invalid JSON at line 1, column 1: expected a value, found the end of the file',
      '✖ edited-data/people.json: invalid JSON at line 1, column 4: expected "," or "]" after an array item, found "2"',
    ]);
  });

  it('refuses a file of the wrong shape in one line, without a problem per record', () => {
    const dataDir = copyOfFixture();
    const [person] = fixtureCollections().people as Row[];
    writeFileSync(join(dataDir, 'people.json'), canonicalJson(person));
    writeFileSync(join(dataDir, 'report.json'), canonicalJson([fixtureCollections().report]));
    expect(problemsIn(dataDir)).toEqual([
      '✖ data/report.json: expected one JSON object, found array',
      '✖ data/people.json: expected a JSON array of records, found object',
    ]);
  });
});
