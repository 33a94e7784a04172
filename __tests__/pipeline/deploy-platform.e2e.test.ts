/**
 * The whole pipeline, end to end: workflows-templates/deploy-platform.yml runs job by job from
 * the built bundles, as the runner runs them, against the Google Cloud API emulator (real
 * gcloud), the Kubernetes API emulator (real kubectl), the simulated helm, and a real Docker
 * engine and registry. Fresh project -> converged; the same run again -> zero mutating calls
 * and no image build; one new backend digest -> only that workload rolls. No secret value
 * appears in any argv, log line, output or summary.
 *
 * One deviation from the template, because *.pkg.dev cannot be reached here: the images job's
 * `image` input points at the local registry (and so `create-repository` is off).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startDocker, type DockerEnv } from '../../test-support/docker/engine.js';
import { startGcpEmulator, type GcpEmulator } from '../../test-support/gcp-emulator/index.js';
import { createHelmSim, type HelmSim } from '../../test-support/helm-sim/index.js';
import { startK8sEmulator, type K8sEmulator } from '../../test-support/k8s-emulator/index.js';
import { createArgvShims, type ArgvShims } from '../../test-support/pipeline/argv-shims.js';
import {
  runPipeline,
  type PipelineOptions,
  type PipelineResult,
} from '../../test-support/pipeline/workflow-runner.js';

const root = path.resolve(import.meta.dirname, '../..');
const PROJECT = 'alpine-figure-461007-i9';
const GSA = `cloudsql-proxy-gsa@${PROJECT}.iam.gserviceaccount.com`;
const SECRETS = {
  GIT_SYNC_SSH_KEY:
    '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA-e2e-only\n-----END OPENSSH PRIVATE KEY-----\n',
  AIRFLOW_ADMIN_PASSWORD: 'e2e-Adm1n-"p@ss\'word',
  LITELLM_MASTER_KEY: 'sk-e2e-master-key-0123456789',
  LITELLM_ENV_SECRETS: 'OPENAI_API_KEY=sk-openai-e2e-secret-value',
  DATABASE_URL: 'postgresql://postgres:e2e-db-P4ss$word@127.0.0.1:5432/job_db',
};
/** The strings that must never leak: each secret, its base64, and its distinctive parts. */
const LEAKS = [
  ...Object.values(SECRETS),
  ...Object.values(SECRETS).map((s) => Buffer.from(s).toString('base64')),
  'b3BlbnNzaC1rZXktdjEAAAAA-e2e-only',
  'e2e-Adm1n-',
  'sk-openai-e2e-secret-value',
  'e2e-db-P4ss$word',
];

let gcp: GcpEmulator;
let k8s: K8sEmulator;
let helm: HelmSim;
let docker: DockerEnv;
let shims: ArgvShims;
let workspace: string;
/** What each run mutated; written to .tmp/pipeline-metrics.json for `npm run bench`. */
const metrics: { name: string; gcp: number; kubernetes: number; helm: number; builds: number }[] =
  [];
let counted = { helm: 0, builds: 0 };

function record(name: string): void {
  const helmNow = helmMutations().length;
  const buildsNow = builds().length;
  metrics.push({
    name,
    gcp: gcp.mutatingRequests().length,
    kubernetes: k8s.mutatingRequests().length,
    helm: helmNow - counted.helm,
    builds: buildsNow - counted.builds,
  });
  counted = { helm: helmNow, builds: buildsNow };
}

function writeWorkspace(dir: string): void {
  const file = (rel: string, text: string): void => {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  };
  file(
    'platform.yaml',
    [
      `project: ${PROJECT}`,
      'region: asia-southeast1',
      'cluster: {name: data-pipeline-cluster, location: asia-southeast1-a}',
      'gsa: {name: cloudsql-proxy-gsa, displayName: Airflow and apps, projectRoles: [roles/cloudsql.client]}',
      'workloadIdentity: {bindings: [airflow/airflow-ksa, application/fastapi-backend-ksa]}',
      'airflow: {namespace: airflow, serviceAccount: airflow-ksa, airflowVersion: 3.2.2, timeout: 10m}',
      'litellm: {namespace: model-serving, replicas: 1}',
      'app: {namespace: application, serviceAccount: fastapi-backend-ksa, service: react-frontend-service, addressTimeout: 60s, timeout: 2m}',
      '',
    ].join('\n'),
  );
  for (const name of ['airflow', 'backend', 'frontend']) {
    file(`${name}/Dockerfile`, `FROM scratch\nCOPY app.txt /app.txt\n`);
    file(`${name}/app.txt`, `${name} v1\n`);
  }
  file(
    'litellm/config.yaml',
    'model_list:\n  - model_name: gpt-4o\n    litellm_params: {model: openai/gpt-4o, api_key: os.environ/OPENAI_API_KEY}\n',
  );
  file(
    'deployments/app.yaml',
    `apiVersion: apps/v1
kind: Deployment
metadata: {name: fastapi-backend}
spec:
  replicas: 1
  selector: {matchLabels: {app: backend}}
  template:
    metadata: {labels: {app: backend}}
    spec: {containers: [{name: fastapi-backend, image: "example.invalid/fastapi-backend:v2"}]}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: react-frontend}
spec:
  replicas: 1
  selector: {matchLabels: {app: frontend}}
  template:
    metadata: {labels: {app: frontend}}
    spec: {containers: [{name: react-frontend, image: "example.invalid/react-frontend:v2"}]}
---
apiVersion: v1
kind: Service
metadata: {name: react-frontend-service}
spec:
  type: LoadBalancer
  selector: {app: frontend}
  ports: [{port: 80, targetPort: 80}]
`,
  );
}

