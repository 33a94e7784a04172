/**
 * What both deploy actions share around Deploy: the kubectl client, the auth hint, the failure
 * summary with diagnostics (redacted by the front end), and knobs tests turn down.
 */
import type { FailureReport, RunContext } from '../reconcile/definition.js';
import type { ApplyError, Change } from '../reconcile/engine.js';
import type { KubeObject } from '../tools/kubectl.js';
import type { PruneTarget } from './apply-set.js';
import { K8sClient } from './client.js';
import { Deploy, RolloutFailedError, type DeployOp, type DeployRequest } from './deploy.js';
import { displayYaml } from './manifests.js';
import { deleteTarget, planPrune } from './prune.js';
import { repositoryFromEnv, resolveProvenance, type RunProvenance } from './provenance.js';
import { deploySummary } from './report.js';
import { DEFAULT_SMOKE, smokeCheck } from './smoke.js';

/** Timing knobs; production uses the defaults, tests make them small. */
export interface DeployTuning {
  readonly pollMs?: number;
  readonly addressPollMs?: number;
  readonly smokeAttempts?: number;
  readonly smokeDelayMs?: number;
}

export const tuned = (t: DeployTuning = {}) => ({
  pollMs: t.pollMs ?? 5000,
  addressPollMs: t.addressPollMs ?? 10_000,
  smokeAttempts: t.smokeAttempts ?? DEFAULT_SMOKE.attempts,
  smokeDelayMs: t.smokeDelayMs ?? DEFAULT_SMOKE.delayMs,
});

/** The HTTP smoke check after a deploy, with the tuned attempts. */
export async function smoke(
  url: string,
  ctx: RunContext,
  tuning: DeployTuning = {},
): Promise<void> {
  const knobs = tuned(tuning);
  await smokeCheck(url, {
    attempts: knobs.smokeAttempts,
    delayMs: knobs.smokeDelayMs,
    requestTimeoutMs: 10_000,
    clock: ctx.clock,
    logger: ctx.logger,
  });
}

/** A deploy's ops: apply (deploy.ts) and, with prune on, delete what the set left behind. */
export type DeployActionOp = DeployOp | { readonly type: 'delete'; readonly target: PruneTarget };

export interface DeploySteps {
  readonly client: K8sClient;
  preflight(): Promise<void>;
  plan(): Promise<Change<DeployActionOp>[]>;
  apply(op: DeployActionOp): Promise<string | void>;
  verify(): Promise<void>;
}

/**
 * The preflight, plan, apply and verify of a deploy, for a definition's run. With `pruneSet`,
 * the plan ends with deleting what that apply set applied before and `request.objects` no longer
 * holds; an offline plan (no cluster) cannot know, so it lists none.
 */
export function deploySteps(
  ctx: RunContext,
  request: DeployRequest,
  pruneSet?: string,
): DeploySteps {
  const client = new K8sClient(ctx);
  // Every deploy stamps what it changes with this run's provenance, resolved once, on demand.
  let provenance: Promise<RunProvenance> | undefined;
  const deploy = new Deploy(ctx, client, {
    provenance: () => (provenance ??= resolveProvenance(ctx)),
    ...request,
  });
  const prune = (): Promise<Change<DeployActionOp>[]> =>
    pruneSet === undefined || ctx.offline
      ? Promise.resolve([])
      : planPrune(
          client,
          {
            namespace: request.namespace,
            objects: request.objects,
            setId: pruneSet,
            repository: repositoryFromEnv(),
          },
          ctx.dryRun,
          (target) => ({ type: 'delete', target }),
        );
  // The rollout is watched once: before the first delete (so an old workload goes only once
  // its successor runs, as the runbook does by hand), or in the verify phase when nothing is
  // pruned. A failed rollout is undone by deploy.verify() and stops the deletes.
  let verified: Promise<void> | undefined;
  const verifyOnce = (): Promise<void> => (verified ??= deploy.verify());
  const deleteAfterRollout = async (target: PruneTarget): Promise<void> => {
    try {
      await verifyOnce();
    } catch (err) {
      if (!(err instanceof RolloutFailedError)) throw err;
      throw new RolloutFailedError(
        `not deleted, because the applied objects did not roll out: ${err.message}`,
        err.diagnostics,
        err.rolledBack,
        err.resource,
      );
    }
    await deleteTarget(client, target);
  };
  return {
    client,
    preflight: () => client.ensureAvailable(),
    plan: () =>
      withAuthHint(async () => [
        ...(await deploy.plan(ctx.offline, ctx.dryRun)),
        // After every apply: a renamed object's successor exists before the old one goes.
        ...(await prune()),
      ]),
    apply: (op) =>
      withAuthHint(() => (op.type === 'delete' ? deleteAfterRollout(op.target) : deploy.apply(op))),
    verify: () => withAuthHint(verifyOnce),
  };
}

/** The failure summary of a deploy: outcomes, pod reasons and events, the manifests. */
export async function deployFailure(
  action: string,
  err: ApplyError,
  warnings: readonly string[],
  objects: readonly KubeObject[],
  intro?: string,
): Promise<FailureReport> {
  const rollout = err.cause instanceof RolloutFailedError ? err.cause : undefined;
  const diagnostics = (err.cause as { diagnostics?: unknown }).diagnostics;
  if (typeof diagnostics !== 'string') return {};
  return {
    summary: deploySummary({
      heading: `${action} failed`,
      intro: intro ?? err.message,
      outcomes: err.outcomes,
      warnings,
      diagnostics,
      manifestsYaml: rollout ? await displayYaml(objects) : undefined,
    }),
  };
}

const EXPIRED =
  /You must be logged in to the server|\(Unauthorized\)|token (?:has )?expired|Unauthorized/;

/**
 * A kubeconfig from get-gke-credentials carries an access token that lives about an hour; a
 * long job outlives it and every call then fails "Unauthorized" (F52). Say what to do.
 */
export async function withAuthHint<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof Error && !(err instanceof RolloutFailedError) && EXPIRED.test(err.message)) {
      throw new Error(
        `${err.message}\nThe cluster credentials were refused: the access token in the kubeconfig has probably expired (they last about an hour). Run google-github-actions/auth and get-gke-credentials again right before this step, or split long jobs.`,
        { cause: err },
      );
    }
    throw err;
  }
}
