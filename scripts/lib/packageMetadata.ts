import { readFileSync } from 'node:fs';

export interface PackageMetadata {
  /** Who made the dataset, as package.json's author and CITATION.cff's authors name them. */
  author: string;
  /** The dataset's own home, CITATION.cff's repository-code; the report's page is its source, not its home. */
  homepage: string;
}

/** The dataset's own authorship and home, read from package.json so that each is written once (another one in tests). */
export function packageMetadata(
  packageJson: URL | string = new URL('../../package.json', import.meta.url),
): PackageMetadata {
  // Stryker disable next-line StringLiteral: without an encoding JSON.parse reads the Buffer as UTF-8 text, the same
  const { author, homepage } = JSON.parse(readFileSync(packageJson, 'utf8'));
  if (typeof author !== 'string' || typeof homepage !== 'string')
    throw new Error('package.json names no author or homepage as strings');
  return { author, homepage };
}