function options(overrides: Partial<PipelineOptions> = {}): PipelineOptions {
  return {
    workflowFile: path.join(root, 'workflows-templates/deploy-platform.yml'),
    workspace,
    vars: {
      GCP_PROJECT_ID: PROJECT,
      GCP_REGION: 'asia-southeast1',
      GKE_LOCATION: 'asia-southeast1-a',
      GKE_CLUSTER: 'data-pipeline-cluster',
      GSA_NAME: 'cloudsql-proxy-gsa',
      PLATFORM_CONFIG: 'platform.yaml',
      LOG_BUCKET: 'airflow-logs-e2e',
      ARTIFACT_REPOSITORY: 'data-platform',
      AIRFLOW_CHART_VERSION: '1.22.0',
      GIT_SYNC_REPO: 'git@github.com:example-org/airflow-dags.git',
      GIT_SYNC_KNOWN_HOSTS:
        'github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl',
      LITELLM_IMAGE: 'ghcr.io/berriai/litellm:main-v1.74.9-stable',
      LITELLM_CONFIG_FILE: 'litellm/config.yaml',
      CLOUD_SQL_INSTANCE: `${PROJECT}:asia-southeast1:job-db`,
    },
    secrets: SECRETS,
    github: {
      event_name: 'push',
      ref: 'refs/heads/main',
      ref_type: 'branch',
      ref_name: 'main',
      sha: '0123456789abcdef0123456789abcdef01234567',
      repository: 'example-org/platform',
      server_url: 'https://github.com',
    },
    env: {
      ...gcp.env,
      ...k8s.env,
      ...docker.env,
      ...helm.env,
      PATH: `${shims.dir}${path.delimiter}${helm.env.PATH}`,
    },
    overrides: Object.fromEntries(
      (['custom-airflow', 'fastapi-backend', 'react-frontend'] as const).map((name) => [
        `images.build@${name}`,
        {
          image: `${docker.registry}/${PROJECT}/data-platform/${name}`,
          'create-repository': 'false',
        },
      ]),
    ),
    ...overrides,
  };
}

function expectAllSucceeded(result: PipelineResult, jobs: string[]): void {
  for (const job of jobs) {
    const failed = result.steps.filter((s) => s.job === job && s.exitCode !== 0);
    expect([job, result.jobs[job]?.result, failed.map((s) => s.log.slice(-1500))]).toEqual([
      job,
      'success',
      [],
    ]);
  }
}

function expectNoLeaks(result: PipelineResult): void {
  const argv = shims.lines().join('\n') + JSON.stringify(helm.calls());
  const k8sRequests = JSON.stringify(k8s.requests().map((r) => [r.method, r.path, r.query]));
  const gcpRequests = JSON.stringify(
    gcp.requests().map((r) => [r.method, r.path, r.query, r.body]),
  );
  for (const step of result.steps) {
    // ::add-mask:: lines are how a secret is handed to the runner to hide; the runner consumes them.
    const log = step.log
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    const text = [log, JSON.stringify(step.outputs), step.summary].join('\n');
    for (const leak of LEAKS)
      expect([step.job, step.step, text.includes(leak)]).toEqual([step.job, step.step, false]);
  }
  for (const leak of LEAKS) {
    expect(argv.includes(leak)).toBe(false);
    expect(k8sRequests.includes(leak)).toBe(false);
    expect(gcpRequests.includes(leak)).toBe(false);
  }
}

