/**
 * One comment per pull request and key: find ours by its marker, create it once, update it
 * after. The GitHub calls sit behind CommentsApi so this logic is tested without a network.
 *
 * Pull request comments are issue comments: "Every pull request is an issue"
 * (https://docs.github.com/rest/issues/comments). The list is ordered by ascending id and
 * paginated with Link headers (https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api),
 * so the first match is the oldest, the one earlier runs kept updating.
 */
import type { Logger } from '../../lib/log/logger.js';
import { errorMessage } from '../../lib/errors.js';
import { withRetry, type Clock } from '../../lib/exec/retry.js';

export interface ExistingComment {
  readonly id: number;
  readonly body?: string | null;
  readonly url: string;
}

export interface CommentsApi {
  /** The pull request's comments, a page at a time, oldest first. */
  pages(): AsyncIterable<readonly ExistingComment[]>;
  create(body: string): Promise<ExistingComment>;
  update(id: number, body: string): Promise<ExistingComment>;
}

export type UpsertResult = 'created' | 'updated' | 'unchanged';

export interface Upserted {
  readonly result: UpsertResult;
  readonly comment: ExistingComment;
}

/** The token may read but not write: a fork's pull request, or a job without `pull-requests: write`. */
export class NotWritableError extends Error {
  override readonly name = 'NotWritableError';
}

interface HttpErrorLike {
  readonly status?: unknown;
  readonly message?: unknown;
  readonly response?: { readonly headers?: Record<string, unknown> };
}

function statusOf(err: unknown): number | undefined {
  const status = (err as HttpErrorLike | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * GitHub's answer when GITHUB_TOKEN lacks the permission, as on a public fork's pull request
 * where `issues` and `pull-requests` are at most `read`
 * (https://docs.github.com/actions/reference/github_token-reference): 403 "Resource not
 * accessible by integration" (marocchino/sticky-pull-request-comment#227). A 403 for a rate
 * limit is not this: it carries x-ratelimit-remaining: 0 or says "rate limit"
 * (https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api).
 */
export function isNotWritable(err: unknown): boolean {
  return (
    statusOf(err) === 403 &&
    !isRateLimited(err) &&
    /resource not accessible by integration/i.test(errorMessage(err))
  );
}

function isRateLimited(err: unknown): boolean {
  const headers = (err as HttpErrorLike | null)?.response?.headers ?? {};
  return (
    String(headers['x-ratelimit-remaining'] ?? '') === '0' || /rate limit/i.test(errorMessage(err))
  );
}

/** 5xx, 429 and rate-limit 403s pass; a retry later can succeed. */
export function isTransientHttp(err: unknown): boolean {
  const status = statusOf(err);
  if (status === undefined) {
    // No status: the request never got an answer (reset, refused, DNS).
    return (
      err instanceof Error &&
      /ECONNRESET|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|fetch failed|socket/i.test(errorMessage(err))
    );
  }
  return status >= 500 || status === 429 || (status === 403 && isRateLimited(err));
}

export interface UpsertOptions {
  readonly logger: Logger;
  readonly clock?: Clock;
}

async function attempt<T>(
  label: string,
  fn: (attempt: number) => Promise<T>,
  options: UpsertOptions,
): Promise<T> {
  try {
    return await withRetry(fn, {
      label,
      retryable: isTransientHttp,
      logger: options.logger,
      clock: options.clock,
    });
  } catch (err) {
    if (isNotWritable(err)) throw new NotWritableError(errorMessage(err));
    throw err;
  }
}

export async function findComment(
  api: CommentsApi,
  marker: string,
  options: UpsertOptions,
): Promise<ExistingComment | undefined> {
  return attempt(
    'list pull request comments',
    async () => {
      for await (const page of api.pages()) {
        const found = page.find((c) => (c.body ?? '').startsWith(marker));
        if (found) return found;
      }
      return undefined;
    },
    options,
  );
}

/** Creates the comment, or updates ours; a body equal to what is there is not written again. */
export async function upsertComment(
  api: CommentsApi,
  marker: string,
  body: string,
  options: UpsertOptions,
): Promise<Upserted> {
  if (!body.startsWith(marker)) throw new Error('the comment body must start with its marker');
  const existing = await findComment(api, marker, options);
  if (existing === undefined) {
    const comment = await attempt(
      'create comment',
      async (n) => {
        // A create that failed with a 5xx may still have been stored: look again before
        // creating a second comment.
        const stored = n > 1 ? await findComment(api, marker, options) : undefined;
        return stored ?? api.create(body);
      },
      options,
    );
    return { result: 'created', comment };
  }
  if (existing.body === body) return { result: 'unchanged', comment: existing };
  return {
    result: 'updated',
    comment: await attempt('update comment', () => api.update(existing.id, body), options),
  };
}
