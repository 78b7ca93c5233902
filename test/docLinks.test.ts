/**
 * Every relative link of the README and docs/ leads somewhere: to a file or folder of the repository, and, into a
 * Markdown page, to one of its headings. Links to the web are not followed (the tests need no network).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headingAnchors, markdownLinks } from './helpers/markdownLinks.js';
import { documentationPages } from './helpers/readmeExamples.js';
import { root } from './helpers/runScript.js';

const pages = documentationPages();

describe('links of the README and docs/', () => {
  it('finds the headings GitHub links to', () => {
    const anchors = headingAnchors(
      '# Files in `dist/`\n## Pin and cite a release\n## Query with SQL, pandas, R or DuckDB\n## Pin and cite a release\n```sh\n# not a heading\n```',
    );
    expect([...anchors]).toEqual([
      'files-in-dist',
      'pin-and-cite-a-release',
      'query-with-sql-pandas-r-or-duckdb',
      'pin-and-cite-a-release-1',
    ]);
  });

  it('finds links and images outside code, not inside it', () => {
    const links = markdownLinks('[a](docs/a.md) `[b](b.md)`\n```md\n[c](c.md)\n```\n[![d](x.png)](y.html#z)');
    expect(links.map((link) => link.target)).toEqual(['docs/a.md', 'x.png', 'y.html#z']);
  });

  for (const page of pages) {
    it(`every relative link of ${page.path} resolves, anchors into Markdown included`, () => {
      const relativeLinks = markdownLinks(page.markdown).filter((link) => !/^[a-z][a-z+.-]*:/i.test(link.target));
      if (page.path === 'README.md') expect(relativeLinks.length).toBeGreaterThan(5);
      for (const { target, line } of relativeLinks) {
        const where = `${page.path} line ${line}: ${target}`;
        const [path, anchor] = target.split('#');
        const file = path === '' ? join(root, page.path) : join(root, dirname(page.path), decodeURIComponent(path));
        expect(relative(root, file).startsWith('..'), `${where} leaves the repository`).toBe(false);
        expect(existsSync(file), `${where} does not exist`).toBe(true);
        if (anchor !== undefined && file.endsWith('.md')) {
          expect([...headingAnchors(readFileSync(file, 'utf8'))], `${where}: no such heading`).toContain(anchor);
        }
      }
    });
  }
});
