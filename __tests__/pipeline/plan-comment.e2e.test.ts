/**
 * The `comment` job of workflows-templates/plan-on-pull-request.yml, exactly as shipped, run by
 * the local workflow runner from dist/plan-comment against a local stand-in of GitHub's REST
 * API. The `plan` job before it is replaced by steps with the template's own step ids and job
 * outputs that print canned `changes` (the dry-run chain itself is the subject of the other
 * pipeline tests): what is under test is the wiring from each dry-run step's `changes` to one
 * comment, created once and then updated, and the fork fallback.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { GitHubApiStandIn } from '../../test-support/github-api/server.js';
import { runPipeline } from '../../test-support/pipeline/workflow-runner.js';

const root = path.resolve(import.meta.dirname, '../..');
const TEMPLATE = path.join(root, 'workflows-templates/plan-on-pull-request.yml');
const TOKEN = 'ghs_pipelineJobToken0123456789';

interface Job {
  outputs?: Record<string, string>;
  steps: { id?: string }[];
  [key: string]: unknown;
}

const template = parse(readFileSync(TEMPLATE, 'utf8')) as { jobs: Record<string, Job> };
const planJob = template.jobs.plan as Job;
const stepIds = planJob.steps.map((s) => s.id).filter((id): id is string => Boolean(id));
/** [plan name (job output), step id] of every dry-run step whose `changes` the plan job passes on. */
const plans = Object.entries(planJob.outputs ?? {}).flatMap(([name, expr]) => {
  const id = /steps\.([a-z0-9-]+)\.outputs\.changes/.exec(expr)?.[1];
  return id === undefined ? [] : [[name, id] as const];
});
const planned = plans.map(([, id]) => id);

const changes = (id: string, detail: string): string =>
  JSON.stringify([
    { resource: `${id}/thing`, action: 'update', status: 'planned', detail },
    { resource: `${id}/other`, action: 'noop', status: 'unchanged', detail: 'as desired' },
  ]);

/** The template with its plan job's steps replaced by steps that print canned plans. */
function workflowFile(detail: string, failAt?: string): string {
  const steps = stepIds.map((id) => ({
    id,
    env: { CHANGES: changes(id, detail) },
    run:
      id === failAt
        ? 'exit 1'
        : planned.includes(id)
          ? 'echo "changes=$CHANGES" >> "$GITHUB_OUTPUT"'
          : 'true',
  }));
  // The plan job's `if` reads github.event, which this runner's github context (strings only)
  // does not hold; the comment job is taken as shipped.
  const { if: _skipForForks, ...plan } = planJob;
  void _skipForForks;
  const workflow = {
    ...template,
    jobs: { ...template.jobs, plan: { ...plan, steps } },
  };
  const dir = mkdtempSync(path.join(tmpdir(), 'plan-comment-pipeline-'));
  const file = path.join(dir, 'plan.yml');
  writeFileSync(file, stringify(workflow));
  return file;
}

let api: GitHubApiStandIn;
let apiUrl: string;

function event(headRepo: string, sha: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'pr-event-')), 'event.json');
  writeFileSync(
    file,
    JSON.stringify({
      pull_request: {
        number: 12,
        head: { sha, repo: { full_name: headRepo } },
        base: { repo: { full_name: 'acme/platform' } },
      },
    }),
  );
  return file;
}

function pipeline(detail: string, options: { sha?: string; failAt?: string } = {}) {
  return runPipeline({
    workflowFile: workflowFile(detail, options.failAt),
    workspace: mkdtempSync(path.join(tmpdir(), 'ws-')),
    vars: {},
    secrets: {},
    github: {
      token: TOKEN,
      event_name: 'pull_request',
      event_path: event('acme/platform', options.sha ?? 'aaaa1111bbbb2222'),
      repository: 'acme/platform',
      workflow: 'Plan data platform',
      run_id: '500',
      server_url: 'https://github.com',
      api_url: apiUrl,
    },
    env: { PATH: process.env.PATH ?? '' },
  });
}

beforeAll(async () => {
  api = new GitHubApiStandIn(TOKEN);
  apiUrl = await api.start();
});
afterAll(async () => {
  await api.stop();
});

describe('plan-on-pull-request.yml: the comment job', () => {
  it('passes on the plan of every dry-run step of the template', () => {
    expect(planned.sort()).toEqual(stepIds.filter((id) => !['auth'].includes(id)).sort());
  });

  it('creates one comment with a table per action, then updates that same comment on the next push', async () => {
    const first = await pipeline('first push');
    expect(first.jobs.plan?.result).toBe('success');
    expect(first.jobs.comment?.result).toBe('success');
    const step = first.steps.find((s) => s.job === 'comment');
    expect(step?.outputs.result).toBe('created');
    // The default token input is the job's token, evaluated from action.yml.
    expect(step?.inputs['github-token']).toBe(TOKEN);

    const second = await pipeline('second push', { sha: 'cccc3333dddd4444' });
    const again = second.steps.find((s) => s.job === 'comment');
    expect(again?.outputs.result).toBe('updated');
    expect(again?.outputs['comment-id']).toBe(step?.outputs['comment-id']);

    const comments = api.commentsOn('acme', 'platform', 12);
    expect(comments).toHaveLength(1);
    const body = comments[0]?.body ?? '';
    for (const [name] of plans) expect(body).toContain(`📝 ${name}: 1 to update, 1 unchanged`);
    expect(body.match(/^### /gm)).toHaveLength(plans.length);
    expect(body).toContain('Plan for `cccc3333dddd`');
    expect(body).toContain('second push');
    expect(body).not.toContain('first push');
    expect(body).not.toContain(TOKEN);
  });

  it('after a failed dry run, still comments: the steps that made no plan are named', async () => {
    const run = await pipeline('partial', { sha: 'eeee5555ffff6666', failAt: 'airflow' });
    expect(run.jobs.plan?.result).toBe('failure');
    expect(run.jobs.comment?.result).toBe('success');
    const body = api.commentsOn('acme', 'platform', 12)[0]?.body ?? '';
    expect(body).toContain('📝 image-frontend: 1 to update');
    for (const id of ['helm-airflow', 'apply-litellm', 'deploy-app']) {
      expect(body).toContain(`### ${id}\n\n_No plan`);
    }
  });

  // (For a fork's pull request the template skips both jobs; the action's own fallback for a
  // read-only token is tested in __tests__/actions/plan-comment.)
  it('with a token that cannot write (403): the job succeeds, the plan is in its summary', async () => {
    api.mode = 'read-only';
    const before = api.comments.map((c) => c.body);
    const run = await pipeline('cannot write');
    api.mode = 'write';
    expect(run.jobs.comment?.result).toBe('success');
    const step = run.steps.find((s) => s.job === 'comment');
    expect(step?.outputs.result).toBe('summary');
    expect(step?.log).toMatch(/::warning::plan-comment: the token cannot comment/);
    expect(step?.summary).toContain('cannot write');
    expect(step?.log).toContain('pull-requests: write');
    expect(api.comments.map((c) => c.body)).toEqual(before);
  });
});
