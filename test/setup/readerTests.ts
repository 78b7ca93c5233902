/**
 * The test files that run whole programs (the documentation's commands, LibreOffice, pandoc, Python, the zod
 * releases, the packed package, the bench, the layering and surface checks, builds killed or run as another user):
 * `npm run test:readers` runs them, after `npm test`, which leaves them out so that it stays quick.
 */
export const readerTests = [
  'test/analysisFormats.test.ts',
  'test/bench.test.ts',
  'test/citation-cff.test.ts',
  'test/citationReaders.test.ts',
  'test/dataChanges.test.ts',
  'test/layering.test.ts',
  'test/libreoffice.test.ts',
  'test/package.test.ts',
  'test/readme.test.ts',
  'test/surface.test.ts',
  'test/writeDist.test.ts',
  'test/zodVersions.test.ts',
];
