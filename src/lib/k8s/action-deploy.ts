/**
 * What both deploy actions share around deployObjects(): the kubectl client, the failure
 * summary with diagnostics (redacted), and knobs tests turn down (poll intervals).
 */
import type { ActionContext } from '../action/context.js';
import { K8sClient } from './client.js';
import {
  deployObjects,
  RolloutFailedError,
  type DeployRequest,
  type DeployResult,
} from './deploy.js';
import { displayYaml } from './manifests.js';
import { deploySummary } from './report.js';
import { DEFAULT_SMOKE } from './smoke.js';

/** Timing knobs; production uses the defaults, tests make them small. */
export interface DeployTuning {
  readonly pollMs?: number;
  readonly addressPollMs?: number;
  readonly smokeAttempts?: number;
  readonly smokeDelayMs?: number;
}

export const tuned = (t: DeployTuning) => ({
  pollMs: t.pollMs ?? 5000,
  addressPollMs: t.addressPollMs ?? 10_000,
  smokeAttempts: t.smokeAttempts ?? DEFAULT_SMOKE.attempts,
  smokeDelayMs: t.smokeDelayMs ?? DEFAULT_SMOKE.delayMs,
});

export async function prepareClient(ctx: ActionContext): Promise<K8sClient> {
  const client = new K8sClient(ctx);
  await client.ensureAvailable();
  return client;
}

/** deployObjects(), writing the failure summary (pod reasons, events) before rethrowing. */
export async function deployOrReport(
  ctx: ActionContext,
  client: K8sClient,
  action: string,
  request: DeployRequest,
  warnings: readonly string[],
  onRolledBack?: (rolledBack: readonly string[]) => void,
): Promise<DeployResult> {
  try {
    return await withAuthHint(() => deployObjects(ctx, client, request));
  } catch (err) {
    if (err instanceof RolloutFailedError) {
      onRolledBack?.(err.rolledBack);
      const redactor = ctx.runner.redactor;
      await ctx.io.writeSummary(
        redactor.redact(
          deploySummary({
            heading: `${action} failed`,
            intro: err.message,
            outcomes: err.outcomes,
            warnings,
            diagnostics: err.diagnostics,
            manifestsYaml: await displayYaml(request.objects),
          }),
        ),
      );
    }
    throw err;
  }
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
