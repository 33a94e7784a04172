/** setup-wi's run() against a stateful fake cloud behind the Runner seam. */
import { describe, expect, it } from '@jest/globals';
import { FakeIO } from '../../../__fixtures__/io.js';
import { FakeClock, fail, line, ok } from '../../../__fixtures__/runner.js';
import { freshState, wiCloud, type WiState } from '../../../__fixtures__/fake-wi-cloud.js';
import { run } from '../../../src/actions/setup-wi/definition.js';

const PROJECT = 'alpine-figure-461007-i9';
const GSA = `cloudsql-proxy-gsa@${PROJECT}.iam.gserviceaccount.com`;
const BASE = {
  'project-id': PROJECT,
  location: 'asia-southeast1-a',
  cluster: 'data-pipeline-cluster',
  'gsa-name': 'cloudsql-proxy-gsa',
  'gsa-display-name': 'Service Account for Airflow and Apps',
  'project-roles': 'roles/container.developer\nroles/cloudsql.client',
  bindings: 'airflow/airflow-ksa\napplication/fastapi-backend-ksa',
};

async function runWith(
  state: WiState,
  inputs: Record<string, string> = {},
  tweak?: (r: ReturnType<typeof wiCloud>) => void,
) {
  const runner = wiCloud(state);
  tweak?.(runner);
  const io = new FakeIO({ ...BASE, ...inputs });
  const clock = new FakeClock();
  await run({ io, runner, clock });
  return { io, runner, clock };
}

function converged(): WiState {
  const state = freshState();
  state.cluster = {
    workloadPool: `${PROJECT}.svc.id.goog`,
    pools: [{ name: 'default-pool', mode: 'GKE_METADATA' }],
  };
  return state;
}

