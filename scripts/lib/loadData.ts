import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { type CollectionName, collectionNames } from '../../schema/index.js';
import type { Problem } from './problem.js';

export interface DataFile {
  collection: CollectionName;
  /** As shown in messages: relative to the project when inside it. */
  file: string;
  text: string;
  value: unknown;
}

export interface LoadedData {
  files: DataFile[];
  problems: Problem[];
}

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position).split('\n');
  return `line ${before.length}, column ${before[before.length - 1].length + 1}`;
}

export function loadData(dataDir: string): LoadedData {
  const files: DataFile[] = [];
  const problems: Problem[] = [];
  for (const collection of collectionNames) {
    const path = join(dataDir, `${collection}.json`);
    // named by its folder, "data/quotes.json", wherever that folder is
    const file = `${basename(dataDir)}/${collection}.json`;
    if (!existsSync(path)) {
      problems.push({ file, record: null, field: null, message: 'file is missing' });
      continue;
    }
    const text = readFileSync(path, 'utf8');
    try {
      files.push({ collection, file, text, value: JSON.parse(text) });
    } catch (error) {
      const message = (error as Error).message;
      const position = /at position (\d+)/.exec(message);
      const where = position ? ` at ${lineAndColumn(text, Number(position[1]))}` : '';
      const reason = message.replace(/ in JSON at position \d+.*$/, '');
      problems.push({ file, record: null, field: null, message: `invalid JSON${where}: ${reason}` });
    }
  }
  return { files, problems };
}
