/**
 * The version as PRAGMA user_version holds it, one integer: major × 10000 + minor × 100 + patch, so 2.1.0 is 20100
 * and versions compare as numbers. A minor or patch of 100 or more would not fit, and is refused.
 */
export function userVersion(version: string): number {
  const match = /^(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$/.exec(version);
  if (!match) throw new Error(`version "${version}" is not major.minor.patch`);
  const [major, minor, patch] = match.slice(1).map(Number);
  if (minor > 99 || patch > 99)
    throw new Error(`version ${version} does not fit user_version's major*10000+minor*100+patch`);
  return major * 10000 + minor * 100 + patch;
}
