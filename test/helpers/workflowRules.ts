import { isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';

type Mapping = Record<string, unknown>;

const isMapping = (value: unknown): value is Mapping =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const asMapping = (value: unknown): Mapping => (isMapping(value) ? value : {});
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** A full commit SHA, then a comment naming the version it stands for. */
const pinnedUse = /^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/;
const versionComment = /^\s*v\d+(\.\d+)*\s*$/;
/** The npm that can publish with OIDC credentials. */
const trustedPublishingNpm = /npm (install|i) (-g|--global) npm@(\^|>=)?11\.([5-9]|\d\d)/;

interface Use {
  value: string;
  comment: string;
  line: number;
}

/** Every `uses:` value with the comment that follows it on its line, walking the document's nodes. */
function usesOf(node: unknown, text: string, lines: LineCounter): Use[] {
  if (isMap(node))
    return node.items.flatMap((pair) => {
      if (!isPair(pair)) return [];
      const found = usesOf(pair.value, text, lines);
      if (!isScalar(pair.key) || pair.key.value !== 'uses' || !isScalar(pair.value)) return found;
      const value = pair.value as Node & { value: unknown };
      const [, end] = value.range ?? [0, 0];
      const rest = text.slice(end, text.indexOf('\n', end) === -1 ? undefined : text.indexOf('\n', end));
      const comment = /^\s*#(.*)$/.exec(rest)?.[1] ?? '';
      return [{ value: String(value.value), comment, line: lines.linePos(end).line }, ...found];
    });
  if (isSeq(node)) return node.items.flatMap((item) => usesOf(item, text, lines));
  return [];
}

function writes(permissions: unknown): string[] {
  if (permissions === 'write-all') return ['write-all'];
  return Object.entries(asMapping(permissions))
    .filter(([, level]) => level === 'write')
    .map(([scope]) => scope);
}

const secretsIn = (text: string) => [...text.matchAll(/secrets\.(\w+)/g)].map((match) => match[1]);

/**
 * What is wrong with a GitHub Actions workflow, one line each: least privilege (read-only at the top), every
 * action pinned to a full commit SHA with its version in a comment, and a publish job that uses no stored
 * token, runs with OIDC and an npm that can use it, and needs the job that runs the checks.
 */
export function workflowProblems(text: string, file = 'workflow.yml'): string[] {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines });
  if (document.errors.length > 0) return document.errors.map((error) => `${file}: ${error.message}`);
  const workflow = asMapping(document.toJS());
  const problems: string[] = [];

  if (!('permissions' in workflow)) problems.push(`${file}: no top-level permissions block`);
  else if (asMapping(workflow.permissions).contents !== 'read' || writes(workflow.permissions).length > 0)
    problems.push(
      `${file}: top-level permissions must be read-only (contents: read), found ${JSON.stringify(workflow.permissions)}`,
    );

  for (const use of usesOf(document.contents, text, lines)) {
    if (use.value.startsWith('./')) continue;
    if (!pinnedUse.test(use.value))
      problems.push(`${file} line ${use.line}: ${use.value} is not pinned to a full commit SHA`);
    else if (!versionComment.test(use.comment))
      problems.push(`${file} line ${use.line}: ${use.value} has no "# v<version>" comment`);
  }

  for (const secret of secretsIn(text).filter((name) => name !== 'GITHUB_TOKEN'))
    problems.push(`${file}: uses the stored secret ${secret}; publishing takes OIDC credentials, not a token`);
  const jobs = asMapping(workflow.jobs);
  for (const [name, job] of Object.entries(jobs).map(([key, value]) => [key, asMapping(value)] as const)) {
    const steps = asList(job.steps).map(asMapping);
    for (const variable of ['NPM_TOKEN', 'NODE_AUTH_TOKEN'])
      if ([job, ...steps].some((holder) => variable in asMapping(holder.env)))
        problems.push(`${file}: job ${name} sets ${variable}; publishing takes OIDC credentials, not a token`);
    // a run step, or an action's publish command such as changesets/action's
    const publishes = steps.findIndex((step) =>
      /\b(changeset|npm) publish\b/.test(`${step.run ?? ''} ${asMapping(step.with).publish ?? ''}`),
    );
    if (publishes === -1) continue;
    if (asMapping(job.permissions)['id-token'] !== 'write')
      problems.push(`${file}: job ${name} publishes without id-token: write (npm trusted publishing)`);
    if (!steps.slice(0, publishes).some((step) => trustedPublishingNpm.test(String(step.run ?? ''))))
      problems.push(`${file}: job ${name} publishes without first installing npm 11.5.1 or later`);
    const needs = asList(job.needs ?? []).concat(typeof job.needs === 'string' ? [job.needs] : []);
    const checked = needs.some((need) => {
      const needed = asMapping(jobs[String(need)]);
      const ranChecks = asList(needed.steps).some((step) => /\.ci\/run\b/.test(String(asMapping(step).run ?? '')));
      return needed.uses === './.github/workflows/ci.yml' || ranChecks;
    });
    if (!checked) problems.push(`${file}: job ${name} publishes without needing a job that runs .ci/run`);
  }
  return problems;
}
