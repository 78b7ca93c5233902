import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { root } from './helpers/runScript.js';
import { workflowProblems } from './helpers/workflowRules.js';
import { readerTests } from './setup/readerTests.js';

const workflowDir = join(root, '.github/workflows');
const workflowFiles = readdirSync(workflowDir).filter((name) => /\.ya?ml$/.test(name));
const read = (name: string) => readFileSync(join(workflowDir, name), 'utf8');

describe('the workflows', () => {
  it('are there: CI and the release', () => {
    expect(workflowFiles).toEqual(expect.arrayContaining(['ci.yml', 'release.yml']));
  });

  it.each(workflowFiles)('%s: least privilege, pinned actions, no stored token', (name) => {
    expect(workflowProblems(read(name), name)).toEqual([]);
  });

  it('the newest upstream releases are tried on a schedule, apart from CI, which installs only the lock file', () => {
    const upstream = parse(read('upstream.yml'));
    expect(Object.keys(upstream.on)).toEqual(['schedule', 'workflow_dispatch']);
    const steps: string[] = upstream.jobs.newest.steps.map((step: { run?: string }) => step.run ?? '');
    expect(steps.some((run) => /npm install --no-save .*@latest/.test(run))).toBe(true);
    expect(readFileSync(join(root, '.ci/run'), 'utf8')).not.toMatch(/@latest|npm install\b|npx -y/);
  });

  it('.ci/run makes the npm registry unreachable after npm ci for every build, check and test but check:package', () => {
    const lines = readFileSync(join(root, '.ci/run'), 'utf8').split('\n');
    const offline = lines.indexOf('export npm_config_registry=http://127.0.0.1:9/');
    expect(offline).toBeGreaterThan(lines.indexOf('npm ci'));
    expect(lines.indexOf('npm ci')).toBeGreaterThan(0);
    const after = lines.slice(offline + 1).filter((line) => /^npm /.test(line));
    expect(after).toContain('npm test');
    expect(lines.slice(0, offline).filter((line) => /^npm /.test(line))).toEqual(['npm ci']);
    // only check:package, which installs other Node majors from the registry, runs after the registry is restored
    const online = lines.indexOf('unset npm_config_registry');
    expect(online).toBeGreaterThan(lines.indexOf('npm test'));
    expect(lines.slice(online + 1).filter((line) => /^npm /.test(line))).toEqual(['npm run check:package']);
  });

  it('.ci/run runs npm run test:readers after npm test: the tests that run whole programs, each a file that exists', () => {
    const lines = readFileSync(join(root, '.ci/run'), 'utf8').split('\n');
    expect(lines.indexOf('npm run test:readers')).toBeGreaterThan(lines.indexOf('npm test'));
    expect(lines.indexOf('npm test')).toBeGreaterThan(0);
    expect(readerTests.length).toBeGreaterThan(0);
    for (const file of readerTests) expect(existsSync(join(root, file)), file).toBe(true);
  });

  it('release publishes only after the CI job it calls has run .ci/run on the same commit', () => {
    const ci = parse(read('ci.yml'));
    expect(Object.keys(ci.on)).toContain('workflow_call');
    const ciSteps = Object.values(ci.jobs as Record<string, { steps: { run?: string }[] }>).flatMap((job) => job.steps);
    expect(ciSteps.map((step) => step.run)).toContain('bash .ci/run');
    const release = parse(read('release.yml'));
    expect(release.on).toEqual({ push: { branches: ['main'] } });
    expect(release.jobs.check).toEqual({ uses: './.github/workflows/ci.yml' });
    expect(release.jobs.release.needs).toBe('check');
  });

  describe('release tags the commit it publishes v<version>, and only when it publishes', () => {
    type Step = { id?: string; if?: string; run?: string; env?: Record<string, string> };
    const release = parse(read('release.yml'));
    const steps: Step[] = release.jobs.release.steps;
    const publish = steps.findIndex((step) => /\bchangeset publish\b/.test(step.run ?? ''));
    const pushes = steps.filter((step) => /\bgit push\b/.test(step.run ?? ''));

    it('only the release job may write to the repository, which the tag push needs', () => {
      expect(release.permissions).toEqual({ contents: 'read' });
      const jobs = Object.entries(release.jobs as Record<string, { permissions?: Record<string, string> }>);
      expect(jobs.filter(([, job]) => job.permissions?.contents === 'write').map(([name]) => name)).toEqual([
        'release',
      ]);
    });

    it('one step, after publishing and only when the publish step says it published, tags and pushes v<version>', () => {
      expect(publish).toBeGreaterThan(-1);
      expect(steps[publish].run).toContain('npx changeset publish --no-git-tag');
      expect(pushes).toEqual([
        {
          if: `steps.${steps[publish].id}.outputs.version != ''`,
          run: 'git tag "v$VERSION" && git push origin "refs/tags/v$VERSION"',
          env: { VERSION: `\${{ steps.${steps[publish].id}.outputs.version }}` },
        },
      ]);
      expect(steps.indexOf(pushes[0])).toBeGreaterThan(publish);
    });

    /** Runs the publish step's script with npm and npx stubbed: npm view prints `onNpm`; what it did, and its outputs. */
    function runPublish(onNpm: string): { calls: string; outputs: string } {
      const dir = mkdtempSync(join(tmpdir(), 'btv-release-'));
      try {
        writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'beijing-two-voices', version: '9.8.7' }));
        for (const program of ['npm', 'npx']) {
          writeFileSync(join(dir, program), `#!/bin/sh\necho "${program} $*" >> calls\nprintf '%s' "$ON_NPM"\n`);
          chmodSync(join(dir, program), 0o755);
        }
        writeFileSync(join(dir, 'calls'), '');
        writeFileSync(join(dir, 'outputs'), '');
        const env = { ...process.env, PATH: `${dir}:${process.env.PATH}`, ON_NPM: onNpm, GITHUB_OUTPUT: 'outputs' };
        // as GitHub Actions runs a step's script
        const result = spawnSync('bash', ['-e', '-c', steps[publish].run ?? ''], { cwd: dir, env, encoding: 'utf8' });
        expect(result.status, result.stderr).toBe(0);
        return { calls: readFileSync(join(dir, 'calls'), 'utf8'), outputs: readFileSync(join(dir, 'outputs'), 'utf8') };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }

    it('publishes a version npm does not have, and then gives the version to tag', () => {
      expect(runPublish('')).toEqual({
        calls: 'npm view beijing-two-voices@9.8.7 version\nnpx changeset publish --no-git-tag\n',
        outputs: 'version=9.8.7\n',
      });
    });

    it('leaves a version npm has as it is, publishing and tagging nothing', () => {
      expect(runPublish('9.8.7')).toEqual({ calls: 'npm view beijing-two-voices@9.8.7 version\n', outputs: '' });
    });

    it('docs/files.md and docs/contributing.md say the tag is made when the version is published', () => {
      expect(readFileSync(join(root, 'docs/files.md'), 'utf8')).toContain(
        'the release workflow tags the commit it publishes a version from `v<version>` when it publishes it',
      );
      expect(readFileSync(join(root, 'docs/contributing.md'), 'utf8')).toContain(
        'only when it has published it, tags that commit `v<version>` and pushes the tag',
      );
    });
  });
});

