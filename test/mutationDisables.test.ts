/**
 * A mutant that no test can kill is marked where it stands, `// Stryker disable next-line <mutator>: <reason>`, so
 * that the reason goes when its code goes. A mark without a reason would hide a gap in the tests: refused.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './helpers/runScript.js';

const marked = /Stryker disable/;
/** One mutator or more (or all), for the next line or up to a restore, and at least a few words of reason. */
const withReason = /\/\/ Stryker disable (?:next-line )?(?:all|[A-Z]\w+(?:,[A-Z]\w+)*): \S+(?: \S+){3,}/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|js)$/.test(entry.name))
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

describe('Stryker disable comments in scripts/', () => {
  it('each name the mutators and say why no test can kill them', () => {
    const bare = disableComments(join(root, 'scripts')).filter(({ line }) => !withReason.test(line));
    expect(bare.map(({ where, line }) => `${where}: ${line}`)).toEqual([]);
  });

  it('are told apart from those without a reason', () => {
    const ok = '// Stryker disable next-line ConditionalExpression: the guard holds for every record validation passes';
    expect(withReason.test(ok)).toBe(true);
    expect(withReason.test('// Stryker disable next-line all: no input reaches this line today')).toBe(true);
    expect(withReason.test('// Stryker disable next-line ConditionalExpression')).toBe(false);
    expect(withReason.test('// Stryker disable next-line ConditionalExpression: equivalent')).toBe(false);
    expect(withReason.test('// Stryker disable all')).toBe(false);
  });
});
