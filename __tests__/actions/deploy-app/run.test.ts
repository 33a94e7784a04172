import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FakeIO } from '../../../__fixtures__/io.js';
import { FakeClock } from '../../../__fixtures__/runner.js';
import { run } from '../../../src/actions/deploy-app/definition.js';
import { diffHeader, fakeKubectl, waitingPod } from '../../lib/k8s/fake-kubectl.js';

const APP = `apiVersion: apps/v1
kind: Deployment
metadata: {name: fastapi-backend}
spec:
  selector: {matchLabels: {app: backend}}
  template:
    metadata: {labels: {app: backend}}
    spec: {containers: [{name: backend, image: "gcr.io/p/fastapi-backend:v2"}]}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: react-frontend}
spec:
  selector: {matchLabels: {app: frontend}}
  template:
    metadata: {labels: {app: frontend}}
    spec: {containers: [{name: frontend, image: "gcr.io/p/react-frontend:v2"}]}
---
apiVersion: v1
kind: Service
metadata: {name: react-frontend-service}
spec:
  type: LoadBalancer
  selector: {app: frontend}
  ports: [{port: 80, targetPort: 3000}]
`;
const DB_URL = `postgresql://postgres:p4ss'"$!\\word@127.0.0.1:5432/job_db`;
const DIGEST = `@sha256:${'c'.repeat(64)}`;
const LB = (ip?: string) => ({
  spec: { type: 'LoadBalancer', ports: [{ port: 80 }] },
  status: { loadBalancer: ip ? { ingress: [{ ip }] } : {} },
});
const BACKEND_CHANGED = diffHeader('Deployment', 'apps', 'application', 'fastapi-backend', false);

