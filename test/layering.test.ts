/** `npm run lint` checks the layering: an import that runs upward, a cycle or an import of test/ fails it. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from './helpers/runScript.js';

const copy = mkdtempSync(join(tmpdir(), 'btv-layers-'));
for (const entry of ['schema', 'scripts', 'test/helpers', 'package.json', 'tsconfig.json', '.dependency-cruiser.json'])
  cpSync(join(root, entry), join(copy, entry), { recursive: true });
symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

/** Runs the layering check of `npm run lint` on the copy with these files added, then removes them. */
function lintLayersWith(files: Record<string, string>) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(copy, path)), { recursive: true });
    writeFileSync(join(copy, path), text);
  }
  try {
    const result = spawnSync('npm', ['run', '--silent', 'lint:layers'], { cwd: copy, encoding: 'utf8' });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  } finally {
    for (const path of Object.keys(files)) rmSync(join(copy, path));
  }
}

describe('the layering check', () => {
  it('is part of npm run lint', () => {
    const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(scripts.lint).toContain('npm run lint:layers');
  });

  it('passes on the code as it is', () => {
    expect(lintLayersWith({})).toMatchObject({ status: 0 });
  });

  it('fails on each import that runs up a layer or across from the lints to the exporters', () => {
    const { status, output } = lintLayersWith({
      'schema/upward.ts': "export { lints } from '../scripts/lint/index.js';\n",
      'scripts/lib/upward.ts': "export { lints } from '../lint/index.js';\n",
      'scripts/lint/across.ts': "export { exporters } from '../exporters/index.js';\n",
      'scripts/exporters/across.ts': "export { lints } from '../lint/index.js';\n",
      'scripts/exporters/upward.ts': "export { validateData } from '../validateData.js';\n",
    });
    expect(status).not.toBe(0);
    for (const line of [
      'schema-imports-no-script: schema/upward.ts → scripts/lint/index.ts',
      'lib-imports-nothing-above: scripts/lib/upward.ts → scripts/lint/index.ts',
      'lints-import-no-exporter-or-command: scripts/lint/across.ts → scripts/exporters/index.ts',
      'exporters-import-no-lint-or-command: scripts/exporters/across.ts → scripts/lint/index.ts',
      'exporters-import-no-lint-or-command: scripts/exporters/upward.ts → scripts/validateData.ts',
    ])
      expect(output).toContain(line);
  });

  it('fails on a cycle, even of type-only imports', () => {
    const { status, output } = lintLayersWith({
      'scripts/lib/first.ts': "import type { Second } from './second.js';\nexport type First = { next: Second };\n",
      'scripts/lib/second.ts': "import type { First } from './first.js';\nexport type Second = { next: First };\n",
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/no-cycle: scripts\/lib\/(first|second)\.ts/);
  });

  it('fails on an import of test/ from scripts/', () => {
    const { status, output } = lintLayersWith({
      'scripts/fromTests.ts': "export { root } from '../test/helpers/runScript.js';\n",
    });
    expect(status).not.toBe(0);
    expect(output).toContain('no-test-import: scripts/fromTests.ts → test/helpers/runScript.ts');
  });
});
