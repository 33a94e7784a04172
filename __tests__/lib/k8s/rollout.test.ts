import { describe, expect, it } from '@jest/globals';
import { MemoryLogger } from '../../../src/lib/log/logger.js';
import { K8sClient, type PodProblem } from '../../../src/lib/k8s/client.js';
import { fatalProblems, watchRollout } from '../../../src/lib/k8s/rollout.js';
import { FakeClock } from '../../../__fixtures__/runner.js';
import { fakeKubectl, waitingPod } from './fake-kubectl.js';

const problem = (reason: string, restarts = 0): PodProblem => ({
  pod: 'p',
  container: 'c',
  reason,
  message: '',
  restarts,
});
const W = {
  kind: 'Deployment' as const,
  name: 'web',
  namespace: 'application',
  matchLabels: { app: 'web' },
};

describe('fatalProblems', () => {
  it.each([
    ['ImagePullBackOff', 0, true],
    ['ErrImagePull', 0, true],
    ['CreateContainerConfigError', 0, true],
    ['InvalidImageName', 0, true],
    ['CrashLoopBackOff', 2, false],
    ['CrashLoopBackOff', 3, true],
    ['ContainerCreating', 0, false],
    ['PodInitializing', 0, false],
  ])('%s with %d restarts: fatal=%s', (reason, restarts, fatal) => {
    expect(fatalProblems([problem(reason, restarts)], 3).length > 0).toBe(fatal);
  });
});

describe('watchRollout', () => {
  it('gives up at the timeout with the last status when pods only wait', async () => {
    const { runner, cluster } = fakeKubectl();
    cluster.rollout.set('deployment/web', [
      'Waiting for deployment "web" rollout to finish: 0 of 1 updated replicas are available...',
    ]);
    cluster.pods = [waitingPod('web-1', 'ContainerCreating')];
    const clock = new FakeClock();
    const client = new K8sClient({ runner, logger: new MemoryLogger(), clock });
    const failure = await watchRollout(client, W, {
      timeoutMs: 60_000,
      pollMs: 5000,
      crashLoopRestarts: 3,
      clock,
    });
    expect(failure?.reason).toMatch(/^not rolled out within 1m \(Waiting for deployment "web"/);
    expect(clock.time).toBe(60_000);
    expect(runner.mutations()).toHaveLength(0);
  });

  it('does not look at pods when fail-fast is off (waiting for an undo)', async () => {
    const { runner, cluster } = fakeKubectl();
    cluster.rollout.set('deployment/web', ['Waiting', 'deployment "web" successfully rolled out']);
    cluster.pods = [waitingPod('web-1', 'ImagePullBackOff')];
    const clock = new FakeClock();
    const client = new K8sClient({ runner, logger: new MemoryLogger(), clock });
    expect(
      await watchRollout(client, W, {
        timeoutMs: 60_000,
        pollMs: 1000,
        crashLoopRestarts: 3,
        clock,
        failFast: false,
      }),
    ).toBeUndefined();
    expect(runner.lines().some((l) => l.includes('get pods'))).toBe(false);
  });
});
