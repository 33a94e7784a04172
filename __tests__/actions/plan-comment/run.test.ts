/**
 * plan-comment's run() with the real @actions/github Octokit against a local stand-in of
 * GitHub's REST API (test-support/github-api), reached through GITHUB_API_URL.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FakeIO } from '../../../__fixtures__/io.js';
import { FakeClock } from '../../../__fixtures__/runner.js';
import { run } from '../../../src/actions/plan-comment/main.js';
import { GitHubApiStandIn } from '../../../test-support/github-api/server.js';

const TOKEN = 'ghs_standInToken0123456789abcdefABCDEF';
const SECRET = 'sk-master-key-do-not-post-0123456789';
const OWNER = 'acme';
const REPO = 'platform';
const PR = 17;

const plan = (detail: string) =>
  JSON.stringify([
    { resource: 'bucket gs://acme-logs', action: 'create', status: 'planned', detail },
    { resource: 'gsa cloudsql-proxy-gsa', action: 'noop', status: 'unchanged', detail: 'exists' },
  ]);

let api: GitHubApiStandIn;
let apiUrl: string;
const dir = mkdtempSync(path.join(tmpdir(), 'plan-comment-'));

function eventFile(headRepo: string, sha: string): string {
  const file = path.join(dir, `event-${headRepo.replace('/', '_')}-${sha}.json`);
  writeFileSync(
    file,
    JSON.stringify({
      pull_request: {
        number: PR,
        head: { sha, repo: { full_name: headRepo } },
        base: { repo: { full_name: `${OWNER}/${REPO}` } },
      },
    }),
  );
  return file;
}

async function runWith(
  inputs: Record<string, string>,
  env: Record<string, string | undefined> = {},
) {
  const io = new FakeIO({ 'github-token': TOKEN, 'mask-values': SECRET, ...inputs });
  await run({
    io,
    clock: new FakeClock(),
    env: {
      GITHUB_API_URL: apiUrl,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventFile(`${OWNER}/${REPO}`, 'a1b2c3d4e5f6a7b8'),
      GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
      GITHUB_WORKFLOW: 'Plan data platform',
      GITHUB_RUN_ID: '4242',
      GITHUB_SERVER_URL: 'https://github.com',
      ...env,
    },
  });
  return io;
}

beforeAll(async () => {
  api = new GitHubApiStandIn(TOKEN);
  apiUrl = await api.start();
});
afterAll(async () => {
  await api.stop();
});
beforeEach(() => {
  api.comments.length = 0;
  api.requests.length = 0;
  api.mode = 'write';
});

describe('plan-comment run() against the GitHub API stand-in', () => {
  it('creates the comment once, then updates that same comment on the next push: one comment in all', async () => {
    // A busy pull request: ours must be found past the first page of 100.
    for (let i = 0; i < 130; i += 1) api.seed(OWNER, REPO, PR, `review comment ${i}`);

    const first = await runWith({ plans: `gcs-log-bucket=${plan('missing')}\nhelm-airflow=` });
    expect(first.failed).toBeUndefined();
    expect(first.outputs.result).toBe('created');
    const id = first.outputs['comment-id'];
    expect(first.outputs['comment-url']).toBe(
      `https://github.com/${OWNER}/${REPO}/pull/${PR}#issuecomment-${id}`,
    );
    expect(api.writes().map((r) => `${r.method} ${r.path}`)).toEqual([
      `POST /repos/${OWNER}/${REPO}/issues/${PR}/comments`,
    ]);

    api.requests.length = 0;
    const second = await runWith(
      { plans: `gcs-log-bucket=${plan('missing, still')}\nhelm-airflow=` },
      {
        GITHUB_EVENT_PATH: eventFile(`${OWNER}/${REPO}`, 'ffff0000eeee1111'),
        GITHUB_RUN_ID: '4243',
      },
    );
    expect(second.failed).toBeUndefined();
    expect(second.outputs.result).toBe('updated');
    expect(second.outputs['comment-id']).toBe(id);
    // The list was followed through the Link header to page 2, where ours is.
    expect(api.requests.filter((r) => r.method === 'GET').map((r) => r.path)).toEqual([
      `/repos/${OWNER}/${REPO}/issues/${PR}/comments?per_page=100`,
      expect.stringMatching(/comments\?per_page=100&page=2$/),
    ]);
    expect(api.writes().map((r) => `${r.method} ${r.path}`)).toEqual([
      `PATCH /repos/${OWNER}/${REPO}/issues/comments/${id}`,
    ]);

    const ours = api.commentsOn(OWNER, REPO, PR).filter((c) => c.body.includes('gke-deploy-plan:'));
    expect(ours).toHaveLength(1);
    expect(ours[0]?.body).toMatch(
      /^<!-- gke-deploy-plan:Plan data platform -->\n\n## Deploy plan\n\n/,
    );
    expect(ours[0]?.body).toContain('Plan for `ffff0000eeee`');
    expect(ours[0]?.body).toContain('missing, still');
    expect(ours[0]?.body).toContain('### helm-airflow\n\n_No plan');
    expect(api.commentsOn(OWNER, REPO, PR)).toHaveLength(131);
    expect(second.summary).toContain(`[a comment on pull request #${PR}]`);
  });

  it('a re-run of the same run writes nothing', async () => {
    const inputs = { plans: `setup-wi=${plan('x')}` };
    await runWith(inputs);
    api.requests.length = 0;
    const again = await runWith(inputs);
    expect(again.outputs.result).toBe('unchanged');
    expect(api.writes()).toEqual([]);
  });

  it('never posts a secret or the token: masked values and the token are redacted from the body', async () => {
    const io = await runWith({
      plans: `apply-litellm=${plan(`master key ${SECRET} token ${TOKEN}`)}`,
    });
    expect(io.outputs.result).toBe('created');
    const sent = api
      .writes()
      .map((r) => r.body ?? '')
      .join('\n');
    expect(sent).toContain('master key *** token ***');
    expect(sent).not.toContain(SECRET);
    expect(sent).not.toContain(TOKEN);
    expect(io.everything()).not.toContain(SECRET);
    expect(io.everything()).not.toContain(TOKEN);
    expect(io.secrets).toEqual(expect.arrayContaining([TOKEN, SECRET]));
  });

  it("on a fork's pull request (read-only token: 403) writes the plan to the summary with a warning, and succeeds", async () => {
    api.mode = 'read-only';
    const io = await runWith(
      { plans: `gcs-log-bucket=${plan('missing')}` },
      { GITHUB_EVENT_PATH: eventFile('someone/platform', 'a1b2c3d4e5f6a7b8') },
    );
    expect(io.failed).toBeUndefined();
    expect(io.outputs.result).toBe('summary');
    expect(io.warnings()).toEqual([
      expect.stringMatching(
        /cannot comment on pull request #17: the pull request comes from a fork, where GITHUB_TOKEN is read-only .*github_token-reference/,
      ),
    ]);
    expect(io.summary).toContain('| `bucket gs://acme-logs` | create | 📝 planned | missing |');
    expect(io.summary).not.toContain('<!-- gke-deploy-plan');
    expect(api.commentsOn(OWNER, REPO, PR)).toEqual([]);
  });

  it('a job without pull-requests: write (same 403, not a fork) is told which permission to add', async () => {
    api.mode = 'read-only';
    const io = await runWith({ plans: `gcs-log-bucket=${plan('missing')}` });
    expect(io.failed).toBeUndefined();
    expect(io.warnings().join('\n')).toContain('give the job `permissions: pull-requests: write`');
  });

  it('outside a pull request writes the summary only and calls no API', async () => {
    const io = await runWith({ plans: `setup-wi=${plan('x')}` }, { GITHUB_EVENT_NAME: 'push' });
    expect(io.failed).toBeUndefined();
    expect(io.outputs.result).toBe('summary');
    expect(io.summary).toContain('Not a pull request run');
    expect(api.requests).toEqual([]);
  });

  it('dry-run renders into the summary and calls no API', async () => {
    const io = await runWith({ plans: `setup-wi=${plan('x')}`, 'dry-run': 'true' });
    expect(io.outputs.result).toBe('dry-run');
    expect(io.summary).toContain('### 📝 setup-wi: 1 to create, 1 unchanged');
    expect(api.requests).toEqual([]);
  });

  it('[F1] a bad plans input fails naming the input before any API call', async () => {
    const io = await runWith({ plans: 'setup-wi=[{"resource":1}]' });
    expect(io.failed).toMatch(/^plan-comment: input "plans": entry "setup-wi"/);
    expect(api.requests).toEqual([]);
  });

  it('a wrong token fails with the API error, redacted, and keeps the plan in the summary', async () => {
    const io = await runWith({
      plans: `setup-wi=${plan('x')}`,
      'github-token': 'ghs_wrong0123456789',
    });
    expect(io.failed).toMatch(/^plan-comment: .*Bad credentials/);
    expect(io.failed).not.toContain('ghs_wrong0123456789');
    expect(io.summary).toContain('### 📝 setup-wi');
  });

  it('[F50] a 502 from the API is retried, then the comment is created once', async () => {
    api.failNext = 2;
    const io = await runWith({ plans: `setup-wi=${plan('x')}` });
    expect(io.failed).toBeUndefined();
    expect(io.outputs.result).toBe('created');
    expect(api.commentsOn(OWNER, REPO, PR)).toHaveLength(1);
    expect(io.warnings().filter((w) => /attempt \d\/5 failed/.test(w))).toHaveLength(2);
  });

  it('keeps plans of different workflows apart by comment key', async () => {
    await runWith({ plans: `setup-wi=${plan('x')}` });
    await runWith({ plans: `setup-wi=${plan('y')}`, 'comment-key': 'staging' });
    await runWith({ plans: `setup-wi=${plan('z')}`, 'comment-key': 'staging' });
    const bodies = api.commentsOn(OWNER, REPO, PR).map((c) => c.body.split('\n')[0]);
    expect(bodies).toEqual([
      '<!-- gke-deploy-plan:Plan data platform -->',
      '<!-- gke-deploy-plan:staging -->',
    ]);
  });
});
