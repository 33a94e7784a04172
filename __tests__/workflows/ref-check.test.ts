// The "check-ref" steps run for real in bash, with the values GitHub would put in their env:
// a tag deploys only when it is strict vX.Y.Z, and a hostile tag name is data, not code.
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  REF_CHECK_STEP_ID,
  authStepIndex,
  loadShipped,
  loadWorkflow,
  type Workflow,
} from '../../test-support/workflows/index.js';

function refCheck(workflow: Workflow): { run: string; job: string } {
  for (const job of workflow.jobs) {
    const step = job.steps.find((s) => s.id === REF_CHECK_STEP_ID);
    if (step?.run !== undefined) return { run: step.run, job: job.id };
  }
  throw new Error(`${workflow.file} has no ${REF_CHECK_STEP_ID} step`);
}

interface Outcome {
  code: number | null;
  outputs: Record<string, string>;
  stdout: string;
}

function runScript(script: string, env: Record<string, string>): Outcome {
  const dir = mkdtempSync(join(tmpdir(), 'ref-check-'));
  try {
    const output = join(dir, 'output');
    writeFileSync(output, '');
    // Same shell GitHub uses for run: on Linux.
    const child = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', GITHUB_OUTPUT: output, ...env },
      encoding: 'utf8',
      cwd: dir,
    });
    const outputs = Object.fromEntries(
      readFileSync(output, 'utf8')
        .split('\n')
        .filter((l) => l.includes('='))
        .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
    );
    return { code: child.status, outputs, stdout: child.stdout };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const BAD_TAGS = [
  'v1.2.3;x',
  'v1.2',
  '1.2.3',
  'v01.2.3',
  'v1.2.3-rc.1',
  'v1.2.3 ',
  'v1.2.3\nv1',
  'latest',
];

describe.each([
  ['workflows-templates/deploy-platform.yml'],
  ['.github/workflows/deploy-app.yml'],
  ['.github/workflows/release.yml'],
])('%s', (file) => {
  const workflow = loadWorkflow(file);
  const { run } = refCheck(workflow);

  it('accepts a strict vX.Y.Z tag', () => {
    expect(runScript(run, { REF_TYPE: 'tag', REF_NAME: 'v1.2.3' }).code).toBe(0);
    expect(runScript(run, { REF_TYPE: 'tag', REF_NAME: 'v10.0.20' }).code).toBe(0);
  });

  it.each(BAD_TAGS.map((t) => [JSON.stringify(t), t]))(
    '[F61] refuses the tag %s',
    (_shown, tag) => {
      const result = runScript(run, { REF_TYPE: 'tag', REF_NAME: tag });
      expect(result.code).toBe(1);
      expect(result.stdout).toContain('::error::');
    },
  );

  it('[F61] treats a hostile tag name as data: nothing in it runs', () => {
    const marker = join(tmpdir(), `ref-check-pwned-${process.pid}`);
    const result = runScript(run, { REF_TYPE: 'tag', REF_NAME: `v1.2.3";touch ${marker};"` });
    expect(result.code).toBe(1);
    expect(existsSync(marker)).toBe(false);
  });

  it('[F61] every job that authenticates runs after the check', () => {
    const checkJob = refCheck(workflow).job;
    for (const job of workflow.jobs.filter((j) => authStepIndex(j) >= 0)) {
      expect(job.needs).toContain(checkJob);
    }
  });
});

