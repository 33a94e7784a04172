/**
 * Prune (issue 16 item 4) with the REAL kubectl against the Kubernetes API emulator: deploy-app
 * and apply-litellm label what they apply with `deploy.gke-data-platform.dev/apply-set` and, with
 * `prune: true`, delete what an earlier run of the same set applied and the manifests no longer
 * hold, and nothing else.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FakeIO } from '../../__fixtures__/io.js';
import { run as runApp } from '../../src/actions/deploy-app/definition.js';
import { run as runLitellm } from '../../src/actions/apply-litellm/definition.js';
import { APPLY_SET_LABEL } from '../../src/lib/k8s/apply-set.js';
import { startK8sEmulator, type K8sEmulator } from '../../test-support/k8s-emulator/index.js';
import { ProcessRunner } from '../../src/lib/exec/process-runner.js';
import { appRules, VIEW_RULES } from '../../test-support/pipeline/identities.js';
import { emulatorRunner, RecordingRunner } from '../lib/k8s/emulator-runner.js';

const NS = 'application';
const OTHER_NS = 'staging-app';
const FAST = { pollMs: 50, addressPollMs: 50, smokeAttempts: 1, smokeDelayMs: 10 };

const deployment = (name: string, app: string) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}}
spec:
  replicas: 1
  selector: {matchLabels: {app: ${app}}}
  template:
    metadata: {labels: {app: ${app}}}
    spec: {containers: [{name: ${app}, image: "nginx:1.27"}]}
`;
const configMap = (name: string) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ${name}}\ndata: {a: "1"}\n`;
const service = `apiVersion: v1
kind: Service
metadata: {name: react-frontend-service}
spec: {selector: {app: frontend}, ports: [{port: 80, targetPort: 3000}]}
`;

let emu: K8sEmulator;
let dir: string;

async function folder(name: string, files: Record<string, string>): Promise<string> {
  const at = path.join(dir, name);
  await rm(at, { recursive: true, force: true });
  await mkdir(at, { recursive: true });
  for (const [file, text] of Object.entries(files)) await writeFile(path.join(at, file), text);
  return at;
}

async function deployApp(
  manifests: string,
  inputs: Record<string, string> = {},
  kubeEnv?: Record<string, string>,
) {
  const io = new FakeIO({
    namespace: NS,
    manifests,
    'wait-for-address': 'false',
    timeout: '30s',
    ...inputs,
  });
  const runner = kubeEnv
    ? new RecordingRunner(new ProcessRunner(io, undefined, { ...process.env, ...kubeEnv }))
    : await emulatorRunner(io, emu);
  await runApp({ io, runner }, FAST);
  return { io, runner };
}

async function litellm(manifests: string, extra: Record<string, string> = {}) {
  const io = new FakeIO({
    namespace: NS,
    manifests,
    'master-key': 'sk-prune-test-master-key',
    timeout: '30s',
    ...extra,
  });
  await runLitellm({ io, runner: await emulatorRunner(io, emu) }, FAST);
  return io;
}

/** apply-litellm's own manifests: the gateway, with or without its old ConfigMap. */
const gateway = (withConfig: boolean): Promise<string> =>
  folder(withConfig ? 'gw1' : 'gw2', {
    'd.yaml': deployment('litellm', 'litellm'),
    ...(withConfig ? { 'c.yaml': configMap('litellm-config') } : {}),
  });

const exists = (apiVersion: string, kind: string, name: string, ns = NS): boolean =>
  emu.get(apiVersion, kind, name, ns) !== undefined;
const deletes = () => emu.mutatingRequests().filter((r) => r.method === 'DELETE');

let v1: string;
let v2: string;

