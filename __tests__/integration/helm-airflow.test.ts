/**
 * helm-airflow end to end: run() with the real process runner, the simulated helm on PATH
 * (no real Helm can be installed here) and the real kubectl against the Kubernetes API emulator.
 */
import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  jest,
} from '@jest/globals';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FakeIO } from '../../__fixtures__/io.js';
import { FakeClock } from '../../__fixtures__/runner.js';
import { run } from '../../src/actions/helm-airflow/definition.js';
import { ProcessRunner } from '../../src/lib/exec/process-runner.js';
import { createHelmSim, simRevision, type HelmSim } from '../../test-support/helm-sim/index.js';
import { startK8sEmulator, type K8sEmulator } from '../../test-support/k8s-emulator/index.js';

const SSH_KEY =
  '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ$!"\'\\\n-----END OPENSSH PRIVATE KEY-----\n';
const PASSWORD = 'S3cr3t-Adm1n-P@ss!';
const DIGEST = `sha256:${'a'.repeat(64)}`;
const BASE_INPUTS = {
  image: `asia-southeast1-docker.pkg.dev/proj-123456/airflow/custom-airflow@${DIGEST}`,
  'airflow-version': '3.2.2',
  'log-folder': 'gs://proj-airflow-logs/logs',
  'git-sync-repo': 'git@github.com:acme/dags.git',
  'git-sync-subpath': 'dags',
  'git-ssh-key': SSH_KEY,
  'git-known-hosts':
    'github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl',
  'admin-password': PASSWORD,
  'admin-username': 'ops',
};

// Each run now also reads the namespace, the key Secrets and the chart Jobs with the real
// kubectl (issue 12): two runs a test need more than the default minute on a loaded machine.
jest.setTimeout(180_000);

let emu: K8sEmulator;
let sim: HelmSim;
let runnerTemp: string;

beforeAll(async () => {
  emu = await startK8sEmulator();
});
afterAll(async () => {
  await emu.stop();
});
beforeEach(() => {
  sim = createHelmSim();
  runnerTemp = mkdtempSync(path.join(tmpdir(), 'runner-temp-'));
  process.env.RUNNER_TEMP = runnerTemp;
  emu.clearRequests();
});
afterEach(() => {
  sim.cleanup();
  rmSync(runnerTemp, { recursive: true, force: true });
  delete process.env.RUNNER_TEMP;
});

async function runAction(inputs: Record<string, string>): Promise<FakeIO> {
  const io = new FakeIO({ 'chart-version': '1.22.0', ...inputs });
  const runner = new ProcessRunner(io, undefined, { ...process.env, ...emu.env, ...sim.env });
  const clock = new FakeClock();
  clock.time = Date.now();
  await run({ io, runner, clock });
  return io;
}

const helmMutations = (): string[][] =>
  sim.calls().filter((argv) => ['upgrade', 'rollback', 'uninstall'].includes(argv[0] ?? ''));

function expectNoSecretAnywhere(io: FakeIO): void {
  const secretForms = [
    PASSWORD,
    SSH_KEY.split('\n')[1] ?? '',
    Buffer.from(SSH_KEY).toString('base64'),
  ];
  const argvText = JSON.stringify(sim.calls());
  const k8sText = JSON.stringify(emu.requests().map((r) => [r.method, r.path, r.query]));
  for (const secret of secretForms) {
    expect(argvText).not.toContain(secret);
    expect(k8sText).not.toContain(secret);
    expect(io.everything()).not.toContain(secret);
  }
}

