/**
 * dist/plan-comment/index.js run with node as the runner runs it (INPUT_* variables, the event
 * file, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY), against the GitHub API stand-in: the bundle's
 * on-demand Octokit chunk must load and talk to GITHUB_API_URL.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runBundleAsync } from '../../../test-support/bundle.js';
import { ForwardProxy } from '../../../test-support/github-api/proxy.js';
import { GitHubApiStandIn } from '../../../test-support/github-api/server.js';

const root = path.resolve(import.meta.dirname, '../../..');
const bundle = path.join(root, 'dist/plan-comment/index.js');
const TOKEN = 'ghs_bundleToken0123456789';
const SECRET = 'bundle-secret-value-0123456789';

let api: GitHubApiStandIn;
let apiUrl: string;

function event(headRepo: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'plan-comment-event-')), 'event.json');
  writeFileSync(
    file,
    JSON.stringify({
      pull_request: {
        number: 3,
        head: { sha: 'c0ffee00c0ffee00', repo: { full_name: headRepo } },
        base: { repo: { full_name: 'acme/platform' } },
      },
    }),
  );
  return file;
}

const changes = (detail: string) =>
  JSON.stringify([
    { resource: 'deployment/fastapi-backend', action: 'update', status: 'planned', detail },
  ]);

function step(detail: string, headRepo = 'acme/platform', env: Record<string, string> = {}) {
  return runBundleAsync(
    bundle,
    {
      plans: `deploy-app=${changes(detail)}\nhelm-airflow=`,
      'github-token': TOKEN,
      'mask-values': SECRET,
      // action.yml defaults, as the runner fills them in
      title: 'Deploy plan',
      'dry-run': 'false',
    },
    {
      GITHUB_API_URL: apiUrl,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event(headRepo),
      GITHUB_REPOSITORY: 'acme/platform',
      GITHUB_WORKFLOW: 'Plan data platform',
      GITHUB_RUN_ID: '7',
      ...env,
    },
  );
}

beforeAll(async () => {
  api = new GitHubApiStandIn(TOKEN);
  apiUrl = await api.start();
});
afterAll(async () => {
  await api.stop();
});

describe('dist/plan-comment/index.js', () => {
  it('creates the comment, then updates it on the next run; the token and masked values never leave', async () => {
    const first = await step(`image changes; key ${SECRET}`);
    expect(first.stderr).toBe('');
    expect(first.stdout).not.toContain('::error::');
    expect(first.exitCode).toBe(0);
    expect(first.outputs.result).toBe('created');
    // The runner is told to mask both before anything else is printed.
    expect(first.stdout).toContain(`::add-mask::${TOKEN}`);
    expect(first.stdout).toContain(`::add-mask::${SECRET}`);

    const second = await step('image changes again');
    expect(second.exitCode).toBe(0);
    expect(second.outputs.result).toBe('updated');
    expect(second.outputs['comment-id']).toBe(first.outputs['comment-id']);
    expect(second.summary).toContain('[a comment on pull request #3]');

    const comments = api.commentsOn('acme', 'platform', 3);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain('image changes again');
    const sent = api
      .writes()
      .map((r) => r.body ?? '')
      .join('\n');
    expect(sent).toContain('key ***');
    expect(sent).not.toContain(SECRET);
    expect(sent).not.toContain(TOKEN);
  });

  it("on a fork's pull request: warning, plan in the summary, exit 0", async () => {
    api.mode = 'read-only';
    const before = api.comments.map((c) => c.body);
    const result = await step('from a fork', 'someone/platform');
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(
      /::warning::plan-comment: the token cannot comment on pull request #3: the pull request comes from a fork/,
    );
    expect(result.outputs.result).toBe('summary');
    expect(result.summary).toContain(
      '| `deployment/fastapi-backend` | update | 📝 planned | from a fork |',
    );
    expect(api.comments.map((c) => c.body)).toEqual(before);
  });
});

describe('dist/plan-comment/index.js behind a proxy', () => {
  // The bundles carry undici beside index.js and load it on first use
  // (src/bundle/undici-on-demand.ts). Octokit's fetch comes from @actions/github's getProxyFetch,
  // which builds @actions/http-client's undici ProxyAgent when http_proxy/https_proxy applies
  // (@actions/http-client lib/proxy.js getProxyUrl; loopback hosts bypass the proxy, hence a
  // made-up host the proxy alone can reach). undici's ProxyAgent opens a CONNECT tunnel
  // (https://undici.nodejs.org/#/docs/api/ProxyAgent).
  let proxy: ForwardProxy;
  let proxyUrl: string;
  beforeAll(async () => {
    proxy = new ForwardProxy({ host: '127.0.0.1', port: Number(new URL(apiUrl).port) });
    proxyUrl = await proxy.start();
  });
  afterAll(async () => {
    await proxy.stop();
  });

  it('posts through the proxy with the on-demand undici ProxyAgent and fetch', async () => {
    api.mode = 'write';
    const host = `api.github.test:${new URL(apiUrl).port}`;
    const result = await step('through the proxy', 'acme/platform', {
      GITHUB_API_URL: `http://${host}`,
      http_proxy: proxyUrl,
    });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(['created', 'updated']).toContain(result.outputs.result);
    expect(proxy.targets.length).toBeGreaterThan(0);
    expect(new Set(proxy.targets)).toEqual(new Set([host]));
    expect(api.commentsOn('acme', 'platform', 3).at(-1)?.body).toContain('through the proxy');
  });
});
