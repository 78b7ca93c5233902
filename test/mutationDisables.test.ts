/**
 * A mutant that no test can kill is marked on the line before it, `// Stryker disable next-line <Mutator>: <reason>`,
 * so that the reason goes when its code goes. A mark without a reason would hide a gap in the tests, and a region
 * (`// Stryker disable` up to `// Stryker restore`) hides every mutant up to a restore that Stryker may not read at
 * all (it reads one only where it leads a statement, not where it closes a block): both refused.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './helpers/runScript.js';

const marked = /Stryker (?:disable|restore)/;
/** The next line only, one named mutator or more (never all), and at least a few words of reason. */
const nextLineWithReason = /^\/\/ Stryker disable next-line [A-Z]\w+(?:,[A-Z]\w+)*: \S+(?: \S+){3,}$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|js|mjs)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

function disableComments(dir: string): { where: string; line: string }[] {
  return sourceFiles(dir).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line, index) => ({ where: `${relative(root, file)}:${index + 1}`, line: line.trim() }))
      .filter(({ line }) => marked.test(line)),
  );
}

describe('Stryker comments in scripts/ and schema/', () => {
  it('each disable the next line only, name its mutators and say why no test can kill them', () => {
    const wrong = ['scripts', 'schema']
      .flatMap((dir) => disableComments(join(root, dir)))
      .filter(({ line }) => !nextLineWithReason.test(line));
    expect(wrong.map(({ where, line }) => `${where}: ${line}`)).toEqual([]);
  });

  it('are told apart from regions, restores, all mutators and marks without a reason', () => {
    const ok = '// Stryker disable next-line ConditionalExpression: the guard holds for every record validation passes';
    expect(nextLineWithReason.test(ok)).toBe(true);
    expect(
      nextLineWithReason.test(
        '// Stryker disable next-line EqualityOperator,BooleanLiteral: one step apart, the same outcome',
      ),
    ).toBe(true);
    expect(nextLineWithReason.test('// Stryker disable next-line all: no input reaches this line today')).toBe(false);
    expect(nextLineWithReason.test('// Stryker disable next-line ConditionalExpression')).toBe(false);
    expect(nextLineWithReason.test('// Stryker disable next-line ConditionalExpression: equivalent')).toBe(false);
    expect(
      nextLineWithReason.test('// Stryker disable BooleanLiteral: a string without escapes is read more slowly'),
    ).toBe(false);
    expect(nextLineWithReason.test('// Stryker disable all')).toBe(false);
    expect(nextLineWithReason.test('// Stryker restore BooleanLiteral')).toBe(false);
    expect(marked.test('// Stryker restore BooleanLiteral')).toBe(true);
  });
});
