/**
 * What the real kubectl sends for prune's reads and deletes, against the Kubernetes emulator:
 * one `get` of several kinds with a label selector (one list request per kind), and
 * DeleteOptions.propagationPolicy from `--cascade` (kubernetes/kubernetes
 * staging/src/k8s.io/kubectl/pkg/cmd/delete/delete.go: `options.PropagationPolicy =
 * &o.CascadingStrategy`), which the emulator must honour as the garbage collector does
 * (https://kubernetes.io/docs/concepts/architecture/garbage-collection/#cascading-deletion) and
 * validate as the API server does (422 Invalid: staging/src/k8s.io/apiserver/pkg/endpoints/handlers/delete.go).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { startK8sEmulator, type K8sEmulator } from '../../test-support/k8s-emulator/index.js';

let emu: K8sEmulator;
const NS = 'gc';

function kubectl(
  args: string[],
  stdin = '',
): Promise<{ code: number; stdout: string; stderr: string }> {
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

const SSA = ['apply', '--server-side', '--field-manager=gke-data-platform', '-f', '-'];
const deployment = (name: string) =>
  JSON.stringify({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: NS, labels: { set: 'a' } },
    spec: {
      replicas: 1,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: { containers: [{ name: 'app', image: 'nginx:1.27' }] },
      },
    },
  });

const replicaSetsOf = (name: string) =>
  (
    emu.list('apps/v1', 'ReplicaSet', NS) as {
      metadata: { name: string; ownerReferences?: unknown[] };
    }[]
  ).filter((r) => r.metadata.name.startsWith(`${name}-`));

beforeAll(async () => {
  emu = await startK8sEmulator();
  emu.put({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: NS } });
  for (const name of ['orphaned', 'foreground', 'background']) {
    expect((await kubectl(SSA, deployment(name))).code).toBe(0);
  }
  expect(
    (
      await kubectl(
        SSA,
        JSON.stringify({
          apiVersion: 'v1',
          kind: 'ConfigMap',
          metadata: { name: 'c', namespace: NS, labels: { set: 'a' } },
        }),
      )
    ).code,
  ).toBe(0);
  expect(
    (
      await kubectl(
        SSA,
        JSON.stringify({
          apiVersion: 'v1',
          kind: 'ConfigMap',
          metadata: { name: 'd', namespace: NS, labels: { set: 'b' } },
        }),
      )
    ).code,
  ).toBe(0);
});
afterAll(async () => {
  await emu?.stop();
});

describe('k8s emulator: prune reads and deletes through the real kubectl', () => {
  it('lists several kinds with one label selector, as one List', async () => {
    emu.clearRequests();
    const r = await kubectl([
      'get',
      'deployment.apps,configmap',
      '--namespace',
      NS,
      '--selector',
      'set=a',
      '--show-managed-fields',
      '-o',
      'json',
    ]);
    expect(r.stderr).toBe('');
    const list = JSON.parse(r.stdout) as {
      kind: string;
      items: { kind: string; metadata: { name: string; managedFields?: { manager: string }[] } }[];
    };
    expect(list.kind).toBe('List');
    expect(list.items.map((i) => `${i.kind}/${i.metadata.name}`).sort()).toEqual([
      'ConfigMap/c',
      'Deployment/background',
      'Deployment/foreground',
      'Deployment/orphaned',
    ]);
    expect(list.items[0]?.metadata.managedFields?.[0]?.manager).toBe('gke-data-platform');
  });

  it('a list in a namespace that does not exist is empty, not an error (prune before create-namespace)', async () => {
    // The API server does not check the namespace of a list; kubectl prints "No resources found
    // in <ns> namespace." for a table (staging/src/k8s.io/kubectl/pkg/cmd/get/get.go) and an
    // empty List for -o json.
    const r = await kubectl([
      'get',
      'deployment.apps,configmap',
      '--namespace',
      'not-yet',
      '--selector',
      'set=a',
      '-o',
      'json',
    ]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { items: unknown[] }).items).toEqual([]);
  });

  it('--cascade=orphan sends Orphan: the ReplicaSets stay, without their owner reference', async () => {
    expect(replicaSetsOf('orphaned').length).toBeGreaterThan(0);
    emu.clearRequests();
    const r = await kubectl([
      'delete',
      'deployment.apps',
      'orphaned',
      '--namespace',
      NS,
      '--cascade=orphan',
      '--wait=false',
    ]);
    expect(r.stdout).toContain('deployment.apps "orphaned" deleted');
    const [sent] = emu.mutatingRequests();
    expect(sent?.method).toBe('DELETE');
    expect((sent?.body as { propagationPolicy?: string }).propagationPolicy).toBe('Orphan');
    const left = replicaSetsOf('orphaned');
    expect(left.length).toBeGreaterThan(0);
    expect(left.every((rs) => (rs.metadata.ownerReferences ?? []).length === 0)).toBe(true);
  });

  it.each([
    ['foreground', 'Foreground'],
    ['background', 'Background'],
  ])('--cascade=%s sends %s: the ReplicaSets go with the Deployment', async (name, policy) => {
    emu.clearRequests();
    const r = await kubectl([
      'delete',
      'deployment.apps',
      name,
      '--namespace',
      NS,
      `--cascade=${name}`,
      '--ignore-not-found',
      '--wait=false',
    ]);
    expect(r.code).toBe(0);
    expect(
      (emu.mutatingRequests()[0]?.body as { propagationPolicy?: string }).propagationPolicy,
    ).toBe(policy);
    expect(emu.get('apps/v1', 'Deployment', name, NS)).toBeUndefined();
    expect(replicaSetsOf(name)).toEqual([]);
  });

  it('--ignore-not-found: deleting what is already gone succeeds and says nothing', async () => {
    const r = await kubectl([
      'delete',
      'deployment.apps',
      'background',
      '--namespace',
      NS,
      '--cascade=background',
      '--ignore-not-found',
      '--wait=false',
    ]);
    expect(r).toMatchObject({ code: 0, stdout: '' });
  });

  it('an unsupported propagationPolicy is 422 Invalid, as the API server answers', async () => {
    const url = new URL(await serverUrl());
    const res = await fetch(`${url.origin}/api/v1/namespaces/${NS}/configmaps/c`, {
      method: 'DELETE',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ propagationPolicy: 'Sideways' }),
    });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { reason?: string }).reason).toBe('Invalid');
    expect(emu.get('v1', 'ConfigMap', 'c', NS)).toBeDefined();
  });
});

async function serverUrl(): Promise<string> {
  const r = await kubectl([
    'config',
    'view',
    '--minify',
    '-o',
    'jsonpath={.clusters[0].cluster.server}',
  ]);
  return r.stdout.trim();
}
