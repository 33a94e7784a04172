/**
 * Every template, end to end, from the built bundles through the local runner (which follows
 * the real runner, see workflow-runner.test.ts), against the Google Cloud API emulator (real
 * gcloud), the Kubernetes API emulator (real kubectl), the simulated helm, and a real Docker
 * engine and registry. Each run signs in as its own identity, whose rights both emulators
 * enforce (test-support/pipeline/identities.ts).
 *
 * - deploy-platform.yml as the deployer: fresh project -> converged; the same run again ->
 *   zero mutating calls and no image build; one new backend digest -> only that workload rolls.
 * - plan-on-pull-request.yml as the read-only planner: zero writes (dry runs included), no
 *   Secret data read, no Helm release record touched, the plan in the summary.
 * - app-repo-caller.yml -> the reusable .github/workflows/deploy-app.yml as the app deployer:
 *   inputs, the one secret it is given, outputs back to the caller.
 * No secret value appears in any argv, log line, output or summary.
 *
 * One deviation from the templates, because *.pkg.dev cannot be reached here: the image inputs
 * point at the local registry (and so `create-repository` is off).
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
  ACCOUNTS,
  expectAllSucceeded,
  expectNoLeaks,
  GSA,
  HELM_RELEASE_COMMANDS,
  manifests,
  PROJECT,
  PUSH,
  SECRETS,
  VARS,
  writeWorkspace,
  type Observed,
} from '../../test-support/pipeline/e2e-fixture.js';
import { pipelineIdentities } from '../../test-support/pipeline/identities.js';
import {
  runPipeline,
  type Identity,
  type PipelineOptions,
  type PipelineResult,
} from '../../test-support/pipeline/workflow-runner.js';

const root = path.resolve(import.meta.dirname, '../..');

let gcp: GcpEmulator;
let k8s: K8sEmulator;
let helm: HelmSim;
let docker: DockerEnv;
let shims: ArgvShims;
let workspace: string;
let identities: Record<string, Identity>;
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

/** The images a job builds go to the local registry: *.pkg.dev cannot be reached here. */
function localImages(step: string, names: Record<string, string>): PipelineOptions['overrides'] {
  return Object.fromEntries(
    Object.entries(names).map(([leg, image]) => [
      `${step}@${leg}`,
      {
        image: `${docker.registry}/${PROJECT}/data-platform/${image}`,
        'create-repository': 'false',
      },
    ]),
  );
}

function options(overrides: Partial<PipelineOptions> = {}): PipelineOptions {
  return {
    workflowFile: path.join(root, 'workflows-templates/deploy-platform.yml'),
    workspace,
    vars: VARS,
    secrets: SECRETS,
    github: PUSH,
    env: {
      ...docker.env,
      ...helm.env,
      PATH: `${shims.dir}${path.delimiter}${helm.env.PATH}`,
    },
    identities,
    overrides: localImages(
      'images.build',
      Object.fromEntries(
        ['custom-airflow', 'fastapi-backend', 'react-frontend'].map((n) => [n, n]),
      ),
    ),
    ...overrides,
  };
}

