/** run() against a scripted, stateful helm + kubectl behind the Runner seam. */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { deployedRev, fakeCluster, NOW } from './fake-cluster.js';
import { FakeIO } from '../../../__fixtures__/io.js';
import { FakeClock, ScriptedRunner } from '../../../__fixtures__/runner.js';
import { Inputs, Outputs } from '../../../src/actions/helm-airflow/inputs.js';
import { run } from '../../../src/actions/helm-airflow/definition.js';

const PASSWORD = 'Adm1n-pw-!$"\'';
const SSH_KEY =
  '-----BEGIN OPENSSH PRIVATE KEY-----\nc2VjcmV0LWtleS1ib2R5\n-----END OPENSSH PRIVATE KEY-----\n';

async function go(inputs: Record<string, string>, runner: ScriptedRunner): Promise<FakeIO> {
  const io = new FakeIO({ 'chart-version': '1.22.0', ...inputs });
  const clock = new FakeClock();
  clock.time = NOW;
  await run(
    { io, runner, clock },
    {
      toolCache: async () => {
        throw new Error('tool cache must not be used');
      },
    },
  );
  return io;
}

const BASE = {
  'admin-password': PASSWORD,
  'git-sync-repo': 'git@github.com:acme/dags.git',
  'git-ssh-key': SSH_KEY,
};

