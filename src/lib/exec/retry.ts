/**
 * Bounded retries: capped exponential backoff with full jitter and a total deadline. Every
 * attempt after the first is logged as "attempt n/N". When they run out, the last error itself is
 * rethrown, with how many attempts were made (an `attempts` property and a message suffix), so a
 * caller tests it as it would a first failure and never unwraps anything.
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

/** The last error withRetry gave up on, with the number of attempts it made. */
export type Exhausted = Error & { readonly attempts: number };

/** How many attempts withRetry made before it rethrew `err`; undefined for a first failure. */
export function attemptsOf(err: unknown): number | undefined {
  const attempts = (err as Partial<Exhausted> | null)?.attempts;
  return typeof attempts === 'number' ? attempts : undefined;
}

/**
 * The last error, told how many attempts were made. The same object keeps its class and fields
 * (CommandError's kind and stderr); only what was thrown as a non-Error is wrapped.
 */
function exhausted(label: string, attempts: number, err: unknown): Exhausted {
  const error = err instanceof Error ? err : new Error(errorMessage(err));
  error.message = `${error.message} (${label}: gave up after ${attempts} attempts)`;
  return Object.assign(error, { attempts });
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
        throw exhausted(options.label, attempt, err);
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
