import { describe, expect, it } from '@jest/globals';
import { definition } from '../../../src/actions/apply-litellm/definition.js';
import { planStep } from '../../../__fixtures__/cli-step.js';
import { MemoryLogger } from '../../../src/lib/log/logger.js';
import { parsePlatformConfig } from '../../../src/lib/config/load.js';
import { DryRunRunner } from '../../../src/lib/exec/runner.js';
import { fakeKubectl } from '../../lib/k8s/fake-kubectl.js';
import { FakeClock } from '../../../__fixtures__/runner.js';

const CONFIG = `project: alpine-figure-461007-i9
region: asia-southeast1
litellm:
  image: ghcr.io/berriai/litellm:v1.74.3-stable
  replicas: 2
  serviceType: ClusterIP
  resources: {requests: {cpu: "1", memory: 2Gi}}
`;

describe('apply-litellm step (CLI plan)', () => {
  it('is ordered after Airflow and enabled by the litellm section', async () => {
    const config = await parsePlatformConfig(CONFIG);
    expect(definition.order).toBe(50);
    expect(definition.cli.enabled(config)).toBe(true);
    expect(definition.cli.enabled({ ...config, litellm: undefined })).toBe(false);
  });

  it('offline: plans every object and prints the manifests with the Secret redacted', async () => {
    const { runner } = fakeKubectl();
    const tools = {
      runner: new DryRunRunner(runner),
      logger: new MemoryLogger(),
      clock: new FakeClock(),
    };
    const plan = await planStep(definition, {
      config: await parsePlatformConfig(CONFIG),
      tools,
      offline: true,
      carried: new Map(),
    });
    expect(plan.changes.map((c) => c.resource)).toEqual([
      'Secret/model-serving/litellm-master-key',
      'Deployment/model-serving/litellm',
      'Service/model-serving/litellm',
    ]);
    expect(plan.outputs).toMatchObject({
      'service-url': 'http://litellm.model-serving.svc.cluster.local:4000',
    });
    const yaml = plan.artifacts[0]?.body ?? '';
    expect(yaml).toContain('master-key: <redacted>');
    expect(yaml).not.toContain(Buffer.from('sk-planned-placeholder').toString('base64'));
    expect(yaml).toContain('replicas: 2');
    expect(runner.calls).toHaveLength(0);
  });

  it('online: gets (reads only) and our own comparison mark what would change; nothing is written', async () => {
    const { runner, cluster } = fakeKubectl();
    // The live Deployment as the API server returns it: our fields plus defaults it added,
    // but one replica where the file asks for two.
    const offline = await planStep(definition, {
      config: await parsePlatformConfig(CONFIG),
      tools: {
        runner: new DryRunRunner(runner),
        logger: new MemoryLogger(),
        clock: new FakeClock(),
      },
      offline: true,
      carried: new Map(),
    });
    const { parseAllDocuments } = await import('yaml');
    const rendered = parseAllDocuments(offline.artifacts[0]?.body ?? '').map(
      (d) => d.toJS() as { kind: string; spec: Record<string, unknown> },
    );
    const deployment = structuredClone(rendered.find((o) => o.kind === 'Deployment'));
    if (!deployment) throw new Error('no Deployment rendered');
    deployment.spec = { ...deployment.spec, replicas: 1, progressDeadlineSeconds: 600 };
    cluster.deployments.set('model-serving/litellm', deployment);
    const dry = new DryRunRunner(runner);
    const plan = await planStep(definition, {
      config: await parsePlatformConfig(CONFIG),
      tools: { runner: dry, logger: new MemoryLogger(), clock: new FakeClock() },
      offline: false,
      carried: new Map(),
    });
    expect(plan.changes.map((c) => `${c.resource}:${c.action}`)).toEqual([
      'Secret/model-serving/litellm-master-key:noop',
      'Deployment/model-serving/litellm:update',
      'Service/model-serving/litellm:create',
    ]);
    expect(plan.changes[1]?.reason).toBe('differs at spec.replicas');
    expect(runner.mutations()).toHaveLength(0);
    expect(runner.calls.map((c) => c.args[0])).not.toContain('diff');
    expect(dry.recorded).toHaveLength(0);
  });

  it('the platform file refuses a bad litellm section', async () => {
    await expect(parsePlatformConfig(`${CONFIG}  masterKey: sk-in-file\n`)).rejects.toThrow(
      /litellm/,
    );
    await expect(parsePlatformConfig(CONFIG.replace('replicas: 2', 'replicas: 0'))).rejects.toThrow(
      /litellm.replicas/,
    );
    await expect(parsePlatformConfig(CONFIG.replace('cpu: "1"', 'gpu: "1"'))).rejects.toThrow(
      /litellm.resources/,
    );
  });
});
