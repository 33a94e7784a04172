/**
 * Safe IAM read-modify-write, shared by every action that grants roles. gcloud's
 * `add-iam-policy-binding` does its own read-modify-write per binding; we read once, add every
 * missing binding, and write once with the etag we read, so a concurrent writer makes IAM
 * answer 409 and we redo the whole cycle from a fresh read (security-reliability.md 4.2).
 */
import type { Logger } from '../log/logger.js';
import { CommandError } from '../errors.js';
import {
  isTransient,
  PROPAGATION_POLICY,
  TRANSIENT_POLICY,
  withRetry,
  type Clock,
} from '../exec/retry.js';
import { withTempFile } from '../fs.js';
import { hasBinding, withBindings, type Gcloud, type IamPolicy } from './gcloud.js';

export interface PolicyTarget {
  /** Human name for logs: `project alpine-...`, `service account x@y`. */
  readonly label: string;
  /** argv (without --format) that prints the policy. */
  readonly getArgs: readonly string[];
  /** argv that writes the policy file at `file`. */
  readonly setArgs: (file: string) => readonly string[];
}

export interface Grant {
  readonly role: string;
  readonly member: string;
}

export interface GrantOptions {
  readonly gcloud: Gcloud;
  readonly logger: Logger;
  readonly clock: Clock;
  /**
   * True when this run just created a principal named in the grants: IAM may answer that it
   * "does not exist" for a minute or more, which is then worth waiting out (case F16).
   */
  readonly principalJustCreated?: boolean;
}

export function missingGrants(policy: IamPolicy, grants: readonly Grant[]): Grant[] {
  return grants.filter((g) => !hasBinding(policy, g.role, g.member));
}

/** True for "Service account ... does not exist" / NOT_FOUND right after a create. */
export function isPropagationDelay(err: unknown): boolean {
  return (
    err instanceof CommandError &&
    (err.kind === 'not-found' ||
      /does not exist|NOT_FOUND|INVALID_ARGUMENT.*service account/i.test(err.stderr))
  );
}

/**
 * Adds `grants` to the target's policy when missing. Returns the grants it wrote (empty when
 * all were present: then no write is made).
 */
export async function ensureGrants(
  target: PolicyTarget,
  grants: readonly Grant[],
  options: GrantOptions,
): Promise<Grant[]> {
  const { gcloud } = options;
  return withRetry(
    async () => {
      const policy = await gcloud.json<IamPolicy>(target.getArgs);
      const missing = missingGrants(policy, grants);
      if (missing.length === 0) return [];
      const updated = withBindings(policy, missing);
      await withTempFile('policy.json', JSON.stringify(updated), (file) =>
        gcloud.execute([...target.setArgs(file), '--format=json', '--quiet'], { mutating: true }),
      );
      return missing;
    },
    {
      label: `update IAM policy of ${target.label}`,
      logger: options.logger,
      clock: options.clock,
      policy: options.principalJustCreated ? PROPAGATION_POLICY : TRANSIENT_POLICY,
      retryable: (err) =>
        isTransient(err) ||
        (err instanceof CommandError && err.kind === 'conflict') ||
        (options.principalJustCreated === true && isPropagationDelay(err)),
    },
  );
}
