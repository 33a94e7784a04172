/** The simulated helm itself: Helm 3/4 flag sets, JSON shapes, lock, rollback, faults. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MemoryLogger } from '../../src/lib/log/logger.js';
import { ProcessRunner } from '../../src/lib/exec/process-runner.js';
import type { CommandResult } from '../../src/lib/exec/runner.js';
import { createHelmSim, simRevision, type HelmSim } from '../../test-support/helm-sim/index.js';

let sim: HelmSim;
let dir: string;
beforeEach(() => {
  sim = createHelmSim();
  dir = mkdtempSync(path.join(tmpdir(), 'helm-sim-values-'));
});
afterEach(() => sim.cleanup());

const helm = (...args: string[]): Promise<CommandResult> =>
  new ProcessRunner(new MemoryLogger(), undefined, { ...process.env, ...sim.env }).run({
    tool: 'helm',
    args,
    mutating: false,
  });

function valuesFile(text: string): string {
  const file = path.join(dir, `v${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, text);
  return file;
}
const HOOKS_OFF =
  'migrateDatabaseJob:\n  useHelmHooks: false\ncreateUserJob:\n  useHelmHooks: false\n';
const install = async (...extra: string[]) => {
  await helm('repo', 'add', 'apache-airflow', 'https://airflow.apache.org');
  return helm(
    'upgrade',
    '--install',
    'airflow',
    'apache-airflow/airflow',
    '--version',
    '1.22.0',
    '--namespace',
    'airflow',
    '-f',
    valuesFile(HOOKS_OFF),
    ...extra,
  );
};

describe('simulated helm', () => {
  it('reports its version in both forms', async () => {
    expect((await helm('version', '--template', '{{.Version}}')).stdout.trim()).toBe('v3.21.4');
    sim.setVersion('4.2.4');
    expect((await helm('version', '--short')).stdout).toMatch(/^v4\.2\.4\+g/);
  });

  it('Helm 3 rejects Helm 4 flags the way cobra does, and Helm 4 accepts them', async () => {
    await helm('repo', 'add', 'apache-airflow', 'https://airflow.apache.org');
    const base = [
      'upgrade',
      '--install',
      'airflow',
      'apache-airflow/airflow',
      '-f',
      valuesFile(HOOKS_OFF),
    ];
    const r3 = await helm(...base, '--rollback-on-failure');
    expect(r3.exitCode).toBe(1);
    expect(r3.stderr).toBe('Error: unknown flag: --rollback-on-failure\n');
    expect((await helm(...base, '--wait=watcher')).stderr).toContain(
      'strconv.ParseBool: parsing "watcher": invalid syntax',
    );
    sim.setVersion('4.2.4');
    expect((await helm(...base, '--wait=watcher', '--rollback-on-failure')).exitCode).toBe(0);
    const deprecated = await helm(...base, '--atomic');
    expect(deprecated.exitCode).toBe(0);
    expect(deprecated.stderr).toContain('Flag --atomic has been deprecated');
  });

  it('keeps revisions and answers list/history/status/get values in Helm JSON shapes', async () => {
    expect((await install('--wait', '--atomic')).exitCode).toBe(0);
    const list = JSON.parse((await helm('list', '-n', 'airflow', '-o', 'json')).stdout) as Record<
      string,
      unknown
    >[];
    expect(list).toEqual([
      expect.objectContaining({
        name: 'airflow',
        namespace: 'airflow',
        revision: '1',
        status: 'deployed',
        chart: 'airflow-1.22.0',
        app_version: '3.2.2',
      }),
    ]);
    expect(list[0]?.updated).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+ \+0000 UTC$/);
    const history = JSON.parse(
      (await helm('history', 'airflow', '-n', 'airflow', '-o', 'json')).stdout,
    ) as Record<string, unknown>[];
    expect(history[0]).toMatchObject({
      revision: 1,
      status: 'deployed',
      chart: 'airflow-1.22.0',
      description: 'Install complete',
    });
    const status = JSON.parse(
      (await helm('status', 'airflow', '-n', 'airflow', '-o', 'json')).stdout,
    ) as Record<string, unknown>;
    expect(status).toMatchObject({
      name: 'airflow',
      version: 1,
      info: { status: 'deployed' },
      chart: { metadata: { version: '1.22.0' } },
    });
    expect(
      JSON.parse((await helm('get', 'values', 'airflow', '-n', 'airflow', '-o', 'json')).stdout),
    ).toEqual({
      migrateDatabaseJob: { useHelmHooks: false },
      createUserJob: { useHelmHooks: false },
    });
    expect((await helm('status', 'nope', '-n', 'airflow')).stderr).toBe(
      'Error: release: not found\n',
    );
  });

  it('hangs into its timeout when --wait meets the chart hooks (the documented trap), and --atomic uninstalls', async () => {
    await helm('repo', 'add', 'apache-airflow', 'https://airflow.apache.org');
    const r = await helm(
      'upgrade',
      '--install',
      'airflow',
      'apache-airflow/airflow',
      '-n',
      'airflow',
      '--wait',
      '--atomic',
    );
    expect(r.stderr).toContain(
      'INSTALLATION FAILED: release airflow failed, and has been uninstalled due to atomic being set: context deadline exceeded',
    );
    expect(sim.history('airflow', 'airflow')).toEqual([]);
  });

  it('--description becomes the revision description in helm history -o json; rollback takes --wait-for-jobs but no --description', async () => {
    // helm v3.21.4 pkg/action/install.go:488-489 and upgrade.go:477-480 (cmd/helm/upgrade.go:149
    // hands it to the install of `upgrade --install`); rollback's own text is "Rollback to N"
    // (pkg/action/rollback.go:152) and its flags (cmd/helm/rollback.go:79-87) have no
    // --description before helm/helm f8180e6, which no release holds yet.
    expect((await install('--description', 'deploy by run 1')).exitCode).toBe(0);
    expect((await install()).exitCode).toBe(0);
    expect((await install('--description', 'deploy by run 3')).exitCode).toBe(0);
    const history = async () =>
      JSON.parse(
        (await helm('history', 'airflow', '--namespace', 'airflow', '-o', 'json')).stdout,
      ) as { revision: number; description: string }[];
    expect((await history()).map((r) => r.description)).toEqual([
      'deploy by run 1',
      'Upgrade complete',
      'deploy by run 3',
    ]);
    const back = ['rollback', 'airflow', '1', '--namespace', 'airflow', '--wait'];
    expect((await helm(...back, '--description', 'x')).stderr).toContain(
      'unknown flag: --description',
    );
    expect((await helm(...back, '--wait-for-jobs')).exitCode).toBe(0);
    expect((await history()).at(-1)).toMatchObject({ revision: 4, description: 'Rollback to 1' });
  });

  it('refuses to upgrade a pending release, and rollback clears it', async () => {
    sim.seed('airflow', 'airflow', [
      simRevision({ version: 1, status: 'deployed' }),
      simRevision({ version: 2, status: 'pending-upgrade' }),
    ]);
    expect((await install()).stderr).toContain(
      'another operation (install/upgrade/rollback) is in progress',
    );
    expect((await helm('rollback', 'airflow', '1', '-n', 'airflow', '--wait')).exitCode).toBe(0);
    expect(sim.history('airflow', 'airflow').map((r) => r.status)).toEqual([
      'superseded',
      'superseded',
      'deployed',
    ]);
  });

  it('injected faults: wait timeout rolls back with --atomic; killed leaves pending-upgrade', async () => {
    await install();
    sim.inject({ command: 'upgrade', kind: 'wait-timeout' });
    const r = await install('--atomic');
    expect(r.stderr).toContain('has been rolled back due to atomic being set');
    expect(sim.history('airflow', 'airflow').map((x) => x.status)).toEqual([
      'superseded',
      'failed',
      'deployed',
    ]);
    sim.inject({ command: 'upgrade', kind: 'killed' });
    expect((await install()).exitCode).toBe(137);
    expect(sim.history('airflow', 'airflow').at(-1)?.status).toBe('pending-upgrade');
  });

  it('a failed migration Job passes Helm 3 --wait unnoticed; --wait-for-jobs fails it (both majors)', async () => {
    // helm/helm pkg/cmd/upgrade.go (v3 and v4): --wait-for-jobs "if set and --wait enabled,
    // will wait until all Jobs have been completed"; plain --wait only waits for Pods,
    // Deployments, StatefulSets... (pkg/kube/ready.go), so a failed non-hook Job is ignored.
    sim.inject({ command: 'upgrade', kind: 'job-failed' });
    expect((await install('--wait', '--atomic')).exitCode).toBe(0);
    expect(sim.history('airflow', 'airflow').at(-1)?.status).toBe('deployed');
    for (const [version, flags] of [
      ['3.21.4', ['--wait', '--wait-for-jobs', '--atomic']],
      ['4.2.4', ['--wait=watcher', '--wait-for-jobs', '--rollback-on-failure']],
    ] as const) {
      sim.setVersion(version);
      sim.inject({ command: 'upgrade', kind: 'job-failed' });
      const r = await install(...flags);
      expect(r.exitCode).toBe(1);
      expect(r.stderr).toContain('job airflow-run-airflow-migrations failed: BackoffLimitExceeded');
      expect(r.stderr).toMatch(
        /has been rolled back due to (atomic|rollback-on-failure) being set/,
      );
    }
  });

  it('fails like Helm on a missing chart version, a bad timeout, bad YAML and an unknown value key', async () => {
    expect((await install('--version', '9.9.9')).stderr).toContain(
      'chart "airflow" matching 9.9.9 not found in apache-airflow index',
    );
    expect((await install('--timeout', '10')).stderr).toContain(
      'time: missing unit in duration "10"',
    );
    expect(
      (await helm('template', 'airflow', 'apache-airflow/airflow', '-f', valuesFile('a: [1')))
        .stderr,
    ).toContain('error converting YAML to JSON');
    const schema = await helm(
      'template',
      'airflow',
      'apache-airflow/airflow',
      '-f',
      valuesFile('schedulr: {}\ndags:\n  gitSync:\n    sshKeySecret: s\n'),
    );
    expect(schema.stderr).toContain('- (root): Additional property schedulr is not allowed');
    expect(schema.stderr).not.toContain('sshKeySecret');
  });
});
