import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliOptions, runCli } from '../lib/cli.js';
import { distFiles } from '../lib/distFiles.js';
import { projectRoot } from '../lib/paths.js';
import { addressMarkers, fileAddresses } from './fileAddresses.js';

/** Rewrites the list of every file's per-version address in docs/files.md from dist/ as built and package.json. */
runCli(() => {
  const { distDir } = cliOptions();
  const page = join(projectRoot, 'docs/files.md');
  const { name, version } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
  const markdown = readFileSync(page, 'utf8');
  const start = markdown.indexOf(addressMarkers.start);
  const end = markdown.indexOf(addressMarkers.end);
  if (start < 0 || end < start) throw new Error(`docs/files.md has lost its markers: ${addressMarkers.start}`);
  const list = fileAddresses(distFiles(distDir), name, version);
  const rewritten = `${markdown.slice(0, start)}${addressMarkers.start}\n\n${list}\n\n${markdown.slice(end)}`;
  if (rewritten !== markdown) writeFileSync(page, rewritten);
  console.log(`docs/files.md lists the addresses of ${list.split('\n').length} files at version ${version}`);
});
