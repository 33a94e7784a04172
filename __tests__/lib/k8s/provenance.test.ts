/** What provenance a run writes (src/lib/k8s/provenance.ts): from the runner's variables, or the CLI's git. */
import { describe, expect, it } from '@jest/globals';
import {
  carryProvenance,
  CHANGE_CAUSE,
  changeCause,
  provenanceFromEnv,
  Provenance,
  resolveProvenance,
  stampProvenance,
} from '../../../src/lib/k8s/provenance.js';
import type { CommandSpec, Runner } from '../../../src/lib/exec/runner.js';
import { Redactor } from '../../../src/lib/exec/redact.js';
import type { KubeObject } from '../../../src/lib/tools/kubectl.js';
import type { ToolContext } from '../../../src/lib/tools/tool.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
// The runner's default variables (https://docs.github.com/en/actions/reference/variables-reference):
// GITHUB_SERVER_URL "https://github.com", GITHUB_REPOSITORY "octocat/Hello-World", GITHUB_RUN_ID
// and GITHUB_RUN_ATTEMPT numbers, GITHUB_SHA the commit; the run's page is
// SERVER/REPOSITORY/actions/runs/RUN_ID.
const ACTIONS = {
  GITHUB_ACTIONS: 'true',
  GITHUB_SHA: SHA,
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'octocat/Hello-World',
  GITHUB_RUN_ID: '1658821493',
  GITHUB_RUN_ATTEMPT: '2',
};

const deployment = (): KubeObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'api', namespace: 'app', annotations: { team: 'data' } },
  spec: {
    template: {
      spec: {
        initContainers: [{ name: 'proxy', image: 'proxy:2' }],
        containers: [{ name: 'api', image: 'r/api@sha256:abc' }],
      },
    },
  },
});

function tools(git: { exitCode: number; stdout: string } | undefined): ToolContext & {
  calls: CommandSpec[];
} {
  const calls: CommandSpec[] = [];
  const runner: Runner = {
    redactor: new Redactor(),
    has: async (tool) => tool === 'git' && git !== undefined,
    run: async (spec) => {
      calls.push(spec);
      return { exitCode: git?.exitCode ?? 127, stdout: git?.stdout ?? '', stderr: '' };
    },
  } as Runner;
  return {
    runner,
    calls,
    logger: { info() {}, warning() {}, debug() {}, error() {} } as never,
    clock: { now: () => 0, sleep: async () => {}, random: () => 0 },
  };
}

describe('provenance', () => {
  it('in Actions: commit, run URL and attempt from the default variables', () => {
    const p = provenanceFromEnv(ACTIONS);
    expect(p).toEqual({
      commit: SHA,
      runUrl: 'https://github.com/octocat/Hello-World/actions/runs/1658821493',
      runAttempt: '2',
      deployedBy: 'github-actions',
      action: 'deploy',
    });
    expect(changeCause(p)).toBe(
      'deploy by https://github.com/octocat/Hello-World/actions/runs/1658821493 (commit 0123456789ab)',
    );
  });

  it.each([
    ['GITHUB_SHA', 'not-a-sha', 'commit'],
    ['GITHUB_RUN_ID', '12; rm -rf', 'runUrl'],
    ['GITHUB_REPOSITORY', 'a/b/c', 'runUrl'],
    ['GITHUB_SERVER_URL', 'javascript:alert(1)', 'runUrl'],
  ])('a %s that does not look like one (%s) is left out, not written', (name, value, field) => {
    expect(provenanceFromEnv({ ...ACTIONS, [name]: value })).not.toHaveProperty(field);
  });

  it('on GHES the run URL uses GITHUB_SERVER_URL', () => {
    expect(
      provenanceFromEnv({ ...ACTIONS, GITHUB_SERVER_URL: 'https://ghe.example.com/' }).runUrl,
    ).toBe('https://ghe.example.com/octocat/Hello-World/actions/runs/1658821493');
  });

  it('the CLI writes deployed-by cli, git HEAD as the commit, and no run URL', async () => {
    const t = tools({ exitCode: 0, stdout: `${SHA}\n` });
    const p = await resolveProvenance(t, {});
    expect(p).toEqual({ commit: SHA, deployedBy: 'cli', action: 'deploy' });
    expect(t.calls.map((c) => [c.tool, ...c.args, c.mutating])).toEqual([
      ['git', 'rev-parse', 'HEAD', false],
    ]);
    expect(changeCause(p)).toBe('deploy by cli (commit 0123456789ab)');
  });

  it('the CLI outside a git checkout writes no commit; in Actions git is never asked', async () => {
    expect(await resolveProvenance(tools({ exitCode: 128, stdout: '' }), {})).toEqual({
      deployedBy: 'cli',
      action: 'deploy',
    });
    const t = tools({ exitCode: 0, stdout: SHA });
    await resolveProvenance(t, ACTIONS);
    expect(t.calls).toEqual([]);
  });

  it('stamps metadata (images, change-cause) and keeps other annotations; never the pod template', () => {
    const stamped = stampProvenance(
      deployment(),
      provenanceFromEnv(ACTIONS, 'rollback to revision 3'),
    );
    expect(stamped.metadata.annotations).toMatchObject({
      team: 'data',
      [Provenance.Images]: 'proxy=proxy:2,api=r/api@sha256:abc',
      [CHANGE_CAUSE]: expect.stringMatching(/^rollback to revision 3 by https:/),
    });
    expect(JSON.stringify(stamped.spec)).toBe(JSON.stringify(deployment().spec));
  });

  it('a Secret is never stamped: carrying needs a get, which returns its data', () => {
    const secret: KubeObject = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' } };
    expect(stampProvenance(secret, provenanceFromEnv(ACTIONS))).toEqual(secret);
  });

  it('carrying takes only provenance keys from the live object, and drops stale ones', () => {
    const live = stampProvenance(deployment(), provenanceFromEnv(ACTIONS));
    live.metadata.annotations = { ...live.metadata.annotations, 'other/owner': 'x' };
    const carried = carryProvenance(deployment(), live);
    expect(carried.metadata.annotations).toEqual({
      ...stampProvenance(deployment(), provenanceFromEnv(ACTIONS)).metadata.annotations,
    });
    expect(carryProvenance(deployment(), undefined).metadata.annotations).toEqual({ team: 'data' });
  });
});
