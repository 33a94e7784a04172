/**
 * plan-comment's drift mode (issue 16 item 3): the scheduled drift template hands it every
 * dry run's `changes`; any planned change fails the step naming each drifted resource, in an
 * `::error::` annotation (io.error) and in the summary, and nothing is ever posted.
 */
import { describe, expect, it } from '@jest/globals';
import { FakeIO } from '../../../__fixtures__/io.js';
import { FakeClock } from '../../../__fixtures__/runner.js';
import { run } from '../../../src/actions/plan-comment/main.js';

const SECRET = 'sk-drift-secret-0123456789';
const converged = JSON.stringify([
  { resource: 'gsa cloudsql-proxy-gsa', action: 'noop', status: 'unchanged', detail: 'exists' },
  {
    resource: 'Secret model-serving/litellm-secrets',
    action: 'noop',
    status: 'unchanged',
    detail: 'not observable: the planner cannot read Secrets',
  },
]);
const drifted = JSON.stringify([
  {
    resource: 'Deployment application/fastapi-backend',
    action: 'update',
    status: 'planned',
    detail: `spec.replicas: 3 -> 1 (${SECRET})`,
  },
  {
    resource: 'Service application/react-frontend-service',
    action: 'noop',
    status: 'unchanged',
    detail: 'same',
  },
]);

async function drift(plans: string, extra: Record<string, string> = {}) {
  const io = new FakeIO({ plans, mode: 'drift', 'mask-values': SECRET, ...extra });
  const requests: string[] = [];
  await run({
    io,
    clock: new FakeClock(),
    // A scheduled run: no pull request; any GitHub API call would be recorded and fail.
    env: { GITHUB_EVENT_NAME: 'schedule', GITHUB_WORKFLOW: 'Drift', GITHUB_SHA: 'abc123' },
    comments: async () => {
      requests.push('comments');
      throw new Error('drift mode must not call the GitHub API');
    },
  });
  return { io, requests };
}

describe('plan-comment mode: drift', () => {
  it('passes on a converged platform: noops and "not observable" Secrets are no drift', async () => {
    const { io, requests } = await drift(`setup-wi=${converged}\ndeploy-app=${converged}`);
    expect(io.failed).toBeUndefined();
    expect(io.outputs.result).toBe('no-drift');
    expect(io.summary).toMatch(/^\*\*No drift\*\*/);
    expect(io.logs.filter((l) => l.level === 'error')).toEqual([]);
    expect(requests).toEqual([]);
  });

  it('fails naming each drifted resource in an annotation, the failure and the summary; secrets masked', async () => {
    const { io, requests } = await drift(`setup-wi=${converged}\ndeploy-app=${drifted}`);
    expect(io.outputs.result).toBe('drift');
    const errors = io.logs.filter((l) => l.level === 'error').map((l) => l.message);
    expect(errors[0]).toMatch(
      /^Drift: Deployment application\/fastapi-backend \(deploy-app would update it\): spec\.replicas/,
    );
    expect(io.failed).toBe(
      'plan-comment: live state differs from the repository for 1 resource: Deployment application/fastapi-backend',
    );
    expect(io.summary).toContain('**Drift**');
    expect(io.summary).toContain('fastapi-backend');
    expect(io.summary).toContain('<details>');
    expect(io.everything()).not.toContain(SECRET);
    expect(requests).toEqual([]);
  });

  it('fails when a step produced no plan: drift there is unknown', async () => {
    const { io } = await drift(`setup-wi=${converged}\nhelm-airflow=`);
    expect(io.outputs.result).toBe('drift');
    expect(io.failed).toBe('plan-comment: no plan from helm-airflow, so drift there is unknown');
    expect(
      io.logs.some((l) => l.level === 'error' && /Drift unknown: helm-airflow/.test(l.message)),
    ).toBe(true);
  });

  it('refuses an unknown mode by name before anything else', async () => {
    const { io } = await drift(`setup-wi=${converged}`, { mode: 'audit' });
    expect(io.failed).toBe('plan-comment: input "mode": must be one of comment, drift');
    expect(io.outputs.result).toBeUndefined();
  });
});