describe('helm-airflow through the simulated helm and the Kubernetes API emulator', () => {
  it('installs, stores the SSH key Secret, keeps secrets out of argv, then skips an unchanged re-run', async () => {
    const first = await runAction(BASE_INPUTS);
    expect(first.failed).toBeUndefined();
    expect(first.outputs).toMatchObject({
      revision: '1',
      status: 'deployed',
      'chart-version': '1.22.0',
      'app-version': '3.2.2',
      'ui-service': 'airflow-api-server',
      'port-forward-command':
        'kubectl port-forward svc/airflow-api-server 8080:8080 --namespace airflow',
      changed: 'true',
    });
    const secret = emu.get('v1', 'Secret', 'airflow-git-ssh-key', 'airflow') as {
      data: Record<string, string>;
    };
    expect(Buffer.from(secret.data.gitSshKey ?? '', 'base64').toString('utf8')).toBe(SSH_KEY);
    const applied = emu.mutatingRequests().find((r) => r.path.includes('/secrets/'));
    expect(applied?.contentType).toContain('apply-patch');
    const [rev] = sim.history('airflow', 'airflow');
    expect(rev?.config).toMatchObject({
      images: {
        airflow: {
          repository: 'asia-southeast1-docker.pkg.dev/proj-123456/airflow/custom-airflow',
          digest: DIGEST,
        },
      },
      scheduler: { serviceAccount: { create: false, name: 'airflow-ksa' } },
      migrateDatabaseJob: { useHelmHooks: false, applyCustomEnv: false },
      createUserJob: { useHelmHooks: false, defaultUser: { username: 'ops', password: PASSWORD } },
      dags: { gitSync: { enabled: true, sshKeySecret: 'airflow-git-ssh-key', subPath: 'dags' } },
      config: {
        logging: { remote_logging: 'True', remote_base_log_folder: 'gs://proj-airflow-logs/logs' },
      },
    });
    const upgrade = helmMutations()[0] ?? [];
    expect(upgrade).toEqual(expect.arrayContaining(['--atomic', '--wait', '--create-namespace']));
    const valuesFile = upgrade[upgrade.indexOf('-f') + 1] ?? '';
    expect(valuesFile.startsWith(runnerTemp)).toBe(true);
    expect(sim.valuesFileModes()[valuesFile]).toBe('600');
    expect(readdirSync(runnerTemp)).toEqual([]);
    expectNoSecretAnywhere(first);

    emu.clearRequests();
    const before = sim.calls().length;
    const second = await runAction(BASE_INPUTS);
    expect(second.failed).toBeUndefined();
    expect(second.outputs).toMatchObject({ changed: 'false', revision: '1', status: 'deployed' });
    expect(
      sim
        .calls()
        .slice(before)
        .filter((a) => ['upgrade', 'rollback', 'uninstall'].includes(a[0] ?? '')),
    ).toEqual([]);
    expect(emu.mutatingRequests()).toEqual([]);
    expect(second.summary).toContain('upgrade skipped');
    expectNoSecretAnywhere(second);
  });

  it('[F45] uses Helm 4 flags when helm 4 is on PATH', async () => {
    sim.setVersion('4.2.4');
    const io = await runAction({
      'git-sync-repo': 'https://github.com/acme/dags.git',
      'admin-password': PASSWORD,
    });
    expect(io.failed).toBeUndefined();
    const upgrade = helmMutations()[0] ?? [];
    expect(upgrade).toEqual(expect.arrayContaining(['--wait=watcher', '--rollback-on-failure']));
    expect(upgrade).not.toContain('--atomic');
    expect(upgrade).not.toContain('--force-conflicts');
  });

  it('[F42] a --wait timeout is rolled back by helm and the summary shows failing pods and events', async () => {
    sim.seed('airflow', 'airflow', [
      simRevision({
        version: 1,
        status: 'deployed',
        updated: new Date(Date.now() - 3600_000).toISOString(),
      }),
    ]);
    emu.put({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'airflow' } });
    emu.put({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name: 'airflow-scheduler-7d9f-abcde',
        namespace: 'airflow',
        labels: { release: 'airflow', component: 'scheduler' },
      },
      spec: { containers: [{ name: 'scheduler', image: 'x' }] },
      status: {
        phase: 'Pending',
        containerStatuses: [
          {
            name: 'scheduler',
            ready: false,
            restartCount: 0,
            state: {
              waiting: { reason: 'ImagePullBackOff', message: 'Back-off pulling image "x"' },
            },
          },
        ],
      },
    });
    emu.put({
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: 'airflow-scheduler.1', namespace: 'airflow' },
      type: 'Warning',
      reason: 'Failed',
      message: 'Failed to pull image "x": not found',
      involvedObject: { kind: 'Pod', name: 'airflow-scheduler-7d9f-abcde' },
      lastTimestamp: new Date().toISOString(),
      count: 3,
    });
    sim.inject({ command: 'upgrade', kind: 'wait-timeout' });
    const io = await runAction({ 'admin-password': PASSWORD });
    expect(io.failed).toContain('rolled back');
    expect(io.failed).toContain('airflow-scheduler-7d9f-abcde (scheduler: ImagePullBackOff');
    expect(io.summary).toContain('Failure diagnostics');
    expect(io.summary).toContain('ImagePullBackOff');
    expect(io.summary).toContain('Failed to pull image');
    expect(sim.history('airflow', 'airflow').map((r) => r.status)).toEqual([
      'superseded',
      'failed',
      'deployed',
    ]);
    expect(io.everything()).not.toContain(PASSWORD);
  });

  it('[F39] recovers an old pending-upgrade by rolling back, then upgrades', async () => {
    const old = new Date(Date.now() - 2 * 3600_000).toISOString();
    sim.seed('airflow', 'airflow', [
      simRevision({ version: 1, status: 'deployed', updated: old }),
      simRevision({ version: 2, status: 'pending-upgrade', updated: old }),
    ]);
    const io = await runAction({ 'admin-password': PASSWORD });
    expect(io.failed).toBeUndefined();
    expect(helmMutations().map((a) => a.slice(0, 3))).toEqual([
      ['rollback', 'airflow', '1'],
      ['upgrade', '--install', 'airflow'],
    ]);
    expect(sim.history('airflow', 'airflow').at(-1)?.status).toBe('deployed');
  });

  it('[F40] an old pending-install is uninstalled, then installed cleanly', async () => {
    const old = new Date(Date.now() - 2 * 3600_000).toISOString();
    sim.seed('airflow', 'airflow', [
      simRevision({ version: 1, status: 'pending-install', updated: old }),
    ]);
    const io = await runAction({ 'admin-password': PASSWORD });
    expect(io.failed).toBeUndefined();
    expect(helmMutations().map((a) => a.slice(0, 2))).toEqual([
      ['uninstall', 'airflow'],
      ['upgrade', '--install'],
    ]);
    expect(sim.history('airflow', 'airflow').map((r) => [r.version, r.status])).toEqual([
      [1, 'deployed'],
    ]);
  });

  it('[F41] a recent pending-upgrade is left alone and the run fails', async () => {
    sim.seed('airflow', 'airflow', [
      simRevision({
        version: 1,
        status: 'deployed',
        updated: new Date(Date.now() - 3600_000).toISOString(),
      }),
      simRevision({ version: 2, status: 'pending-upgrade', updated: new Date().toISOString() }),
    ]);
    const io = await runAction({ 'admin-password': PASSWORD });
    expect(io.failed).toContain('another helm operation may still be running');
    expect(helmMutations()).toEqual([]);
    expect(sim.history('airflow', 'airflow').at(-1)?.status).toBe('pending-upgrade');
  });

  it('[F46] a Helm 4 SSA conflict fails with its details; helm rolls back; never --force-conflicts', async () => {
    sim.setVersion('4.2.4');
    sim.seed('airflow', 'airflow', [
      simRevision({
        version: 1,
        status: 'deployed',
        updated: new Date(Date.now() - 3600_000).toISOString(),
      }),
    ]);
    sim.inject({
      command: 'upgrade',
      error:
        'conflict occurred while applying object airflow/airflow-scheduler apps/v1, Kind=Deployment: Apply failed with 1 conflict: conflict with "kubectl-edit" using apps/v1: .spec.replicas',
    });
    const io = await runAction({ 'admin-password': PASSWORD });
    expect(io.failed).toContain('server-side apply conflicts');
    expect(io.failed).toContain('conflict with "kubectl-edit" using apps/v1: .spec.replicas');
    expect(io.failed).toContain('rollback-on-failure being set');
    expect(JSON.stringify(sim.calls())).not.toContain('--force-conflicts');
  });

  it('[F43][F37] a failed first install is uninstalled by helm, the values file is gone, and the next run installs', async () => {
    sim.inject({ command: 'upgrade', kind: 'wait-timeout' });
    const failed = await runAction({ 'admin-password': PASSWORD });
    expect(failed.failed).toContain('has been uninstalled due to atomic being set');
    expect(sim.history('airflow', 'airflow')).toEqual([]);
    expect(readdirSync(runnerTemp)).toEqual([]);
    expect(failed.everything()).not.toContain(PASSWORD);
    const next = await runAction({ 'admin-password': PASSWORD });
    expect(next.failed).toBeUndefined();
    expect(next.outputs).toMatchObject({ revision: '1', status: 'deployed', changed: 'true' });
  });

  it('[F44] a chart version missing from the repo fails naming chart and version, changing nothing', async () => {
    const io = await runAction({ 'chart-version': '9.9.9' });
    expect(io.failed).toContain('input "chart-version"');
    expect(io.failed).toContain('airflow version 9.9.9 was not found');
    expect(helmMutations()).toEqual([]);
    expect(emu.mutatingRequests()).toEqual([]);
  });

  it('[F38] a value the chart does not know fails at helm template, before any change', async () => {
    const io = await runAction({ values: 'schedulr:\n  replicas: 2\n' });
    expect(io.failed).toContain('rejects the merged values');
    expect(io.failed).toContain('schedulr');
    expect(helmMutations()).toEqual([]);
  });

  // Last: it installs into the shared emulator, which earlier tests expect to start empty.
  it('a dry run with no secret inputs reads only (GETs, no Secret, no helm history) and skips from the deploy-state record', async () => {
    const installed = await runAction(BASE_INPUTS);
    expect(installed.failed).toBeUndefined();
    const record = emu.get('v1', 'ConfigMap', 'airflow-deploy-state', 'airflow') as {
      metadata: { annotations: Record<string, string> };
    };
    expect(record.metadata.annotations['gke-data-platform/chart-version']).toBe('1.22.0');
    emu.clearRequests();
    const helmCallsBefore = sim.calls().length;
    const { 'git-ssh-key': _key, 'admin-password': _password, ...publicInputs } = BASE_INPUTS;
    const plan = await runAction({ ...publicInputs, 'dry-run': 'true' });
    expect(plan.failed).toBeUndefined();
    const requests = emu.requests();
    expect(requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(requests.filter((r) => /\/secrets(\/|$)/.test(r.path))).toEqual([]);
    // helm history/status/get read the release Secrets (every value, passwords included).
    expect(
      sim
        .calls()
        .slice(helmCallsBefore)
        .filter((argv) => ['history', 'status', 'get', 'upgrade'].includes(argv[0] ?? '')),
    ).toEqual([]);
    expect(plan.summary).toMatch(/helm-release\/airflow\/airflow` \| noop/);
    // Without the key input there is no SSH-key Secret to plan: nothing to do.
    expect(plan.outputs.changed).toBe('false');
  });
});
