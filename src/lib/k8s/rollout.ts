/**
 * Watching rollouts. `kubectl rollout status` waits out the whole progress deadline even when
 * a pod can never start (ImagePullBackOff, CreateContainerConfigError), so we poll the status
 * and the pods together and fail as soon as a pod reason shows the rollout cannot heal
 * (security-reliability.md 4.8).
 */
import type { Clock } from '../exec/retry.js';
import { formatDuration } from '../validate/rules.js';
import type { K8sClient, PodProblem, WorkloadKind } from './client.js';

/** Waiting reasons that never heal by waiting. */
const FATAL_REASONS = new Set([
  'ImagePullBackOff',
  'ErrImagePull',
  'InvalidImageName',
  'ErrImageNeverPull',
  'CreateContainerConfigError',
  'CreateContainerError',
]);

export interface Workload {
  readonly kind: WorkloadKind;
  readonly name: string;
  readonly namespace: string;
  readonly matchLabels: Readonly<Record<string, string>>;
}

export interface WatchOptions {
  readonly timeoutMs: number;
  readonly pollMs: number;
  /** CrashLoopBackOff counts as fatal from this many restarts. */
  readonly crashLoopRestarts: number;
  readonly clock: Clock;
}

export const DEFAULT_POLL_MS = 5000;
export const DEFAULT_CRASH_LOOP_RESTARTS = 3;

export interface RolloutFailure {
  readonly reason: string;
  readonly problems: readonly PodProblem[];
}

export function fatalProblems(
  problems: readonly PodProblem[],
  crashLoopRestarts: number,
): PodProblem[] {
  return problems.filter(
    (p) =>
      FATAL_REASONS.has(p.reason) ||
      (p.reason === 'CrashLoopBackOff' && p.restarts >= crashLoopRestarts),
  );
}

export const describeProblem = (p: PodProblem): string =>
  `pod ${p.pod} container ${p.container}: ${p.reason}${p.message ? ` (${p.message})` : ''}${p.restarts ? `, ${p.restarts} restarts` : ''}`;

/** Waits for one workload; resolves with why it failed, or undefined when it rolled out. */
export async function watchRollout(
  client: K8sClient,
  w: Workload,
  options: WatchOptions & { readonly failFast?: boolean },
): Promise<RolloutFailure | undefined> {
  const { clock } = options;
  const started = clock.now();
  for (;;) {
    const status = await client.rolloutStatus(w.kind, w.name, w.namespace);
    if (status.done) return undefined;
    if (status.failed) {
      return {
        reason: status.failed,
        problems: await client.podProblems(w.namespace, w.matchLabels),
      };
    }
    if (options.failFast !== false) {
      const problems = await client.podProblems(w.namespace, w.matchLabels);
      const fatal = fatalProblems(problems, options.crashLoopRestarts);
      if (fatal.length > 0) {
        return {
          reason: `${fatal[0]?.reason ?? 'pod failure'}: ${describeProblem(fatal[0] as PodProblem)}`,
          problems,
        };
      }
    }
    if (clock.now() - started >= options.timeoutMs) {
      return {
        reason: `not rolled out within ${formatDuration(options.timeoutMs)} (${status.message})`,
        problems: await client.podProblems(w.namespace, w.matchLabels),
      };
    }
    await clock.sleep(options.pollMs);
  }
}
