import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectionSchemas } from '../../schema/index.js';
import { canonicalJson, orderKeys } from '../../scripts/lib/canonicalJson.js';
import { loadData } from '../../scripts/lib/loadData.js';
import { projectRoot } from '../../scripts/lib/paths.js';
import { formatProblem } from '../../scripts/lib/problem.js';
import { isPlainObject, isWithin, valuesAt } from '../../scripts/lib/records.js';
import { validFixture } from '../helpers/runScript.js';

describe('records', () => {
  it('isWithin takes a field as within itself, its parts after "." or "[", and every field within null', () => {
    expect(isWithin('citations', 'citations')).toBe(true);
    expect(isWithin('citations[0].source', 'citations')).toBe(true);
    expect(isWithin('citations.source', 'citations')).toBe(true);
    expect(isWithin('citation', null)).toBe(true);
    expect(isWithin(null, null)).toBe(true);
    // a field that only starts with the same letters is another field, and so is the outer one
    expect(isWithin('citationsCount', 'citations')).toBe(false);
    expect(isWithin('text', 'citations[0]')).toBe(false);
    expect(isWithin('citations', 'citations[0]')).toBe(false);
    expect(isWithin(null, 'citations')).toBe(false);
  });

  it('isPlainObject takes objects only, not arrays or null', () => {
    expect([{}, [], null, 'x', 1].map(isPlainObject)).toEqual([true, false, false, false, false]);
  });

  it('valuesAt follows a dotted path through lists, naming each value’s concrete path', () => {
    const note = { citations: [{ source: 'a' }, { page: 2 }, { source: 'c' }], tags: ['x', 'y'], one: { two: 2 } };
    expect(valuesAt(note, 'citations.source')).toEqual([
      { path: 'citations[0].source', value: 'a' },
      { path: 'citations[2].source', value: 'c' },
    ]);
    expect(valuesAt(note, 'tags')).toEqual([
      { path: 'tags[0]', value: 'x' },
      { path: 'tags[1]', value: 'y' },
    ]);
    expect(valuesAt(note, 'one.two')).toEqual([{ path: 'one.two', value: 2 }]);
    expect(valuesAt({ a: [{ b: { c: 1 } }, { b: { c: 2 } }] }, 'a.b.c')).toEqual([
      { path: 'a[0].b.c', value: 1 },
      { path: 'a[1].b.c', value: 2 },
    ]);
    expect(valuesAt(note, 'one')).toEqual([{ path: 'one', value: { two: 2 } }]);
    expect(valuesAt(note, 'missing.path')).toEqual([]);
    expect(valuesAt(null, 'tags')).toEqual([]);
  });
});

describe('canonical JSON', () => {
  it('puts known keys in schema order, then unknown ones as found, and leaves other values alone', () => {
    const theme = collectionSchemas.themes.record;
    expect(Object.keys(orderKeys(theme, { z: 1, heading: 'h', a: 2, id: 'x' }) as object)).toEqual([
      'id',
      'heading',
      'z',
      'a',
    ]);
    expect(orderKeys(theme, ['id', 'heading'])).toEqual(['id', 'heading']);
    expect(orderKeys(theme, null)).toBe(null);
    expect(orderKeys(theme, 'id')).toBe('id');
  });

  it('indents by two spaces and ends with a newline', () => {
    expect(canonicalJson({ a: [1] })).toBe('{\n  "a": [\n    1\n  ]\n}\n');
  });
});

describe('problems', () => {
  it('print file, record and field, leaving out what a problem has not', () => {
    const problem = { file: 'data/q.json', record: 'q-1', field: 'text', message: 'empty' };
    expect(formatProblem(problem)).toBe('✖ data/q.json q-1 text: empty');
    expect(formatProblem({ ...problem, field: null })).toBe('✖ data/q.json q-1: empty');
    expect(formatProblem({ ...problem, record: null, field: null })).toBe('✖ data/q.json: empty');
  });
});

describe('loadData', () => {
  it('reads every collection in order, keeping the text as written and naming the file by its folder', () => {
    const { files, problems } = loadData(validFixture);
    expect(problems).toEqual([]);
    expect(files.map((loaded) => loaded.file)).toEqual(
      Object.keys(collectionSchemas).map((name) => `valid-data/${name}.json`),
    );
    const themes = files.find((loaded) => loaded.collection === 'themes');
    const text = readFileSync(join(validFixture, 'themes.json'), 'utf8');
    expect(themes).toEqual({
      collection: 'themes',
      file: 'valid-data/themes.json',
      text,
      value: JSON.parse(text),
      damaged: [],
    });
  });

  it('finds the project from its own folder', () => {
    expect(existsSync(join(projectRoot, 'package.json'))).toBe(true);
    expect(existsSync(join(projectRoot, 'scripts/lib/paths.ts'))).toBe(true);
  });
});
