/**
 * The Kubernetes API emulator, driven by the REAL kubectl: if kubectl's requests or its reading
 * of our answers drift from the real API server's, these fail.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { startK8sEmulator, type K8sEmulator } from '../../test-support/k8s-emulator/index.js';

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

let emu: K8sEmulator;

function kubectl(args: string[], stdin = ''): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn('kubectl', args, { env: { ...process.env, ...emu.env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

/** Reads a path out of parsed JSON. */
const dig = (value: unknown, ...keys: (string | number)[]): unknown =>
  keys.reduce<unknown>(
    (cur, key) =>
      cur !== null && typeof cur === 'object' ? (cur as Record<string, unknown>)[key] : undefined,
    value,
  );

const deployment = (
  name: string,
  ns: string,
  image: string,
  replicas = 2,
  extra: { env?: unknown[]; selectorApp?: string } = {},
): string =>
  JSON.stringify({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: ns },
    spec: {
      replicas,
      selector: { matchLabels: { app: extra.selectorApp ?? name } },
      template: {
        metadata: { labels: { app: name } },
        spec: {
          containers: [
            {
              name: 'app',
              image,
              ports: [{ containerPort: 8080 }],
              ...(extra.env ? { env: extra.env } : {}),
            },
          ],
        },
      },
    },
  });

const SSA = ['apply', '--server-side', '--field-manager=gke-data-platform', '-f', '-'];