const builds = (): string[] => shims.lines().filter((l) => /^docker (build|buildx build) /.test(l));
const helmMutations = (): string[][] =>
  helm.calls().filter((a) => ['upgrade', 'rollback', 'uninstall', 'install'].includes(a[0] ?? ''));

beforeAll(async () => {
  const started = await startDocker();
  if ('skip' in started)
    throw new Error(`the pipeline test needs the Docker engine: ${started.skip}`);
  docker = started;
  gcp = await startGcpEmulator();
  gcp.state.addProject(PROJECT, 461007);
  gcp.state.addCluster(PROJECT, 'asia-southeast1-a', 'data-pipeline-cluster', {
    nodePools: [
      {
        name: 'default-pool',
        config: { workloadMetadataConfig: { mode: 'GKE_METADATA' } },
        status: 'RUNNING',
      },
    ],
  });
  k8s = await startK8sEmulator();
  k8s.setLoadBalancer('application', 'react-frontend-service', { ip: '34.87.10.20', afterMs: 500 });
  helm = createHelmSim();
  shims = await createArgvShims(['gcloud', 'kubectl', 'docker'], process.env.PATH ?? '');
  workspace = mkdtempSync(path.join(tmpdir(), 'pipeline-ws-'));
  writeWorkspace(workspace);
}, 180_000);

afterAll(async () => {
  if (metrics.length > 0) {
    mkdirSync(path.join(root, '.tmp'), { recursive: true });
    writeFileSync(
      path.join(root, '.tmp', 'pipeline-metrics.json'),
      JSON.stringify({ measuredAt: new Date().toISOString(), runs: metrics }, null, 2),
    );
  }
  await Promise.allSettled([gcp?.stop(), k8s?.stop(), docker?.stop()]);
  helm?.cleanup();
  if (workspace) rmSync(workspace, { recursive: true, force: true });
}, 120_000);

const AIRFLOW_KEY_SECRETS = [
  'airflow-static-fernet-key',
  'airflow-static-jwt-secret',
  'airflow-static-api-secret-key',
];
/** uid and data of each key Secret: equal before and after a re-run means never rewritten. */
const keySecretsSnapshot = (): Record<string, string> =>
  Object.fromEntries(
    AIRFLOW_KEY_SECRETS.filter((n) => k8s.get('v1', 'Secret', n, 'airflow')).map((n) => {
      const s = k8s.get('v1', 'Secret', n, 'airflow') as {
        metadata: { uid: string; resourceVersion: string };
        data: unknown;
      };
      return [n, JSON.stringify([s.metadata.uid, s.metadata.resourceVersion, s.data])];
    }),
  );
let airflowKeys: Record<string, string> = {};

