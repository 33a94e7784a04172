/**
 * Every template, end to end, from the built bundles through the local runner (which follows
 * the real runner, see workflow-runner.test.ts), against the Google Cloud API emulator (real
 * gcloud), the Kubernetes API emulator (real kubectl), the simulated helm, and a real Docker
 * engine and registry. Each run signs in as its own identity, whose rights both emulators
 * enforce (test-support/pipeline/identities.ts).
 *
 * - deploy-platform.yml -> deploy-environment.yml for staging, then production, each with its
 *   own project, cluster (a Kubernetes emulator and a simulated helm each), identity, platform
 *   file and GitHub environment: a push to main deploys staging only and builds the images
 *   once; the release tag re-runs staging with zero mutations and promotes exactly the digests
 *   staging ran to production, building nothing; the same release again -> zero mutating calls
 *   in both environments; one new backend digest -> only that workload rolls.
 * - drift.yml on a schedule as the read-only planner: passes on the converged staging; after a
 *   hand edit (kubectl scale, a bucket setting through gcloud) it fails naming both objects.
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
import { spawnAsync } from '../../test-support/bundle.js';
import { createArgvShims, type ArgvShims } from '../../test-support/pipeline/argv-shims.js';
import {
  ACCOUNTS,
  ENVIRONMENTS,
  expectAllSucceeded,
  expectNoLeaks,
  GSA,
  HELM_RELEASE_COMMANDS,
  manifests,
  PROJECT,
  PUSH,
  SECRETS,
  STAGING_ACCOUNTS,
  STAGING_CLUSTER,
  STAGING_PROJECT,
  STAGING_SECRETS,
  STAGING_VARS,
  TAG,
  VARS,
  writeWorkspace,
  type Observed,
} from '../../test-support/pipeline/e2e-fixture.js';
import { scheduledRun } from '../../test-support/pipeline/events.js';
import { pipelineIdentities } from '../../test-support/pipeline/identities.js';
import {
  runPipeline,
  type Identity,
  type PipelineOptions,
  type PipelineResult,
} from '../../test-support/pipeline/workflow-runner.js';

const root = path.resolve(import.meta.dirname, '../..');

let gcp: GcpEmulator;
/** Production's cluster and Helm (the plan and app-repo templates also run against it). */
let k8s: K8sEmulator;
let helm: HelmSim;
/** Staging's cluster and Helm. */
let k8sStaging: K8sEmulator;
let helmStaging: HelmSim;
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
    kubernetes: k8s.mutatingRequests().length + k8sStaging.mutatingRequests().length,
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
    environments: ENVIRONMENTS,
    // deploy-platform.yml calls ./.github/workflows/deploy-environment.yml, copied beside it
    localWorkflowsDir: path.join(root, 'workflows-templates'),
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
const observedStaging = (): Observed => ({ gcp, k8s: k8sStaging, helm: helmStaging, shims });
const builds = (): string[] => shims.lines().filter((l) => /^docker (build|buildx build) /.test(l));
const helmMutations = (sims = [helm, helmStaging]): string[][] =>
  sims.flatMap((h) =>
    h.calls().filter((a) => ['upgrade', 'rollback', 'uninstall', 'install'].includes(a[0] ?? '')),
  );
const writes = (cluster: K8sEmulator): string[] =>
  cluster.mutatingRequests().map((r) => `${r.method} ${r.path}`);
const clearRequests = (): void => {
  gcp.clearRequests();
  k8s.clearRequests();
  k8sStaging.clearRequests();
};
const STAGING_JOBS = ['check', 'infra', 'airflow', 'litellm', 'app'].map((j) => `staging/${j}`);
const PRODUCTION_JOBS = STAGING_JOBS.map((j) => j.replace('staging/', 'production/'));
const IMAGES = ['custom-airflow', 'fastapi-backend', 'react-frontend'];
/** The image each Deployment of a cluster's app namespace runs, by name. */
const appImages = (cluster: K8sEmulator): Record<string, string> =>
  Object.fromEntries(
    ['fastapi-backend', 'react-frontend'].map((name) => [
      name,
      JSON.stringify(cluster.get('apps/v1', 'Deployment', name, 'application')),
    ]),
  );

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
  gcp.state.addProject(STAGING_PROJECT, 461008);
  gcp.state.addCluster(STAGING_PROJECT, 'asia-southeast1-a', STAGING_CLUSTER, {
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
  k8sStaging = await startK8sEmulator();
  k8sStaging.setLoadBalancer('application', 'react-frontend-service', {
    ip: '34.87.10.30',
    afterMs: 500,
  });
  helm = createHelmSim();
  helmStaging = createHelmSim();
  shims = await createArgvShims(['gcloud', 'kubectl', 'docker'], process.env.PATH ?? '');
  workspace = mkdtempSync(path.join(tmpdir(), 'pipeline-ws-'));
  writeWorkspace(workspace);
  // Signing in to staging's accounts reaches only staging's cluster (and its Helm state).
  identities = {
    ...(await pipelineIdentities(gcp, k8s, ACCOUNTS, 'application')),
    ...(await pipelineIdentities(gcp, k8sStaging, STAGING_ACCOUNTS, 'application', {
      label: 'staging',
      cluster: `${STAGING_PROJECT}/asia-southeast1-a/${STAGING_CLUSTER}`,
      kubeEnv: { HELM_SIM_STATE: helmStaging.env.HELM_SIM_STATE ?? '' },
    })),
  };
}, 180_000);

