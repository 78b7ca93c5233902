import type { CsvTable } from './csvTable.js';
import { linkTables } from './linkTables.js';
import { mainTables } from './mainTables.js';

/** Every CSV file, in the order datapackage.json lists them: the collections, then their lists one item a row. */
export const csvFiles: CsvTable[] = [...mainTables, ...linkTables];