describe('deploy-platform template, end to end', () => {
  let first: PipelineResult;

  it('deploys a fresh project: every job succeeds and outputs flow from job to job', async () => {
    first = await runPipeline(options());
    record('fresh project');
    expectAllSucceeded(first, ['validate', 'infra', 'images', 'airflow', 'litellm', 'app']);
    expect(first.jobs.infra?.outputs['gsa-email']).toBe(GSA);
    expect(first.jobs.infra?.outputs['log-folder']).toBe('gs://airflow-logs-e2e/logs');
    const refs = first.jobs.images?.outputs ?? {};
    for (const name of ['custom-airflow', 'fastapi-backend', 'react-frontend']) {
      expect(refs[name]).toMatch(
        new RegExp(`^${docker.registry}/${PROJECT}/data-platform/${name}@sha256:[0-9a-f]{64}$`),
      );
    }
    // the GSA got its project role and the bucket, the KSAs are bound
    expect(
      gcp.state
        .projectPolicy(PROJECT)
        .bindings.some(
          (b) => b.role === 'roles/cloudsql.client' && b.members.includes(`serviceAccount:${GSA}`),
        ),
    ).toBe(true);
    expect(k8s.get('v1', 'ServiceAccount', 'airflow-ksa', 'airflow')).toBeDefined();
    // Airflow was installed with the built image's digest and the bucket as its log folder
    expect(helm.history('airflow', 'airflow').at(-1)?.status).toBe('deployed');
    const values = JSON.stringify(helm.history('airflow', 'airflow').at(-1)?.config);
    expect(values).toContain(refs['custom-airflow']?.split('@')[1]);
    expect(values).toContain('gs://airflow-logs-e2e/logs');
    // Airflow's key Secrets exist once, made by helm-airflow, and the chart points at them
    // (issue 12); the re-run below proves they are left untouched.
    airflowKeys = keySecretsSnapshot();
    expect(Object.keys(airflowKeys)).toEqual(AIRFLOW_KEY_SECRETS);
    expect(helm.history('airflow', 'airflow').at(-1)?.config).toMatchObject({
      fernetKeySecretName: 'airflow-static-fernet-key',
      jwtSecretName: 'airflow-static-jwt-secret',
      apiSecretKeySecretName: 'airflow-static-api-secret-key',
    });
    // the backend runs the digest just built, with the Cloud SQL proxy sidecar
    const backend = JSON.stringify(
      k8s.get('apps/v1', 'Deployment', 'fastapi-backend', 'application'),
    );
    expect(backend).toContain(refs['fastapi-backend']);
    expect(backend).toContain('cloud-sql-proxy');
    const app = first.steps.find((s) => s.action === 'deploy-app');
    expect(app?.outputs['external-ip']).toBe('34.87.10.20');
    expect(builds()).toHaveLength(3);
    expect(gcp.mutatingRequests().length).toBeGreaterThan(0);
    expectNoLeaks(first);
  }, 600_000);

  it('re-runs with nothing changed: zero mutating calls anywhere, no image build, no Helm upgrade', async () => {
    gcp.clearRequests();
    k8s.clearRequests();
    const buildsBefore = builds().length;
    const helmBefore = helmMutations().length;
    const second = await runPipeline(options());
    record('re-run, nothing changed');
    expectAllSucceeded(second, ['validate', 'infra', 'images', 'airflow', 'litellm', 'app']);
    expect(gcp.mutatingRequests().map((r) => `${r.method} ${r.path}`)).toEqual([]);
    expect(k8s.mutatingRequests().map((r) => `${r.method} ${r.path}`)).toEqual([]);
    expect(keySecretsSnapshot()).toEqual(airflowKeys);
    expect(builds().length).toBe(buildsBefore);
    expect(helmMutations().length).toBe(helmBefore);
    for (const step of second.steps.filter((s) => s.action)) {
      if ('changed' in step.outputs)
        expect([step.job, step.step, step.outputs.changed]).toEqual([step.job, step.step, 'false']);
    }
    expect(second.jobs.images?.outputs).toEqual(first.jobs.images?.outputs);
    expectNoLeaks(second);
  }, 600_000);

  it('rolls only the backend when only its image digest is new', async () => {
    // A backend-only release: a new image is built and pushed (as the app repo's own build would)
    // and the app component is deployed with its digest.
    writeFileSync(path.join(workspace, 'backend/app.txt'), 'backend v2\n');
    const built = await runPipeline(
      options({
        github: { ...options().github, sha: 'fedcba9876543210fedcba9876543210fedcba98' },
        inputs: { components: 'images', 'dry-run': false },
      }),
    );
    record('new commit, images job only');
    const newRef = built.jobs.images?.outputs['fastapi-backend'] ?? '';
    expect(newRef).not.toBe(first.jobs.images?.outputs['fastapi-backend']);
    const generation = (name: string): unknown =>
      (k8s.get('apps/v1', 'Deployment', name, 'application')?.metadata as { generation?: number })
        .generation;
    const before = {
      backend: generation('fastapi-backend'),
      frontend: generation('react-frontend'),
    };
    k8s.clearRequests();
    gcp.clearRequests();
    const third = await runPipeline(
      options({
        github: { ...options().github, event_name: 'workflow_dispatch' },
        inputs: { components: 'app', 'dry-run': false },
        // the images job's outputs: one new digest, the frontend's unchanged
        overrides: {
          'app.app': {
            images: `fastapi-backend=${newRef}\nreact-frontend=${first.jobs.images?.outputs['react-frontend'] ?? ''}`,
          },
        },
      }),
    );
    record('one new backend digest, app job');
    expectAllSucceeded(third, ['validate', 'app']);
    expect(third.jobs.infra?.result).toBe('skipped');
    const touched = new Set(k8s.mutatingRequests().map((r) => r.path));
    expect([...touched].filter((p) => p.includes('/deployments/'))).toEqual([
      '/apis/apps/v1/namespaces/application/deployments/fastapi-backend',
    ]);
    expect(
      JSON.stringify(k8s.get('apps/v1', 'Deployment', 'fastapi-backend', 'application')),
    ).toContain(newRef);
    expect(generation('fastapi-backend')).not.toEqual(before.backend);
    expect(generation('react-frontend')).toEqual(before.frontend);
    expect(
      JSON.stringify(k8s.get('apps/v1', 'Deployment', 'react-frontend', 'application')),
    ).toContain(first.jobs.images?.outputs['react-frontend']);
    expect(gcp.mutatingRequests()).toEqual([]);
    expectNoLeaks(third);
  }, 600_000);
});
