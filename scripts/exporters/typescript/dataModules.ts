import { collectionNames } from '../../../schema/index.js';
import type { Dataset } from '../../lib/createDataset.js';
import type { OutputFile } from '../../lib/outputFile.js';
import { releaseMeta } from '../../lib/releaseMeta.js';

/** A single-quoted JS string literal; JSON text has no line breaks left to escape. */
const singleQuoted = (text: string) => `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

/** Records as JSON text parsed at load: smaller than a literal, and faster for engines to parse. */
const parsedJson = (value: unknown) => `/* @__PURE__ */ JSON.parse(${singleQuoted(JSON.stringify(value))})`;

const metaLiteral = (dataset: Dataset) => JSON.stringify(releaseMeta(dataset), null, 2);

/**
 * One module per collection, re-exported by the index, so that a bundler keeps only the collections
 * a consumer imports.
 */
export function dataModules(dataset: Dataset): OutputFile[] {
  const esm = collectionNames.map((name) => ({
    path: `esm/${name}.js`,
    contents: `export const ${name} = ${parsedJson(dataset[name])};\n`,
  }));
  const cjs = collectionNames.map((name) => ({
    path: `cjs/${name}.cjs`,
    contents: `'use strict';\nexports.${name} = ${parsedJson(dataset[name])};\n`,
  }));
  const esmIndex = [
    ...collectionNames.map((name) => `export { ${name} } from './${name}.js';`),
    `export const meta = ${metaLiteral(dataset)};`,
  ];
  const cjsIndex = [
    "'use strict';",
    ...collectionNames.map((name) => `exports.${name} = require('./${name}.cjs').${name};`),
    `exports.meta = ${metaLiteral(dataset)};`,
  ];
  return [
    ...esm,
    ...cjs,
    { path: 'esm/index.js', contents: `${esmIndex.join('\n')}\n` },
    { path: 'cjs/index.cjs', contents: `${cjsIndex.join('\n')}\n` },
  ];
}