describe('helm-airflow run()', () => {
  it('[F32] installs, and no secret reaches any argv, log, output or summary', async () => {
    const { runner, state } = fakeCluster();
    const io = await go(BASE, runner);
    expect(io.failed).toBeUndefined();
    expect(io.outputs[Outputs.Changed]).toBe('true');
    expect(io.outputs[Outputs.Revision]).toBe('1');
    const b64 = Buffer.from(SSH_KEY).toString('base64');
    for (const call of runner.calls) {
      const argv = call.args.join(' ');
      expect(argv).not.toContain(PASSWORD);
      expect(argv).not.toContain('c2VjcmV0LWtleS1ib2R5');
      expect(argv).not.toContain(b64);
    }
    const apply = runner.calls.find((c) => c.tool === 'kubectl' && c.args[0] === 'apply');
    expect(apply?.args).toEqual([
      'apply',
      '--server-side',
      '--field-manager=gke-data-platform',
      '-f',
      '-',
    ]);
    expect(apply?.stdin).toContain(`gitSshKey: ${b64}`);
    expect(state.history[0]?.values).toMatchObject({
      createUserJob: { defaultUser: { password: PASSWORD } },
    });
    for (const secret of [PASSWORD, b64, 'c2VjcmV0LWtleS1ib2R5'])
      expect(io.everything()).not.toContain(secret);
    expect(io.secrets).toEqual(expect.arrayContaining([PASSWORD, b64]));
    expect(io.summary).toContain('password: "***"');
  });

  it('skips the upgrade when chart and values are unchanged: zero mutating calls', async () => {
    const { runner, state } = fakeCluster();
    await go(BASE, runner);
    const before = runner.calls.length;
    const io = await go(BASE, runner);
    expect(io.failed).toBeUndefined();
    expect(io.outputs[Outputs.Changed]).toBe('false');
    expect(runner.calls.slice(before).filter((c) => c.mutating)).toEqual([]);
    expect(state.history).toHaveLength(1);
    expect(io.outputs).toMatchObject({
      status: 'deployed',
      'chart-version': '1.22.0',
      'app-version': '3.2.2',
      'ui-service': 'airflow-api-server',
    });
  });

  it('force-upgrade upgrades even when unchanged', async () => {
    const { runner } = fakeCluster();
    await go(BASE, runner);
    const io = await go({ ...BASE, [Inputs.ForceUpgrade]: 'true' }, runner);
    expect(io.outputs[Outputs.Changed]).toBe('true');
    expect(io.outputs[Outputs.Revision]).toBe('2');
  });

  it('dry-run reads no Helm history or Secret (they hold every value) and runs no mutating command', async () => {
    const { runner } = fakeCluster({ history: [deployedRev({}, 'airflow-1.21.0')] });
    const io = await go({ ...BASE, [Inputs.DryRun]: 'true' }, runner);
    expect(io.failed).toBeUndefined();
    expect(io.outputs[Outputs.Changed]).toBe('true');
    expect(runner.mutations()).toEqual([]);
    const reads = runner.calls.map((c) => `${c.tool} ${c.args.slice(0, 2).join(' ')}`);
    // helm history / status / get values read the release Secrets (sh.helm.release.v1.*).
    expect(reads.filter((r) => /^helm (history|status|get)/.test(r))).toEqual([]);
    expect(reads.filter((r) => /^kubectl get secret/.test(r))).toEqual([]);
    expect(reads).toContain('kubectl get configmap');
    expect(io.summary).toContain('dry run');
    // The plan the plan-comment action renders: every outcome, as JSON.
    expect(JSON.parse(io.outputs.changes ?? '')).toEqual(
      expect.arrayContaining([expect.objectContaining({ status: 'planned' })]),
    );
    expect(io.summary).toContain('no deploy-state record');
    expect(io.summary).toContain('not observable: a plan never reads Secrets');
  });

  it('the skip decision of a dry run rests on the deploy-state fingerprint an upgrade records', async () => {
    const { runner, state } = fakeCluster();
    // A real deploy installs and records what it deployed (no secret in the record).
    const deployed = await go(BASE, runner);
    expect(deployed.failed).toBeUndefined();
    const record = JSON.stringify(state.deployState);
    expect(record).toMatch(/"gke-data-platform\/values-fingerprint":"sha256:[0-9a-f]{64}"/);
    expect(record).not.toContain(PASSWORD);
    // The plan of the same inputs, without any secret input: nothing to upgrade.
    const same = await go(
      { 'git-sync-repo': BASE['git-sync-repo'], [Inputs.DryRun]: 'true' },
      runner,
    );
    expect(same.failed).toBeUndefined();
    expect(same.summary).toMatch(/helm-release\/airflow\/airflow` \| noop/);
    expect(same.summary).toContain('same values (fingerprint); upgrade skipped');
    // A changed value (not a secret) is seen from the record alone.
    const changed = await go(
      { 'git-sync-repo': 'git@github.com:acme/other-dags.git', [Inputs.DryRun]: 'true' },
      runner,
    );
    expect(changed.summary).toMatch(/helm-release\/airflow\/airflow` \| update/);
    expect(changed.summary).toContain('chart or values differ from the last upgrade (fingerprint)');
    // And a chart bump names both versions.
    const bumped = await go(
      {
        'git-sync-repo': BASE['git-sync-repo'],
        'chart-version': '1.23.0',
        [Inputs.DryRun]: 'true',
      },
      runner,
    );
    expect(bumped.summary).toContain('chart 1.22.0 -> 1.23.0');
  });

  it('[F42] a failed upgrade reports failing pods, waiting reasons and events', async () => {
    const { runner } = fakeCluster({
      history: [deployedRev({})],
      upgradeError:
        'Error: UPGRADE FAILED: release airflow failed, and has been rolled back due to atomic being set: context deadline exceeded',
    });
    const io = await go({ 'admin-password': PASSWORD }, runner);
    expect(io.failed).toContain('helm restored the previous state');
    expect(io.failed).toContain('airflow-scheduler-0 (scheduler: CrashLoopBackOff)');
    expect(io.summary).toContain('Failure diagnostics');
    expect(io.summary).toContain('Back-off restarting failed container');
    expect(io.summary).toContain(
      'pod airflow-scheduler-0 container scheduler: CrashLoopBackOff, 4 restarts',
    );
  });

  it('[F46] a Helm 4 server-side apply conflict fails with its details and is never forced', async () => {
    const { runner } = fakeCluster({
      major: 4,
      history: [deployedRev({})],
      upgradeError:
        'Error: UPGRADE FAILED: conflict occurred while applying object airflow/airflow-scheduler apps/v1, Kind=Deployment: Apply failed with 1 conflict: conflict with "kubectl-edit" using apps/v1: .spec.replicas',
    });
    const io = await go({ 'admin-password': PASSWORD }, runner);
    expect(io.failed).toContain('server-side apply conflicts');
    expect(io.failed).toContain('.spec.replicas');
    expect(io.failed).toContain('never passes --force-conflicts');
    const upgrades = runner.calls.filter((c) => c.args[0] === 'upgrade');
    expect(upgrades).toHaveLength(1);
    expect(upgrades[0]?.args).toContain('--rollback-on-failure');
    expect(upgrades[0]?.args).not.toContain('--force-conflicts');
  });

  it('[F9] an upgrade that exits non-zero with empty stderr names the command and exit code', async () => {
    const { runner } = fakeCluster({ history: [deployedRev({})] });
    runner.on((spec) =>
      spec.args[0] === 'upgrade' ? { exitCode: 3, stdout: '', stderr: '' } : undefined,
    );
    const io = await go({ 'admin-password': PASSWORD }, runner);
    expect(io.failed).toContain('helm upgrade --install airflow apache-airflow/airflow');
    expect(io.failed).toContain('exit 3');
    expect(io.failed).not.toContain(PASSWORD);
  });

  it('[F41] a fresh pending revision fails and nothing is rolled back', async () => {
    const { runner } = fakeCluster({
      history: [
        deployedRev({}),
        {
          ...deployedRev({}),
          revision: 2,
          status: 'pending-upgrade',
          updated: new Date(NOW - 60_000).toISOString(),
        },
      ],
    });
    const io = await go({ 'admin-password': PASSWORD }, runner);
    expect(io.failed).toContain('another helm operation may still be running');
    expect(runner.mutations()).toEqual([]);
  });

  it('warns when no known_hosts is given with an SSH key, and when the password is missing', async () => {
    const { runner } = fakeCluster();
    const io = await go(
      { 'git-sync-repo': 'git@github.com:acme/dags.git', 'git-ssh-key': SSH_KEY },
      runner,
    );
    expect(io.warnings().join('\n')).toContain('git-known-hosts is not set');
    expect(io.warnings().join('\n')).toContain('admin-password is not set');
  });
});

