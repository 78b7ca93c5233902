import { collectionNames } from '../../schema/index.js';
import { dataJsonSchema, publishedJsonSchema } from '../lib/jsonSchemas.js';
import type { SyncExporter } from './types.js';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** dist/schema/<collection>.schema.json for published records, dist/schema/data/ for data/ files. */
export const exportJsonSchema: SyncExporter = () =>
  collectionNames.flatMap((name) => [
    { path: `schema/${name}.schema.json`, contents: json(publishedJsonSchema(name)) },
    { path: `schema/data/${name}.schema.json`, contents: json(dataJsonSchema(name)) },
  ]);
