/** The release version as PRAGMA user_version holds it: one integer that compares as the versions do. */
import { describe, expect, it } from 'vitest';
import { userVersion } from '../../scripts/exporters/sqlite/userVersion.js';

describe('userVersion', () => {
  it('is major × 10000 + minor × 100 + patch', () => {
    expect(userVersion('2.3.4')).toBe(20304);
    expect(userVersion('1.99.99')).toBe(19999);
    expect(userVersion('0.0.7')).toBe(7);
    expect(userVersion('12.0.1')).toBe(120001);
  });

  it('reads a pre-release or build suffix as the version it belongs to', () => {
    expect(userVersion('2.1.0-rc.1')).toBe(20100);
    expect(userVersion('2.1.0+build.5')).toBe(20100);
  });

  it('refuses a version that is not major.minor.patch', () => {
    expect(() => userVersion('2.1')).toThrow(new Error('version "2.1" is not major.minor.patch'));
    expect(() => userVersion('2.1.0rc1')).toThrow(new Error('version "2.1.0rc1" is not major.minor.patch'));
    expect(() => userVersion('v2.1.0')).toThrow(new Error('version "v2.1.0" is not major.minor.patch'));
  });

  it.each(['1.100.0', '1.0.100'])('refuses %s, whose minor or patch does not fit in two digits', (version) =>
    expect(() => userVersion(version)).toThrow(
      new Error(`version ${version} does not fit user_version's major*10000+minor*100+patch`),
    ),
  );
});