describe('helm-airflow bad inputs fail before any command', () => {
  it.each([
    ['[F2] release', { release: '-n' }, 'input "release"'],
    ['[F3] namespace', { namespace: 'a;id' }, 'input "namespace"'],
    ['[F5] release too long', { release: 'a'.repeat(54) }, 'input "release"'],
    ['[F6] timeout without unit', { timeout: '10' }, 'input "timeout"'],
    ['[F6] timeout in words', { timeout: '5 minutes' }, 'input "timeout"'],
    ['[F47] timeout beyond a job', { timeout: '3h' }, 'input "timeout": must be between 1m and 1h'],
    [
      '[F47] recover-pending-after not above timeout',
      { timeout: '20m', 'recover-pending-after': '10m' },
      'input "recover-pending-after"',
    ],
    ['[F7] boolean', { 'force-upgrade': 'yes' }, 'input "force-upgrade"'],
    ['chart-version range', { 'chart-version': '^1.22' }, 'input "chart-version"'],
    ['chart-version latest', { 'chart-version': 'latest' }, 'input "chart-version"'],
    ['[F28] image digest', { image: 'repo/airflow@sha256:abc' }, 'input "image"'],
    ['log-folder', { 'log-folder': 's3://bucket' }, 'input "log-folder"'],
    [
      'ssh key',
      { 'git-sync-repo': 'git@github.com:a/b.git', 'git-ssh-key': 'hunter2' },
      'input "git-ssh-key"',
    ],
  ])('%s', async (_name, inputs, message) => {
    const runner = new ScriptedRunner();
    const io = await go(inputs as Record<string, string>, runner);
    expect(io.failed).toContain(message);
    expect(runner.calls).toHaveLength(0);
    expect(io.everything()).not.toContain('hunter2');
  });

  it('[F1] without inputs it fails naming chart-version (a pin is required), running nothing', async () => {
    const runner = new ScriptedRunner();
    const io = new FakeIO({});
    await run({ io, runner, clock: new FakeClock() });
    expect(io.failed).toContain('input "chart-version": is required');
    expect(io.failed).toContain('1.22.0');
    expect(runner.calls).toHaveLength(0);
  });

  it('[F8] fails before any mutation when helm cannot be found or installed', async () => {
    const runner = new ScriptedRunner();
    runner.missing.add('helm');
    const io = await go({}, runner);
    expect(io.failed).toContain(
      'no usable helm: none fits on PATH, and installing helm 3.21.4 failed: tool cache must not be used',
    );
    expect(runner.mutations()).toEqual([]);
  });

  it('keeps Inputs/Outputs equal to action.yml', () => {
    const yml = parse(readFileSync('actions/helm-airflow/action.yml', 'utf8')) as {
      inputs: object;
      outputs: object;
    };
    expect(Object.keys(yml.inputs).sort()).toEqual(Object.values(Inputs).sort());
    expect(Object.keys(yml.outputs).sort()).toEqual(Object.values(Outputs).sort());
  });
});