afterAll(async () => {
  if (metrics.length > 0) {
    mkdirSync(path.join(root, '.tmp'), { recursive: true });
    writeFileSync(
      path.join(root, '.tmp', 'pipeline-metrics.json'),
      JSON.stringify({ measuredAt: new Date().toISOString(), runs: metrics }, null, 2),
    );
  }
  await Promise.allSettled([gcp?.stop(), k8s?.stop(), k8sStaging?.stop(), docker?.stop()]);
  helm?.cleanup();
  helmStaging?.cleanup();
  if (workspace) rmSync(workspace, { recursive: true, force: true });
}, 120_000);

const AIRFLOW_KEY_SECRETS = [
  'airflow-static-fernet-key',
  'airflow-static-jwt-secret',
  'airflow-static-api-secret-key',
];
/** uid and data of each key Secret: equal before and after a re-run means never rewritten. */
const keySecretsSnapshot = (cluster: K8sEmulator): Record<string, string> =>
  Object.fromEntries(
    AIRFLOW_KEY_SECRETS.filter((n) => cluster.get('v1', 'Secret', n, 'airflow')).map((n) => {
      const s = cluster.get('v1', 'Secret', n, 'airflow') as {
        metadata: { uid: string; resourceVersion: string };
        data: unknown;
      };
      return [n, JSON.stringify([s.metadata.uid, s.metadata.resourceVersion, s.data])];
    }),
  );
let airflowKeys: Record<string, string> = {};
/** The database URL deploy-app stored in a cluster (db-credentials), decoded. */
const databaseUrl = (cluster: K8sEmulator): string => {
  const secret = cluster.get('v1', 'Secret', 'db-credentials', 'application') as
    { data?: Record<string, string> } | undefined;
  return Buffer.from(secret?.data?.['database-url'] ?? '', 'base64').toString();
};

