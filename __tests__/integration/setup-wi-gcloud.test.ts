/**
 * setup-wi's Google Cloud side end to end: run() drives the REAL gcloud through ProcessRunner
 * against the GCP emulator, so our argv, gcloud's requests, its JSON output and its error texts
 * are all real. Faults are injected at the HTTP level. The kubectl side (bindings) is tested
 * with the Kubernetes emulator elsewhere.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { FakeIO } from '../../__fixtures__/io.js';
import { FakeClock } from '../../__fixtures__/runner.js';
import { run } from '../../src/actions/setup-wi/definition.js';
import { ProcessRunner } from '../../src/lib/exec/process-runner.js';
import {
  startGcpEmulator,
  type GcpEmulator,
  type RecordedRequest,
} from '../../test-support/gcp-emulator/index.js';

// Every step spawns the real gcloud (~1 s of CPU each); a loaded 2-core runner needs slack.
jest.setTimeout(120_000);

const LOCATION = 'europe-west1';
const CLUSTER = 'data-platform';
const GSA = 'airflow-gsa';
const ROLES = ['roles/logging.logWriter', 'roles/storage.objectAdmin'];

let emu: GcpEmulator;

beforeAll(async () => {
  emu = await startGcpEmulator();
});
afterAll(async () => {
  await emu.stop();
});
beforeEach(() => emu.clearRequests());

const emailOf = (project: string): string => `${GSA}@${project}.iam.gserviceaccount.com`;
const memberOf = (project: string): string => `serviceAccount:${emailOf(project)}`;

/** A project with a Standard cluster; `done` says which parts are already in place. */
function seedProject(
  project: string,
  done: { pool?: boolean; gsa?: boolean; roles?: readonly string[] } = {},
): void {
  emu.state.addProject(project, 700000 + emu.state.projects.size);
  emu.state.addCluster(project, LOCATION, CLUSTER, {
    ...(done.pool ? { workloadPool: `${project}.svc.id.goog` } : {}),
  });
  if (done.gsa) emu.state.addServiceAccount(project, GSA, 'Airflow');
  if (done.roles?.length) {
    const policy = emu.state.projectPolicy(project);
    emu.state.writePolicy(policy, [
      ...policy.bindings,
      ...done.roles.map((role) => ({ role, members: [memberOf(project)] })),
    ]);
  }
}

/** Runs setup-wi; `withCluster: false` leaves the cluster out (fault tests: fewer gcloud calls). */
async function runSetupWi(
  project: string,
  extra: Record<string, string> = {},
  withCluster = true,
): Promise<{ io: FakeIO; clock: FakeClock }> {
  const io = new FakeIO({
    'project-id': project,
    ...(withCluster ? { location: LOCATION, cluster: CLUSTER } : {}),
    'gsa-name': GSA,
    'gsa-display-name': 'Airflow',
    'project-roles': ROLES.join('\n'),
    'enable-workload-pool': String(withCluster),
    ...extra,
  });
  const clock = new FakeClock();
  const runner = new ProcessRunner(io, undefined, { ...process.env, ...emu.env });
  await run({ io, runner, clock });
  return { io, clock };
}

const line = (r: RecordedRequest): string => `${r.method} ${r.path}`;
const setPolicyCalls = (project: string): RecordedRequest[] =>
  emu.requests().filter((r) => r.path === `/v1/projects/${project}:setIamPolicy`);
const rolesOf = (project: string): string[] =>
  emu.state
    .projectPolicy(project)
    .bindings.filter((b) => b.members.includes(memberOf(project)))
    .map((b) => b.role)
    .sort();

