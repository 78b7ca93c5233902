import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownSection, readme } from './helpers/readmeExamples.js';
import { root } from './helpers/runScript.js';

const read = (path: string) => readFileSync(join(root, path), 'utf8');
const packageJson = JSON.parse(read('package.json'));
const spdxIds: string[] = packageJson.license.split(/\s+(?:AND|OR|WITH)\s+|[()]/).filter(Boolean);

/** Where each licence named in package.json is given in full, and the line that opens it there. */
const licenceTexts: Record<string, { file: string; title: string }> = {
  MIT: { file: 'LICENSE', title: 'MIT License' },
  'CC-BY-4.0': { file: 'LICENSE-DATA.md', title: 'Attribution 4.0 International Public License' },
};

const readmeSection = (heading: string) => markdownSection(readme(), heading);

describe('licences', () => {
  it('package.json names both the code and the data licence, conjunctively', () => {
    expect(packageJson.license).toMatch(/\bAND\b/);
    expect(spdxIds.length).toBeGreaterThan(1);
  });

  it.each(spdxIds)('%s, named in package.json, is given in full in a file of the repository', (id) => {
    const text = licenceTexts[id];
    expect(text, `no licence file known for ${id}`).toBeDefined();
    expect(read(text.file)).toContain(text.title);
  });

  it('LICENSE-DATA.md leaves the quoted text to the report’s and its sources’ rights holders', () => {
    const data = read('LICENSE-DATA.md');
    const report = JSON.parse(read('data/report.json'));
    expect(data).toContain(`© ${report.publisher}`);
    expect(data).toMatch(/quoted text/i);
    expect(data).toMatch(/does not extend to them/);
  });

  it('the README “Licence” section names the three parts and where their terms are', () => {
    const section = readmeSection('Licence');
    for (const part of ['MIT', '`LICENSE`', 'CC BY 4.0', '`LICENSE-DATA.md`', 'annotations', 'quoted text']) {
      expect(section).toContain(part);
    }
    expect(section).toContain(`© ${JSON.parse(read('data/report.json')).publisher}`);
    expect(section).toContain(packageJson.license);
  });

  it('the published package carries every licence file and CITATION.cff', () => {
    const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
    expect(pack.status, pack.stderr).toBe(0);
    const packed = JSON.parse(pack.stdout)[0].files.map((file: { path: string }) => file.path);
    for (const id of spdxIds) expect(packed).toContain(licenceTexts[id].file);
    expect(packed).toContain('CITATION.cff');
  });
});
