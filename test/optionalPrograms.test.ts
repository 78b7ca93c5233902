/** The helper that lets tests needing other programs skip on a bare machine, and fail in CI instead. */
import { describe, expect, it } from 'vitest';
import { hasProgram, missingPrograms } from './helpers/optionalPrograms.js';

describe('hasProgram', () => {
  it('finds programs on the PATH and at an absolute path', () => {
    expect(hasProgram('sh')).toBe(true);
    expect(hasProgram(process.execPath)).toBe(true);
  });

  it('does not find what is not there, whatever its name looks like', () => {
    expect(hasProgram('no-such-program-anywhere')).toBe(false);
    expect(hasProgram('/no/such/path/chromium')).toBe(false);
    expect(hasProgram('sh; true')).toBe(false);
  });

  it('lists the missing programs of a list, in its order', () => {
    expect(missingPrograms(['no-such-b', 'sh', 'no-such-a'])).toEqual(['no-such-b', 'no-such-a']);
  });
});