describe('deploy-platform inputs', () => {
  const { run } = refCheck(loadWorkflow('workflows-templates/deploy-platform.yml'));
  const branch = { REF_TYPE: 'branch', REF_NAME: 'main' };

  it('a push deploys everything for real', () => {
    expect(runScript(run, branch).outputs).toEqual({
      infra: 'true',
      images: 'true',
      airflow: 'true',
      litellm: 'true',
      app: 'true',
      'dry-run': 'false',
      production: 'false',
    });
  });

  // Which push deploys where (the template's header): branch -> staging only; release tag ->
  // staging then production; dispatch -> production only when asked.
  it.each([
    ['a branch push', branch, 'false'],
    [
      'a branch push that sets PRODUCTION (only a dispatch may)',
      { ...branch, PRODUCTION: 'true' },
      'false',
    ],
    ['a release tag', { REF_TYPE: 'tag', REF_NAME: 'v1.2.3' }, 'true'],
    ['a dispatch', { ...branch, EVENT: 'workflow_dispatch', PRODUCTION: 'false' }, 'false'],
    [
      'a dispatch asking for production',
      { ...branch, EVENT: 'workflow_dispatch', PRODUCTION: 'true' },
      'true',
    ],
  ])('production after staging: %s -> %s', (_name, env, production) => {
    expect(runScript(run, env).outputs.production).toBe(production);
  });

  it('a dispatch can pick components and ask for a dry run', () => {
    const result = runScript(run, { ...branch, COMPONENTS: ' airflow, app ', DRY_RUN: 'true' });
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({
      infra: 'false',
      images: 'false',
      airflow: 'true',
      app: 'true',
      'dry-run': 'true',
    });
  });

  it.each([
    ['an unknown component', { COMPONENTS: 'airflow,database' }],
    ['a component that tries to inject', { COMPONENTS: 'app;id' }],
    ['a dry-run that is not a boolean', { DRY_RUN: 'yes' }],
  ])('fails on %s', (_name, env) => {
    expect(runScript(run, { ...branch, ...env }).code).toBe(1);
  });
});

describe('deploy-environment image check', () => {
  const { run } = refCheck(loadWorkflow('workflows-templates/deploy-environment.yml'));
  const digest = `sha256:${'ab'.repeat(32)}`;
  const ref = `asia-southeast1-docker.pkg.dev/p/r/fastapi-backend:0123abc@${digest}`;

  const summaryDir = mkdtempSync(join(tmpdir(), 'env-check-'));
  const summary = join(summaryDir, 'summary');
  afterAll(() => rmSync(summaryDir, { recursive: true, force: true }));

  it('passes digest-pinned refs through as outputs; the summary names what was promoted from where', () => {
    const result = runScript(run, {
      ENVIRONMENT: 'production',
      BACKEND_REF: ref,
      PROMOTED_FROM: 'staging in https://github.com/o/r/actions/runs/7',
      GITHUB_STEP_SUMMARY: summary,
    });
    expect(result.code).toBe(0);
    const text = readFileSync(summary, 'utf8');
    expect(text).toContain('## Promoted to production');
    expect(text).toContain('staging in https://github.com/o/r/actions/runs/7; nothing was rebuilt');
    expect(text).toContain(`| fastapi-backend | \`${digest}\` | \`${ref.split('@')[0]}\` |`);
    expect(result.outputs).toEqual({
      'custom-airflow': '',
      'fastapi-backend': ref,
      'react-frontend': '',
    });
  });

  it.each([
    [
      'a tag only (it can move between staging and production)',
      { BACKEND_REF: ref.replace(/@.*/, '') },
    ],
    ['a short digest', { BACKEND_REF: `${ref.split('@')[0]}@sha256:abc` }],
    ['a ref with a newline', { AIRFLOW_REF: `${ref}\nx` }],
    ['an environment name that is not one', { ENVIRONMENT: '../prod' }],
  ])('refuses %s', (_name, env) => {
    const result = runScript(run, {
      ENVIRONMENT: 'production',
      GITHUB_STEP_SUMMARY: summary,
      ...env,
    });
    expect(result.code).toBe(1);
    expect(result.outputs).toEqual({});
  });
});

it('release refuses to move a tag from a branch push', () => {
  const { run } = refCheck(loadWorkflow('.github/workflows/release.yml'));
  expect(runScript(run, { REF_TYPE: 'branch', REF_NAME: 'main' }).code).toBe(1);
});

describe('every run: script', () => {
  const scripts = loadShipped().flatMap(({ workflow }) =>
    workflow.jobs.flatMap((job) =>
      job.steps
        .filter((s) => s.run !== undefined)
        .map(
          (s) =>
            [`${workflow.file} ${job.id}/${s.id ?? s.name ?? s.index}`, s.run as string] as const,
        ),
    ),
  );
  const syntaxError = (script: string): string | undefined => {
    const child = spawnSync('bash', ['-n', '-c', script], { encoding: 'utf8' });
    return child.status === 0 ? undefined : child.stderr;
  };

  it('there are scripts to check', () => {
    expect(scripts.length).toBeGreaterThan(10);
  });

  it.each(scripts)('%s parses as bash', (_where, script) => {
    expect(syntaxError(script)).toBeUndefined();
  });

  it('the syntax check can fail', () => {
    expect(syntaxError('if [ -n "$X" ]; then\n  echo x\n')).toContain('syntax error');
  });
});
