/**
 * GitHub environments for the local runner: a job that names an `environment:` gets that
 * environment's variables and secrets on top of the repository's, and only that job.
 *
 * - Variables: "Variables stored in an environment are only available to workflow jobs that
 *   reference the environment", and "if a variable with the same name exists at multiple
 *   levels, the variable at the lowest level takes precedence" (environment over repository)
 *   (https://docs.github.com/en/actions/reference/variables-reference, "Configuration
 *   variable precedence"; docs, learn-github-actions/variables).
 * - Secrets: "Secrets stored in an environment are only available to workflow jobs that
 *   reference the environment" (https://docs.github.com/en/actions/reference/deployments-and-environments#environment-secrets).
 * - In a called (reusable) workflow the caller's job cannot name an environment; a called
 *   job that names one gets the environment's value of a secret, but only of a secret the
 *   caller passed by name (or with `secrets: inherit`); a secret the caller did not pass
 *   resolves to an empty string, with no error; the environment's value wins over the passed
 *   one; `required: true` only checks that the caller passes the secret, not that it has a
 *   value (https://docs.github.com/en/actions/how-tos/reuse-automations/reuse-workflows,
 *   "Using inputs and secrets in a reusable workflow"; reproduced in actions/runner#4453).
 * - The `environment:` value may be an expression (`${{ inputs.environment }}`), evaluated
 *   for the job (docs, workflow-syntax#jobsjob_idenvironment).
 */
import { interpolate, type Contexts, type Value } from './expressions.js';

/** An environment's own variables and secrets, as set in the repository's settings. */
export interface EnvironmentDef {
  readonly vars?: Record<string, string>;
  readonly secrets?: Record<string, string>;
  /**
   * Required reviewers, and what they decide for every job of this run. "Jobs that reference
   * an environment configured with required reviewers will wait for an approval before
   * starting"; once approved "the job can access any secrets stored in the environment"; "If
   * a job is rejected, the workflow will fail"
   * (https://docs.github.com/en/actions/managing-workflow-runs-and-deployments/managing-deployments/reviewing-deployments).
   */
  readonly reviewers?: 'approve' | 'reject';
}

/** A job that waited for the environment's reviewers, and what they decided. */
export interface Review {
  readonly job: string;
  readonly environment: string;
  readonly decision: 'approved' | 'rejected';
}

/** The review a job waits for before it starts, if its environment has reviewers. */
export function reviewOf(
  job: string,
  environment: string | undefined,
  def: EnvironmentDef | undefined,
): Review | undefined {
  if (environment === undefined || def?.reviewers === undefined) return undefined;
  return { job, environment, decision: def.reviewers === 'approve' ? 'approved' : 'rejected' };
}

export type EnvironmentSpec = string | { name?: string; url?: string } | undefined;

/** The environment a job names, evaluated; undefined for a job without one. */
export function environmentName(spec: EnvironmentSpec, ctx: Contexts): string | undefined {
  const raw = typeof spec === 'string' ? spec : spec?.name;
  if (raw === undefined) return undefined;
  const name = interpolate(raw, ctx).trim();
  if (name === '') throw new Error('the job names an empty environment');
  return name;
}

/**
 * The job's `vars` and `secrets`: the repository's (or, in a called workflow, the passed
 * secrets) with the environment's on top. `called`: the job belongs to a called workflow, so
 * only the secrets its caller passed are looked up in the environment.
 */
export function withEnvironment(
  ctx: Contexts,
  environment: EnvironmentDef | undefined,
  called: boolean,
): Contexts {
  if (!environment) return ctx;
  const vars = { ...(ctx.vars as Record<string, Value>), ...(environment.vars ?? {}) };
  const own = (ctx.secrets ?? {}) as Record<string, string>;
  const secrets: Record<string, string> = { ...own };
  for (const [name, value] of Object.entries(environment.secrets ?? {}))
    if (!called || name in own) secrets[name] = value;
  return { ...ctx, vars, secrets };
}
