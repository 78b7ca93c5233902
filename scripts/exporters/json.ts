import { collectionNames } from '../../schema/index.js';
import { releaseMeta } from '../lib/releaseMeta.js';
import type { SyncExporter } from './types.js';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * dist/json/<collection>.json, and all.json with every collection under its name and, first, `meta`: the release
 * it belongs to and how to cite it (the collection files stay plain arrays, as released).
 */
export const exportJson: SyncExporter = (dataset) => {
  const collections = {
    meta: releaseMeta(dataset),
    ...Object.fromEntries(collectionNames.map((name) => [name, dataset[name]])),
  };
  return [
    ...collectionNames.map((name) => ({ path: `json/${name}.json`, contents: json(dataset[name]) })),
    { path: 'json/all.json', contents: json(collections) },
  ];
};