describe('setup-wi run()', () => {
  it('converges a fresh project in order, then a re-run makes zero mutating calls', async () => {
    const state = freshState();
    const first = await runWith(state, { 'update-node-pools': 'true' });
    expect(first.io.failed).toBeUndefined();
    expect(first.runner.mutations().map(line)).toEqual([
      expect.stringContaining('gcloud container clusters update data-pipeline-cluster'),
      // after the cluster: GKE_METADATA needs Workload Identity on the cluster first
      expect.stringContaining('gcloud container node-pools update default-pool'),
      expect.stringContaining('gcloud iam service-accounts create cloudsql-proxy-gsa'),
      expect.stringContaining(`gcloud projects set-iam-policy ${PROJECT}`),
      expect.stringContaining('kubectl apply --server-side'),
      expect.stringContaining('kubectl apply --server-side'),
      expect.stringContaining('kubectl apply --server-side'),
      expect.stringContaining('kubectl apply --server-side'),
      expect.stringContaining(`gcloud iam service-accounts set-iam-policy ${GSA}`),
    ]);
    expect(state.cluster?.workloadPool).toBe(`${PROJECT}.svc.id.goog`);
    // Plus the run's provenance (deployed-by, commit, run URL: issue 16), written with the change.
    expect(state.ksas.get('airflow/airflow-ksa')).toMatchObject({
      'iam.gke.io/gcp-service-account': GSA,
      'deploy.gke-data-platform.dev/deployed-by': expect.any(String),
    });
    const gsaPolicy = state.gsaPolicies.get(GSA);
    expect(gsaPolicy?.bindings?.[0]?.members).toEqual([
      `serviceAccount:${PROJECT}.svc.id.goog[airflow/airflow-ksa]`,
      `serviceAccount:${PROJECT}.svc.id.goog[application/fastapi-backend-ksa]`,
    ]);
    // the owner binding that was there before survives
    expect(state.projectPolicy.bindings?.find((b) => b.role === 'roles/owner')).toBeDefined();
    expect(first.io.outputs).toMatchObject({
      'gsa-email': GSA,
      'workload-pool': `${PROJECT}.svc.id.goog`,
      changed: 'true',
    });
    expect(first.io.summary).toContain('| `namespace/airflow` | create | ✅ done |');

    expect(state.cluster?.pools).toEqual([{ name: 'default-pool', mode: 'GKE_METADATA' }]);

    const second = await runWith(state, { 'update-node-pools': 'true' });
    expect(second.io.failed).toBeUndefined();
    expect(second.runner.mutations()).toHaveLength(0);
    expect(second.io.outputs.changed).toBe('false');
    const changes = JSON.parse(second.io.outputs.changes ?? '[]') as { status: string }[];
    expect(changes.every((c) => c.status === 'unchanged')).toBe(true);
  });

  it('finishes a half-done project: only the missing pieces are written', async () => {
    const state = converged();
    state.gsas.add(GSA);
    state.namespaces.add('airflow');
    state.ksas.set('airflow/airflow-ksa', {
      'iam.gke.io/gcp-service-account': 'someone-else@x.iam.gserviceaccount.com',
    });
    state.projectPolicy.bindings?.push({
      role: 'roles/cloudsql.client',
      members: [`serviceAccount:${GSA}`],
    });
    const { io, runner } = await runWith(state);
    expect(io.failed).toBeUndefined();
    const lines = runner.mutations().map(line);
    expect(lines.some((l) => l.includes('clusters update'))).toBe(false);
    expect(lines.some((l) => l.includes('service-accounts create'))).toBe(false);
    // Plus the run's provenance (deployed-by, commit, run URL: issue 16), written with the change.
    expect(state.ksas.get('airflow/airflow-ksa')).toMatchObject({
      'iam.gke.io/gcp-service-account': GSA,
      'deploy.gke-data-platform.dev/deployed-by': expect.any(String),
    });
    const developer = state.projectPolicy.bindings?.find(
      (b) => b.role === 'roles/container.developer',
    );
    expect(developer?.members).toEqual([`serviceAccount:${GSA}`]);
    // namespace airflow existed: applied KSAs (2), namespace application (1)
    expect(lines.filter((l) => l.startsWith('kubectl apply'))).toHaveLength(3);
  });

  it('dry-run observes, reports the plan, and makes zero mutating calls', async () => {
    const state = freshState();
    const { io, runner } = await runWith(state, { 'dry-run': 'true', 'update-node-pools': 'true' });
    expect(io.failed).toBeUndefined();
    expect(runner.mutations()).toHaveLength(0);
    expect(io.outputs.changed).toBe('true');
    expect(io.summary).toContain('dry run');
    expect(io.summary).toContain('📝 planned');
    expect(state.gsas.size).toBe(0);
  });

  it('fails before any write when a node pool is not on GKE_METADATA, naming the pool and the exact command', async () => {
    const state = freshState();
    state.cluster?.pools.push({ name: 'highmem-pool', mode: 'GKE_METADATA' });
    const { io, runner } = await runWith(state);
    expect(io.failed).toContain('input "update-node-pools"');
    expect(io.failed).toContain('default-pool (workload metadata GCE_METADATA)');
    expect(io.failed).not.toContain('highmem-pool');
    // the cluster has no workload pool yet: GKE_METADATA needs it first, so that command comes first
    expect(io.failed).toMatch(
      /Workload Identity on the cluster first: gcloud container clusters update data-pipeline-cluster .*--workload-pool=alpine-figure-461007-i9\.svc\.id\.goog.* ; then, .*node-pools update default-pool/,
    );
    expect(io.failed).toContain(
      'gcloud container node-pools update default-pool --cluster=data-pipeline-cluster --location=asia-southeast1-a --project=alpine-figure-461007-i9 --workload-metadata=GKE_METADATA',
    );
    expect(runner.mutations()).toHaveLength(0);
    expect(state.cluster?.workloadPool).toBeUndefined();
  });

  it('with update-node-pools: true updates only the stale pools, warns that nodes are re-created, and verifies', async () => {
    const state = freshState();
    state.cluster?.pools.push({ name: 'unset-pool' });
    const { io, runner } = await runWith(state, { 'update-node-pools': 'true' });
    expect(io.failed).toBeUndefined();
    const updates = runner
      .mutations()
      .map(line)
      .filter((l) => l.includes('node-pools update'));
    expect(updates).toEqual([
      expect.stringMatching(/^gcloud container node-pools update default-pool .*--quiet$/),
      expect.stringMatching(/^gcloud container node-pools update unset-pool /),
    ]);
    expect(io.warnings().join('\n')).toMatch(/node pool default-pool .*re-creates its nodes/);
    expect(io.summary).toContain('nodepool/unset-pool');
    // read back after the updates
    expect(runner.lines().filter((l) => l.includes('clusters describe')).length).toBe(2);
  });

  it('fails verification when a node pool update did not take', async () => {
    const state = freshState();
    const { io } = await runWith(state, { 'update-node-pools': 'true' }, (r) =>
      r.once('container node-pools update', ok('')),
    );
    expect(io.failed).toContain('node pool default-pool workload metadata is GCE_METADATA');
  });

  it('leaves Autopilot clusters alone', async () => {
    const state = freshState();
    state.cluster = { autopilot: true, pools: [] };
    const { runner } = await runWith(state);
    expect(runner.lines().some((l) => l.includes('clusters update'))).toBe(false);
  });

  it('fails clearly when the cluster does not exist, before any mutation', async () => {
    const state = freshState();
    delete state.cluster;
    const { io, runner } = await runWith(state);
    expect(io.failed).toContain('cluster data-pipeline-cluster was not found in asia-southeast1-a');
    expect(runner.mutations()).toHaveLength(0);
  });

  it('[F15] adopts a service account that appears between observe and create (409 already exists)', async () => {
    const state = converged();
    const { io } = await runWith(state, {}, (r) =>
      r.on((spec) => {
        if (!line(spec).includes('iam service-accounts create')) return undefined;
        state.gsas.add(GSA); // another run created it after our describe
        return fail(
          `ERROR: (gcloud.iam.service-accounts.create) Resource in projects [${PROJECT}] is the subject of a conflict: Service account cloudsql-proxy-gsa already exists within project projects/${PROJECT}.`,
        );
      }),
    );
    expect(io.failed).toBeUndefined();
    expect(io.summary).toContain('already existed; adopted');
  });

  it('[F16] waits out "does not exist" on the GSA policy right after creating the GSA', async () => {
    const state = converged();
    const { io, runner, clock } = await runWith(state, {}, (r) =>
      r.once(
        'iam service-accounts get-iam-policy',
        fail(
          `ERROR: (gcloud.iam.service-accounts.get-iam-policy) NOT_FOUND: Service account projects/-/serviceAccounts/${GSA} does not exist.`,
        ),
        2,
      ),
    );
    expect(io.failed).toBeUndefined();
    expect(clock.sleeps).toHaveLength(2);
    expect(io.warnings().some((w) => w.includes('attempt 1/10'))).toBe(true);
    expect(
      runner.mutations().filter((c) => line(c).includes('service-accounts set-iam-policy')),
    ).toHaveLength(1);
  });

  it("[F17] redoes the whole read-modify-write on an etag conflict and keeps the other writer's binding", async () => {
    const state = converged();
    state.gsas.add(GSA);
    let raced = false;
    const { io, runner } = await runWith(state, {}, (r) =>
      r.on((spec) => {
        if (!raced && line(spec).startsWith('gcloud projects set-iam-policy')) {
          raced = true;
          // another writer lands between our read and our write
          state.projectPolicy = {
            ...state.projectPolicy,
            etag: 'BwOTHER',
            bindings: [
              ...(state.projectPolicy.bindings ?? []),
              { role: 'roles/viewer', members: ['user:other@example.com'] },
            ],
          };
        }
        return undefined;
      }),
    );
    expect(io.failed).toBeUndefined();
    expect(
      runner.calls.filter((c) => line(c).startsWith('gcloud projects get-iam-policy')).length,
    ).toBeGreaterThanOrEqual(3);
    expect(state.projectPolicy.bindings?.find((b) => b.role === 'roles/viewer')?.members).toEqual([
      'user:other@example.com',
    ]);
    expect(
      state.projectPolicy.bindings?.find((b) => b.role === 'roles/cloudsql.client')?.members,
    ).toEqual([`serviceAccount:${GSA}`]);
  });

  it('[F18] issues no set call when every binding is already present', async () => {
    const state = converged();
    state.gsas.add(GSA);
    state.projectPolicy.bindings?.push(
      { role: 'roles/container.developer', members: [`serviceAccount:${GSA}`] },
      { role: 'roles/cloudsql.client', members: [`serviceAccount:${GSA}`] },
    );
    const { runner } = await runWith(state, { bindings: '' });
    expect(runner.lines().filter((l) => l.includes('set-iam-policy'))).toHaveLength(0);
  });

  it('[F19] fails fast on PERMISSION_DENIED without retrying', async () => {
    const state = converged();
    state.gsas.add(GSA);
    const { io, runner, clock } = await runWith(state, {}, (r) =>
      r.once(
        'projects set-iam-policy',
        fail(
          `ERROR: (gcloud.projects.set-iam-policy) [ci@${PROJECT}.iam.gserviceaccount.com] does not have permission to access projects instance [${PROJECT}]: PERMISSION_DENIED: Policy update access denied.`,
        ),
      ),
    );
    expect(io.failed).toContain('PERMISSION_DENIED');
    expect(clock.sleeps).toHaveLength(0);
    expect(
      runner.calls.filter((c) => line(c).startsWith('gcloud projects set-iam-policy')),
    ).toHaveLength(1);
  });

  it('[F20] fails fast on an invalid role answered with INVALID_ARGUMENT', async () => {
    const state = converged();
    state.gsas.add(GSA);
    const { io, clock } = await runWith(state, {}, (r) =>
      r.once(
        'projects set-iam-policy',
        fail(
          'ERROR: (gcloud.projects.set-iam-policy) INVALID_ARGUMENT: Role roles/storage.admn is not supported for this resource.',
        ),
      ),
    );
    expect(io.failed).toContain('INVALID_ARGUMENT');
    expect(clock.sleeps).toHaveLength(0);
  });

  it('[F21] retries 429 RESOURCE_EXHAUSTED with backoff, then succeeds', async () => {
    const state = converged();
    const { io, clock } = await runWith(state, {}, (r) =>
      r.once(
        'iam service-accounts create',
        fail(
          "ERROR: (gcloud.iam.service-accounts.create) RESOURCE_EXHAUSTED: Quota exceeded for quota metric 'Write requests' and limit 'Write requests per minute'. 429",
        ),
        2,
      ),
    );
    expect(io.failed).toBeUndefined();
    expect(clock.sleeps).toHaveLength(2);
    expect(clock.sleeps[1]).toBeGreaterThan(clock.sleeps[0] ?? 0);
    expect(state.gsas.has(GSA)).toBe(true);
  });

  it('[F22] gives up after N attempts when every attempt answers 5xx', async () => {
    const state = converged();
    const { io, runner } = await runWith(state, {}, (r) =>
      r.once(
        'iam service-accounts describe',
        fail(
          'ERROR: (gcloud.iam.service-accounts.describe) UNAVAILABLE: The service is currently unavailable. 503',
        ),
        100,
      ),
    );
    expect(io.failed).toMatch(/UNAVAILABLE.*gave up after 5 attempts/s);
    expect(runner.mutations()).toHaveLength(0);
  });

  it('[F8] fails before any call when kubectl is missing and bindings need it', async () => {
    const state = freshState();
    const { io, runner } = await runWith(state, {}, (r) => r.missing.add('kubectl'));
    expect(io.failed).toBe(
      "setup-wi: kubectl not found on PATH; install it before this step (GitHub's ubuntu runners ship it)",
    );
    expect(runner.calls).toHaveLength(0);
  });

  it('[F9] reports exit code and the redacted command when a CLI fails with empty stderr', async () => {
    const state = converged();
    const { io } = await runWith(state, {}, (r) =>
      r.once('iam service-accounts create', fail('', 3)),
    );
    expect(io.failed).toContain('gcloud iam service-accounts create cloudsql-proxy-gsa');
    expect(io.failed).toContain('exit 3');
    expect(io.failed).toContain('stderr had no output');
    expect(io.summary).toContain('❌ failed');
  });
});
