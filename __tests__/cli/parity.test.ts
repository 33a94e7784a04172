/**
 * The two front ends run one definition: each action runs as a GitHub Action (its `config`
 * input names the platform file, secrets come as inputs) and as a CLI step (the same platform
 * file, secrets from environment variables or files). Against the emulators, both must plan
 * the same Changes on the same state, end an apply on identical fresh states with the same
 * outcomes, and then find nothing left to do.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FakeIO } from '../../__fixtures__/io.js';
import { FakeClock } from '../../__fixtures__/runner.js';
import { runChain } from '../../src/cli/run-steps.js';
import { MemoryLogger } from '../../src/lib/log/logger.js';
import { loadPlatformConfig } from '../../src/lib/config/load.js';
import { ProcessRunner } from '../../src/lib/exec/process-runner.js';
import type { Runner } from '../../src/lib/exec/runner.js';
import type { ActionDeps } from '../../src/lib/action/run-action.js';
import type { AnyDefinition } from '../../src/lib/reconcile/definition.js';
import { definition as setupWi, run as runSetupWi } from '../../src/actions/setup-wi/definition.js';
import {
  definition as gcsLogBucket,
  run as runGcsLogBucket,
} from '../../src/actions/gcs-log-bucket/definition.js';
import {
  definition as buildPushImage,
  run as runBuildPushImage,
} from '../../src/actions/build-push-image/definition.js';
import {
  definition as helmAirflow,
  run as runHelmAirflow,
} from '../../src/actions/helm-airflow/definition.js';
import {
  definition as applyLitellm,
  run as runApplyLitellm,
} from '../../src/actions/apply-litellm/definition.js';
import {
  definition as deployApp,
  run as runDeployApp,
} from '../../src/actions/deploy-app/definition.js';
import { freshState, wiCloud } from '../../__fixtures__/fake-wi-cloud.js';
import { FakeGcs } from '../actions/gcs-log-bucket/fake-gcs.js';
import { createHelmSim, type HelmSim } from '../../test-support/helm-sim/index.js';
import { startK8sEmulator, type K8sEmulator } from '../../test-support/k8s-emulator/index.js';
import { fakeRegistry } from '../actions/build-push-image/fake-registry.js';

const PROJECT = 'alpine-figure-461007-i9';
const GSA = `cloudsql-proxy-gsa@${PROJECT}.iam.gserviceaccount.com`;
const DIGEST = `sha256:${'a'.repeat(64)}`;
const SSH_KEY =
  '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\n-----END OPENSSH PRIVATE KEY-----\n';
const PASSWORD = 'S3cr3t-Adm1n-P@ss!';
const MASTER_KEY = 'sk-parity-master-key-0123';
const DATABASE_URL = 'postgresql://app:db-pass-9876@127.0.0.1:5432/app';
const FAST = { pollMs: 50, addressPollMs: 50, smokeAttempts: 1, smokeDelayMs: 1 };

/** One emulated world: what a runner talks to. Two identical ones per action. */
interface World {
  readonly runner: () => Runner;
  stop(): Promise<void>;
}

interface Case {
  readonly definition: unknown;
  readonly run: (deps: ActionDeps, extras?: never) => Promise<void>;
  /** The secret inputs on GitHub; the CLI gets them as environment variables or files. */
  readonly secrets: Record<string, string>;
  readonly env: (dir: string) => Promise<NodeJS.ProcessEnv>;
  readonly world: () => Promise<World>;
  readonly extras?: unknown;
}

let dir = '';
let file = '';
const savedTemp = process.env.RUNNER_TEMP;

/*
 * setup-wi and gcs-log-bucket run against the stateful Google Cloud fakes behind the Runner
 * seam: the real gcloud against the emulator (__tests__/cli/apply.test.ts) starts Python for
 * every call, which on a shared CI machine takes minutes per world.
 */
async function wiWorld(): Promise<World> {
  const cloud = wiCloud(freshState());
  return { runner: () => cloud, stop: async () => undefined };
}

