/** Which commands print their output live (CommandSpec.stream): the long ones, never data reads. */
import { describe, expect, it } from '@jest/globals';
import { MemoryLogger } from '../../../src/lib/log/logger.js';
import { K8sClient } from '../../../src/lib/k8s/client.js';
import { watchRollout } from '../../../src/lib/k8s/rollout.js';
import { Docker } from '../../../src/lib/tools/docker.js';
import { Gcloud } from '../../../src/lib/tools/gcloud.js';
import { Helm } from '../../../src/lib/tools/helm.js';
import { FakeClock, ScriptedRunner, line, ok } from '../../../__fixtures__/runner.js';
import { fakeKubectl } from '../k8s/fake-kubectl.js';

describe('stream: true on long commands', () => {
  it('marks builds, pushes, helm installs/upgrades/rollbacks and cluster updates, and no read', async () => {
    const runner = new ScriptedRunner().on(() => ok('{}'));
    const ctx = { runner, logger: new MemoryLogger(), clock: new FakeClock() };
    const docker = new Docker(ctx);
    const helm = new Helm(ctx);
    const gcloud = new Gcloud(ctx);

    await docker.mutate(['buildx', 'build', '--push', '.']);
    await docker.mutate(['build', '-t', 'x', '.']);
    await docker.push('registry.local/x:1');
    await docker.read(['buildx', 'imagetools', 'inspect', 'registry.local/x:1']);
    await helm.mutate(['upgrade', 'airflow', 'apache-airflow/airflow', '--install', '--wait']);
    await helm.mutate(['rollback', 'airflow', '3', '--wait']);
    await helm.read(['history', 'airflow', '-o', 'json']);
    await gcloud.mutate(['container', 'clusters', 'update', 'c', '--workload-pool=p.svc.id.goog']);
    await gcloud.json(['container', 'clusters', 'describe', 'c']);

    const streamed = runner.calls.filter((c) => c.stream).map(line);
    expect(streamed).toEqual([
      'docker buildx build --push .',
      'docker build -t x .',
      'docker push registry.local/x:1',
      'helm upgrade airflow apache-airflow/airflow --install --wait',
      'helm rollback airflow 3 --wait',
      'gcloud container clusters update c --workload-pool=p.svc.id.goog',
    ]);
    expect(runner.calls.filter((c) => !c.stream)).toHaveLength(3);
  });

  it('a rollout wait prints each new status as it comes, once', async () => {
    const { runner, cluster } = fakeKubectl();
    cluster.rollout.set('deployment/web', [
      'Waiting for deployment "web" rollout to finish: 0 of 2 updated replicas are available...',
      'Waiting for deployment "web" rollout to finish: 0 of 2 updated replicas are available...',
      'Waiting for deployment "web" rollout to finish: 1 of 2 updated replicas are available...',
      'deployment "web" successfully rolled out',
    ]);
    const logger = new MemoryLogger();
    const clock = new FakeClock();
    const client = new K8sClient({ runner, logger, clock });
    const failure = await watchRollout(
      client,
      { kind: 'Deployment', name: 'web', namespace: 'application', matchLabels: { app: 'web' } },
      { timeoutMs: 60_000, pollMs: 1000, crashLoopRestarts: 3, clock, failFast: false },
    );
    expect(failure).toBeUndefined();
    expect(logger.lines.filter((l) => l.level === 'info').map((l) => l.message)).toEqual([
      'deployment/web: Waiting for deployment "web" rollout to finish: 0 of 2 updated replicas are available...',
      'deployment/web: Waiting for deployment "web" rollout to finish: 1 of 2 updated replicas are available...',
      'deployment/web: deployment "web" successfully rolled out',
    ]);
  });
});
