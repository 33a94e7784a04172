/**
 * Provenance and rollback, end to end, from the built bundles through the local runner:
 * deploy-platform.yml (airflow and app only) twice with different image digests, then the same
 * again, then rollback.yml for the app and for Airflow. No image is built: the digests are
 * handed to the deploy steps the way the images job's outputs would be (step overrides), and
 * neither the Kubernetes emulator nor the simulated helm pulls images.
 *
 * Each run is its own workflow run (GITHUB_RUN_ID, GITHUB_SHA: the runner's default variables,
 * https://docs.github.com/en/actions/reference/variables-reference), so the provenance each
 * object carries says which run changed it last.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startGcpEmulator, type GcpEmulator } from '../../test-support/gcp-emulator/index.js';
import { createHelmSim, type HelmSim } from '../../test-support/helm-sim/index.js';
import { startK8sEmulator, type K8sEmulator } from '../../test-support/k8s-emulator/index.js';
import { createArgvShims, type ArgvShims } from '../../test-support/pipeline/argv-shims.js';
import {
  ACCOUNTS,
  expectAllSucceeded,
  expectNoLeaks,
  PROJECT,
  PUSH,
  SECRETS,
  VARS,
  writeWorkspace,
} from '../../test-support/pipeline/e2e-fixture.js';
import { pipelineIdentities } from '../../test-support/pipeline/identities.js';
import {
  runPipeline,
  type Identity,
  type PipelineOptions,
} from '../../test-support/pipeline/workflow-runner.js';

const root = path.resolve(import.meta.dirname, '../..');
const REG = `asia-southeast1-docker.pkg.dev/${PROJECT}/data-platform`;
const ref = (name: string, c: string) => `${REG}/${name}:v1@sha256:${c.repeat(64)}`;
/** How helm-airflow names the chart's image in provenance: by digest (values.ts). */
const pinned = (c: string) => `${REG}/custom-airflow@sha256:${c.repeat(64)}`;
const RUN = (id: number) => `${PUSH.server_url}/${PUSH.repository}/actions/runs/${id}`;
const ANN = 'deploy.gke-data-platform.dev';

let gcp: GcpEmulator;
let k8s: K8sEmulator;
let helm: HelmSim;
let shims: ArgvShims;
let workspace: string;
let identities: Record<string, Identity>;
const started = Date.now();

function options(id: number, overrides: Partial<PipelineOptions>): PipelineOptions {
  return {
    workflowFile: path.join(root, 'workflows-templates/deploy-platform.yml'),
    workspace,
    vars: VARS,
    secrets: SECRETS,
    github: {
      ...PUSH,
      event_name: 'workflow_dispatch',
      run_id: String(id),
      run_attempt: '1',
      sha: String(id % 10).repeat(40),
    },
    env: { ...helm.env, PATH: `${shims.dir}${path.delimiter}${helm.env.PATH}` },
    identities,
    // A dispatch deploys staging (deploy-platform.yml calls deploy-environment.yml); here
    // staging is this one cluster, and rollback.yml is dispatched for it.
    environments: { staging: { vars: {} } },
    localWorkflowsDir: path.join(root, 'workflows-templates'),
    ...overrides,
  };
}

/** deploy-platform.yml for airflow and the app, with these digests as the images job's outputs. */
const deploy = (id: number, backend: string, airflow: string) =>
  runPipeline(
    options(id, {
      inputs: { components: 'airflow,app', 'dry-run': false },
      overrides: {
        'app.app': {
          images: `fastapi-backend=${ref('fastapi-backend', backend)}\nreact-frontend=${ref('react-frontend', 'f')}`,
        },
        'airflow.airflow': {
          image: ref('custom-airflow', airflow),
          'log-folder': 'gs://airflow-logs-e2e/logs',
        },
      },
    }),
  );

const rollback = (id: number, component: string, revision = 'previous') =>
  runPipeline(
    options(id, {
      workflowFile: path.join(root, 'workflows-templates/rollback.yml'),
      inputs: { environment: 'staging', component, revision, 'dry-run': false },
    }),
  );

const annotations = (name: string): Record<string, string> =>
  (
    k8s.get('apps/v1', 'Deployment', name, 'application')?.metadata as {
      annotations?: Record<string, string>;
    }
  ).annotations ?? {};
const image = (name: string): string =>
  JSON.stringify(k8s.get('apps/v1', 'Deployment', name, 'application')).match(
    new RegExp(`${REG}/${name}:v1@sha256:[0-9a-f]{64}`),
  )?.[0] ?? '';
const helmMutations = (): string[][] =>
  helm.calls().filter((a) => ['upgrade', 'rollback', 'uninstall', 'install'].includes(a[0] ?? ''));
const deployState = (): Record<string, string> =>
  (
    k8s.get('v1', 'ConfigMap', 'airflow-deploy-state', 'airflow')?.metadata as {
      annotations?: Record<string, string>;
    }
  )?.annotations ?? {};

