/**
 * Both emulators enforce who is calling, as Google and Kubernetes do, through the REAL gcloud
 * and kubectl: a read-only planner can read and is refused every write (a dry run included)
 * and every Secret read, with the services' own error texts; every request is recorded with
 * its caller so the pipeline test can prove the plan wrote nothing and read no Secret.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { spawn } from 'node:child_process';
import {
  READ_ONLY_PERMISSIONS,
  startGcpEmulator,
  type GcpEmulator,
} from '../../test-support/gcp-emulator/index.js';
import { startK8sEmulator, type K8sEmulator } from '../../test-support/k8s-emulator/index.js';
import {
  APP_GCP_PERMISSIONS,
  appRules,
  VIEW_RULES,
} from '../../test-support/pipeline/identities.js';

jest.setTimeout(120_000);

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

function run(
  cmd: string,
  args: string[],
  env: Record<string, string>,
  stdin = '',
): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

const P = 'ident-proj';
let gcp: GcpEmulator;
let k8s: K8sEmulator;
let planner: { gcloud: Record<string, string>; kube: Record<string, string> };
let app: { gcloud: Record<string, string>; kube: Record<string, string> };

const DEPLOY = JSON.stringify({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'app' },
  spec: {
    replicas: 1,
    selector: { matchLabels: { app: 'web' } },
    template: {
      metadata: { labels: { app: 'web' } },
      spec: { containers: [{ name: 'web', image: 'nginx:1.27' }] },
    },
  },
});

beforeAll(async () => {
  gcp = await startGcpEmulator();
  gcp.state.addProject(P, 777);
  k8s = await startK8sEmulator();
  k8s.put({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'app' } });
  k8s.put({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'other' } });
  k8s.put({
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: 'db', namespace: 'app' },
    stringData: { url: 'postgres://secret-value' },
  });
  planner = {
    gcloud: await gcp.addIdentity('planner', READ_ONLY_PERMISSIONS),
    kube: await k8s.addUser('planner', VIEW_RULES),
  };
  app = {
    gcloud: await gcp.addIdentity('app-deployer', APP_GCP_PERMISSIONS),
    kube: await k8s.addUser('app-deployer', appRules('app')),
  };
});

afterAll(async () => {
  await Promise.allSettled([gcp?.stop(), k8s?.stop()]);
});

describe('Kubernetes RBAC by user', () => {
  it('a viewer reads workloads but every write is Forbidden with the API server text', async () => {
    await run('kubectl', ['apply', '--server-side', '-f', '-'], k8s.env, DEPLOY);
    k8s.clearRequests();
    const get = await run(
      'kubectl',
      ['get', 'deployment', 'web', '-n', 'app', '-o', 'name'],
      planner.kube,
    );
    expect([get.code, get.stdout.trim()]).toEqual([0, 'deployment.apps/web']);
    const apply = await run('kubectl', ['apply', '--server-side', '-f', '-'], planner.kube, DEPLOY);
    expect(apply.code).toBe(1);
    expect(apply.stderr).toContain(
      'Error from server (Forbidden): deployments.apps "web" is forbidden: User "planner" cannot patch resource "deployments" in API group "apps" in the namespace "app"',
    );
    expect(k8s.requests().filter((r) => r.user === 'planner' && r.method === 'PATCH')).toHaveLength(
      1,
    );
  });

  it('a dry run is authorised like the real request: server dry-run apply and diff --server-side are refused [api-concepts#dry-run]', async () => {
    const dry = await run(
      'kubectl',
      ['apply', '--server-side', '--dry-run=server', '-f', '-'],
      planner.kube,
      DEPLOY,
    );
    expect(dry.code).toBe(1);
    expect(dry.stderr).toContain('cannot patch resource "deployments"');
    const diff = await run('kubectl', ['diff', '--server-side', '-f', '-'], planner.kube, DEPLOY);
    // kubectl diff: 0 no differences, 1 differences, >1 kubectl itself failed
    expect(diff.code).toBeGreaterThan(1);
    expect(diff.stderr).toContain('forbidden');
    const admin = await run('kubectl', ['diff', '--server-side', '-f', '-'], k8s.env, DEPLOY);
    expect(admin.code).toBe(0);
  });

  it('Secret data needs get on secrets: the viewer is refused, and only real reads count as Secret reads', async () => {
    k8s.clearRequests();
    const denied = await run(
      'kubectl',
      ['get', 'secret', 'db', '-n', 'app', '-o', 'json'],
      planner.kube,
    );
    expect(denied.code).toBe(1);
    expect(denied.stderr).toContain(
      'secrets "db" is forbidden: User "planner" cannot get resource "secrets" in API group "" in the namespace "app"',
    );
    expect(k8s.secretReads()).toEqual([]);
    const list = await run('kubectl', ['get', 'secrets', '-A'], planner.kube);
    expect(list.stderr).toContain(
      'cannot list resource "secrets" in API group "" at the cluster scope',
    );
    expect(k8s.secretReads()).toEqual([]);
    const read = await run('kubectl', ['get', 'secret', 'db', '-n', 'app', '-o', 'json'], k8s.env);
    expect(read.code).toBe(0);
    expect(k8s.secretReads().map((r) => [r.user, r.verb, r.path])).toEqual([
      ['emulator-admin', 'get', '/api/v1/namespaces/app/secrets/db'],
    ]);
  });

  it('namespaced rules: the app deployer writes in its namespace only', async () => {
    const mine = await run('kubectl', ['apply', '--server-side', '-f', '-'], app.kube, DEPLOY);
    expect([mine.code, mine.stderr]).toEqual([0, '']);
    const elsewhere = await run(
      'kubectl',
      ['apply', '--server-side', '-f', '-'],
      app.kube,
      DEPLOY.replace('"namespace":"app"', '"namespace":"other"'),
    );
    expect(elsewhere.stderr).toContain(
      'cannot patch resource "deployments" in API group "apps" in the namespace "other"',
    );
    const del = await run('kubectl', ['delete', 'deployment', 'web', '-n', 'app'], app.kube);
    expect(del.stderr).toContain('cannot delete resource "deployments"');
  });
});

describe('Google APIs by access token', () => {
  it('the planner reads (describe, IAM policy) but a write is 403 PERMISSION_DENIED, which gcloud reports', async () => {
    gcp.clearRequests();
    const read = await run(
      'gcloud',
      ['projects', 'get-iam-policy', P, '--format=json'],
      planner.gcloud,
    );
    expect(read.code).toBe(0);
    const create = await run(
      'gcloud',
      ['iam', 'service-accounts', 'create', 'new-sa', `--project=${P}`],
      planner.gcloud,
    );
    expect(create.code).not.toBe(0);
    expect(create.stderr).toContain("Permission 'iam.serviceAccounts.create' denied");
    expect(gcp.state.serviceAccounts.size).toBe(0);
    const byPlanner = gcp.requests().filter((r) => r.identity === 'planner');
    expect(byPlanner.map((r) => [r.method, r.status])).toEqual([
      ['POST', 200],
      ['POST', 403],
    ]);
  });

  it('the app deployer may read Artifact Registry but not create a bucket; the deployer may', async () => {
    const bucket = [
      'storage',
      'buckets',
      'create',
      'gs://ident-bucket',
      `--project=${P}`,
      '--location=EU',
    ];
    const refused = await run('gcloud', bucket, app.gcloud);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('storage.buckets.create');
    const repos = await run(
      'gcloud',
      [
        'artifacts',
        'repositories',
        'list',
        `--project=${P}`,
        '--location=europe-west1',
        '--format=json',
      ],
      app.gcloud,
    );
    expect([repos.code, repos.stderr]).toEqual([0, expect.any(String)]);
    const allowed = await run('gcloud', bucket, gcp.env);
    expect(allowed.code).toBe(0);
  });
});
