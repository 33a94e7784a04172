import { describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FakeIO } from '../../../__fixtures__/io.js';
import { fail, FakeClock } from '../../../__fixtures__/runner.js';
import { run } from '../../../src/actions/apply-litellm/definition.js';
import { diffHeader, fakeKubectl, waitingPod } from '../../lib/k8s/fake-kubectl.js';

const KEY = 'sk-master-Very$ecret"Key';
const PROVIDER = `openai-'quoted' $value!`;
const base = {
  image: 'ghcr.io/berriai/litellm:v1.74.3-stable',
  'master-key': KEY,
  'env-secrets': `OPENAI_API_KEY=${PROVIDER}`,
};
const ALL_CHANGED = ['Secret', 'Secret', 'Deployment', 'Service']
  .map((kind, i) =>
    diffHeader(
      kind,
      kind === 'Deployment' ? 'apps' : '',
      'model-serving',
      ['litellm-master-key', 'litellm-env', 'litellm', 'litellm'][i] ?? '',
      true,
    ),
  )
  .join('\n');

function noSecretAnywhere(io: FakeIO, runner: ReturnType<typeof fakeKubectl>['runner']): void {
  const argv = runner.calls.map((c) => c.args.join(' ')).join('\n');
  for (const secret of [KEY, PROVIDER, Buffer.from(KEY).toString('base64')]) {
    expect(argv).not.toContain(secret);
    expect(io.everything()).not.toContain(secret);
  }
}

