/**
 * `apply` from a laptop, for real: the CLI runs setup-wi and gcs-log-bucket against the Google
 * Cloud and Kubernetes API emulators (real gcloud and kubectl); a `plan` afterwards observes
 * the converged platform and finds nothing to change.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnAsync } from '../../test-support/bundle.js';
import { startGcpEmulator, type GcpEmulator } from '../../test-support/gcp-emulator/index.js';
import { createHelmSim } from '../../test-support/helm-sim/index.js';
import { startK8sEmulator, type K8sEmulator } from '../../test-support/k8s-emulator/index.js';

const root = path.resolve(import.meta.dirname, '../..');
const PROJECT = 'alpine-figure-461007-i9';
const SSH_KEY =
  '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\n-----END OPENSSH PRIVATE KEY-----\n';
const PASSWORD = 'Cli-Adm1n-P@ssword!';
const MASTER_KEY = 'sk-cli-master-key-4242';
let gcp: GcpEmulator;
let k8s: K8sEmulator;
let dir: string;

async function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnAsync(process.execPath, ['dist/cli/index.js', ...args], {
    cwd: root,
    env: { ...process.env, ...gcp.env, ...k8s.env, ...env },
    timeoutMs: 240_000,
  });
}

beforeAll(async () => {
  gcp = await startGcpEmulator();
  gcp.state.addProject(PROJECT, 461007);
  gcp.state.addCluster(PROJECT, 'asia-southeast1-a', 'data-pipeline-cluster');
  k8s = await startK8sEmulator();
  dir = mkdtempSync(path.join(tmpdir(), 'cli-apply-'));
  writeFileSync(
    path.join(dir, 'platform.yaml'),
    [
      `project: ${PROJECT}`,
      'region: asia-southeast1',
      'cluster: {name: data-pipeline-cluster, location: asia-southeast1-a}',
      'gsa: {name: cloudsql-proxy-gsa, projectRoles: [roles/cloudsql.client]}',
      'workloadIdentity: {bindings: [airflow/airflow-ksa], updateNodePools: true}',
      'logBucket: {name: airflow-logs-cli-test}',
      '',
    ].join('\n'),
  );
}, 60_000);

afterAll(async () => {
  await Promise.allSettled([gcp?.stop(), k8s?.stop()]);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('platform CLI apply', () => {
  it('applies the chain for real, then a plan observes nothing left to change', async () => {
    const config = path.join(dir, 'platform.yaml');
    const applied = await cli([
      'apply',
      '--config',
      config,
      '--yes',
      '--only',
      'setup-wi,gcs-log-bucket',
    ]);
    expect([applied.exitCode, applied.stderr]).toEqual([0, '']);
    expect(applied.stdout).toContain('setup-wi done');
    expect(applied.stdout).toContain('gcs-log-bucket done');
    const email = `cloudsql-proxy-gsa@${PROJECT}.iam.gserviceaccount.com`;
    expect(
      gcp.state.cluster(PROJECT, 'asia-southeast1-a', 'data-pipeline-cluster')
        ?.workloadIdentityConfig?.workloadPool,
    ).toBe(`${PROJECT}.svc.id.goog`);
    expect(
      gcp.state
        .projectPolicy(PROJECT)
        .bindings.some(
          (b) =>
            b.role === 'roles/cloudsql.client' && b.members.includes(`serviceAccount:${email}`),
        ),
    ).toBe(true);
    expect(k8s.get('v1', 'ServiceAccount', 'airflow-ksa', 'airflow')).toBeDefined();

    gcp.clearRequests();
    k8s.clearRequests();
    const planned = await cli([
      'plan',
      '--config',
      config,
      '--json',
      '--only',
      'setup-wi,gcs-log-bucket',
    ]);
    expect(planned.exitCode).toBe(0);
    const doc = JSON.parse(planned.stdout) as {
      offline: boolean;
      steps: { changes: { resource: string; action: string }[] }[];
    };
    expect(doc.offline).toBe(false);
    const pending = doc.steps.flatMap((s) => s.changes).filter((c) => c.action !== 'noop');
    expect(pending).toEqual([]);
    expect(gcp.mutatingRequests()).toEqual([]);
    expect(k8s.mutatingRequests()).toEqual([]);
  }, 300_000);

  it("applies the example platform's Airflow and LiteLLM with the git-sync key from a file and the admin password and master key from the environment", async () => {
    const sim = createHelmSim();
    const keyFile = path.join(dir, 'git-sync-key');
    writeFileSync(keyFile, SSH_KEY, { mode: 0o600 });
    const env = {
      ...sim.env,
      RUNNER_TEMP: dir,
      AIRFLOW_GIT_SYNC_SSH_KEY_FILE: keyFile,
      AIRFLOW_ADMIN_PASSWORD: PASSWORD,
      LITELLM_MASTER_KEY: MASTER_KEY,
    };
    try {
      const args = ['--config', 'examples/platform.yaml', '--only', 'helm-airflow,apply-litellm'];
      const applied = await cli(['apply', ...args, '--yes'], env);
      expect([applied.exitCode, applied.stderr]).toEqual([0, '']);
      expect(applied.stdout).toContain('helm-airflow done');
      expect(applied.stdout).toContain('apply-litellm done');
      // The key reached the cluster as the git-sync Secret (applied from stdin, never argv).
      const secret = k8s.get('v1', 'Secret', 'airflow-git-ssh-key', 'airflow') as
        { data?: Record<string, string> } | undefined;
      expect(Buffer.from(secret?.data?.gitSshKey ?? '', 'base64').toString()).toBe(SSH_KEY);
      expect(k8s.get('v1', 'Secret', 'litellm-master-key', 'model-serving')).toBeDefined();
      const helmArgv = JSON.stringify(sim.calls());
      expect(helmArgv).toContain('"upgrade"');
      for (const text of [applied.stdout, applied.stderr, helmArgv]) {
        expect(text).not.toContain(PASSWORD);
        expect(text).not.toContain(MASTER_KEY);
        expect(text).not.toContain('b3BlbnNzaC1rZXktdjEAAAAA');
      }
      // Converged: the same secrets, planned again, change nothing.
      const planned = await cli(['plan', ...args, '--json'], env);
      expect(planned.exitCode).toBe(0);
      const doc = JSON.parse(planned.stdout) as { steps: { changes: { action: string }[] }[] };
      expect(doc.steps.flatMap((s) => s.changes).filter((c) => c.action !== 'noop')).toEqual([]);
    } finally {
      sim.cleanup();
    }
  }, 300_000);
});