const observed = (): Observed => ({ gcp, k8s, helm, shims });
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
  identities = await pipelineIdentities(gcp, k8s, ACCOUNTS, 'application');
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
        new RegExp(
          `^${docker.registry}/${PROJECT}/data-platform/${name}:[\\w.-]+@sha256:[0-9a-f]{64}$`,
        ),
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
    // every action ran signed in as the deployer, through the auth step's identity
    const signedIn = first.steps.filter((st) => st.action && !st.action.includes('/'));
    expect(new Set(signedIn.map((st) => st.identity))).toEqual(new Set(['deployer']));
    expect(gcp.mutatingRequests().length).toBeGreaterThan(0);
    expectNoLeaks(first, observed());
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
    expectNoLeaks(second, observed());
  }, 600_000);

  it('rolls only the backend when only its image digest is new', async () => {
    // A backend-only release: a new image is built and pushed (as the app repo's own build would)
    // and the app component is deployed with its digest.
    writeFileSync(path.join(workspace, 'backend/app.txt'), 'backend v2\n');
    const built = await runPipeline(
      options({
        github: { ...PUSH, sha: 'fedcba9876543210fedcba9876543210fedcba98' },
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
        github: { ...PUSH, event_name: 'workflow_dispatch' },
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
    expectNoLeaks(third, observed());
  }, 600_000);
});

/**
 * plan-on-pull-request.yml on the converged platform, signed in as the read-only planner whose
 * rights both emulators enforce. The pull request raises the backend's replicas; the plan must
 * show that, change nothing, read no Secret and say what it could not see.
 */
describe('plan-on-pull-request template, read-only planner', () => {
  it('plans with reads only: zero mutating requests (dry runs included), no Secret data, no Helm release reads; the plan is in the summary', async () => {
    writeFileSync(path.join(workspace, 'deployments/app.yaml'), manifests(2));
    gcp.clearRequests();
    k8s.clearRequests();
    const helmBefore = helm.calls().length;
    const argvBefore = shims.lines().length;
    const plan = await runPipeline(
      options({
        workflowFile: path.join(root, 'workflows-templates/plan-on-pull-request.yml'),
        github: {
          ...PUSH,
          event_name: 'pull_request',
          ref: 'refs/pull/7/merge',
          event: {
            pull_request: { number: 7, head: { repo: { full_name: PUSH.repository } } },
          },
        },
        // A pull request's run gets no deploy secrets (the template passes none).
        secrets: {},
        overrides: Object.fromEntries(
          Object.entries({
            'image-airflow': 'custom-airflow',
            'image-backend': 'fastapi-backend',
            'image-frontend': 'react-frontend',
          }).map(([step, image]) => [
            `plan.${step}`,
            { image: `${docker.registry}/${PROJECT}/data-platform/${image}` },
          ]),
        ),
      }),
    );
    record('plan on a pull request');
    writeFileSync(path.join(workspace, 'deployments/app.yaml'), manifests());
    // Each requirement is checked and named, so a failure lists every one that is not met.
    const violations: string[] = [];
    const check = (requirement: string, found: unknown[]): void => {
      if (found.length > 0) violations.push(`${requirement}: ${JSON.stringify(found, null, 1)}`);
    };
    // The plan job's actions (the comment job's plan-comment runs with the job token, not Google).
    const actions = plan.steps.filter(
      (st) => st.job === 'plan' && st.action && !st.action.includes('/'),
    );
    check(
      'every action step ran, signed in as the planner',
      actions.length === 8 ? actions.filter((st) => st.identity !== 'planner') : [actions.length],
    );
    check(
      'every step succeeded',
      plan.steps
        .filter((st) => st.exitCode !== 0)
        .map(
          (st) =>
            `${st.step}: ${st.log
              .split('\n')
              .filter((l) => /error|::error/i.test(l))
              .slice(-3)
              .join(' | ')}`,
        ),
    );
    // Kubernetes authorises a dry run like the real request
    // (https://kubernetes.io/docs/reference/using-api/api-concepts/#dry-run), so not even a
    // dry-run write may be sent; Google gets reads only.
    check(
      'no write, not even a dry run, reaches Kubernetes',
      k8s
        .requests()
        .filter((r) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method))
        .map(
          (r) => `${r.method} ${r.path}?${new URLSearchParams(r.query).toString()} -> ${r.status}`,
        ),
    );
    check(
      'no write reaches Google Cloud',
      gcp.mutatingRequests().map((r) => `${r.method} ${r.path} -> ${r.status}`),
    );
    check(
      'no Secret data is read',
      k8s.secretReads().map((r) => `${r.verb} ${r.path}`),
    );
    // Helm keeps each release (values, secrets included) in Secrets of the release's namespace
    // (https://helm.sh/docs/topics/advanced/#storage-backends); a planner may not read them.
    check(
      'helm never touches its release records',
      helm
        .calls()
        .slice(helmBefore)
        .filter((a) => HELM_RELEASE_COMMANDS.includes(a[0] ?? '')),
    );
    check(
      'no image is built or pushed',
      shims
        .lines()
        .slice(argvBefore)
        .filter((l) => /^docker (build|push|buildx build|image push) /.test(l)),
    );
    const app = plan.steps.find((st) => st.action === 'deploy-app');
    check(
      "the app's plan shows the backend update",
      /fastapi-backend/.test(app?.summary ?? '') && /update/i.test(app?.summary ?? '')
        ? []
        : [app?.summary ?? '(deploy-app did not run)'],
    );
    // What the planner's rights cannot see (Secret contents) is reported, and the plan goes on.
    check(
      'what the planner cannot see is reported as not observable',
      /not observable/i.test(plan.steps.map((st) => st.summary).join('\n')) ? [] : ['(absent)'],
    );
    check('the plan job succeeded', plan.jobs.plan?.result === 'success' ? [] : [plan.jobs.plan]);
    expect(violations).toEqual([]);
    expectNoLeaks(plan, observed());
  }, 600_000);
});

