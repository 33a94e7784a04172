/**
 * The commands in docs/*.md are held to the same rules as the templates and the actions' argv:
 * every gcloud and kubectl command a doc tells a person to run is fed to the real CLI's parser
 * (test-support/cli/conformance), every gh call is checked against GitHub's documented REST
 * endpoints and fields, and every workflow in a doc passes actionlint and the workflow rules.
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { checkArgv } from '../../test-support/cli/conformance.js';
import { checkGhCommand } from '../../test-support/docs/github-api.js';
import {
  blockCommands,
  codeBlocks,
  type CodeBlock,
  type DocCommand,
} from '../../test-support/docs/shell.js';
import { actionlint } from '../../test-support/workflows/actionlint.js';
import {
  allFindings,
  format,
  loadCallee,
  metaFromDisk,
  parseWorkflow,
  type Job,
} from '../../test-support/workflows/index.js';

const root = path.resolve(import.meta.dirname, '../..');
const docsDir = path.join(root, 'docs');
// wif-setup.md first: the other pages use the names it sets (PROJECT_ID, POOL, APP_REPO).
const files = readdirSync(docsDir)
  .filter((f) => f.endsWith('.md'))
  .sort(
    (a, b) => Number(b === 'wif-setup.md') - Number(a === 'wif-setup.md') || a.localeCompare(b),
  );
const blocks: CodeBlock[] = files.flatMap((f) =>
  codeBlocks(`docs/${f}`, readFileSync(path.join(docsDir, f), 'utf8')),
);

function commandsOf(list: readonly CodeBlock[]): DocCommand[] {
  const vars = new Map<string, string>();
  return list.filter((b) => b.lang === 'bash').flatMap((b) => blockCommands(b, vars));
}

const commands = commandsOf(blocks);
const cliCommands = commands.filter((c) => c.argv[0] === 'gcloud' || c.argv[0] === 'kubectl');
const line = (c: DocCommand): string => `${c.file}: ${c.argv.join(' ')}`;

function parseFailures(list: readonly DocCommand[]): string[] {
  const seen = new Set<string>();
  const failures: string[] = [];
  for (const c of list) {
    const key = c.argv.join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    const verdict = checkArgv(c.argv[0] as 'gcloud' | 'kubectl', c.argv.slice(1));
    if (!verdict.parsed)
      failures.push(`${line(c)}\n  exit ${verdict.exitCode}: ${verdict.stderr.slice(0, 300)}`);
  }
  return failures;
}

describe('commands in docs/*.md', () => {
  it('cover the planner, the app deployer, its RBAC and the environments', () => {
    const all = commands.map((c) => c.argv.join(' '));
    expect(all).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^gcloud iam service-accounts create github-planner /),
        expect.stringMatching(/^gcloud iam service-accounts create app-deployer /),
        expect.stringMatching(
          /^gcloud artifacts repositories add-iam-policy-binding .*--role roles\/artifactregistry\.writer/,
        ),
        expect.stringMatching(
          /^gcloud projects add-iam-policy-binding .*roles\/container\.clusterViewer/,
        ),
        expect.stringMatching(/^kubectl create role app-deployer --namespace application /),
        expect.stringMatching(/^kubectl create rolebinding app-deployer .*--user=app-deployer@/),
        expect.stringMatching(
          /^gh api --method PUT repos\/your-org\/app\/environments\/production/,
        ),
        expect.stringMatching(/^gh api --method PUT repos\/[^ ]+\/environments\/plan/),
        expect.stringMatching(
          /^gh api --method PUT repos\/org\/deploy\/actions\/permissions\/access/,
        ),
      ]),
    );
    // The app deployer never gets a project-wide Kubernetes or IAM-admin role.
    const appGrants = all.filter((c) => c.includes('serviceAccount:app-deployer@'));
    expect(appGrants.join('\n')).not.toMatch(
      /container\.(developer|admin)|projectIamAdmin|Admin\b/,
    );
  });

  it('every gcloud and kubectl command parses in the real CLI', () => {
    expect(cliCommands.length).toBeGreaterThanOrEqual(20);
    expect(parseFailures(cliCommands)).toEqual([]);
  }, 900_000);

  it('a misspelt flag in a doc block turns the check red', () => {
    const bad = commandsOf([
      {
        file: 'inline.md',
        lang: 'bash',
        text: 'gcloud iam service-accounts create x-account \\\n  --project "$P" --dispaly-name "X"\nkubectl create role r --namespace n --verbs=get --resource=pods\n',
      },
    ]);
    expect(bad).toHaveLength(2);
    expect(parseFailures(bad)).toHaveLength(2);
  }, 120_000);

  it('every gh call is a documented GitHub endpoint with documented fields', () => {
    const gh = commands.filter((c) => c.argv[0] === 'gh');
    expect(gh.length).toBeGreaterThanOrEqual(6);
    const problems = gh.flatMap((c) => checkGhCommand(c).map((p) => `${line(c)}: ${p}`));
    expect(problems).toEqual([]);
  });

  it.each([
    [
      'an environment with both branch policies',
      '{"deployment_branch_policy": {"protected_branches": true, "custom_branch_policies": true}}',
    ],
    ['a reviewer given by name', '{"reviewers": [{"type": "Team", "id": "approvers"}]}'],
    ['an unknown field', '{"required_reviewers": 1}'],
  ])('a gh environment body with %s turns the check red', (_what, body) => {
    const command: DocCommand = {
      file: 'inline.md',
      argv: ['gh', 'api', '--method', 'PUT', 'repos/o/r/environments/production', '--input', '-'],
      stdin: body,
    };
    expect(checkGhCommand(command)).not.toEqual([]);
  });
});

describe('workflows in docs/*.md', () => {
  const yamlBlocks = blocks.filter(
    (b) =>
      b.lang === 'yaml' && typeof (parse(b.text) as { jobs?: unknown } | null)?.jobs === 'object',
  );
  // docs/app-repositories.md's pinned caller calls a copy of the suite's reusable workflow.
  const callee = (job: Job) =>
    job.uses === './.github/workflows/deploy-app-pinned.yml'
      ? loadCallee({ ...job, uses: 'org/deploy/.github/workflows/deploy-app.yml@v1' })
      : loadCallee(job);

  it('there is at least the pinned caller', () => {
    expect(yamlBlocks.length).toBeGreaterThanOrEqual(1);
  });

  it.each(yamlBlocks.map((b, i) => [`${b.file} #${i + 1}`, b] as const))(
    '%s passes actionlint and the workflow rules',
    (name, block) => {
      const lint = actionlint([
        { path: `.github/workflows/doc-${name.replace(/\W+/g, '-')}.yml`, data: block.text },
      ]);
      expect(lint.map((r) => `${r.line}:${r.column} ${r.kind} ${r.message}`)).toEqual([]);
      const workflow = parseWorkflow(block.text, name);
      expect(
        format(allFindings({ workflow, text: block.text }, { load: metaFromDisk, callee })),
      ).toBe('');
    },
    120_000,
  );
});