beforeAll(async () => {
  gcp = await startGcpEmulator();
  gcp.state.addProject(PROJECT, 461007);
  k8s = await startK8sEmulator();
  // infra (setup-wi) is not part of these runs: its namespaces exist already.
  for (const name of ['application', 'airflow'])
    k8s.put({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
  k8s.setLoadBalancer('application', 'react-frontend-service', { ip: '34.87.10.20', afterMs: 200 });
  helm = createHelmSim();
  shims = await createArgvShims(['gcloud', 'kubectl'], process.env.PATH ?? '');
  workspace = mkdtempSync(path.join(tmpdir(), 'rollback-ws-'));
  writeWorkspace(workspace);
  identities = await pipelineIdentities(gcp, k8s, ACCOUNTS, 'application');
}, 120_000);

afterAll(async () => {
  // The whole file's wall time, for the record (the brief: well under a minute of real work).
  process.stdout.write(`rollback.e2e: ${((Date.now() - started) / 1000).toFixed(1)}s\n`);
  await Promise.allSettled([gcp?.stop(), k8s?.stop()]);
  helm?.cleanup();
  if (workspace) rmSync(workspace, { recursive: true, force: true });
}, 60_000);

describe('provenance and rollback.yml, end to end', () => {
  it('two deploys with different digests: each change carries its own run, the unchanged frontend keeps the first', async () => {
    const first = await deploy(101, 'a', 'a');
    expectAllSucceeded(first, ['validate', 'staging/check', 'staging/airflow', 'staging/app']);
    const second = await deploy(102, 'b', 'b');
    expectAllSucceeded(second, ['validate', 'staging/check', 'staging/airflow', 'staging/app']);
    expect(image('fastapi-backend')).toBe(ref('fastapi-backend', 'b'));
    expect(annotations('fastapi-backend')).toMatchObject({
      [`${ANN}/run-url`]: RUN(102),
      [`${ANN}/commit`]: '2'.repeat(40),
      'kubernetes.io/change-cause': `deploy by ${RUN(102)} (commit ${'2'.repeat(12)})`,
    });
    expect(annotations('fastapi-backend')[`${ANN}/images`]).toContain(ref('fastapi-backend', 'b'));
    expect(annotations('react-frontend')[`${ANN}/run-url`]).toBe(RUN(101));
    expect(helm.history('airflow', 'airflow').at(-1)?.description).toBe(
      `deploy by ${RUN(102)} (commit ${'2'.repeat(12)}); image ${pinned('b')}`,
    );
    expect(deployState()[`${ANN}/run-url`]).toBe(RUN(102));
    expectNoLeaks(second, { gcp, k8s, helm, shims });
  }, 300_000);

  it('the same deploy again writes nothing: zero mutating requests, no Helm call, provenance untouched', async () => {
    k8s.clearRequests();
    const helmBefore = helmMutations().length;
    const third = await deploy(103, 'b', 'b');
    expectAllSucceeded(third, ['validate', 'staging/check', 'staging/airflow', 'staging/app']);
    expect(k8s.mutatingRequests().map((r) => `${r.method} ${r.path}`)).toEqual([]);
    expect(helmMutations().length).toBe(helmBefore);
    expect(annotations('fastapi-backend')[`${ANN}/run-url`]).toBe(RUN(102));
    expect(deployState()[`${ANN}/run-url`]).toBe(RUN(102));
  }, 300_000);

  it('rollback.yml for the app restores the previous backend digest, waited for and stamped with the rollback run', async () => {
    const run = await rollback(104, 'app');
    expectAllSucceeded(run, ['validate', 'app']);
    expect(run.jobs.airflow?.result).toBe('skipped');
    expect(image('fastapi-backend')).toBe(ref('fastapi-backend', 'a'));
    expect(image('react-frontend')).toBe(ref('react-frontend', 'f'));
    expect(annotations('fastapi-backend')['kubernetes.io/change-cause']).toBe(
      `rollback to revision 1 by ${RUN(104)} (commit ${'4'.repeat(12)})`,
    );
    expect(annotations('react-frontend')[`${ANN}/run-url`]).toBe(RUN(101));
    const step = run.steps.find((s) => s.action === 'deploy-app');
    expect(step?.summary).toContain('rollback to revision 1');
    expect(step?.log).toContain('waiting for deployment/fastapi-backend to roll out');
    expectNoLeaks(run, { gcp, k8s, helm, shims });
  }, 300_000);

  it('rollback.yml for Airflow restores the previous Helm revision and records the run on deploy-state', async () => {
    const run = await rollback(105, 'airflow');
    expectAllSucceeded(run, ['validate', 'airflow']);
    const last = helm.history('airflow', 'airflow').at(-1);
    expect(last).toMatchObject({ version: 3, status: 'deployed', description: 'Rollback to 1' });
    expect(JSON.stringify(last?.config)).toContain(`sha256:${'a'.repeat(64)}`);
    expect(deployState()).toMatchObject({
      [`${ANN}/run-url`]: RUN(105),
      [`${ANN}/images`]: pinned('a'),
    });
    const step = run.steps.find((s) => s.action === 'helm-airflow');
    expect(step?.summary).toContain(
      `rolled back from revision 2 to revision 1 (image ${pinned('a')})`,
    );
  }, 300_000);
});
