/**
 * helm-airflow across upgrades (issue 12, items 3 and 4), with the real kubectl against the
 * Kubernetes API emulator and the simulated helm applying the chart's non-hook Jobs to it, so
 * the API server's Job rules decide (test-support/helm-sim/cluster.mjs).
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FakeIO } from '../../__fixtures__/io.js';
import { FakeClock } from '../../__fixtures__/runner.js';
import { run } from '../../src/actions/helm-airflow/definition.js';
import { MemoryLogger } from '../../src/lib/log/logger.js';
import { ProcessRunner } from '../../src/lib/exec/process-runner.js';
import { createHelmSim, type HelmSim } from '../../test-support/helm-sim/index.js';
import { startK8sEmulator, type K8sEmulator } from '../../test-support/k8s-emulator/index.js';

const REPO = 'asia-southeast1-docker.pkg.dev/proj-123456/airflow/custom-airflow';
const digest = (c: string): string => `sha256:${c.repeat(64)}`;
/** Three and four action runs each, every one spawning real kubectl and helm processes. */
const LONG = 240_000;
const KEY_SECRETS = {
  'airflow-static-fernet-key': 'fernet-key',
  'airflow-static-jwt-secret': 'jwt-secret',
  'airflow-static-api-secret-key': 'api-secret-key',
};

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
  sim = createHelmSim({ kubeJobs: true });
  runnerTemp = mkdtempSync(path.join(tmpdir(), 'runner-temp-'));
  process.env.RUNNER_TEMP = runnerTemp;
});
afterEach(() => {
  sim.cleanup();
  rmSync(runnerTemp, { recursive: true, force: true });
  delete process.env.RUNNER_TEMP;
});

async function runAction(image: string, extra: Record<string, string> = {}): Promise<FakeIO> {
  const io = new FakeIO({
    'chart-version': '1.22.0',
    'airflow-version': '3.2.2',
    namespace: extra.namespace ?? 'airflow',
    image,
    ...extra,
  });
  const runner = new ProcessRunner(io, undefined, { ...process.env, ...emu.env, ...sim.env });
  const clock = new FakeClock();
  clock.time = Date.now();
  await run({ io, runner, clock });
  return io;
}

const jobImage = (ns: string, name: string): unknown =>
  (
    emu.get('batch/v1', 'Job', name, ns) as
      { spec: { template: { spec: { containers: { image: string }[] } } } } | undefined
  )?.spec.template.spec.containers[0]?.image;

const secretData = (ns: string, name: string): Record<string, string> | undefined =>
  (emu.get('v1', 'Secret', name, ns) as { data?: Record<string, string> } | undefined)?.data;