const step = (lines: string) => lines.replace(/^/gm, '      ');
/** A release workflow as it should be, with parts replaced to break one rule at a time. */
function workflow({
  top = 'permissions:\n  contents: read\n',
  jobPermissions = '    permissions:\n      contents: write\n      id-token: write\n',
  checkout = '- uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2',
  npm = '- run: npm install -g npm@^11.5.1',
  publish = '- run: npx changeset publish',
  needs = '    needs: check\n',
} = {}): string {
  return [
    'name: Release\non: push\n',
    top,
    'jobs:\n  check:\n    uses: ./.github/workflows/ci.yml\n  release:\n',
    needs,
    '    runs-on: ubuntu-latest\n',
    jobPermissions,
    '    steps:\n',
    step(`${checkout}\n${npm}\n${publish}\n`),
  ].join('');
}

describe('the workflow rules catch what they are for', () => {
  it('accept a workflow that keeps them', () => {
    expect(workflowProblems(workflow())).toEqual([]);
  });

  it('refuse a missing top-level permissions block', () => {
    expect(workflowProblems(workflow({ top: '' }))).toEqual(['workflow.yml: no top-level permissions block']);
  });

  it('refuse write permissions at the top', () => {
    for (const top of ['permissions: write-all\n', 'permissions:\n  contents: read\n  id-token: write\n'])
      expect(workflowProblems(workflow({ top }))).toEqual([
        expect.stringMatching(/top-level permissions must be read-only/),
      ]);
  });

  it('refuse an action pinned by a tag, a branch or a short SHA', () => {
    for (const ref of ['v4', 'main', '11bd719'])
      expect(workflowProblems(workflow({ checkout: `- uses: actions/checkout@${ref}` }))).toEqual([
        `workflow.yml line 15: actions/checkout@${ref} is not pinned to a full commit SHA`,
      ]);
  });

  it('refuse a SHA without the version it stands for in a comment', () => {
    const checkout = '- uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683';
    expect(workflowProblems(workflow({ checkout }))).toEqual([
      'workflow.yml line 15: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 has no "# v<version>" comment',
    ]);
  });

  it('refuse publishing with a stored token', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a template
    const publish = '- run: npx changeset publish\n  env:\n    NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}';
    expect(workflowProblems(workflow({ publish }))).toEqual([
      'workflow.yml: uses the stored secret NPM_TOKEN; publishing takes OIDC credentials, not a token',
      'workflow.yml: job release sets NODE_AUTH_TOKEN; publishing takes OIDC credentials, not a token',
    ]);
  });

  it('refuse publishing without OIDC, without npm 11.5.1, or without the checks', () => {
    expect(workflowProblems(workflow({ jobPermissions: '    permissions:\n      contents: write\n' }))).toEqual([
      'workflow.yml: job release publishes without id-token: write (npm trusted publishing)',
    ]);
    expect(workflowProblems(workflow({ npm: '- run: npm install -g npm@10' }))).toEqual([
      'workflow.yml: job release publishes without first installing npm 11.5.1 or later',
    ]);
    expect(workflowProblems(workflow({ needs: '' }))).toEqual([
      'workflow.yml: job release publishes without needing a job that runs .ci/run',
    ]);
  });
});