/**
 * app-repo-caller.yml calls the reusable .github/workflows/deploy-app.yml with its inputs and
 * only the database-url secret, signed in as the app deployer (Artifact Registry push, and in
 * Kubernetes only the app's namespace). A new backend build rolls the backend.
 */
describe('app-repo-caller template -> reusable deploy-app workflow, app deployer', () => {
  it('builds and deploys the app through the reusable workflow; its outputs reach the caller', async () => {
    writeFileSync(path.join(workspace, 'backend/app.txt'), 'backend v3\n');
    gcp.clearRequests();
    k8s.clearRequests();
    const buildsBefore = builds().length;
    const imageBefore = JSON.stringify(
      k8s.get('apps/v1', 'Deployment', 'fastapi-backend', 'application'),
    );
    const vars = { ...VARS, GCP_SERVICE_ACCOUNT: ACCOUNTS.appDeployer };
    const result = await runPipeline(
      options({
        workflowFile: path.join(root, 'workflows-templates/app-repo-caller.yml'),
        vars,
        // a new commit of the app repository: its short SHA is a new primary tag
        github: {
          ...PUSH,
          repository: 'example-org/app',
          sha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
        },
        overrides: localImages('deploy/build.build', {
          backend: 'fastapi-backend',
          frontend: 'react-frontend',
        }),
      }),
    );
    record('app repo, reusable deploy-app');
    expectAllSucceeded(result, ['deploy/check', 'deploy/build', 'deploy/deploy']);
    expect(result.jobs.deploy?.result).toBe('success');
    const signedIn = result.steps.filter((st) => st.action && !st.action.includes('/'));
    expect(new Set(signedIn.map((st) => st.identity))).toEqual(new Set(['app-deployer']));
    const backendRef = result.jobs['deploy/build']?.outputs.backend ?? '';
    expect(backendRef).toMatch(/fastapi-backend:[\w.-]+@sha256:[0-9a-f]{64}$/);
    expect(builds().length - buildsBefore).toBe(2);
    expect(imageBefore).not.toContain(backendRef);
    expect(result.jobs['deploy/build']?.outputs.frontend).toMatch(/react-frontend:[\w.-]+@sha256:/);
    // the workflow_call outputs, mapped from the deploy job, reach the caller
    expect(result.jobs.deploy?.outputs['external-ip']).toBe('34.87.10.20');
    expect(result.jobs.deploy?.outputs.url).toContain('34.87.10.20');
    expect(
      JSON.stringify(k8s.get('apps/v1', 'Deployment', 'fastapi-backend', 'application')),
    ).toContain(backendRef);
    // the app deployer wrote only in its namespace and nothing in Google Cloud
    const writes = k8s.mutatingRequests();
    expect(writes.length).toBeGreaterThan(0);
    expect(
      writes.filter(
        (r) => r.user !== 'app-deployer' || !r.path.includes('/namespaces/application/'),
      ),
    ).toEqual([]);
    expect(gcp.mutatingRequests()).toEqual([]);
    expectNoLeaks(result, observed());
  }, 600_000);
});
