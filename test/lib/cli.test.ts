import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cliOptions, reportProblems, runCli } from '../../scripts/lib/cli.js';
import { defaultDataDir, defaultDistDir, projectRoot } from '../../scripts/lib/paths.js';

/** process.exit stopped where it is called, so that nothing after it runs, as in the real process. */
class Exit extends Error {
  constructor(readonly code: number | string | null | undefined) {
    super(`exit ${code}`);
  }
}

function capture() {
  const errors: string[] = [];
  vi.spyOn(console, 'error').mockImplementation((line: string) => errors.push(line));
  vi.spyOn(process, 'exit').mockImplementation((code) => {
    throw new Exit(code);
  });
  return errors;
}

afterEach(() => vi.restoreAllMocks());

describe('runCli', () => {
  it('turns an unexpected error into one line and exit code 1, without a stack trace', () => {
    const errors = capture();
    expect(() =>
      runCli(() => {
        throw new Error('dist/ is locked');
      }),
    ).toThrow(new Exit(1));
    expect(errors).toEqual(['✖ dist/ is locked']);
  });

  it('turns a rejected promise of an asynchronous command into one line and exit code 1', async () => {
    const errors = capture();
    await expect(
      runCli(async () => {
        throw new Error('cannot zip the workbook');
      }),
    ).rejects.toThrow(new Exit(1));
    expect(errors).toEqual(['✖ cannot zip the workbook']);
  });

  it('lets a command that succeeds end normally', () => {
    const errors = capture();
    let ran = false;
    runCli(() => {
      ran = true;
    });
    expect(ran).toBe(true);
    expect(errors).toEqual([]);
    expect(process.exit).not.toHaveBeenCalled();
  });
});

describe('reportProblems', () => {
  it('prints one line per problem, then how many, and exits 1', () => {
    const errors = capture();
    const problem = { file: 'data/quotes.json', record: 'q-2', field: 'voice', message: 'invalid' };
    expect(() => reportProblems([problem, { ...problem, record: null, field: null }])).toThrow(new Exit(1));
    expect(errors).toEqual([
      '✖ data/quotes.json q-2 voice: invalid',
      '✖ data/quotes.json: invalid',
      '\n2 problems found; dist/ was left as it was.',
    ]);
  });

  it('says "problem" for one', () => {
    const errors = capture();
    expect(() => reportProblems([{ file: 'data/x.json', record: null, field: null, message: 'm' }])).toThrow(Exit);
    expect(errors.at(-1)).toBe('\n1 problem found; dist/ was left as it was.');
  });
  it('names the files that could not be read, whose links were not checked, one or several', () => {
    const errors = capture();
    const problem = { file: 'data/sources.json', record: null, field: null, message: 'm' };
    expect(() => reportProblems([problem], ['data/sources.json'], 'nothing was written')).toThrow(Exit);
    expect(() => reportProblems([problem, problem], ['data/sources.json', 'data/people.json'])).toThrow(Exit);
    expect(errors.filter((line) => line.startsWith('\n'))).toEqual([
      '\n1 problem found (data/sources.json could not be read, so links into it were not checked); nothing was written.',
      '\n2 problems found (data/sources.json, data/people.json could not be read, so links into them were not checked); dist/ was left as it was.',
    ]);
  });
});

describe('cliOptions', () => {
  const withArgs = (args: string[]) => {
    vi.spyOn(process, 'argv', 'get').mockReturnValue([process.execPath, 'script.ts', ...args]);
    return cliOptions();
  };

  it('reads --data and --dist, defaulting to the project’s data/ and dist/', () => {
    expect(withArgs([])).toEqual({ dataDir: defaultDataDir, distDir: defaultDistDir });
    expect(withArgs(['--data', '/tmp/d', '--dist', '/tmp/o'])).toEqual({ dataDir: '/tmp/d', distDir: '/tmp/o' });
    expect(defaultDataDir).toBe(join(projectRoot, 'data'));
    expect(defaultDistDir).toBe(join(projectRoot, 'dist'));
  });
});
