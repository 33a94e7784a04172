/** apply-litellm end to end: run() drives the REAL kubectl against the Kubernetes API emulator. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FakeIO } from '../../__fixtures__/io.js';
import { run } from '../../src/actions/apply-litellm/definition.js';
import { decodeSecretData } from '../../src/lib/k8s/secrets.js';
import { startK8sEmulator, type K8sEmulator } from '../../test-support/k8s-emulator/index.js';
import { emulatorRunner } from '../lib/k8s/emulator-runner.js';

const NS = 'model-serving';
const KEY = `sk-"quoted'$HOME!\\back`;
const PROVIDER = `pk-'single' "double" $PATH !bang \\slash`;
const FAST = { pollMs: 100 };

let emu: K8sEmulator;
let dir: string;

async function apply(inputs: Record<string, string>) {
  const io = new FakeIO({
    image: 'ghcr.io/berriai/litellm:v1.74.3-stable',
    'master-key': KEY,
    'env-secrets': `OPENAI_API_KEY=${PROVIDER}`,
    'config-file': path.join(dir, 'config.yaml'),
    timeout: '30s',
    ...inputs,
  });
  const tmp = await mkdtemp(path.join(tmpdir(), 'kubectl-tmp-'));
  const runner = await emulatorRunner(io, emu, tmp);
  await run({ io, runner }, FAST);
  const leftovers = await readdir(tmp);
  await rm(tmp, { recursive: true, force: true });
  return { io, runner, leftovers };
}

function expectNoSecret(io: FakeIO, argv: string): void {
  for (const form of [
    KEY,
    PROVIDER,
    Buffer.from(KEY).toString('base64'),
    Buffer.from(PROVIDER).toString('base64'),
  ]) {
    expect(argv).not.toContain(form);
    expect(io.everything()).not.toContain(form);
  }
}

beforeAll(async () => {
  emu = await startK8sEmulator();
  dir = await mkdtemp(path.join(tmpdir(), 'litellm-int-'));
  await writeFile(
    path.join(dir, 'config.yaml'),
    'model_list:\n  - model_name: gpt-4o\n    litellm_params:\n      model: openai/gpt-4o\n      api_key: os.environ/OPENAI_API_KEY\ngeneral_settings:\n  master_key: os.environ/LITELLM_MASTER_KEY\n',
  );
  emu.put({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: NS } });
});
afterAll(async () => {
  await emu?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('apply-litellm against the Kubernetes API emulator (real kubectl)', () => {
  it('[F32] [F33] [F37] first deploy: secrets byte-exact, probes, service URL; no secret in argv or logs', async () => {
    const { io, runner, leftovers } = await apply({});
    expect(io.failed).toBeUndefined();
    expect(io.outputs).toEqual({
      'service-url': 'http://litellm.model-serving.svc.cluster.local:4000',
      changed: 'true',
      changes: expect.stringContaining('"resource":"Secret/model-serving/litellm-master-key"'),
    });
    const master = emu.get('v1', 'Secret', 'litellm-master-key', NS) as {
      data: Record<string, string>;
    };
    expect(decodeSecretData(master)).toEqual({ 'master-key': KEY });
    const env = emu.get('v1', 'Secret', 'litellm-env', NS) as { data: Record<string, string> };
    expect(decodeSecretData(env)).toEqual({ OPENAI_API_KEY: PROVIDER });
    const deployment = emu.get('apps/v1', 'Deployment', 'litellm', NS) as {
      spec: { template: { spec: { containers: { readinessProbe: unknown }[] } } };
    };
    expect(deployment.spec.template.spec.containers[0]?.readinessProbe).toMatchObject({
      httpGet: { path: '/health/readiness' },
    });
    expect(emu.get('v1', 'ConfigMap', 'litellm-config', NS)).toBeDefined();
    expect(runner.calls.filter((c) => c.mutating)).toHaveLength(1);
    expectNoSecret(io, runner.argv());
    expect(leftovers).toEqual([]);
  });

  it('second run with nothing changed: no writes and no rollout wait', async () => {
    emu.clearRequests();
    const { io, runner } = await apply({});
    expect(io.failed).toBeUndefined();
    expect(io.outputs.changed).toBe('false');
    expect(emu.mutatingRequests()).toEqual([]);
    expect(runner.argv()).not.toContain('rollout');
  });

  it('dry run with no master-key: GETs only (no write, no dry-run PATCH, no Secret) and a converged cluster plans no change', async () => {
    emu.clearRequests();
    const { io, runner } = await apply({ 'master-key': '', 'dry-run': 'true' });
    expect(io.failed).toBeUndefined();
    const requests = emu.requests();
    expect(requests.length).toBeGreaterThan(0);
    // A planner holds get/list/watch: a dry-run PATCH (kubectl diff --server-side) is authorised
    // like the real one (https://kubernetes.io/docs/reference/using-api/api-concepts/#dry-run).
    expect(requests.filter((r) => r.method !== 'GET')).toEqual([]);
    // get on a Secret returns its data: the plan never asks for one.
    expect(requests.filter((r) => /\/secrets(\/|$)/.test(r.path))).toEqual([]);
    expect(runner.calls.filter((c) => c.args[0] !== 'get')).toEqual([]);
    // The API server added its defaults (Service clusterIP, Deployment strategy, ...): our own
    // comparison of the fields we set still finds nothing to change.
    // Secrets are not observable (never read): reported so, and not counted as a change.
    expect(io.outputs.changed).toBe('false');
    for (const ref of [
      'Deployment/model-serving/litellm',
      'Service/model-serving/litellm',
      'ConfigMap/model-serving/litellm-config',
    ]) {
      expect(io.summary).toMatch(new RegExp(`${ref}\\S*\\s*\\|\\s*noop`));
    }
    expect(io.summary).toContain('not observable: a plan never reads Secrets');
  });

  it('dry run after a change: the comparison names the field that differs', async () => {
    const { io } = await apply({ 'dry-run': 'true', replicas: '3' });
    expect(io.failed).toBeUndefined();
    expect(io.summary).toContain('differs at spec.replicas');
    expect(emu.get('apps/v1', 'Deployment', 'litellm', NS)).toMatchObject({
      spec: { replicas: 1 },
    });
  });

  it('a changed config.yaml rolls the pods once', async () => {
    await writeFile(path.join(dir, 'config.yaml'), 'model_list: []\n');
    const { io, runner } = await apply({});
    expect(io.failed).toBeUndefined();
    expect(io.outputs.changed).toBe('true');
    expect(
      runner.calls.filter((c) => c.args[0] === 'rollout' && c.args[1] === 'status').length,
    ).toBeGreaterThan(0);
    expect(runner.argv()).not.toContain('rollout undo');
  });

  it('[F33] a rotated master key updates the Secret in place', async () => {
    const before = emu.get('v1', 'Secret', 'litellm-master-key', NS) as {
      metadata: { uid: string };
    };
    const rotated = `${KEY}\nsecond-line`;
    const { io } = await apply({ 'master-key': rotated });
    expect(io.failed).toBeUndefined();
    const after = emu.get('v1', 'Secret', 'litellm-master-key', NS) as {
      data: Record<string, string>;
      metadata: { uid: string };
    };
    expect(after.metadata.uid).toBe(before.metadata.uid);
    expect(decodeSecretData(after)['master-key']).toBe(rotated);
    // The pods read the key at start: the rotation restarted them via the template marker.
    const template = (
      emu.get('apps/v1', 'Deployment', 'litellm', NS) as {
        spec: { template: { metadata: { annotations: Record<string, string> } } };
      }
    ).spec.template.metadata.annotations;
    expect(template['gke-data-platform/secrets-changed-at']).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(JSON.stringify(template)).not.toContain(Buffer.from(rotated).toString('base64'));
    const again = await apply({ 'master-key': rotated });
    expect(again.io.outputs.changed).toBe('false');
    expect(again.runner.argv()).not.toContain('rollout');
  });

  it('[F49] CreateContainerConfigError fails fast and is undone', async () => {
    emu.setWorkloadBehaviour(NS, 'litellm', { kind: 'create-container-config-error' });
    // A new config changes the pod template (its checksum), so new pods start and fail.
    await writeFile(
      path.join(dir, 'config.yaml'),
      'model_list: []\nlitellm_settings: {drop_params: true}\n',
    );
    const { io, runner } = await apply({});
    expect(io.failed).toMatch(
      /deployment\/litellm in namespace model-serving failed to roll out: CreateContainerConfigError/,
    );
    expect(runner.argv()).toContain('rollout undo deployment/litellm');
    expect(io.summary).toContain('CreateContainerConfigError');
    expectNoSecret(io, runner.argv());
  });

  it('[F51] a missing namespace fails naming it when create-namespace is false', async () => {
    const { io } = await apply({ namespace: 'llm-absent', 'create-namespace': 'false' });
    expect(io.failed).toMatch(/namespace "llm-absent" does not exist.*create-namespace: true/);
    expect(emu.get('v1', 'Namespace', 'llm-absent')).toBeUndefined();
  });

  it('[F51] creates its own namespace by default, then converges with no writes', async () => {
    const { io } = await apply({ namespace: 'llm-fresh' });
    expect(io.failed).toBeUndefined();
    expect(emu.get('v1', 'Namespace', 'llm-fresh')).toBeDefined();
    expect(emu.get('apps/v1', 'Deployment', 'litellm', 'llm-fresh')).toBeDefined();
    expect(io.summary).toContain('Namespace/llm-fresh');
    emu.clearRequests();
    const again = await apply({ namespace: 'llm-fresh' });
    expect(again.io.failed).toBeUndefined();
    expect(emu.mutatingRequests()).toEqual([]);
  });
});