describe('apply-litellm run()', () => {
  it('fails on missing image before running anything', async () => {
    const io = new FakeIO({});
    const { runner } = fakeKubectl();
    await run({ io, runner, clock: new FakeClock() });
    expect(io.failed).toBe('apply-litellm: input "image": must not be empty');
    expect(runner.calls).toHaveLength(0);
  });

  it.each([
    [{ ...base, image: 'ghcr.io/berriai/litellm:main-latest' }, /input "image": must be pinned/],
    [{ ...base, image: 'ghcr.io/berriai/litellm' }, /input "image": must be pinned/],
    [{ ...base, 'master-key': 'not-sk-secret' }, /input "master-key": must start with "sk-"/],
    [{ ...base, 'master-key': '' }, /input "master-key": is required/],
    [
      { ...base, 'env-secrets': 'a/b=value' },
      /input "env-secrets": line 1: the name before "=" must be/,
    ],
    [
      { ...base, 'env-secrets': 'EMPTY=' },
      /input "env-secrets": line 1: the value after "=" is empty/,
    ],
    [{ ...base, replicas: '0' }, /input "replicas"/],
    [{ ...base, namespace: 'Model_Serving' }, /input "namespace"/],
    [{ ...base, resources: '{requests: {gpu: 1}}' }, /input "resources"/],
    [{ ...base, timeout: '10 minutes' }, /input "timeout"/],
  ])('[F35] rejects bad input %# before any command', async (inputs, message) => {
    const io = new FakeIO(inputs);
    const { runner } = fakeKubectl();
    await run({ io, runner, clock: new FakeClock() });
    expect(io.failed).toMatch(message);
    expect(io.failed).not.toContain('not-sk-secret');
    expect(runner.calls).toHaveLength(0);
  });

  it('[F32] first deploy: secrets registered first, sent only on stdin, one apply, one rollout wait', async () => {
    const io = new FakeIO(base);
    const { runner, cluster } = fakeKubectl();
    cluster.diff = ALL_CHANGED;
    let registeredBeforeFirstCall = false;
    runner.on(() => {
      if (runner.calls.length === 1)
        registeredBeforeFirstCall = io.secrets.includes(KEY) && io.secrets.includes(PROVIDER);
      return undefined;
    });
    await run({ io, runner, clock: new FakeClock() });
    expect(io.failed).toBeUndefined();
    expect(registeredBeforeFirstCall).toBe(true);
    expect(io.outputs).toEqual({
      'service-url': 'http://litellm.model-serving.svc.cluster.local:4000',
      changed: 'true',
      changes: expect.stringContaining(
        '{"resource":"Deployment/model-serving/litellm","action":"create","status":"done"',
      ),
    });
    expect(runner.mutations().map((c) => c.args.join(' '))).toEqual([
      'apply --server-side --field-manager=gke-data-platform --force-conflicts -f -',
    ]);
    expect(cluster.applyStdin[0]).toContain(Buffer.from(KEY).toString('base64'));
    expect(runner.lines().filter((l) => l.includes('rollout status'))).toEqual([
      'kubectl rollout status deployment/litellm --namespace model-serving --watch=false',
    ]);
    expect(io.summary).toContain('master-key: <redacted>');
    expect(io.summary).toContain('/health/readiness');
    noSecretAnywhere(io, runner);
  });

  it('nothing changed: no apply, no rollout wait, changed=false', async () => {
    const io = new FakeIO(base);
    const { runner } = fakeKubectl();
    await run({ io, runner, clock: new FakeClock() });
    expect(io.failed).toBeUndefined();
    expect(runner.mutations()).toHaveLength(0);
    expect(runner.lines().some((l) => l.includes('rollout'))).toBe(false);
    expect(io.outputs.changed).toBe('false');
  });

  it('dry-run plans from gets only (no diff, no Secret read) and applies nothing', async () => {
    const io = new FakeIO({ ...base, 'dry-run': 'true' });
    const { runner } = fakeKubectl();
    await run({ io, runner, clock: new FakeClock() });
    expect(io.failed).toBeUndefined();
    expect(runner.mutations()).toHaveLength(0);
    // `kubectl diff --server-side` is a dry-run PATCH: a read-only planner may not send it.
    expect(runner.calls.map((c) => c.args[0])).not.toContain('diff');
    expect(runner.calls.every((c) => c.args[0] === 'get')).toBe(true);
    expect(runner.calls.filter((c) => /^secrets?\b/.test(c.args[1] ?? ''))).toEqual([]);
    expect(io.outputs.changed).toBe('true');
    expect(io.summary).toContain('dry run');
    expect(io.summary).toContain('planned');
    // The plan the plan-comment action renders: every outcome, as JSON.
    expect(JSON.parse(io.outputs.changes ?? '')).toEqual(
      expect.arrayContaining([expect.objectContaining({ status: 'planned' })]),
    );
    expect(io.summary).toContain('not observable: a plan never reads Secrets');
  });

  it('dry-run: what the planner may not read is "not observable: why", and the plan goes on', async () => {
    const io = new FakeIO({ ...base, 'dry-run': 'true' });
    const { runner } = fakeKubectl();
    runner.once(
      'kubectl get deployment.apps litellm',
      fail(
        'Error from server (Forbidden): deployments.apps "litellm" is forbidden: User "planner@p.iam.gserviceaccount.com" cannot get resource "deployments" in API group "apps" in the namespace "model-serving"',
      ),
      10,
    );
    await run({ io, runner, clock: new FakeClock() });
    expect(io.failed).toBeUndefined();
    expect(io.summary).toMatch(
      /`Deployment\/model-serving\/litellm` \| update \| .* \| not observable: forbidden to read \(Error from server \(Forbidden\)/,
    );
    expect(io.summary).toContain('Service/model-serving/litellm');
    expect(runner.mutations()).toHaveLength(0);
  });

  it('dry-run needs no master-key (the plan on a pull request has no secrets)', async () => {
    const io = new FakeIO({ image: base.image, 'dry-run': 'true' });
    const { runner } = fakeKubectl();
    await run({ io, runner, clock: new FakeClock() });
    expect(io.failed).toBeUndefined();
    expect(runner.mutations()).toHaveLength(0);
    expect(io.summary).toContain('Deployment/model-serving/litellm');
    // Without the dry run the same inputs are refused before any command runs.
    const real = new FakeIO({ image: base.image });
    const second = fakeKubectl();
    await run({ io: real, runner: second.runner, clock: new FakeClock() });
    expect(real.failed).toMatch(/master-key.*is required/);
    expect(second.runner.calls).toHaveLength(0);
  });

  it('[F52] an expired cluster token fails with a hint to re-authenticate', async () => {
    const io = new FakeIO(base);
    const { runner } = fakeKubectl();
    runner.once(
      'kubectl get namespace',
      fail('error: You must be logged in to the server (Unauthorized)'),
      10,
    );
    await run({ io, runner, clock: new FakeClock() });
    expect(io.failed).toMatch(/Unauthorized/);
    expect(io.failed).toMatch(
      /access token in the kubeconfig has probably expired.*get-gke-credentials again/s,
    );
    expect(runner.mutations()).toHaveLength(0);
  });

  it('[F51] fails naming a missing namespace before diffing', async () => {
    const io = new FakeIO({ ...base, namespace: 'absent', 'create-namespace': 'false' });
    const { runner } = fakeKubectl();
    await run({ io, runner, clock: new FakeClock() });
    expect(io.failed).toMatch(/namespace "absent" does not exist/);
    expect(runner.lines().some((l) => l.includes('diff'))).toBe(false);
  });

  it('[F49] fails fast on CreateContainerConfigError, undoes the update and reports pod reasons and events', async () => {
    const io = new FakeIO(base);
    const { runner, cluster } = fakeKubectl();
    cluster.diff = diffHeader('Deployment', 'apps', 'model-serving', 'litellm', false);
    cluster.deployments.set('model-serving/litellm', {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'litellm', annotations: { 'deployment.kubernetes.io/revision': '4' } },
    });
    cluster.rollout.set('deployment/litellm', [
      'Waiting for deployment "litellm" rollout to finish: 1 old replicas are pending termination...',
      'Waiting...',
      'deployment "litellm" successfully rolled out',
    ]);
    cluster.pods = [waitingPod('litellm-abc', 'CreateContainerConfigError')];
    cluster.events = [
      {
        type: 'Warning',
        reason: 'Failed',
        message: 'Error: secret "litellm-env" not found',
        involvedObject: { kind: 'Pod', name: 'litellm-abc' },
        lastTimestamp: '2026-11-25T18:00:00Z',
      },
    ];
    const clock = new FakeClock();
    await run({ io, runner, clock }, { pollMs: 1000 });
    expect(io.failed).toMatch(
      /deployment\/litellm in namespace model-serving failed to roll out: CreateContainerConfigError/,
    );
    expect(io.failed).toContain('rolled back deployment/litellm');
    expect(runner.lines()).toContain(
      'kubectl rollout undo deployment/litellm --namespace model-serving --to-revision=4',
    );
    expect(clock.time).toBeLessThan(5000);
    expect(io.summary).toContain('pod litellm-abc container app: CreateContainerConfigError');
    expect(io.summary).toContain('secret "litellm-env" not found');
    noSecretAnywhere(io, runner);
  });

  it('a changed config.yaml changes the pod template checksum (the pods roll)', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'litellm-'));
    try {
      const file = path.join(dir, 'config.yaml');
      const stdinFor = async (config: string): Promise<string> => {
        await writeFile(file, config);
        const io = new FakeIO({ ...base, 'config-file': file });
        const { runner, cluster } = fakeKubectl();
        cluster.diff = ALL_CHANGED;
        await run({ io, runner, clock: new FakeClock() });
        expect(io.failed).toBeUndefined();
        return cluster.applyStdin[0] ?? '';
      };
      const one = await stdinFor(
        'model_list:\n  - model_name: gpt-4o\n    litellm_params: {model: openai/gpt-4o, api_key: os.environ/OPENAI_API_KEY}\n',
      );
      const two = await stdinFor('model_list: []\n');
      const sum = (s: string) => /checksum\/config: (\w+)/.exec(s)?.[1];
      expect(sum(one)).toMatch(/^[a-f0-9]{64}$/);
      expect(sum(one)).not.toBe(sum(two));
      expect(one).toContain('mountPath: /etc/litellm');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('warns about inline keys in config.yaml and unknown os.environ names', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'litellm-'));
    try {
      const file = path.join(dir, 'config.yaml');
      await writeFile(
        file,
        'model_list:\n  - model_name: a\n    litellm_params: {model: openai/a, api_key: sk-inline}\n  - model_name: b\n    litellm_params: {model: azure/b, api_key: os.environ/AZURE_KEY}\n',
      );
      const io = new FakeIO({ ...base, 'config-file': file });
      const { runner } = fakeKubectl();
      await run({ io, runner, clock: new FakeClock() });
      expect(io.warnings().join('\n')).toMatch(/inline api_key/);
      expect(io.warnings().join('\n')).toMatch(/AZURE_KEY/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