beforeAll(async () => {
  emu = await startK8sEmulator();
  dir = await mkdtemp(path.join(tmpdir(), 'prune-int-'));
  for (const ns of [NS, OTHER_NS, 'gateway']) {
    emu.put({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } });
  }
  // The runbook's first app: the frontend under its old name, and a ConfigMap.
  v1 = await folder('v1', {
    'backend.yaml': deployment('fastapi-backend', 'backend'),
    'frontend.yaml': deployment('react-frontend-deployment', 'frontend'),
    'config.yaml': configMap('frontend-config'),
    'service.yaml': service,
  });
  // The app today: the frontend renamed, the ConfigMap gone from the folder.
  v2 = await folder('v2', {
    'backend.yaml': deployment('fastapi-backend', 'backend'),
    'frontend.yaml': deployment('react-frontend', 'frontend'),
    'service.yaml': service,
  });
  expect((await deployApp(v1)).io.failed).toBeUndefined();
  // The same app in another namespace, and another set's object in this one, both ours.
  expect((await deployApp(v1, { namespace: OTHER_NS })).io.failed).toBeUndefined();
  // The other action's set in this namespace (apply-litellm, for real), and a second app
  // repository's set (its own apply-set input).
  expect((await litellm(await gateway(true))).failed).toBeUndefined();
  const second = await folder('second-app', { 'c.yaml': configMap('second-app-config') });
  expect((await deployApp(second, { 'apply-set': 'second-app' })).io.failed).toBeUndefined();
  // Made by hand: one without our label, one with the label copied but never applied by us.
  emu.put({
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'hand-made', namespace: NS, labels: { app: 'frontend' } },
    data: {},
  });
  emu.put({
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'copied-label', namespace: NS, labels: { [APPLY_SET_LABEL]: 'deploy-app' } },
    data: {},
  });
});
afterAll(async () => {
  await emu?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('prune against the Kubernetes API emulator (real kubectl)', () => {
  it('labels every applied object with its apply set, applied by our field manager', () => {
    const live = emu.get('apps/v1', 'Deployment', 'react-frontend-deployment', NS) as {
      metadata: { labels?: Record<string, string>; managedFields?: { manager: string }[] };
    };
    expect(live.metadata.labels?.[APPLY_SET_LABEL]).toBe('deploy-app');
    expect(live.metadata.managedFields?.map((f) => f.manager)).toContain('gke-data-platform');
    const labelOf = (kind: string, name: string): string | undefined =>
      (emu.get('v1', kind, name, NS) as { metadata: { labels?: Record<string, string> } }).metadata
        .labels?.[APPLY_SET_LABEL];
    expect(labelOf('ConfigMap', 'litellm-config')).toBe('apply-litellm');
    expect(labelOf('ConfigMap', 'second-app-config')).toBe('second-app');
  });

  it('prune off (the default): a manifest removed from the folder is left alone', async () => {
    emu.clearRequests();
    const { io } = await deployApp(v2);
    expect(io.failed).toBeUndefined();
    expect(deletes()).toEqual([]);
    expect(exists('apps/v1', 'Deployment', 'react-frontend-deployment')).toBe(true);
    expect(exists('v1', 'ConfigMap', 'frontend-config')).toBe(true);
    expect(exists('apps/v1', 'Deployment', 'react-frontend')).toBe(true);
    expect(io.summary).not.toContain('delete');
  });

  it('dry run lists the deletions in the plan and summary, and deletes nothing', async () => {
    emu.clearRequests();
    const { io, runner } = await deployApp(v2, { prune: 'true', 'dry-run': 'true' });
    expect(io.failed).toBeUndefined();
    expect(emu.mutatingRequests()).toEqual([]);
    expect(runner.calls.filter((c) => c.mutating)).toEqual([]);
    expect(io.summary).toContain(
      '| `Deployment/application/react-frontend-deployment` | 🗑️ delete | 📝 planned |',
    );
    expect(io.summary).toContain(
      '| `ConfigMap/application/frontend-config` | 🗑️ delete | 📝 planned |',
    );
    // The read-only plan never lists Secrets (a list returns their data): it says so.
    expect(io.summary).toContain('`Secret/application/*`');
    expect(io.summary).not.toMatch(/(litellm|second-app-config|hand-made|copied-label)` \| 🗑️/);
    expect(exists('apps/v1', 'Deployment', 'react-frontend-deployment')).toBe(true);
  });

  it("the planner's read-only plan lists the deletions with get/list only, reading no Secret", async () => {
    // The built-in view role: no Secrets, no writes (test-support/pipeline/identities.ts).
    const planner = await emu.addUser('planner', VIEW_RULES);
    emu.clearRequests();
    const { io } = await deployApp(v2, { prune: 'true', 'dry-run': 'true' }, planner);
    expect(io.failed).toBeUndefined();
    expect(io.summary).toContain(
      '| `Deployment/application/react-frontend-deployment` | 🗑️ delete | 📝 planned |',
    );
    expect(emu.mutatingRequests()).toEqual([]);
    expect(emu.secretReads()).toEqual([]);
  });

  it('an app deployer without the prune role fails naming the refused delete and the fix', async () => {
    const app = await emu.addUser('app-deployer', appRules(NS));
    const { io } = await deployApp(v2, { prune: 'true' }, app);
    expect(io.failed).toMatch(
      /prune: deleting ConfigMap\/application\/frontend-config was refused .*forbidden.*app-deployer-prune.*prune: false/s,
    );
    expect(exists('v1', 'ConfigMap', 'frontend-config')).toBe(true);
  });

  it('prune on: deletes exactly what the set applied and the manifests dropped', async () => {
    emu.clearRequests();
    const { io, runner } = await deployApp(v2, { prune: 'true' });
    expect(io.failed).toBeUndefined();
    expect(io.outputs.changed).toBe('true');
    expect(
      deletes()
        .map((r) => r.path)
        .sort(),
    ).toEqual([
      '/api/v1/namespaces/application/configmaps/frontend-config',
      '/apis/apps/v1/namespaces/application/deployments/react-frontend-deployment',
    ]);
    // kubectl sends the cascade as DeleteOptions.propagationPolicy (delete.go).
    expect(
      deletes().map((r) => (r.body as { propagationPolicy?: string }).propagationPolicy),
    ).toEqual(['Background', 'Background']);
    expect(runner.argv()).toContain(
      'kubectl delete deployment.apps react-frontend-deployment --namespace application --cascade=background --ignore-not-found --wait=false',
    );
    expect(exists('apps/v1', 'Deployment', 'react-frontend-deployment')).toBe(false);
    expect(exists('v1', 'ConfigMap', 'frontend-config')).toBe(false);
    // The garbage collector took the old Deployment's ReplicaSets with it (background cascade).
    const replicaSets = emu.list('apps/v1', 'ReplicaSet', NS) as { metadata: { name: string } }[];
    expect(
      replicaSets
        .map((r) => r.metadata.name)
        .filter((n) => n.startsWith('react-frontend-deployment')),
    ).toEqual([]);
    // Survivors: the desired objects, another namespace, another set, and anything not ours.
    expect(exists('apps/v1', 'Deployment', 'react-frontend')).toBe(true);
    expect(exists('apps/v1', 'Deployment', 'fastapi-backend')).toBe(true);
    expect(exists('v1', 'Service', 'react-frontend-service')).toBe(true);
    expect(exists('apps/v1', 'Deployment', 'react-frontend-deployment', OTHER_NS)).toBe(true);
    expect(exists('v1', 'ConfigMap', 'frontend-config', OTHER_NS)).toBe(true);
    expect(exists('v1', 'ConfigMap', 'litellm-config')).toBe(true);
    expect(exists('apps/v1', 'Deployment', 'litellm')).toBe(true);
    expect(exists('v1', 'ConfigMap', 'second-app-config')).toBe(true);
    expect(exists('v1', 'ConfigMap', 'hand-made')).toBe(true);
    expect(exists('v1', 'ConfigMap', 'copied-label')).toBe(true);
    expect(exists('v1', 'Namespace', NS, '')).toBe(true);
    expect(io.summary).toContain(
      '| `Deployment/application/react-frontend-deployment` | 🗑️ delete | ✅ done |',
    );
  });

  it('a re-run after pruning mutates nothing', async () => {
    emu.clearRequests();
    const { io, runner } = await deployApp(v2, { prune: 'true' });
    expect(io.failed).toBeUndefined();
    expect(emu.mutatingRequests()).toEqual([]);
    expect(runner.calls.filter((c) => c.mutating)).toEqual([]);
    expect(io.outputs.changed).toBe('false');
  });

  it('an old workload is deleted only after its successor rolled out: a failed rollout deletes nothing', async () => {
    const ns = 'rollout-fails';
    emu.put({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } });
    expect((await deployApp(v1, { namespace: ns })).io.failed).toBeUndefined();
    emu.setWorkloadBehaviour(ns, 'react-frontend', { kind: 'image-pull-backoff' });
    emu.clearRequests();
    const { io } = await deployApp(v2, { namespace: ns, prune: 'true' });
    expect(io.failed).toMatch(/not deleted, because the applied objects did not roll out/);
    expect(io.failed).toMatch(/react-frontend/);
    expect(deletes()).toEqual([]);
    expect(exists('apps/v1', 'Deployment', 'react-frontend-deployment', ns)).toBe(true);
    expect(exists('v1', 'ConfigMap', 'frontend-config', ns)).toBe(true);
    expect(io.summary).toMatch(
      /`ConfigMap\/rollout-fails\/frontend-config` \| 🗑️ delete \| ❌ failed/,
    );
    expect(io.summary).toMatch(
      /`Deployment\/rollout-fails\/react-frontend-deployment` \| 🗑️ delete \| ⏭️ skipped/,
    );
  });

  it('apply-litellm prunes its own set only: the app sets in the same namespace survive', async () => {
    emu.clearRequests();
    const io = await litellm(await gateway(false), { prune: 'true' });
    expect(io.failed).toBeUndefined();
    expect(deletes().map((r) => r.path)).toEqual([
      '/api/v1/namespaces/application/configmaps/litellm-config',
    ]);
    expect(exists('apps/v1', 'Deployment', 'litellm')).toBe(true);
    expect(exists('apps/v1', 'Deployment', 'react-frontend')).toBe(true);
    expect(exists('v1', 'ConfigMap', 'second-app-config')).toBe(true);
    // Its Secret (the master key) is still in its manifests' set: kept.
    expect(emu.list('v1', 'Secret', NS).length).toBeGreaterThan(0);
  });

  it('two repositories left at the default apply set: neither prunes what the other deployed', async () => {
    // Each run stamps its run URL (GITHUB_SERVER_URL/GITHUB_REPOSITORY/actions/runs/GITHUB_RUN_ID,
    // https://docs.github.com/en/actions/reference/variables-reference) on what it changes.
    const ns = 'shared';
    emu.put({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } });
    const billing = await folder('billing', { 'd.yaml': deployment('billing-api', 'billing') });
    const orders = await folder('orders', { 'd.yaml': deployment('orders-api', 'orders') });
    expect(
      (await asRepository('acme/billing', () => deployApp(billing, { namespace: ns }))).io.failed,
    ).toBeUndefined();
    emu.clearRequests();
    const { io } = await asRepository('acme/orders', () =>
      deployApp(orders, { namespace: ns, prune: 'true' }),
    );
    expect(io.failed).toBeUndefined();
    expect(deletes()).toEqual([]);
    expect(exists('apps/v1', 'Deployment', 'billing-api', ns)).toBe(true);
    expect(io.summary).toMatch(
      /`Deployment\/shared\/billing-api` \|[^|]*\|[^|]*\| kept: no longer in the manifests, but last deployed by acme\/billing, another repository using apply set "deploy-app"; give each repository its own apply-set/,
    );
    // Each still prunes its own: billing renames its Deployment; orders-api stays.
    const renamed = await folder('billing-2', {
      'd.yaml': deployment('billing-api-v2', 'billing'),
    });
    emu.clearRequests();
    const again = await asRepository('acme/billing', () =>
      deployApp(renamed, { namespace: ns, prune: 'true' }),
    );
    expect(again.io.failed).toBeUndefined();
    expect(deletes().map((r) => r.path)).toEqual([
      `/apis/apps/v1/namespaces/${ns}/deployments/billing-api`,
    ]);
    expect(exists('apps/v1', 'Deployment', 'orders-api', ns)).toBe(true);
  });
});

/** Runs `body` as a GitHub Actions run of `repository` (the runner's default variables). */
async function asRepository<T>(repository: string, body: () => Promise<T>): Promise<T> {
  const vars = {
    GITHUB_ACTIONS: 'true',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: repository,
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: 'c0ffee'.padEnd(40, '0'),
  };
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  Object.assign(process.env, vars);
  try {
    return await body();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}
