/**
 * Every kubectl argv helm-airflow emits (SSH-key Secret, diagnostics) must parse in the real
 * kubectl. Helm argv cannot be checked the same way: no helm binary exists here; the simulated
 * helm (test-support/helm-sim) checks them against Helm 3's and Helm 4's flag tables instead.
 */
import { describe, expect, it } from '@jest/globals';
import { FakeIO } from '../../../__fixtures__/io.js';
import { FakeClock } from '../../../__fixtures__/runner.js';
import { run } from '../../../src/actions/helm-airflow/definition.js';
import { checkArgv } from '../../../test-support/cli/conformance.js';
import { deployedRev, fakeCluster, NOW } from './fake-cluster.js';

const SSH_KEY = '-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n-----END OPENSSH PRIVATE KEY-----\n';

describe('helm-airflow kubectl argv conformance', () => {
  it('every kubectl command of a failing upgrade with an SSH key parses', async () => {
    const { runner } = fakeCluster({
      history: [deployedRev({})],
      upgradeError: 'Error: UPGRADE FAILED: context deadline exceeded',
    });
    const io = new FakeIO({
      'chart-version': '1.22.0',
      'git-sync-repo': 'git@github.com:acme/dags.git',
      'git-ssh-key': SSH_KEY,
    });
    const clock = new FakeClock();
    clock.time = NOW;
    await run({ io, runner, clock });
    expect(io.failed).toContain('context deadline exceeded');
    const kubectl = runner.calls.filter((c) => c.tool === 'kubectl');
    expect(kubectl.map((c) => c.args.slice(0, 2).join(' '))).toEqual(
      expect.arrayContaining([
        'get namespace',
        'get secret',
        'apply --server-side',
        'get pods',
        'get events',
      ]),
    );
    const failures = kubectl
      .map((c) => ({ line: c.args.join(' '), verdict: checkArgv('kubectl', c.args) }))
      .filter((r) => !r.verdict.parsed)
      .map((r) => `kubectl ${r.line}: ${r.verdict.stderr.slice(0, 200)}`);
    expect(failures).toEqual([]);
  }, 120_000);
});