beforeAll(async () => {
  emu = await startK8sEmulator();
  const ns = await kubectl(SSA, 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: apps\n');
  expect(ns.stderr).toBe('');
});

afterAll(async () => {
  await emu.stop();
});

describe('k8s emulator through the real kubectl', () => {
  it('answers a missing object with the API server NotFound text', async () => {
    const r = await kubectl(['get', 'serviceaccount', 'nobody', '-n', 'apps', '-o', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(
      'Error from server (NotFound): serviceaccounts "nobody" not found',
    );
    const dep = await kubectl(['get', 'deployment', 'nothing', '-n', 'apps']);
    expect(dep.stderr).toContain('deployments.apps "nothing" not found');
  });

  it('server-side apply from stdin creates, then a re-apply changes nothing', async () => {
    const sa =
      'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: runner\n  namespace: apps\n  annotations:\n    iam.gke.io/gcp-service-account: a@p.iam.gserviceaccount.com\n';
    const first = await kubectl(SSA, sa);
    expect(first.stdout.trim()).toBe('serviceaccount/runner serverside-applied');
    const created = emu.get('v1', 'ServiceAccount', 'runner', 'apps');
    const meta = created?.metadata as Record<string, unknown>;
    expect(meta.annotations).toEqual({
      'iam.gke.io/gcp-service-account': 'a@p.iam.gserviceaccount.com',
    });
    expect(meta.managedFields).toEqual([
      expect.objectContaining({ manager: 'gke-data-platform', operation: 'Apply' }),
    ]);
    const again = await kubectl(SSA, sa);
    expect(again.code).toBe(0);
    const after = emu.get('v1', 'ServiceAccount', 'runner', 'apps')?.metadata as Record<
      string,
      unknown
    >;
    expect(after.resourceVersion).toBe(meta.resourceVersion);
    // Dropping a field this manager applied removes it, as SSA does.
    await kubectl(
      SSA,
      'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: runner\n  namespace: apps\n',
    );
    const dropped = emu.get('v1', 'ServiceAccount', 'runner', 'apps')?.metadata as Record<
      string,
      unknown
    >;
    expect(dropped.annotations).toBeUndefined();
  });

  it('kubectl diff --server-side exits 0 without a change and 1 with one, storing nothing', async () => {
    const cm = (v: string): string =>
      JSON.stringify({
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'settings', namespace: 'apps' },
        data: { mode: v },
      });
    await kubectl(SSA, cm('a'));
    const diffArgs = ['diff', '--server-side', '--field-manager=gke-data-platform', '-f', '-'];
    const same = await kubectl(diffArgs, cm('a'));
    expect(same).toEqual({ code: 0, stdout: '', stderr: '' });
    const changed = await kubectl(diffArgs, cm('b'));
    expect(changed.code).toBe(1);
    expect(changed.stdout).toMatch(/-\s+mode: a\n\+\s+mode: b/);
    expect(
      (emu.get('v1', 'ConfigMap', 'settings', 'apps')?.data as Record<string, string>).mode,
    ).toBe('a');
  });

  it('rollout status succeeds for a ready Deployment and fails on the progress deadline', async () => {
    await kubectl(SSA, deployment('good', 'apps', 'img:1'));
    const ok = await kubectl([
      'rollout',
      'status',
      'deployment/good',
      '-n',
      'apps',
      '--timeout=20s',
    ]);
    expect(ok.stdout).toContain('deployment "good" successfully rolled out');
    expect(ok.code).toBe(0);

    emu.setWorkloadBehaviour('apps', 'stuck', { kind: 'progress-deadline' });
    await kubectl(SSA, deployment('stuck', 'apps', 'img:1'));
    const bad = await kubectl([
      'rollout',
      'status',
      'deployment/stuck',
      '-n',
      'apps',
      '--timeout=20s',
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('deployment "stuck" exceeded its progress deadline');
  });

  it('waits for a Deployment that becomes ready later (watch)', async () => {
    emu.setWorkloadBehaviour('apps', 'slow', { kind: 'ready', afterMs: 1500 });
    await kubectl(SSA, deployment('slow', 'apps', 'img:1'));
    const status = emu.get('apps/v1', 'Deployment', 'slow', 'apps')?.status as Record<
      string,
      unknown
    >;
    expect(status.readyReplicas).toBe(0);
    const r = await kubectl([
      'wait',
      '--for=condition=Available',
      'deployment/slow',
      '-n',
      'apps',
      '--timeout=20s',
    ]);
    expect(r.stdout.trim()).toBe('deployment.apps/slow condition met');
  });

  it('rollout undo restores the previous image; history lists the revisions', async () => {
    await kubectl(SSA, deployment('undo', 'apps', 'img:1'));
    emu.setWorkloadBehaviour('apps', 'undo', { kind: 'image-pull-backoff' });
    await kubectl(SSA, deployment('undo', 'apps', 'img:2'));
    const failing = await kubectl([
      'rollout',
      'status',
      'deployment/undo',
      '-n',
      'apps',
      '--timeout=2s',
    ]);
    expect(failing.code).toBe(1);
    const history = await kubectl(['rollout', 'history', 'deployment/undo', '-n', 'apps']);
    expect(history.stdout).toMatch(/REVISION\s+CHANGE-CAUSE\n1\s+<none>\n2\s+<none>/);
    const undo = await kubectl(['rollout', 'undo', 'deployment/undo', '-n', 'apps']);
    expect(undo.stdout.trim()).toBe('deployment.apps/undo rolled back');
    const dep = emu.get('apps/v1', 'Deployment', 'undo', 'apps');
    expect(dig(dep, 'spec', 'template', 'spec', 'containers', 0, 'image')).toBe('img:1');
    expect(dig(dep, 'metadata', 'annotations', 'deployment.kubernetes.io/revision')).toBe('3');
    const back = await kubectl([
      'rollout',
      'status',
      'deployment/undo',
      '-n',
      'apps',
      '--timeout=10s',
    ]);
    expect(back.code).toBe(0);
  });

  it('reports image pull failures on pods and as events', async () => {
    emu.setWorkloadBehaviour('apps', 'pull', { kind: 'image-pull-backoff' });
    await kubectl(SSA, deployment('pull', 'apps', 'registry.example/missing:1', 1));
    const pods = await kubectl(['get', 'pods', '-n', 'apps', '-l', 'app=pull']);
    expect(pods.stdout).toMatch(/pull-\w+-\w+\s+0\/1\s+ImagePullBackOff\s+0/);
    const events = await kubectl([
      'get',
      'events',
      '-n',
      'apps',
      '--field-selector',
      'type=Warning',
      '-o',
      'json',
    ]);
    const items = dig(JSON.parse(events.stdout), 'items') as unknown[];
    expect(items.map((e) => dig(e, 'message'))).toContainEqual(
      expect.stringContaining('Failed to pull image "registry.example/missing:1"'),
    );
    const table = await kubectl(['get', 'events', '-n', 'apps']);
    expect(table.stdout).toMatch(/LAST SEEN\s+TYPE\s+REASON\s+OBJECT\s+MESSAGE/);
  });

  it('reports crash loops and missing secrets in container statuses', async () => {
    emu.setWorkloadBehaviour('apps', 'crash', { kind: 'crash-loop', restarts: 4 });
    await kubectl(SSA, deployment('crash', 'apps', 'img:1', 1));
    const pods = await kubectl([
      'get',
      'pods',
      '-n',
      'apps',
      '-l',
      'app=crash',
      '-o',
      'jsonpath={.items[0].status.containerStatuses[0].state.waiting.reason} {.items[0].status.containerStatuses[0].restartCount}',
    ]);
    expect(pods.stdout).toBe('CrashLoopBackOff 4');
    emu.setWorkloadBehaviour('apps', 'cfg', { kind: 'create-container-config-error' });
    const env = [{ name: 'KEY', valueFrom: { secretKeyRef: { name: 'api-keys', key: 'k' } } }];
    await kubectl(SSA, deployment('cfg', 'apps', 'img:1', 1, { env }));
    const msg = await kubectl([
      'get',
      'pods',
      '-n',
      'apps',
      '-l',
      'app=cfg',
      '-o',
      'jsonpath={.items[0].status.containerStatuses[0].state.waiting.message}',
    ]);
    expect(msg.stdout).toBe('secret "api-keys" not found');
  });

  it('waits for a LoadBalancer address with a jsonpath condition', async () => {
    emu.setLoadBalancer('apps', 'web', { ip: '34.120.0.7', afterMs: 2500 });
    const svc = {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'web', namespace: 'apps' },
      spec: {
        type: 'LoadBalancer',
        selector: { app: 'good' },
        ports: [{ port: 80, targetPort: 8080 }],
      },
    };
    await kubectl(SSA, JSON.stringify(svc));
    const pending = await kubectl(['get', 'service', 'web', '-n', 'apps']);
    expect(pending.stdout).toMatch(/web\s+LoadBalancer\s+10\.96\.\d+\.\d+\s+<pending>\s+80\/TCP/);
    const r = await kubectl([
      'wait',
      '--for=jsonpath={.status.loadBalancer.ingress[0].ip}=34.120.0.7',
      'service/web',
      '-n',
      'apps',
      '--timeout=20s',
    ]);
    expect(r.stdout.trim()).toBe('service/web condition met');
    // A second apply keeps the address and changes nothing (defaults do not count as drift).
    const rv = (emu.get('v1', 'Service', 'web', 'apps')?.metadata as Record<string, unknown>)
      .resourceVersion;
    await kubectl(SSA, JSON.stringify(svc));
    expect(
      (emu.get('v1', 'Service', 'web', 'apps')?.metadata as Record<string, unknown>)
        .resourceVersion,
    ).toBe(rv);
  });

  it('runs Jobs to completion for kubectl wait --for=condition=complete', async () => {
    const job = {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name: 'migrate', namespace: 'apps' },
      spec: {
        template: { spec: { restartPolicy: 'Never', containers: [{ name: 'm', image: 'img:1' }] } },
      },
    };
    await kubectl(SSA, JSON.stringify(job));
    const r = await kubectl([
      'wait',
      '--for=condition=complete',
      'job/migrate',
      '-n',
      'apps',
      '--timeout=20s',
    ]);
    expect(r.stdout.trim()).toBe('job.batch/migrate condition met');
  });

  it("keeps a Job's pod template immutable, as the API server does (apache/airflow#27561)", async () => {
    // kubernetes pkg/apis/batch/validation/validation.go ValidateJobSpecUpdate: the template
    // of an existing Job cannot change; a new image needs the Job deleted and created again.
    const job = (image: string) => ({
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name: 'airflow-run-airflow-migrations', namespace: 'apps' },
      spec: {
        ttlSecondsAfterFinished: 300,
        template: { spec: { restartPolicy: 'OnFailure', containers: [{ name: 'm', image }] } },
      },
    });
    expect((await kubectl(SSA, JSON.stringify(job('img:1')))).code).toBe(0);
    // The same manifest again is fine (no change)...
    expect((await kubectl(SSA, JSON.stringify(job('img:1')))).code).toBe(0);
    // ...a new image is refused, through server-side apply and client-side apply alike.
    const ssa = await kubectl(SSA, JSON.stringify(job('img:2')));
    expect(ssa.code).not.toBe(0);
    expect(ssa.stderr).toMatch(
      /The Job "airflow-run-airflow-migrations" is invalid: spec\.template: Invalid value: .*field is immutable/,
    );
    const patch = await kubectl([
      'patch',
      'job',
      'airflow-run-airflow-migrations',
      '-n',
      'apps',
      '--type=json',
      '-p',
      '[{"op":"replace","path":"/spec/template/spec/containers/0/image","value":"img:2"}]',
    ]);
    expect(patch.stderr).toContain('field is immutable');
    // Deleted first, the new template is created and runs.
    expect(
      (await kubectl(['delete', 'job', 'airflow-run-airflow-migrations', '-n', 'apps'])).code,
    ).toBe(0);
    expect((await kubectl(SSA, JSON.stringify(job('img:2')))).code).toBe(0);
    const live = emu.get('batch/v1', 'Job', 'airflow-run-airflow-migrations', 'apps');
    expect(dig(live, 'spec', 'template', 'spec', 'containers', 0, 'image')).toBe('img:2');
  });

  it('rolls StatefulSets out', async () => {
    const sts = {
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: { name: 'db', namespace: 'apps' },
      spec: {
        replicas: 2,
        serviceName: 'db',
        selector: { matchLabels: { app: 'db' } },
        template: {
          metadata: { labels: { app: 'db' } },
          spec: { containers: [{ name: 'db', image: 'pg:16' }] },
        },
      },
    };
    await kubectl(SSA, JSON.stringify(sts));
    const r = await kubectl(['rollout', 'status', 'statefulset/db', '-n', 'apps', '--timeout=20s']);
    expect(r.stdout).toContain('partitioned roll out complete: 2 new pods have been updated');
    expect(emu.get('v1', 'Pod', 'db-1', 'apps')).toBeDefined();
  });

  it('rejects a Deployment whose selector does not match its template, as the API server does', async () => {
    const r = await kubectl(
      SSA,
      deployment('mismatch', 'apps', 'img:1', 1, { selectorApp: 'other' }),
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('`selector` does not match template `labels`');
  });

  it('fails a namespaced apply into a missing namespace', async () => {
    const r = await kubectl(
      SSA,
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  namespace: ghost\n',
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('namespaces "ghost" not found');
  });

  it('reports a field conflict with another manager unless forced', async () => {
    const cm = (v: string): string =>
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: shared\n  namespace: apps\ndata:\n  k: ${v}\n`;
    await kubectl(['apply', '--server-side', '--field-manager=helm', '-f', '-'], cm('one'));
    const r = await kubectl(SSA, cm('two'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('conflict with "helm"');
    const forced = await kubectl([...SSA, '--force-conflicts'], cm('two'));
    expect(forced.code).toBe(0);
    expect((emu.get('v1', 'ConfigMap', 'shared', 'apps')?.data as Record<string, string>).k).toBe(
      'two',
    );
  });

  it('server dry run stores nothing; client-side apply, scale, logs and namespace deletion work', async () => {
    const cm = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: dry\n  namespace: apps\n';
    const dry = await kubectl([...SSA.slice(0, -2), '--dry-run=server', '-f', '-'], cm);
    expect(dry.stdout.trim()).toBe('configmap/dry serverside-applied (server dry run)');
    expect(emu.get('v1', 'ConfigMap', 'dry', 'apps')).toBeUndefined();

    await kubectl(
      ['apply', '-f', '-'],
      'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: scratch\n',
    );
    const csa = (v: string): string =>
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  namespace: scratch\ndata:\n  v: "${v}"\n`;
    expect((await kubectl(['apply', '-f', '-'], csa('1'))).stdout.trim()).toBe(
      'configmap/c created',
    );
    expect((await kubectl(['apply', '-f', '-'], csa('2'))).stdout.trim()).toBe(
      'configmap/c configured',
    );
    expect(dig(emu.get('v1', 'ConfigMap', 'c', 'scratch'), 'data', 'v')).toBe('2');

    await kubectl(SSA, deployment('logs', 'scratch', 'img:1', 1));
    const scaled = await kubectl(['scale', 'deployment/logs', '-n', 'scratch', '--replicas=3']);
    expect(scaled.stdout.trim()).toBe('deployment.apps/logs scaled');
    expect(emu.list('v1', 'Pod', 'scratch')).toHaveLength(3);
    const pod = String(dig(emu.list('v1', 'Pod', 'scratch')[0], 'metadata', 'name'));
    emu.setPodLog('scratch', pod, 'Traceback: boom\n');
    const logs = await kubectl(['logs', pod, '-n', 'scratch']);
    expect(logs.stdout).toBe('Traceback: boom\n');

    const del = await kubectl(['delete', 'namespace', 'scratch', '--timeout=10s']);
    expect(del.stdout.trim()).toBe('namespace "scratch" deleted');
    expect(emu.list('v1', 'Pod', 'scratch')).toEqual([]);
    expect(emu.get('apps/v1', 'Deployment', 'logs', 'scratch')).toBeUndefined();
  });

  it('kubectl wait --for=delete sees a pod go away', async () => {
    await kubectl(SSA, deployment('gone', 'apps', 'img:1', 1));
    const pod = String(
      dig(
        emu.list('v1', 'Pod', 'apps').find((p) => dig(p, 'metadata', 'labels', 'app') === 'gone'),
        'metadata',
        'name',
      ),
    );
    const waiting = kubectl(['wait', '--for=delete', `pod/${pod}`, '-n', 'apps', '--timeout=20s']);
    await new Promise((r) => setTimeout(r, 300));
    const del = await kubectl(['delete', 'deployment', 'gone', '-n', 'apps']);
    expect(del.stdout.trim()).toBe('deployment.apps "gone" deleted');
    const waited = await waiting;
    expect(waited.code).toBe(0);
    expect(waited.stdout.trim()).toBe(`pod/${pod} condition met`);
  });

  it('says clearly that protobuf bodies (kubectl create <kind>) are not supported', async () => {
    const r = await kubectl(['create', 'namespace', 'proto']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Error from server (UnsupportedMediaType)');
  });

  it('lets client-go retry a 429 that carries Retry-After by itself', async () => {
    emu.clearRequests();
    emu.inject({
      method: 'GET',
      path: /\/configmaps\/settings$/,
      status: 429,
      retryAfterSeconds: 0,
    });
    const r = await kubectl(['get', 'configmap', 'settings', '-n', 'apps', '-o', 'name']);
    expect(r.stdout.trim()).toBe('configmap/settings');
    expect(emu.requests().filter((q) => q.path.endsWith('/configmaps/settings'))).toHaveLength(2);
  });

  it('makes a field changed by kubectl set image owned by kubectl-set', async () => {
    await kubectl(SSA, deployment('owned', 'apps', 'img:1', 1));
    const set = await kubectl(['set', 'image', 'deployment/owned', '-n', 'apps', 'app=img:9']);
    expect(set.stdout.trim()).toBe('deployment.apps/owned image updated');
    const r = await kubectl(SSA, deployment('owned', 'apps', 'img:2', 1));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('conflict with "kubectl-set": .spec.template.spec.containers');
    const managers = (
      dig(
        emu.get('apps/v1', 'Deployment', 'owned', 'apps'),
        'metadata',
        'managedFields',
      ) as unknown[]
    ).map((m) => dig(m, 'manager'));
    expect(managers).toEqual(['gke-data-platform', 'kubectl-set']);
  });

  it('answers an injected 503 so that kubectl reports it, then recovers', async () => {
    emu.clearRequests();
    emu.inject({ method: 'GET', path: /\/serviceaccounts\/runner$/, status: 503 });
    const r = await kubectl(['get', 'serviceaccount', 'runner', '-n', 'apps', '-o', 'name']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Error from server (ServiceUnavailable)');
    const again = await kubectl(['get', 'serviceaccount', 'runner', '-n', 'apps', '-o', 'name']);
    expect(again.stdout.trim()).toBe('serviceaccount/runner');
    expect(emu.requests().filter((q) => q.path.endsWith('/serviceaccounts/runner'))).toHaveLength(
      2,
    );
    expect(emu.mutatingRequests()).toHaveLength(0);
  });
});