async function gcsWorld(): Promise<World> {
  const gcs = new FakeGcs();
  const runner = gcs.runner();
  return { runner: () => runner, stop: async () => undefined };
}

async function k8sWorld(helm = false, namespace?: string): Promise<World> {
  const k8s: K8sEmulator = await startK8sEmulator();
  // deploy-app never creates its namespace (setup-wi's bindings do): the world has it.
  if (namespace) k8s.put({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace } });
  const sim: HelmSim | undefined = helm ? createHelmSim() : undefined;
  return {
    runner: () =>
      new ProcessRunner(new MemoryLogger(), undefined, {
        ...process.env,
        ...k8s.env,
        ...(sim?.env ?? {}),
      }),
    stop: async () => {
      sim?.cleanup();
      await k8s.stop();
    },
  };
}

async function registryWorld(): Promise<World> {
  const fake = fakeRegistry({ buildx: true });
  return { runner: () => fake.runner, stop: async () => undefined };
}

const noEnv = async (): Promise<NodeJS.ProcessEnv> => ({});

const CASES: Record<string, Case> = {
  'setup-wi': {
    definition: setupWi,
    run: runSetupWi,
    secrets: {},
    env: noEnv,
    world: wiWorld,
  },
  'gcs-log-bucket': {
    definition: gcsLogBucket,
    run: runGcsLogBucket,
    secrets: {},
    env: noEnv,
    world: gcsWorld,
  },
  'build-push-image': {
    definition: buildPushImage,
    run: runBuildPushImage,
    secrets: {},
    env: noEnv,
    world: registryWorld,
  },
  'helm-airflow': {
    definition: helmAirflow,
    run: runHelmAirflow,
    secrets: { 'git-ssh-key': SSH_KEY, 'admin-password': PASSWORD },
    // The key from a file, as from a laptop; the password from the environment.
    env: async (d) => {
      const keyFile = path.join(d, 'git-sync-key');
      await writeFile(keyFile, SSH_KEY, { mode: 0o600 });
      return { AIRFLOW_GIT_SYNC_SSH_KEY_FILE: keyFile, AIRFLOW_ADMIN_PASSWORD: PASSWORD };
    },
    world: () => k8sWorld(true),
  },
  'apply-litellm': {
    definition: applyLitellm,
    run: runApplyLitellm,
    secrets: { 'master-key': MASTER_KEY },
    env: async () => ({ LITELLM_MASTER_KEY: MASTER_KEY }),
    world: () => k8sWorld(),
    extras: FAST,
  },
  'deploy-app': {
    definition: deployApp,
    run: runDeployApp,
    secrets: { 'database-url': DATABASE_URL },
    env: async () => ({ DATABASE_URL }),
    world: () => k8sWorld(false, 'application'),
    extras: FAST,
  },
};

type Row = [resource: string, action: string, status: string];

