import { collectionNames } from '../../schema/index.js';
import type { Exporter } from './types.js';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** dist/json/<collection>.json and all.json with every collection under its name. */
export const exportJson: Exporter = (dataset) => {
  const collections = Object.fromEntries(collectionNames.map((name) => [name, dataset[name]]));
  return [
    ...collectionNames.map((name) => ({ path: `json/${name}.json`, contents: json(dataset[name]) })),
    { path: 'json/all.json', contents: json(collections) },
  ];
};
