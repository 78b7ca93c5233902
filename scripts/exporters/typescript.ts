import type { SyncExporter } from './types.js';
import { dataModules } from './typescript/dataModules.js';
import { declarationsOf } from './typescript/declarations.js';
import { schemaEntry } from './typescript/schemaEntry.js';

/**
 * The npm package's modules: dist/esm (ESM) and dist/cjs (CommonJS) holding the records with their
 * types, and dist/zod holding the zod schemas for the `./schema` entry.
 */
export const exportTypeScript: SyncExporter = (dataset) => {
  const declarations = declarationsOf(dataset);
  return [
    ...dataModules(dataset),
    { path: 'esm/index.d.ts', contents: declarations },
    { path: 'cjs/index.d.cts', contents: declarations },
    ...schemaEntry(),
  ];
};
