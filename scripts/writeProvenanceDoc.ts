import { readFileSync, writeFileSync } from 'node:fs';
import { runCli } from './lib/cli.js';
import { projectRoot } from './lib/paths.js';
import { provenanceTable, tableEnd, tableStart } from './lib/provenanceTable.js';

/** Rewrites the generated tables of docs/provenance.md, leaving the prose around them as it is. */
runCli(() => {
  const path = `${projectRoot}docs/provenance.md`;
  const text = readFileSync(path, 'utf8');
  const start = text.indexOf(tableStart);
  const end = text.indexOf(tableEnd);
  if (start < 0 || end < start) throw new Error(`${path} has lost its markers: put back\n${tableStart}\n${tableEnd}`);
  const updated = `${text.slice(0, start + tableStart.length)}\n\n${provenanceTable()}\n\n${text.slice(end)}`;
  // written unpadded; the formatter that runs next pads the cells
  writeFileSync(path, updated);
  console.log('docs/provenance.md: tables written from schema/provenance.ts');
});