describe('setup-wi with the real gcloud against the GCP emulator', () => {
  it('converges a fresh project, then re-runs with zero mutating requests', async () => {
    const p = 'wi-fresh-project';
    seedProject(p);
    // Every GKE operation answers RUNNING once before DONE: gcloud must poll it to the end.
    emu.state.operationPolls = 1;
    const first = await runSetupWi(p, { 'update-node-pools': 'true' }).finally(() => {
      emu.state.operationPolls = 0;
    });
    expect(first.io.failed).toBeUndefined();
    expect(emu.state.cluster(p, LOCATION, CLUSTER)?.workloadIdentityConfig?.workloadPool).toBe(
      `${p}.svc.id.goog`,
    );
    expect(emu.state.cluster(p, LOCATION, CLUSTER)?.nodePools[0]?.config).toEqual({
      workloadMetadataConfig: { mode: 'GKE_METADATA' },
    });
    expect(emu.state.serviceAccounts.get(emailOf(p))?.displayName).toBe('Airflow');
    expect(rolesOf(p)).toEqual([...ROLES].sort());
    expect(emu.state.projectPolicy(p).bindings.find((b) => b.role === 'roles/owner')).toBeDefined();
    expect(emu.mutatingRequests().map(line)).toEqual([
      `PUT /v1/projects/${p}/locations/${LOCATION}/clusters/${CLUSTER}`,
      `PUT /v1/projects/${p}/locations/${LOCATION}/clusters/${CLUSTER}/nodePools/default-pool`,
      `POST /v1/projects/${p}/serviceAccounts`,
      `POST /v1/projects/${p}:setIamPolicy`,
    ]);
    expect(first.io.outputs['gsa-email']).toBe(emailOf(p));
    expect(first.io.outputs.changed).toBe('true');

    // gcloud waited for the node pool operation: it polled it until DONE before going on
    expect(
      emu.requests().filter((r) => r.method === 'GET' && r.path.includes('/operations/')).length,
    ).toBeGreaterThanOrEqual(4);
    expect(first.io.warnings().join('\n')).toContain('re-creates its nodes');

    emu.clearRequests();
    const second = await runSetupWi(p);
    expect(second.io.failed).toBeUndefined();
    expect(emu.mutatingRequests()).toEqual([]);
    expect(emu.requests().length).toBeGreaterThan(0);
    expect(second.io.outputs.changed).toBe('false');
    // ~14 real gcloud calls plus operation polls: more than the file's default on a loaded runner
  }, 300_000);

  it('finishes a half-done project, writing only what is missing', async () => {
    const p = 'wi-half-done';
    seedProject(p, { pool: true, gsa: true, roles: [ROLES[0] ?? ''] });
    const { io } = await runSetupWi(p);
    expect(io.failed).toBeUndefined();
    expect(emu.mutatingRequests().map(line)).toEqual([`POST /v1/projects/${p}:setIamPolicy`]);
    expect(rolesOf(p)).toEqual([...ROLES].sort());
  });

  it('makes zero mutating requests in dry-run and changes nothing', async () => {
    const p = 'wi-dry-run-project';
    seedProject(p);
    const before = JSON.stringify(emu.state.projectPolicy(p));
    const { io } = await runSetupWi(p, { 'dry-run': 'true', 'update-node-pools': 'true' });
    expect(io.failed).toBeUndefined();
    expect(emu.mutatingRequests()).toEqual([]);
    expect(emu.state.serviceAccounts.has(emailOf(p))).toBe(false);
    expect(emu.state.cluster(p, LOCATION, CLUSTER)?.workloadIdentityConfig).toBeUndefined();
    expect(JSON.stringify(emu.state.projectPolicy(p))).toBe(before);
    expect(io.summary).toContain('dry run');
  });

  it('fails before any write when a node pool is on the node metadata, naming the pool and the command', async () => {
    const p = 'wi-legacy-pool';
    emu.state.addProject(p, 720001);
    emu.state.addCluster(p, LOCATION, CLUSTER, {
      nodePools: [
        {
          name: 'legacy-pool',
          config: { workloadMetadataConfig: { mode: 'GCE_METADATA' } },
          status: 'RUNNING',
        },
      ],
    });
    const { io } = await runSetupWi(p);
    expect(io.failed).toContain('legacy-pool (workload metadata GCE_METADATA)');
    expect(io.failed).toContain(
      `gcloud container node-pools update legacy-pool --cluster=${CLUSTER} --location=${LOCATION} --project=${p} --workload-metadata=GKE_METADATA`,
    );
    expect(emu.mutatingRequests()).toEqual([]);
    expect(emu.state.cluster(p, LOCATION, CLUSTER)?.workloadIdentityConfig).toBeUndefined();
  });

  it('fails naming the cluster when gcloud answers 404 for it, mutating nothing', async () => {
    const p = 'wi-no-cluster';
    emu.state.addProject(p, 710001);
    const { io } = await runSetupWi(p);
    expect(io.failed).toContain(`cluster ${CLUSTER} was not found in ${LOCATION}`);
    expect(emu.mutatingRequests()).toEqual([]);
  });

  it('[F16] waits out "does not exist" on the grant right after creating the GSA', async () => {
    const p = 'wi-propagation';
    seedProject(p, { pool: true });
    emu.inject({
      method: 'POST',
      path: new RegExp(`^/v1/projects/${p}:setIamPolicy$`),
      status: 404,
      body: {
        error: {
          code: 404,
          message: `Service account ${emailOf(p)} does not exist.`,
          status: 'NOT_FOUND',
        },
      },
    });
    const { io, clock } = await runSetupWi(p, {}, false);
    expect(io.failed).toBeUndefined();
    expect(setPolicyCalls(p)).toHaveLength(2);
    expect(rolesOf(p)).toEqual([...ROLES].sort());
    // The propagation budget (10 attempts), not the 5 of a plain transient error.
    expect(io.warnings().join('\n')).toMatch(/attempt 1\/10 failed .*set-iam-policy/);
    expect(clock.sleeps).toHaveLength(1);
  });

  it('[F17] redoes the whole read-modify-write on an etag conflict and keeps the other writer’s binding', async () => {
    const p = 'wi-etag-conflict';
    seedProject(p, { pool: true, gsa: true });
    const other = { role: 'roles/viewer', members: ['user:other-writer@example.com'] };
    // Another writer changes the policy right after our read-modify-write read it (the 2nd
    // read; the 1st is observe), so our write carries a stale etag: the emulator's real etag
    // check answers 409 ABORTED, as IAM does.
    let reads = 0;
    emu.inject({
      method: 'POST',
      path: new RegExp(`^/v1/projects/${p}:getIamPolicy$`),
      status: 200,
      passThrough: true,
      times: 2,
      onHit: () => {
        reads += 1;
        if (reads !== 2) return;
        const policy = emu.state.projectPolicy(p);
        emu.state.writePolicy(policy, [...policy.bindings, other]);
      },
    });
    const { io } = await runSetupWi(p, {}, false);
    expect(io.failed).toBeUndefined();
    const policyReads = emu.requests().filter((r) => r.path === `/v1/projects/${p}:getIamPolicy`);
    // observe, first attempt, second attempt, verify
    expect(policyReads).toHaveLength(4);
    expect(setPolicyCalls(p)).toHaveLength(2);
    expect(emu.state.projectPolicy(p).bindings).toContainEqual(other);
    expect(rolesOf(p)).toEqual([...ROLES].sort());
    expect(io.warnings().join('\n')).toMatch(/attempt 1\/5 failed .*set-iam-policy/);
  });

  it('[F21] retries 429 RESOURCE_EXHAUSTED on setIamPolicy with growing backoff, then succeeds', async () => {
    const p = 'wi-rate-limited';
    seedProject(p, { pool: true, gsa: true });
    // gcloud does not re-send a 429 itself (it does a 5xx): our retry must.
    emu.inject({ method: 'POST', path: new RegExp(`${p}:setIamPolicy$`), status: 429, times: 2 });
    const { io, clock } = await runSetupWi(p, {}, false);
    expect(io.failed).toBeUndefined();
    expect(setPolicyCalls(p)).toHaveLength(3);
    expect(rolesOf(p)).toEqual([...ROLES].sort());
    expect(io.warnings().join('\n')).toMatch(/attempt 1\/5 failed .*RESOURCE_EXHAUSTED/);
    expect(io.warnings().join('\n')).toMatch(/attempt 2\/5 failed .*RESOURCE_EXHAUSTED/);
    // Backoff grows between attempts (jitter fixed by the FakeClock).
    expect(clock.sleeps).toHaveLength(2);
    expect(clock.sleeps[1]).toBeGreaterThan(clock.sleeps[0] ?? Infinity);
  });

  it('[F22] fails after N attempts when setIamPolicy answers 503 every time', async () => {
    const p = 'wi-unavailable';
    seedProject(p, { pool: true, gsa: true });
    emu.inject({
      method: 'POST',
      path: new RegExp(`${p}:setIamPolicy$`),
      status: 503,
      times: 1000,
    });
    const { io } = await runSetupWi(p, {}, false);
    expect(io.failed).toMatch(/503.*gave up after 5 attempts/s);
    // Five attempts of ours, each sent five times by gcloud.
    expect(setPolicyCalls(p)).toHaveLength(25);
    expect(rolesOf(p)).toEqual([]);
  });

  it('[F19] fails fast on 403 PERMISSION_DENIED from setIamPolicy, without a retry', async () => {
    const p = 'wi-forbidden';
    seedProject(p, { pool: true, gsa: true });
    emu.inject({
      method: 'POST',
      path: new RegExp(`${p}:setIamPolicy$`),
      status: 403,
      body: {
        error: {
          code: 403,
          message: `Policy update access denied.`,
          status: 'PERMISSION_DENIED',
        },
      },
    });
    const { io, clock } = await runSetupWi(p, {}, false);
    // gcloud's own wording of a 403 on a project, carrying the API's message.
    expect(io.failed).toContain('does not have permission to access projects instance');
    expect(io.failed).toContain('Policy update access denied.');
    expect(io.failed).not.toContain('attempts');
    expect(setPolicyCalls(p)).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
    expect(rolesOf(p)).toEqual([]);
  });

  it('[F15] adopts a GSA that another run created between observe and create (409)', async () => {
    const p = 'wi-sa-race';
    seedProject(p, { pool: true });
    emu.inject({
      method: 'POST',
      path: new RegExp(`^/v1/projects/${p}/serviceAccounts$`),
      status: 409,
      body: {
        error: {
          code: 409,
          message: `Service account ${GSA} already exists within project projects/${p}.`,
          status: 'ALREADY_EXISTS',
        },
      },
      onHit: () => emu.state.addServiceAccount(p, GSA, 'created by another run'),
    });
    const { io } = await runSetupWi(p, {}, false);
    expect(io.failed).toBeUndefined();
    expect(io.summary).toContain('adopted');
    expect(emu.state.serviceAccounts.get(emailOf(p))?.displayName).toBe('created by another run');
    expect(rolesOf(p)).toEqual([...ROLES].sort());
  });
});