let dir: string;
let http: Server;
let port: number;
let healthy = true;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'deploy-app-'));
  await writeFile(path.join(dir, 'app.yaml'), APP);
  http = createServer((req, res) => {
    res.statusCode = healthy && req.url === '/healthz' ? 200 : 503;
    res.end('ok');
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  port = (http.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((resolve) => http.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

const inputs = (extra: Record<string, string> = {}) => ({
  manifests: dir,
  'database-url': DB_URL,
  images: `backend=asia-southeast1-docker.pkg.dev/p/apps/fastapi-backend${DIGEST}`,
  ...extra,
});

describe('deploy-app run()', () => {
  it('fails on missing manifests before running anything', async () => {
    const io = new FakeIO({});
    const { runner } = fakeKubectl();
    await run({ io, runner, clock: new FakeClock() });
    expect(io.failed).toMatch(/^deploy-app: input "manifests": is required/);
    expect(runner.calls).toHaveLength(0);
  });

  it.each([
    [
      { images: 'nothing-like-this=x/y:1' },
      /input "images": nothing-like-this matched no container/,
    ],
    [
      { 'cloud-sql-instance': 'just-a-name' },
      /input "cloud-sql-instance": must be a Cloud SQL connection name/,
    ],
    [{ backend: 'api' }, /input "backend": no Deployment named "api"/],
    [{ 'smoke-path': 'healthz' }, /input "smoke-path": must be a path/],
    [{ 'address-timeout': 'soon' }, /input "address-timeout"/],
  ])('rejects %j before any command', async (extra, message) => {
    const io = new FakeIO(inputs(extra));
    const { runner } = fakeKubectl();
    await run({ io, runner, clock: new FakeClock() });
    expect(io.failed).toMatch(message);
    expect(runner.calls).toHaveLength(0);
  });

  it('[F32] [F53] deploys, waits for a late LB address, outputs it, warns about password and TLS', async () => {
    const io = new FakeIO(
      inputs({ 'cloud-sql-instance': 'alpine-figure-461007-i9:asia-southeast1:job-db' }),
    );
    const { runner, cluster } = fakeKubectl();
    // a first deploy: the database URL Secret is new, the backend changed
    cluster.diff =
      diffHeader('Secret', '', 'application', 'db-credentials', true) + BACKEND_CHANGED;
    cluster.deployments.set('application/fastapi-backend', {
      metadata: {
        name: 'fastapi-backend',
        annotations: { 'deployment.kubernetes.io/revision': '2' },
      },
    });
    cluster.services.set('application/react-frontend-service', [LB(), LB(), LB('34.1.2.3')]);
    const clock = new FakeClock();
    await run({ io, runner, clock }, { pollMs: 1000, addressPollMs: 10_000 });
    expect(io.failed).toBeUndefined();
    expect(io.outputs).toEqual({
      'external-ip': '34.1.2.3',
      url: 'http://34.1.2.3',
      changed: 'true',
      changes: expect.stringContaining(
        '{"resource":"Secret/application/db-credentials","action":"create","status":"done"',
      ),
      'rolled-back': 'false',
    });
    expect(clock.time).toBe(20_000);
    expect(io.warnings().join('\n')).toMatch(/database-url carries a password/);
    expect(io.warnings().join('\n')).toMatch(/plain HTTP/);
    expect(io.secrets).toContain(DB_URL);
    expect(cluster.applyStdin[0]).toContain(Buffer.from(DB_URL).toString('base64'));
    expect(cluster.applyStdin[0]).toContain('restartPolicy: Always');
    const argv = runner.calls.map((c) => c.args.join(' ')).join('\n');
    expect(argv).not.toContain('p4ss');
    expect(io.everything()).not.toContain('p4ss');
    expect(io.summary).toContain(`fastapi-backend${DIGEST}`);
  });

  it('[F54] fails after address-timeout with the Service events', async () => {
    const io = new FakeIO(inputs({ 'address-timeout': '1m' }));
    const { runner, cluster } = fakeKubectl();
    cluster.services.set('application/react-frontend-service', [LB()]);
    cluster.events = [
      {
        type: 'Warning',
        reason: 'SyncLoadBalancerFailed',
        message:
          'Error syncing load balancer: failed to ensure load balancer: quota FORWARDING_RULES exceeded',
        involvedObject: { kind: 'Service', name: 'react-frontend-service' },
      },
    ];
    await run({ io, runner, clock: new FakeClock() }, { addressPollMs: 10_000 });
    expect(io.failed).toMatch(/react-frontend-service got no load balancer address within 1m/);
    expect(io.failed).toContain('SyncLoadBalancerFailed');
    expect(io.summary).toContain('quota FORWARDING_RULES exceeded');
  });

  it('re-deploy with nothing changed: no apply, no rollout wait; the assigned address is reported', async () => {
    const io = new FakeIO(inputs());
    const { runner, cluster } = fakeKubectl();
    cluster.services.set('application/react-frontend-service', [LB('34.1.2.3')]);
    const clock = new FakeClock();
    await run({ io, runner, clock });
    expect(runner.mutations()).toHaveLength(0);
    expect(runner.lines().some((l) => l.includes('rollout'))).toBe(false);
    expect(clock.sleeps).toEqual([]);
    expect(io.outputs).toMatchObject({ changed: 'false', 'external-ip': '34.1.2.3' });
    // The plan the plan-comment action renders: every outcome, here all unchanged.
    const changes = JSON.parse(io.outputs.changes ?? '') as { status: string }[];
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.every((c) => c.status === 'unchanged')).toBe(true);
  });

  it('[F48] a progress-deadline failure undoes only the updated workload and sets rolled-back', async () => {
    const io = new FakeIO(inputs());
    const { runner, cluster } = fakeKubectl();
    cluster.diff = [
      BACKEND_CHANGED,
      diffHeader('Deployment', 'apps', 'application', 'react-frontend', true),
    ].join('\n');
    cluster.deployments.set('application/fastapi-backend', {
      metadata: {
        name: 'fastapi-backend',
        annotations: { 'deployment.kubernetes.io/revision': '7' },
      },
    });
    cluster.rollout.set('deployment/fastapi-backend', [
      'Waiting for rollout',
      'error: deployment "fastapi-backend" exceeded its progress deadline',
      'deployment "fastapi-backend" successfully rolled out',
    ]);
    await run({ io, runner, clock: new FakeClock() }, { pollMs: 1000 });
    expect(io.failed).toMatch(
      /deployment\/fastapi-backend in namespace application failed to roll out: .*exceeded its progress deadline/,
    );
    expect(io.failed).toMatch(/react-frontend was created by this run/);
    expect(runner.lines().filter((l) => l.includes('rollout undo'))).toEqual([
      'kubectl rollout undo deployment/fastapi-backend --namespace application --to-revision=7',
    ]);
    expect(io.outputs['rolled-back']).toBe('true');
  });

  it('a changed database-url restarts the backend through a marker, never a hash of the secret', async () => {
    const io = new FakeIO(inputs({ 'wait-for-address': 'false' }));
    const { runner, cluster } = fakeKubectl();
    cluster.diff = diffHeader('Secret', '', 'application', 'db-credentials', false);
    cluster.deployments.set('application/fastapi-backend', {
      metadata: {
        name: 'fastapi-backend',
        annotations: { 'deployment.kubernetes.io/revision': '3' },
      },
      spec: {
        template: {
          metadata: { annotations: { 'gke-data-platform/secrets-changed-at': 'before' } },
        },
      },
    });
    await run({ io, runner, clock: new FakeClock() });
    expect(io.failed).toBeUndefined();
    expect(cluster.applyStdin[0]).toContain(
      'gke-data-platform/secrets-changed-at: 1970-01-01T00:00:00.000Z',
    );
    expect(cluster.applyStdin[0]).not.toContain('checksum');
    expect(runner.lines()).toContain(
      'kubectl rollout status deployment/fastapi-backend --namespace application --watch=false',
    );
    expect(io.summary).toMatch(
      /Deployment\/application\/fastapi-backend.*a Secret it reads changed/,
    );
  });

  it('an unchanged run carries the live marker and applies nothing', async () => {
    const io = new FakeIO(inputs({ 'wait-for-address': 'false' }));
    const { runner, cluster } = fakeKubectl();
    cluster.deployments.set('application/fastapi-backend', {
      metadata: { name: 'fastapi-backend' },
      spec: {
        template: {
          metadata: { annotations: { 'gke-data-platform/secrets-changed-at': 'before' } },
        },
      },
    });
    let diffStdin = '';
    runner.on((spec) => {
      if (spec.args[0] === 'diff') diffStdin = spec.stdin ?? '';
      return undefined;
    });
    await run({ io, runner, clock: new FakeClock() });
    expect(diffStdin).toContain('gke-data-platform/secrets-changed-at: before');
    expect(runner.mutations()).toHaveLength(0);
  });

  it('rolled-back is false when the failed workload was new (nothing to return to)', async () => {
    const io = new FakeIO(inputs({ 'wait-for-address': 'false' }));
    const { runner, cluster } = fakeKubectl();
    cluster.diff = diffHeader('Deployment', 'apps', 'application', 'fastapi-backend', true);
    cluster.rollout.set('deployment/fastapi-backend', ['Waiting']);
    cluster.pods = [waitingPod('fastapi-backend-1', 'ErrImagePull')];
    await run({ io, runner, clock: new FakeClock() }, { pollMs: 1000 });
    expect(io.failed).toMatch(/ErrImagePull.*was created by this run/);
    expect(runner.lines().some((l) => l.includes('rollout undo'))).toBe(false);
    expect(io.outputs).toMatchObject({ changed: 'true', 'rolled-back': 'false' });
  });

  it('CrashLoopBackOff counts as fatal only past the restart threshold', async () => {
    const io = new FakeIO(inputs({ 'wait-for-address': 'false' }));
    const { runner, cluster } = fakeKubectl();
    cluster.diff = BACKEND_CHANGED;
    cluster.deployments.set('application/fastapi-backend', {
      metadata: { name: 'fastapi-backend' },
    });
    cluster.rollout.set('deployment/fastapi-backend', [
      'Waiting',
      'Waiting',
      'deployment "fastapi-backend" successfully rolled out',
    ]);
    cluster.pods = [waitingPod('fastapi-backend-1', 'CrashLoopBackOff', 1)];
    await run({ io, runner, clock: new FakeClock() }, { pollMs: 1000 });
    expect(io.failed).toBeUndefined();
    cluster.rollout.set('deployment/fastapi-backend', ['Waiting']);
    cluster.pods = [waitingPod('fastapi-backend-1', 'CrashLoopBackOff', 5)];
    const io2 = new FakeIO(inputs({ 'wait-for-address': 'false' }));
    await run({ io: io2, runner, clock: new FakeClock() }, { pollMs: 1000 });
    expect(io2.failed).toMatch(/CrashLoopBackOff.*5 restarts/);
    // Its live object had no revision annotation: a blind `undo` could revert someone else's change.
    expect(io2.failed).toContain(
      'had no recorded revision before this run, so it was not rolled back',
    );
    expect(runner.lines().some((l) => l.includes('rollout undo'))).toBe(false);
  });

  it('smoke check passes against a live server and fails clearly on 503', async () => {
    const make = () => {
      const { runner, cluster } = fakeKubectl();
      cluster.services.set('application/react-frontend-service', [
        {
          spec: { type: 'LoadBalancer', ports: [{ port }] },
          status: { loadBalancer: { ingress: [{ ip: '127.0.0.1' }] } },
        },
      ]);
      return runner;
    };
    healthy = true;
    const io = new FakeIO(inputs({ 'smoke-path': '/healthz' }));
    await run(
      { io, runner: make(), clock: new FakeClock() },
      { smokeAttempts: 3, smokeDelayMs: 1 },
    );
    expect(io.failed).toBeUndefined();
    expect(io.outputs.url).toBe(`http://127.0.0.1:${port}`);
    healthy = false;
    const io2 = new FakeIO(inputs({ 'smoke-path': '/healthz' }));
    const clock = new FakeClock();
    await run({ io: io2, runner: make(), clock }, { smokeAttempts: 3, smokeDelayMs: 1000 });
    expect(io2.failed).toContain(
      `smoke check failed: GET http://127.0.0.1:${port}/healthz did not answer 2xx/3xx after 3 attempts (last: HTTP 503)`,
    );
    expect(clock.sleeps).toEqual([1000, 1000]);
  });
});
