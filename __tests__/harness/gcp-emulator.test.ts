/**
 * The GCP emulator as the REAL gcloud sees it: gcloud builds the requests, formats the answers
 * and writes its own error texts; these tests pin what our actions will read from it.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { classifyFailure } from '../../src/lib/exec/classify.js';
import { startGcpEmulator, type GcpEmulator } from '../../test-support/gcp-emulator/index.js';

// Every step spawns the real gcloud (~1 s of CPU each); a loaded 2-core runner needs slack.
jest.setTimeout(120_000);

const P = 'harness-proj';
const SA = `deployer@${P}.iam.gserviceaccount.com`;

let emu: GcpEmulator;
let work: string;

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

function gcloud(...args: string[]): Promise<Result> {
  return new Promise((resolve) => {
    execFile(
      'gcloud',
      args,
      { env: { ...process.env, ...emu.env }, timeout: 60_000 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

async function gcloudJson<T>(...args: string[]): Promise<T> {
  const r = await gcloud(...args, '--format=json');
  if (r.code !== 0) throw new Error(`gcloud ${args.join(' ')} failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}

interface Policy {
  etag: string;
  bindings?: { role: string; members: string[] }[];
}

beforeAll(async () => {
  emu = await startGcpEmulator();
  emu.state.addProject(P, 424242);
  emu.state.addCluster(P, 'europe-west1', 'data', {});
  work = await mkdtemp(path.join(tmpdir(), 'gcp-harness-'));
});

afterAll(async () => {
  await emu.stop();
  await rm(work, { recursive: true, force: true });
});

describe('GCP emulator through the real gcloud', () => {
  it('answers a missing service account with gcloud’s own NOT_FOUND text', async () => {
    const r = await gcloud('iam', 'service-accounts', 'describe', SA, `--project=${P}`);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      '(gcloud.iam.service-accounts.describe) NOT_FOUND: Unknown service account',
    );
    expect(classifyFailure(r.code, r.stderr)).toBe('not-found');
    expect(emu.requests().at(-1)).toMatchObject({
      method: 'GET',
      path: `/v1/projects/-/serviceAccounts/${SA}`,
    });
  });

  it('creates a service account once, then describes it; a second create is a conflict', async () => {
    emu.clearRequests();
    const created = await gcloud(
      'iam',
      'service-accounts',
      'create',
      'deployer',
      `--project=${P}`,
      '--display-name=Deployer',
      '--quiet',
    );
    expect(created.stderr).toContain('Created service account [deployer]');
    const sa = await gcloudJson<{ email: string; displayName: string; projectId: string }>(
      'iam',
      'service-accounts',
      'describe',
      SA,
      `--project=${P}`,
    );
    expect(sa).toMatchObject({ email: SA, displayName: 'Deployer', projectId: P });
    const again = await gcloud(
      'iam',
      'service-accounts',
      'create',
      'deployer',
      `--project=${P}`,
      '--quiet',
    );
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists within project projects\/harness-proj/);
    expect(emu.mutatingRequests().map((r) => `${r.method} ${r.path}`)).toEqual([
      `POST /v1/projects/${P}/serviceAccounts`,
      `POST /v1/projects/${P}/serviceAccounts`,
    ]);
  });

  it('adds a project binding by get-iam-policy / set-iam-policy and refuses a stale etag', async () => {
    const policy = await gcloudJson<Policy>('projects', 'get-iam-policy', P);
    const role = 'roles/logging.logWriter';
    const file = path.join(work, 'policy.json');
    const updated = {
      ...policy,
      bindings: [...(policy.bindings ?? []), { role, members: [`serviceAccount:${SA}`] }],
    };
    await writeFile(file, JSON.stringify(updated));
    emu.clearRequests();
    const written = await gcloudJson<Policy>('projects', 'set-iam-policy', P, file, '--quiet');
    expect(written.bindings).toContainEqual({ role, members: [`serviceAccount:${SA}`] });
    expect(written.etag).not.toBe(policy.etag);
    expect(emu.state.projectPolicy(P).bindings.find((b) => b.role === role)?.members).toEqual([
      `serviceAccount:${SA}`,
    ]);
    // The reads gcloud sends as POST :getIamPolicy do not count as mutations.
    expect(emu.mutatingRequests().map((r) => r.path)).toEqual([`/v1/projects/${P}:setIamPolicy`]);

    // Writing again with the etag read before the first write: IAM's 409 ABORTED.
    const stale = await gcloud('projects', 'set-iam-policy', P, file, '--quiet', '--format=json');
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain('There were concurrent policy changes');
    expect(classifyFailure(stale.code, stale.stderr)).toBe('conflict');
  });

  it('refuses a binding for a service account that does not exist', async () => {
    const r = await gcloud(
      'projects',
      'add-iam-policy-binding',
      P,
      `--member=serviceAccount:ghost@${P}.iam.gserviceaccount.com`,
      '--role=roles/viewer',
      '--condition=None',
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `INVALID_ARGUMENT: Service account ghost@${P}.iam.gserviceaccount.com does not exist.`,
    );
  });

  it('models IAM propagation: a just-created account "does not exist" for the next policy write', async () => {
    emu.state.iamPropagationChecks = 1;
    const create = await gcloud(
      'iam',
      'service-accounts',
      'create',
      'fresh-one',
      `--project=${P}`,
      '--quiet',
    );
    emu.state.iamPropagationChecks = 0;
    expect(create.code).toBe(0);
    const bind = [
      'projects',
      'add-iam-policy-binding',
      P,
      `--member=serviceAccount:fresh-one@${P}.iam.gserviceaccount.com`,
      '--role=roles/viewer',
      '--condition=None',
      '--format=json',
    ];
    const early = await gcloud(...bind);
    expect(early.stderr).toContain(
      `INVALID_ARGUMENT: Service account fresh-one@${P}.iam.gserviceaccount.com does not exist.`,
    );
    expect(classifyFailure(early.code, early.stderr)).toBe('not-found');
    expect((await gcloud(...bind)).code).toBe(0);
  });

  it('creates a bucket that gcloud describes in its own field names', async () => {
    const created = await gcloud(
      'storage',
      'buckets',
      'create',
      'gs://harness-logs',
      `--project=${P}`,
      '--location=europe-west1',
      '--uniform-bucket-level-access',
      '--public-access-prevention',
    );
    expect(created.code).toBe(0);
    const bucket = await gcloudJson<Record<string, unknown>>(
      'storage',
      'buckets',
      'describe',
      'gs://harness-logs',
    );
    expect(bucket).toMatchObject({
      name: 'harness-logs',
      location: 'EUROPE-WEST1',
      uniform_bucket_level_access: true,
      public_access_prevention: 'enforced',
      storage_url: 'gs://harness-logs/',
    });
    expect(bucket).not.toHaveProperty('iamConfiguration');
  });

  it('refuses a stale bucket policy etag with 412, read by our classifier as a conflict', async () => {
    const policy = await gcloudJson<Policy>(
      'storage',
      'buckets',
      'get-iam-policy',
      'gs://harness-logs',
    );
    const file = path.join(work, 'bucket-policy.json');
    await writeFile(file, JSON.stringify(policy));
    expect(
      (await gcloud('storage', 'buckets', 'set-iam-policy', 'gs://harness-logs', file)).code,
    ).toBe(0);
    // The same file again: its etag is now stale.
    const stale = await gcloud('storage', 'buckets', 'set-iam-policy', 'gs://harness-logs', file);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain('HTTPError 412: Precondition Failed');
    expect(classifyFailure(stale.code, stale.stderr)).toBe('conflict');
  });

  it('answers 403 for a bucket held by another project and 409 when creating its name', async () => {
    emu.state.addBucket({ name: 'taken-name', project: 'someone-else' });
    const described = await gcloud(
      'storage',
      'buckets',
      'describe',
      'gs://taken-name',
      '--format=json',
    );
    expect(described.code).toBe(1);
    expect(described.stderr).toContain('does not have storage.buckets.get access');
    // Our classifier must read gcloud's 403 wording as a permission failure (never retried).
    expect(classifyFailure(described.code, described.stderr)).toBe('permission');
    const created = await gcloud(
      'storage',
      'buckets',
      'create',
      'gs://taken-name',
      `--project=${P}`,
    );
    expect(created.stderr).toContain('HTTPError 409: The requested bucket name is not available');
    expect(emu.state.buckets.get('taken-name')?.project).toBe('someone-else');
  });

  it('sets a cluster’s workload pool through an operation that gcloud waits for', async () => {
    emu.state.operationPolls = 2;
    const r = await gcloud(
      'container',
      'clusters',
      'update',
      'data',
      '--location=europe-west1',
      `--project=${P}`,
      `--workload-pool=${P}.svc.id.goog`,
      '--quiet',
    );
    emu.state.operationPolls = 0;
    expect(r.code).toBe(0);
    expect(emu.state.cluster(P, 'europe-west1', 'data')?.workloadIdentityConfig?.workloadPool).toBe(
      `${P}.svc.id.goog`,
    );
    const polls = emu.requests().filter((q) => q.method === 'GET' && /\/operations\//.test(q.path));
    expect(polls.length).toBeGreaterThanOrEqual(2);
    const cluster = await gcloudJson<{ workloadIdentityConfig?: { workloadPool?: string } }>(
      'container',
      'clusters',
      'describe',
      'data',
      '--location=europe-west1',
      `--project=${P}`,
    );
    expect(cluster.workloadIdentityConfig?.workloadPool).toBe(`${P}.svc.id.goog`);
  });

  it('creates an Artifact Registry repository once', async () => {
    const args = [
      'artifacts',
      'repositories',
      'create',
      'images',
      '--location=europe-west1',
      `--project=${P}`,
    ];
    expect((await gcloud(...args, '--repository-format=docker')).code).toBe(0);
    const repo = await gcloudJson<{ name: string; format: string }>(
      'artifacts',
      'repositories',
      'describe',
      'images',
      '--location=europe-west1',
      `--project=${P}`,
    );
    expect(repo).toMatchObject({
      name: `projects/${P}/locations/europe-west1/repositories/images`,
      format: 'DOCKER',
    });
    const again = await gcloud(...args, '--repository-format=docker');
    expect(again.stderr).toContain('ALREADY_EXISTS: the repository already exists');
  });

  it('shows an injected 429 in gcloud’s stderr; gcloud itself retries a 503 but not a 429', async () => {
    emu.clearRequests();
    emu.inject({ method: 'POST', path: /:getIamPolicy$/, status: 429 });
    const r = await gcloud('projects', 'get-iam-policy', P, '--format=json');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('RESOURCE_EXHAUSTED');
    expect(classifyFailure(r.code, r.stderr)).toBe('transient');
    expect(emu.requests()).toHaveLength(1);

    // gcloud re-sends on 5xx (five requests in all, its backoff scaled down by the emulator's env).
    emu.clearRequests();
    emu.inject({ method: 'POST', path: /:getIamPolicy$/, status: 503, times: 5 });
    const unavailable = await gcloud('projects', 'get-iam-policy', P, '--format=json');
    expect(unavailable.code).toBe(1);
    expect(unavailable.stderr).toContain("'status': 503");
    expect(classifyFailure(unavailable.code, unavailable.stderr)).toBe('transient');
    expect(emu.requests()).toHaveLength(5);
    emu.inject({ method: 'POST', path: /:getIamPolicy$/, status: 503 });
    expect((await gcloud('projects', 'get-iam-policy', P, '--format=json')).code).toBe(0);
    expect(emu.requests()).toHaveLength(7);
  });

  it('keeps a request log that a token file never appears in', async () => {
    const log = JSON.stringify(emu.requests());
    const token = (await readFile(emu.env.CLOUDSDK_AUTH_ACCESS_TOKEN_FILE ?? '', 'utf8')).trim();
    expect(log).not.toContain(token);
    expect(emu.requests().every((r) => r.path.startsWith('/'))).toBe(true);
  });
});