describe('helm-airflow upgrades against the Kubernetes API emulator', () => {
  it(
    'creates the key Secrets once (random, masked, never in argv) and never rotates them',
    async () => {
      emu.clearRequests();
      const first = await runAction(`${REPO}:3.2.2-1@${digest('a')}`, { namespace: 'keys' });
      expect(first.failed).toBeUndefined();
      const values = sim.history('keys', 'airflow').at(-1)?.config ?? {};
      // The chart reads each Secret by these names and keys (chart values.yaml *SecretName;
      // templates/secrets/*.yaml; _helpers.yaml standard_airflow_environment).
      expect(values).toMatchObject({
        fernetKeySecretName: 'airflow-static-fernet-key',
        jwtSecretName: 'airflow-static-jwt-secret',
        apiSecretKeySecretName: 'airflow-static-api-secret-key',
      });
      const plain: string[] = [];
      for (const [name, key] of Object.entries(KEY_SECRETS)) {
        const data = secretData('keys', name);
        expect(Object.keys(data ?? {})).toEqual([key]);
        plain.push(Buffer.from(data?.[key] ?? '', 'base64').toString('utf8'));
      }
      // pyca/cryptography fernet.py: base64.urlsafe_b64decode(key) must give 32 bytes.
      const fernet = plain[0] ?? '';
      expect(fernet).toMatch(/^[A-Za-z0-9_-]{43}=$/);
      expect(Buffer.from(fernet, 'base64url')).toHaveLength(32);
      expect(plain[1]).toMatch(/^[0-9a-f]{128}$/);
      expect(plain[1]).not.toBe(plain[2]);
      // Created by server-side apply from stdin; the values are masked and appear nowhere.
      const creates = emu.mutatingRequests().filter((r) => r.path.includes('/secrets/'));
      expect(creates.map((r) => r.contentType)).toEqual(
        expect.arrayContaining([expect.stringContaining('apply-patch')]),
      );
      const argv = JSON.stringify(sim.calls());
      const queries = JSON.stringify(emu.requests().map((r) => [r.method, r.path, r.query]));
      for (const value of plain) {
        expect(first.secrets).toContain(value);
        expect(argv).not.toContain(value);
        expect(queries).not.toContain(value);
        expect(first.everything()).not.toContain(value);
      }

      // A re-run observes that they exist and changes nothing at all.
      emu.clearRequests();
      const second = await runAction(`${REPO}:3.2.2-1@${digest('a')}`, { namespace: 'keys' });
      expect(second.failed).toBeUndefined();
      expect(second.outputs.changed).toBe('false');
      expect(emu.mutatingRequests().map((r) => `${r.method} ${r.path}`)).toEqual([]);
      for (const [i, [name, key]] of Object.entries(KEY_SECRETS).entries())
        expect(Buffer.from(secretData('keys', name)?.[key] ?? '', 'base64').toString()).toBe(
          plain[i],
        );
      // An upgrade (new image) keeps them too.
      await runAction(`${REPO}:3.2.2-2@${digest('b')}`, { namespace: 'keys' });
      expect(
        Buffer.from(
          secretData('keys', 'airflow-static-fernet-key')?.['fernet-key'] ?? '',
          'base64',
        ).toString(),
      ).toBe(fernet);
    },
    LONG,
  );

  it(
    'a new image upgrades the release: the finished chart Jobs are deleted first, since their pod template is immutable (apache/airflow#27561)',
    async () => {
      const first = await runAction(`${REPO}:3.2.2-1@${digest('c')}`);
      expect(first.failed).toBeUndefined();
      expect(jobImage('airflow', 'airflow-run-airflow-migrations')).toBe(`${REPO}@${digest('c')}`);
      expect(jobImage('airflow', 'airflow-create-user')).toBe(`${REPO}@${digest('c')}`);

      // The trap, shown with helm alone: the same upgrade without deleting the Jobs is refused
      // by the API server and --atomic rolls the release back.
      const valuesFile = path.join(runnerTemp, 'next.json');
      writeFileSync(
        valuesFile,
        JSON.stringify({
          images: { airflow: { repository: REPO, digest: digest('d'), tag: '3.2.2-2' } },
          migrateDatabaseJob: { useHelmHooks: false },
          createUserJob: { useHelmHooks: false },
        }),
      );
      // Through the async runner: the emulator answers kubectl from this very process.
      const direct = await new ProcessRunner(new MemoryLogger(), undefined, {
        ...process.env,
        ...emu.env,
        ...sim.env,
      }).run({
        tool: 'helm',
        mutating: true,
        args: [
          'upgrade',
          '--install',
          'airflow',
          'apache-airflow/airflow',
          '--version',
          '1.22.0',
          '--namespace',
          'airflow',
          '-f',
          valuesFile,
          '--wait',
          '--wait-for-jobs',
          '--atomic',
        ],
      });
      expect(direct.exitCode).toBe(1);
      expect(direct.stderr).toMatch(
        /cannot patch "airflow-run-airflow-migrations" with kind Job: .*spec\.template: Invalid value: .*field is immutable/,
      );
      expect(direct.stderr).toContain('has been rolled back due to atomic being set');

      // The action deletes the finished Jobs, then upgrades; helm recreates and waits for them.
      emu.clearRequests();
      const second = await runAction(`${REPO}:3.2.2-2@${digest('d')}`);
      expect(second.failed).toBeUndefined();
      expect(second.outputs.status).toBe('deployed');
      const mutations = emu.mutatingRequests().map((r) => `${r.method} ${r.path}`);
      const deletes = mutations.filter((m) => m.startsWith('DELETE') && m.includes('/jobs/'));
      expect(deletes).toEqual([
        'DELETE /apis/batch/v1/namespaces/airflow/jobs/airflow-run-airflow-migrations',
        'DELETE /apis/batch/v1/namespaces/airflow/jobs/airflow-create-user',
      ]);
      const firstDelete = mutations.findIndex((m) => m.startsWith('DELETE'));
      const recreate = mutations.findIndex(
        (m, i) => i > firstDelete && m.includes('/jobs/airflow-run-airflow-migrations'),
      );
      expect(recreate).toBeGreaterThan(firstDelete);
      expect(jobImage('airflow', 'airflow-run-airflow-migrations')).toBe(`${REPO}@${digest('d')}`);
      const upgrade =
        sim
          .calls()
          .filter((a) => a[0] === 'upgrade')
          .at(-1) ?? [];
      expect(upgrade).toEqual(expect.arrayContaining(['--wait', '--wait-for-jobs', '--atomic']));
      // Task pods get the tag (worker_container_tag comes from images.airflow.tag).
      expect(sim.history('airflow', 'airflow').at(-1)?.config).toMatchObject({
        images: { airflow: { repository: REPO, tag: '3.2.2-2', digest: digest('d') } },
      });

      // Nothing changed: the Jobs stay, and nothing is mutated.
      emu.clearRequests();
      const third = await runAction(`${REPO}:3.2.2-2@${digest('d')}`);
      expect(third.outputs.changed).toBe('false');
      expect(emu.mutatingRequests()).toEqual([]);
    },
    LONG,
  );

  it(
    'a failed migration Job fails the step (--wait-for-jobs) and helm rolls back',
    async () => {
      await runAction(`${REPO}:3.2.2-1@${digest('e')}`, { namespace: 'failing' });
      emu.setWorkloadBehaviour('failing', 'airflow-run-airflow-migrations', {
        kind: 'crash-loop',
        restarts: 6,
      });
      const io = await runAction(`${REPO}:3.2.2-2@${digest('f')}`, { namespace: 'failing' });
      expect(io.failed).toContain(
        'job airflow-run-airflow-migrations failed: BackoffLimitExceeded',
      );
      expect(io.failed).toContain('helm restored the previous state');
      expect(sim.history('failing', 'airflow').at(-1)).toMatchObject({ status: 'deployed' });
    },
    LONG,
  );
});
