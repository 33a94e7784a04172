/**
 * deploy-app end to end: run() drives the REAL kubectl against the Kubernetes API emulator
 * (server-side diff and apply, rollout status/undo, pods, events, LoadBalancer status).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FakeIO } from '../../__fixtures__/io.js';
import type { CommandSpec } from '../../src/lib/exec/runner.js';
import { run } from '../../src/actions/deploy-app/definition.js';
import { decodeSecretData } from '../../src/lib/k8s/secrets.js';
import { startK8sEmulator, type K8sEmulator } from '../../test-support/k8s-emulator/index.js';
import { emulatorRunner } from '../lib/k8s/emulator-runner.js';

const NS = 'application';
const REPO = 'asia-southeast1-docker.pkg.dev/alpine-figure-461007-i9/apps';
const digest = (c: string) => `@sha256:${c.repeat(64)}`;
const DB_URL = `postgresql://postgres:p4"ss'w$rd!\\x@127.0.0.1:5432/job_db?opt=a b`;
const FAST = { pollMs: 100, addressPollMs: 100, smokeAttempts: 3, smokeDelayMs: 50 };

const manifests = (servicePort = 80) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: fastapi-backend}
spec:
  replicas: 1
  selector: {matchLabels: {app: backend}}
  template:
    metadata: {labels: {app: backend}}
    spec:
      containers:
        - name: backend
          image: gcr.io/p/fastapi-backend:v2
          ports: [{containerPort: 8000}]
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: react-frontend}
spec:
  replicas: 1
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
  ports: [{port: ${servicePort}, targetPort: 3000}]
`;

let emu: K8sEmulator;
let dir: string;

async function deploy(
  inputs: Record<string, string>,
  ns = NS,
  beforeRun?: (spec: CommandSpec) => void,
) {
  const io = new FakeIO({
    namespace: ns,
    manifests: path.join(dir, 'app'),
    'database-url': DB_URL,
    'cloud-sql-instance': 'alpine-figure-461007-i9:asia-southeast1:job-db',
    'address-timeout': '20s',
    timeout: '60s',
    ...inputs,
  });
  const tmp = await mkdtemp(path.join(tmpdir(), 'kubectl-tmp-'));
  const runner = await emulatorRunner(io, emu, tmp);
  runner.beforeRun = beforeRun;
  const started = Date.now();
  await run({ io, runner }, FAST);
  const leftovers = await readdir(tmp);
  await rm(tmp, { recursive: true, force: true });
  return { io, runner, elapsed: Date.now() - started, leftovers };
}

const images = (b: string, f = 'f') =>
  `fastapi-backend=${REPO}/fastapi-backend${digest(b)}\nreact-frontend=${REPO}/react-frontend${digest(f)}`;

const backendImage = (ns = NS): string | undefined => {
  const d = emu.get('apps/v1', 'Deployment', 'fastapi-backend', ns) as
    { spec: { template: { spec: { containers: { image: string }[] } } } } | undefined;
  return d?.spec.template.spec.containers[0]?.image;
};

function expectNoSecret(io: FakeIO, argv: string): void {
  for (const form of ['p4"ss', Buffer.from(DB_URL).toString('base64')]) {
    expect(argv).not.toContain(form);
    expect(io.everything()).not.toContain(form);
  }
}

beforeAll(async () => {
  emu = await startK8sEmulator();
  dir = await mkdtemp(path.join(tmpdir(), 'deploy-app-int-'));
  await rm(path.join(dir, 'app'), { recursive: true, force: true });
  await import('node:fs/promises').then((fs) => fs.mkdir(path.join(dir, 'app')));
  await writeFile(path.join(dir, 'app', 'app.yaml'), manifests());
  for (const ns of [NS, 'lb-never', 'smoke', 'forbidden']) {
    emu.put({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } });
  }
  emu.setLoadBalancer(NS, 'react-frontend-service', { ip: '34.87.1.2', afterMs: 400 });
});
afterAll(async () => {
  await emu?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('deploy-app against the Kubernetes API emulator (real kubectl)', () => {
  it('[F32] [F33] [F37] [F53] first deploy: applied, secret byte-exact, sidecar, late LB address', async () => {
    const { io, runner, leftovers } = await deploy({ images: images('a') });
    expect(io.failed).toBeUndefined();
    expect(io.outputs).toEqual({
      'external-ip': '34.87.1.2',
      url: 'http://34.87.1.2',
      changed: 'true',
      changes: expect.stringContaining('"resource":"Secret/application/db-credentials"'),
      'rolled-back': 'false',
    });
    const secret = emu.get('v1', 'Secret', 'db-credentials', NS) as {
      data: Record<string, string>;
      metadata: { annotations?: Record<string, string> };
    };
    expect(decodeSecretData(secret)['database-url']).toBe(DB_URL);
    expect(JSON.stringify(secret.metadata.annotations ?? {})).not.toContain('last-applied');
    const backend = emu.get('apps/v1', 'Deployment', 'fastapi-backend', NS) as {
      spec: {
        template: {
          spec: {
            serviceAccountName: string;
            initContainers: { name: string; restartPolicy: string }[];
          };
        };
      };
    };
    expect(backend.spec.template.spec.initContainers[0]).toMatchObject({
      name: 'cloud-sql-proxy',
      restartPolicy: 'Always',
    });
    expect(backend.spec.template.spec.serviceAccountName).toBe('fastapi-backend-ksa');
    expect(backendImage()).toBe(`${REPO}/fastapi-backend${digest('a')}`);
    expect(
      runner.calls
        .filter((c) => c.mutating)
        .every((c) => c.stdin !== undefined && !c.args.some((a) => a.includes('postgres'))),
    ).toBe(true);
    expectNoSecret(io, runner.argv());
    expect(leftovers).toEqual([]);
  });

  it('re-deploy with nothing changed: no writes, no rollout wait', async () => {
    emu.clearRequests();
    const { io, runner } = await deploy({ images: images('a') });
    expect(io.failed).toBeUndefined();
    expect(emu.mutatingRequests()).toEqual([]);
    expect(runner.calls.filter((c) => c.mutating)).toEqual([]);
    expect(runner.argv()).not.toContain('rollout');
    expect(io.outputs).toMatchObject({ changed: 'false', 'external-ip': '34.87.1.2' });
  });

  it('a new image digest rolls out the backend only', async () => {
    const { io, runner } = await deploy({ images: images('b') });
    expect(io.failed).toBeUndefined();
    expect(backendImage()).toBe(`${REPO}/fastapi-backend${digest('b')}`);
    const statuses = runner.calls.filter((c) => c.args[0] === 'rollout').map((c) => c.args[2]);
    expect([...new Set(statuses)]).toEqual(['deployment/fastapi-backend']);
    expect(io.outputs.changed).toBe('true');
  });

  it('[F49] ImagePullBackOff fails fast, undoes the backend and reports reasons and events', async () => {
    emu.setWorkloadBehaviour(NS, 'fastapi-backend', { kind: 'image-pull-backoff' });
    const { io, runner, elapsed } = await deploy({ images: images('c'), timeout: '5m' });
    expect(io.failed).toMatch(
      /deployment\/fastapi-backend in namespace application failed to roll out: ImagePullBackOff/,
    );
    expect(io.failed).toContain('rolled back deployment/fastapi-backend');
    expect(elapsed).toBeLessThan(30_000);
    expect(runner.argv()).toContain(
      'rollout undo deployment/fastapi-backend --namespace application --to-revision=',
    );
    expect(backendImage()).toBe(`${REPO}/fastapi-backend${digest('b')}`);
    expect(io.outputs['rolled-back']).toBe('true');
    expect(io.summary).toContain('ImagePullBackOff');
    expect(io.summary).toMatch(/Recent events for fastapi-backend/);
    expectNoSecret(io, runner.argv());
    emu.setWorkloadBehaviour(NS, 'fastapi-backend', { kind: 'ready' });
    // The next run with the good image converges again (the undo left our applied config behind).
    const again = await deploy({ images: images('b') });
    expect(again.io.failed).toBeUndefined();
    expect((await deploy({ images: images('b') })).io.outputs.changed).toBe('false');
  });

  it('[F48] a progress-deadline failure is undone and named', async () => {
    emu.setWorkloadBehaviour(NS, 'react-frontend', { kind: 'progress-deadline' });
    const { io, runner } = await deploy({ images: images('b', 'e') });
    expect(io.failed).toMatch(
      /deployment\/react-frontend in namespace application failed to roll out: .*progress deadline/,
    );
    expect(runner.argv()).toContain('rollout undo deployment/react-frontend');
    expect(runner.argv()).not.toContain('rollout undo deployment/fastapi-backend');
    emu.setWorkloadBehaviour(NS, 'react-frontend', { kind: 'ready' });
  });

  it('[F54] a LoadBalancer that never gets an address fails with the Service events', async () => {
    const { io } = await deploy({ images: images('a'), 'address-timeout': '1s' }, 'lb-never');
    expect(io.failed).toMatch(
      /service lb-never\/react-frontend-service got no load balancer address within 1s/,
    );
    expect(io.summary).toContain('Events for service react-frontend-service');
  });

  it('[F34] an existing secret is updated in place, with no last-applied annotation', async () => {
    emu.put({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'db-credentials', namespace: 'lb-never' },
      type: 'Opaque',
      data: { 'database-url': Buffer.from('old').toString('base64') },
    });
    const before = emu.get('v1', 'Secret', 'db-credentials', 'lb-never') as {
      metadata: { uid: string };
    };
    await deploy({ images: images('a'), 'wait-for-address': 'false' }, 'lb-never');
    const after = emu.get('v1', 'Secret', 'db-credentials', 'lb-never') as {
      data: Record<string, string>;
      metadata: { uid: string; annotations?: Record<string, string> };
    };
    expect(after.metadata.uid).toBe(before.metadata.uid);
    expect(decodeSecretData(after)['database-url']).toBe(DB_URL);
    expect(
      after.metadata.annotations?.['kubectl.kubernetes.io/last-applied-configuration'],
    ).toBeUndefined();
  });

  it('smoke check passes against a live server and fails clearly when it answers 503', async () => {
    let healthy = true;
    const server: Server = createServer((req, res) => {
      res.statusCode = healthy && req.url === '/healthz' ? 200 : 503;
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const port = (server.address() as AddressInfo).port;
      await writeFile(path.join(dir, 'smoke.yaml'), manifests(port));
      emu.setLoadBalancer('smoke', 'react-frontend-service', { ip: '127.0.0.1' });
      const ok = await deploy(
        { images: images('a'), manifests: path.join(dir, 'smoke.yaml'), 'smoke-path': '/healthz' },
        'smoke',
      );
      expect(ok.io.failed).toBeUndefined();
      expect(ok.io.outputs.url).toBe(`http://127.0.0.1:${port}`);
      healthy = false;
      const bad = await deploy(
        { images: images('a'), manifests: path.join(dir, 'smoke.yaml'), 'smoke-path': '/healthz' },
        'smoke',
      );
      expect(bad.io.failed).toMatch(
        /smoke check failed: GET http:\/\/127\.0\.0\.1:\d+\/healthz did not answer 2xx\/3xx after 3 attempts \(last: HTTP 503\)/,
      );
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('[F36] a forbidden apply fails without the manifest or the secret in the text', async () => {
    const forbid = (spec: CommandSpec): void => {
      if (spec.args[0] === 'apply') {
        emu.inject({
          method: 'PATCH',
          path: /\/namespaces\/forbidden\/secrets\/db-credentials$/,
          status: 403,
        });
      }
    };
    const { io, runner } = await deploy(
      { images: images('a'), 'wait-for-address': 'false' },
      'forbidden',
      forbid,
    );
    expect(io.failed).toMatch(/kubectl apply .* failed \(exit 1\): .*[Ff]orbidden/);
    expect(io.failed).not.toMatch(/apiVersion|database-url:|cloud-sql-proxy|postgres/);
    expect(runner.calls.filter((c) => c.args[0] === 'apply')).toHaveLength(1);
    expectNoSecret(io, runner.argv());
  });

  it('[F36] a forbidden dry-run (RBAC on the diff) fails the same way, before any write', async () => {
    emu.clearRequests();
    emu.inject({
      method: 'PATCH',
      path: /\/namespaces\/forbidden\/secrets\/db-credentials$/,
      status: 403,
    });
    const { io, runner } = await deploy(
      { images: images('b'), 'wait-for-address': 'false' },
      'forbidden',
    );
    expect(io.failed).toMatch(/kubectl diff .*[Ff]orbidden/);
    expect(emu.mutatingRequests()).toEqual([]);
    expectNoSecret(io, runner.argv());
  });

  it('[F50] a transient 503 on the apply itself is retried', async () => {
    let injected = false;
    const { io, runner } = await deploy(
      { images: images('d'), manifests: path.join(dir, 'smoke.yaml'), 'wait-for-address': 'false' },
      'smoke',
      (spec) => {
        // The fault goes in only when the apply starts, so the diff before it is not hit.
        if (spec.args[0] === 'apply' && !injected) {
          injected = true;
          emu.inject({
            method: 'PATCH',
            path: /\/namespaces\/smoke\/deployments\/fastapi-backend$/,
            status: 503,
            times: 2,
          });
        }
      },
    );
    expect(io.failed).toBeUndefined();
    expect(runner.calls.filter((c) => c.args[0] === 'apply').length).toBeGreaterThan(1);
    expect(io.warnings().join('\n')).toMatch(/apply .*attempt 1\/5 failed/);
    expect(backendImage('smoke')).toBe(`${REPO}/fastapi-backend${digest('d')}`);
  });

  it('[F51] a missing namespace fails naming it, with no writes', async () => {
    emu.clearRequests();
    const { io } = await deploy({ images: images('a') }, 'no-such-ns');
    expect(io.failed).toMatch(/namespace "no-such-ns" does not exist/);
    expect(emu.mutatingRequests()).toEqual([]);
  });
  // Last: the injected faults are not withdrawn.
  it('[F52] a token the API server refuses fails with a hint to re-authenticate', async () => {
    emu.inject({ path: /./, status: 401, times: 100 });
    const { io } = await deploy({ images: images('a') });
    expect(io.failed).toMatch(/Unauthorized|logged in/);
    expect(io.failed).toMatch(/get-gke-credentials again/);
  });
});