describe('deploy-platform template: staging, then production, end to end', () => {
  let first: PipelineResult;
  let release: PipelineResult;

  it('a push to main deploys staging only: every job succeeds, the images are built once, outputs flow from job to job', async () => {
    first = await runPipeline(options());
    record('push to main: fresh staging');
    expectAllSucceeded(first, ['validate', 'images', ...STAGING_JOBS]);
    expect(first.jobs.staging?.result).toBe('success');
    expect(first.jobs.production?.result).toBe('skipped');
    expect(first.jobs['staging/infra']?.environment).toBe('staging');
    const refs = first.jobs.images?.outputs ?? {};
    for (const name of IMAGES) {
      expect(refs[name]).toMatch(
        new RegExp(
          `^${docker.registry}/${PROJECT}/data-platform/${name}:[\\w.-]+@sha256:[0-9a-f]{64}$`,
        ),
      );
    }
    // the called workflow's outputs: the images staging was deployed with
    expect(first.jobs.staging?.outputs).toMatchObject(refs);
    expect(first.jobs['staging/infra']?.outputs['gsa-email']).toBe(
      `cloudsql-proxy-gsa@${STAGING_PROJECT}.iam.gserviceaccount.com`,
    );
    expect(first.jobs['staging/infra']?.outputs['log-folder']).toBe(
      'gs://airflow-logs-e2e-staging/logs',
    );
    // staging's project got the GSA role; production's project was not touched
    expect(
      gcp.state
        .projectPolicy(STAGING_PROJECT)
        .bindings.some((b) => b.role === 'roles/cloudsql.client'),
    ).toBe(true);
    expect(gcp.mutatingRequests().filter((r) => r.path.includes(PROJECT))).toEqual([]);
    expect(writes(k8s)).toEqual([]);
    expect(k8sStaging.get('v1', 'ServiceAccount', 'airflow-ksa', 'airflow')).toBeDefined();
    // Airflow was installed on staging's cluster with the built image's digest and its bucket
    expect(helmStaging.history('airflow', 'airflow').at(-1)?.status).toBe('deployed');
    expect(helm.history('airflow', 'airflow')).toEqual([]);
    const values = JSON.stringify(helmStaging.history('airflow', 'airflow').at(-1)?.config);
    expect(values).toContain(refs['custom-airflow']?.split('@')[1]);
    expect(values).toContain('gs://airflow-logs-e2e-staging/logs');
    // Airflow's key Secrets exist once, made by helm-airflow (issue 12); re-runs leave them be.
    airflowKeys = keySecretsSnapshot(k8sStaging);
    expect(Object.keys(airflowKeys)).toEqual(AIRFLOW_KEY_SECRETS);
    expect(helmStaging.history('airflow', 'airflow').at(-1)?.config).toMatchObject({
      fernetKeySecretName: 'airflow-static-fernet-key',
      jwtSecretName: 'airflow-static-jwt-secret',
      apiSecretKeySecretName: 'airflow-static-api-secret-key',
    });
    // the backend runs the digest just built, with the Cloud SQL proxy sidecar, and staging's
    // own DATABASE_URL (an environment secret, passed by name through workflow_call)
    const backend = appImages(k8sStaging)['fastapi-backend'] ?? '';
    expect(backend).toContain(refs['fastapi-backend']);
    expect(backend).toContain('cloud-sql-proxy');
    expect(databaseUrl(k8sStaging)).toBe(STAGING_SECRETS.DATABASE_URL);
    expect(first.jobs.staging?.outputs.url).toContain('34.87.10.30');
    expect(builds()).toHaveLength(3);
    // every action ran signed in as staging's deployer, through the auth step's identity
    const signedIn = first.steps.filter((st) => st.action && !st.action.includes('/'));
    expect(new Set(signedIn.map((st) => st.identity))).toEqual(new Set(['deployer@staging']));
    expect(gcp.mutatingRequests().length).toBeGreaterThan(0);
    expectNoLeaks(first, observedStaging());
  }, 600_000);

  it('a release tag re-runs staging with zero mutations and promotes exactly the digests staging ran to production, building nothing', async () => {
    clearRequests();
    const buildsBefore = builds().length;
    const helmStagingBefore = helmMutations([helmStaging]).length;
    release = await runPipeline(options({ github: TAG }));
    record('release tag: staging unchanged, production promoted');
    expectAllSucceeded(release, ['validate', 'images', ...STAGING_JOBS, ...PRODUCTION_JOBS]);
    expect(release.jobs.production?.result).toBe('success');
    // every production job waited for the environment's reviewers; nothing in staging did
    expect(release.reviews.map((r) => `${r.job} ${r.environment} ${r.decision}`).sort()).toEqual(
      ['airflow', 'app', 'infra', 'litellm'].map((j) => `production/${j} production approved`),
    );
    // staging: the re-run guarantee (zero mutating calls, no Helm upgrade, keys untouched)
    expect(writes(k8sStaging)).toEqual([]);
    expect(helmMutations([helmStaging]).length).toBe(helmStagingBefore);
    expect(keySecretsSnapshot(k8sStaging)).toEqual(airflowKeys);
    expect(
      gcp
        .mutatingRequests()
        .filter((r) => JSON.stringify([r.path, r.body]).includes('staging'))
        .map((r) => `${r.method} ${r.path}`),
    ).toEqual([]);
    // nothing built: the commit's images exist, and production never builds
    expect(builds().length).toBe(buildsBefore);
    expect(
      release.steps.filter(
        (st) => st.job.startsWith('production/') && st.action === 'build-push-image',
      ),
    ).toEqual([]);
    // production got exactly what staging ran, from staging's outputs
    const ran = release.jobs.staging?.outputs ?? {};
    for (const name of IMAGES) expect(ran[name]).toBe(first.jobs.images?.outputs[name]);
    expect(release.jobs.production?.outputs).toMatchObject(
      Object.fromEntries(IMAGES.map((n) => [n, ran[n]])),
    );
    const images = appImages(k8s);
    expect(images['fastapi-backend']).toContain(ran['fastapi-backend']);
    expect(images['react-frontend']).toContain(ran['react-frontend']);
    expect(JSON.stringify(helm.history('airflow', 'airflow').at(-1)?.config)).toContain(
      ran['custom-airflow']?.split('@')[1],
    );
    // production's own project, bucket, identity and secret
    expect(
      gcp.state
        .projectPolicy(PROJECT)
        .bindings.some(
          (b) => b.role === 'roles/cloudsql.client' && b.members.includes(`serviceAccount:${GSA}`),
        ),
    ).toBe(true);
    expect(release.jobs['production/infra']?.outputs['log-folder']).toBe(
      'gs://airflow-logs-e2e/logs',
    );
    expect(databaseUrl(k8s)).toBe(SECRETS.DATABASE_URL);
    expect(release.jobs.production?.outputs.url).toContain('34.87.10.20');
    const production = release.steps.filter((st) => st.job.startsWith('production/'));
    expect(
      new Set(
        production.filter((st) => st.action && !st.action.includes('/')).map((st) => st.identity),
      ),
    ).toEqual(new Set(['deployer']));
    // the production summary shows what was promoted, from which staging run
    const summary = production.find((st) => st.job === 'production/check')?.summary ?? '';
    expect(summary).toContain('## Promoted to production');
    expect(summary).toContain(
      `staging in https://github.com/${TAG.repository}/actions/runs/${TAG.run_id}`,
    );
    for (const name of IMAGES) {
      const [ref, digest] = (ran[name] ?? '').split('@');
      expect(summary).toContain(`| ${name} | \`${digest}\` | \`${ref}\` |`);
    }
    expectNoLeaks(release, observed());
    expectNoLeaks(release, observedStaging());
  }, 600_000);

  it('re-runs the release with nothing changed: zero mutating calls in both environments, no image build, no Helm upgrade', async () => {
    clearRequests();
    const buildsBefore = builds().length;
    const helmBefore = helmMutations().length;
    const again = await runPipeline(options({ github: TAG }));
    record('release re-run, nothing changed');
    expectAllSucceeded(again, ['validate', 'images', ...STAGING_JOBS, ...PRODUCTION_JOBS]);
    expect(gcp.mutatingRequests().map((r) => `${r.method} ${r.path}`)).toEqual([]);
    expect(writes(k8s)).toEqual([]);
    expect(writes(k8sStaging)).toEqual([]);
    expect(keySecretsSnapshot(k8sStaging)).toEqual(airflowKeys);
    expect(builds().length).toBe(buildsBefore);
    expect(helmMutations().length).toBe(helmBefore);
    for (const step of again.steps.filter((s) => s.action)) {
      if ('changed' in step.outputs)
        expect([step.job, step.step, step.outputs.changed]).toEqual([step.job, step.step, 'false']);
    }
    expect(again.jobs.images?.outputs).toEqual(first.jobs.images?.outputs);
    expect(again.jobs.production?.outputs).toMatchObject(
      Object.fromEntries(IMAGES.map((n) => [n, release.jobs.staging?.outputs[n]])),
    );
    expectNoLeaks(again, observed());
    expectNoLeaks(again, observedStaging());
  }, 600_000);

  describe('drift.yml on a schedule, read-only planner against staging', () => {
    const CRON = '17 5 * * *';
    const drift = (): Promise<PipelineResult> =>
      runPipeline(
        options({
          workflowFile: path.join(root, 'workflows-templates/drift.yml'),
          github: scheduledRun(PUSH, 'main', PUSH.sha, CRON),
          // The drift template passes no secret.
          secrets: {},
          environments: { ...ENVIRONMENTS, plan: { vars: STAGING_VARS } },
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
    const verdict = (r: PipelineResult) => r.steps.find((st) => st.job === 'drift');
    const errors = (r: PipelineResult): string[] =>
      (verdict(r)?.log ?? '').split('\n').filter((l) => l.startsWith('::error::'));
    const admin = (tool: string, args: string[], env: Record<string, string>) =>
      spawnAsync(tool, args, { env: { ...process.env, ...env }, timeoutMs: 60_000 });

    it('passes on the converged platform: every plan is a noop, nothing is written', async () => {
      clearRequests();
      const result = await drift();
      record('drift check, converged');
      expectAllSucceeded(result, ['plan', 'drift']);
      expect(verdict(result)?.outputs.result).toBe('no-drift');
      expect(verdict(result)?.summary).toMatch(/^\*\*No drift\*\*/);
      expect(errors(result)).toEqual([]);
      const actions = result.steps.filter(
        (st) => st.job === 'plan' && st.action && !st.action.includes('/'),
      );
      expect(actions).toHaveLength(8);
      expect(new Set(actions.map((st) => st.identity))).toEqual(new Set(['planner@staging']));
      expect(k8sStaging.requests().filter((r) => r.method !== 'GET')).toEqual([]);
      expect(gcp.mutatingRequests()).toEqual([]);
      expectNoLeaks(result, observedStaging());
    }, 600_000);

    it('fails naming each object changed by hand (a scaled Deployment, a bucket setting), with the plan in the summary', async () => {
      const kube = k8sStaging.env;
      const scale = (n: number) =>
        admin(
          'kubectl',
          ['scale', 'deployment/fastapi-backend', `--replicas=${n}`, '-n', 'application'],
          kube,
        );
      const pap = (flag: string) =>
        admin(
          'gcloud',
          ['storage', 'buckets', 'update', 'gs://airflow-logs-e2e-staging', flag],
          gcp.env,
        );
      expect((await scale(3)).exitCode).toBe(0);
      const edited = await pap('--no-public-access-prevention');
      expect([edited.exitCode, edited.stderr.slice(-500)]).toEqual([0, expect.any(String)]);
      clearRequests();
      const result = await drift();
      record('drift check, hand edits');
      // the plan itself ran fine; the verdict fails
      expectAllSucceeded(result, ['plan']);
      expect(result.jobs.drift?.result).toBe('failure');
      expect(verdict(result)?.outputs.result).toBe('drift');
      const named = errors(result);
      expect(named.some((l) => /fastapi-backend/.test(l))).toBe(true);
      expect(named.some((l) => /airflow-logs-e2e-staging/.test(l))).toBe(true);
      expect(named.filter((l) => !/fastapi-backend|airflow-logs-e2e-staging/.test(l))).toEqual([]);
      const summary = verdict(result)?.summary ?? '';
      expect(summary).toMatch(
        /^\*\*Drift\*\*: live state differs from the repository for 2 resources: /,
      );
      expect(summary).toContain('fastapi-backend');
      expect(summary).toContain('airflow-logs-e2e-staging');
      expect(verdict(result)?.log).toMatch(/::error::plan-comment: live state differs/);
      expect(k8sStaging.requests().filter((r) => r.method !== 'GET')).toEqual([]);
      expect(gcp.mutatingRequests()).toEqual([]);
      expectNoLeaks(result, observedStaging());
      // put staging back as it was for the tests that follow
      expect((await scale(1)).exitCode).toBe(0);
      expect((await pap('--public-access-prevention')).exitCode).toBe(0);
    }, 600_000);
  });

  it('rolls only the backend when only its image digest is new', async () => {
    // A backend-only release: a new image is built and pushed (as the app repo's own build would)
    // and the app component is deployed to staging with its digest.
    writeFileSync(path.join(workspace, 'backend/app.txt'), 'backend v2\n');
    clearRequests(); // the drift test's restores are not this run's
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
      (
        k8sStaging.get('apps/v1', 'Deployment', name, 'application')?.metadata as {
          generation?: number;
        }
      ).generation;
    const before = {
      backend: generation('fastapi-backend'),
      frontend: generation('react-frontend'),
    };
    clearRequests();
    const third = await runPipeline(
      options({
        github: { ...PUSH, event_name: 'workflow_dispatch' },
        inputs: { components: 'app', 'dry-run': false, production: false },
        // the images job's outputs: one new digest, the frontend's unchanged
        overrides: {
          'app.app': {
            images: `fastapi-backend=${newRef}\nreact-frontend=${first.jobs.images?.outputs['react-frontend'] ?? ''}`,
          },
        },
      }),
    );
    record('one new backend digest, app job');
    expectAllSucceeded(third, ['validate', 'staging/check', 'staging/app']);
    expect(third.jobs['staging/infra']?.result).toBe('skipped');
    expect(third.jobs.production?.result).toBe('skipped');
    const touched = new Set(k8sStaging.mutatingRequests().map((r) => r.path));
    expect([...touched].filter((p) => p.includes('/deployments/'))).toEqual([
      '/apis/apps/v1/namespaces/application/deployments/fastapi-backend',
    ]);
    expect(appImages(k8sStaging)['fastapi-backend']).toContain(newRef);
    expect(generation('fastapi-backend')).not.toEqual(before.backend);
    expect(generation('react-frontend')).toEqual(before.frontend);
    expect(appImages(k8sStaging)['react-frontend']).toContain(
      first.jobs.images?.outputs['react-frontend'],
    );
    expect(writes(k8s)).toEqual([]);
    expect(gcp.mutatingRequests()).toEqual([]);
    expectNoLeaks(third, observedStaging());
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
    // Both clusters: the recorded metrics count staging's requests too.
    clearRequests();
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
    // Both clusters: the recorded metrics count staging's requests too.
    clearRequests();
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