/** The outcomes table of the first section of a job summary. */
function summaryRows(summary: string): Row[] {
  return [...summary.split('\n## ')[0]!.matchAll(/^\| `([^`]+)` \| (\w+) \| \S+ (\w+) \|/gm)].map(
    (m) => [m[1]!, m[2]!, m[3]!],
  );
}

async function github(c: Case, world: World, dryRun: boolean): Promise<Row[]> {
  const io = new FakeIO({ config: file, 'dry-run': String(dryRun), ...c.secrets });
  const clock = new FakeClock();
  clock.time = Date.now();
  await c.run({ io, runner: world.runner(), clock }, c.extras as never);
  expect(io.failed).toBeUndefined();
  // Every phase is a log group; a dry run has no Verify.
  expect(io.groups.slice(0, 2)).toEqual(['Preflight', 'Observe and plan']);
  return summaryRows(io.summary);
}

async function cli(name: string, c: Case, world: World, dryRun: boolean): Promise<Row[]> {
  const clock = new FakeClock();
  clock.time = Date.now();
  const [report] = await runChain([c.definition as AnyDefinition], {
    config: await loadPlatformConfig(file),
    dryRun,
    offline: false,
    only: [],
    runner: world.runner(),
    logger: new MemoryLogger(),
    clock,
    env: await c.env(dir),
    extras: { [name]: c.extras },
  });
  expect(report?.name).toBe(name);
  return (report?.outcomes ?? []).map((o): Row => [o.resource, o.action, o.status]);
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'parity-'));
  process.env.RUNNER_TEMP = path.join(dir, 'runner-temp');
  await mkdir(process.env.RUNNER_TEMP);
  const context = path.join(dir, 'airflow-image');
  await mkdir(context);
  await writeFile(path.join(context, 'Dockerfile'), 'FROM scratch\n');
  const manifests = path.join(dir, 'deployments');
  await mkdir(manifests);
  await writeFile(
    path.join(manifests, 'backend.yaml'),
    'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: fastapi-backend}\nspec:\n  replicas: 1\n  selector: {matchLabels: {app: b}}\n  template:\n    metadata: {labels: {app: b}}\n    spec:\n      containers:\n        - name: backend\n          image: asia-southeast1-docker.pkg.dev/p/apps/fastapi-backend:v1\n          env:\n            - name: DATABASE_URL\n              valueFrom: {secretKeyRef: {name: db-credentials, key: database-url}}\n',
  );
  file = path.join(dir, 'platform.yaml');
  await writeFile(
    file,
    [
      `project: ${PROJECT}`,
      'region: asia-southeast1',
      'cluster: {name: data-pipeline-cluster, location: asia-southeast1-a}',
      'gsa: {name: cloudsql-proxy-gsa, projectRoles: [roles/cloudsql.client]}',
      'workloadIdentity: {enableWorkloadPool: true, updateNodePools: true, bindings: [airflow/airflow-ksa]}',
      // Explicit where the CLI would otherwise carry an earlier step's output.
      `logBucket: {name: airflow-logs-parity, member: "serviceAccount:${GSA}"}`,
      'images:',
      '  - name: custom-airflow',
      `    image: asia-southeast1-docker.pkg.dev/${PROJECT}/platform/custom-airflow`,
      `    context: ${context}`,
      '    tags: [v1]',
      '    skipExisting: true',
      'airflow:',
      '  chartVersion: 1.22.0',
      '  airflowVersion: 3.0.2',
      `  image: asia-southeast1-docker.pkg.dev/${PROJECT}/platform/custom-airflow@${DIGEST}`,
      '  logFolder: gs://airflow-logs-parity/logs',
      '  gitSync: {repo: "git@github.com:acme/dags.git", subPath: dags, knownHosts: "github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl"}',
      '  admin: {username: ops}',
      'litellm:',
      '  namespace: model-serving',
      '  image: ghcr.io/berriai/litellm:main-v1.74.9-stable',
      '  timeout: 30s',
      'app:',
      '  namespace: application',
      `  manifests: [${manifests}]`,
      '  waitForAddress: false',
      '  timeout: 30s',
      '',
    ].join('\n'),
  );
}, 60_000);

afterAll(async () => {
  process.env.RUNNER_TEMP = savedTemp;
  await rm(dir, { recursive: true, force: true });
});

describe('GitHub Action and CLI step run one definition', () => {
  it.each(Object.keys(CASES))(
    '%s: same plan on the same state, same outcomes on identical states, then nothing to do',
    async (name) => {
      const c = CASES[name]!;
      const [a, b] = [await c.world(), await c.world()];
      try {
        const planned = await github(c, a, true);
        expect(planned.length).toBeGreaterThan(0);
        expect(planned.some(([, action]) => action !== 'noop')).toBe(true);
        expect(await cli(name, c, a, true)).toEqual(planned);

        const applied = await github(c, a, false);
        expect(await cli(name, c, b, false)).toEqual(applied);
        expect(applied.every(([, , status]) => status !== 'planned')).toBe(true);

        // Converged: each front end runs again on the other's world and changes nothing.
        for (const rows of [await github(c, b, false), await cli(name, c, a, false)]) {
          expect(rows.filter(([, , status]) => status !== 'unchanged')).toEqual([]);
        }
      } finally {
        await Promise.allSettled([a.stop(), b.stop()]);
      }
    },
    600_000,
  );
});
