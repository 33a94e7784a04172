/**
 * Bounded retries: capped exponential backoff with full jitter and a total deadline. Every
 * attempt after the first is logged as "attempt n/N". The final error says how many attempts
 * were made and carries the last error's message.
 */
import type { Logger } from '../log/logger.js';
import { CommandError, errorMessage } from '../errors.js';

export interface RetryPolicy {
  readonly attempts: number;
  readonly baseMs: number;
  readonly maxDelayMs: number;
  /** No new attempt starts when it would begin after this much time since the first. */
  readonly deadlineMs: number;
}

/** For 429/5xx: a handful of quick attempts. */
export const TRANSIENT_POLICY: RetryPolicy = {
  attempts: 5,
  baseMs: 1000,
  maxDelayMs: 16_000,
  deadlineMs: 120_000,
};

/**
 * For IAM eventual consistency: a new service account can read as "does not exist" for 60 s
 * or more (https://cloud.google.com/iam/docs/service-accounts-create), so the budget is longer.
 */
export const PROPAGATION_POLICY: RetryPolicy = {
  attempts: 10,
  baseMs: 2000,
  maxDelayMs: 20_000,
  deadlineMs: 180_000,
};

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
  /** A number in [0, 1) for jitter. */
  random(): number;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: () => Math.random(),
};

export class RetryExhaustedError extends Error {
  override readonly name = 'RetryExhaustedError';
  constructor(
    label: string,
    readonly attempts: number,
    readonly lastError: unknown,
  ) {
    super(`${label}: failed after ${attempts} attempts: ${errorMessage(lastError)}`);
  }
}

export interface RetryOptions {
  readonly label: string;
  readonly policy?: RetryPolicy;
  readonly retryable?: (err: unknown) => boolean;
  readonly logger: Logger;
  readonly clock?: Clock;
}

/** Transient failures by default; the caller widens this (etag conflicts, IAM propagation). */
export function isTransient(err: unknown): boolean {
  return err instanceof CommandError && err.kind === 'transient';
}

export function backoffDelay(attempt: number, policy: RetryPolicy, random: number): number {
  const cap = Math.min(policy.maxDelayMs, policy.baseMs * 2 ** (attempt - 1));
  // Full jitter spreads parallel CI jobs that share a project's quota.
  return Math.round(cap / 2 + (cap / 2) * random);
}

export async function withRetry<T>(
  fn: (attempt: number) => Promise<T>,
  options: RetryOptions,
): Promise<T> {
  const policy = options.policy ?? TRANSIENT_POLICY;
  const retryable = options.retryable ?? isTransient;
  const clock = options.clock ?? systemClock;
  const started = clock.now();
  let attempt = 1;
  for (;;) {
    try {
      return await fn(attempt);
    } catch (err) {
      if (!retryable(err)) throw err;
      const delay = backoffDelay(attempt, policy, clock.random());
      const outOfTime = clock.now() - started + delay > policy.deadlineMs;
      if (attempt >= policy.attempts || outOfTime) {
        throw new RetryExhaustedError(options.label, attempt, err);
      }
      options.logger.warning(
        `${options.label}: attempt ${attempt}/${policy.attempts} failed (${firstLine(err)}); retrying in ${(delay / 1000).toFixed(1)}s`,
      );
      await clock.sleep(delay);
      attempt += 1;
    }
  }
}

function firstLine(err: unknown): string {
  const text = errorMessage(err);
  const line = text.split('\n').find((l) => l.trim().length > 0) ?? text;
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
