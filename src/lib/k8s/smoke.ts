/** The HTTP smoke check after a rollout: bounded retries with node's fetch, a clear failure. */
import { errorMessage } from '../errors.js';
import type { Clock } from '../exec/retry.js';
import type { Logger } from '../log/logger.js';

export interface SmokeOptions {
  readonly attempts: number;
  readonly delayMs: number;
  readonly requestTimeoutMs: number;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly fetch?: typeof fetch;
}

export const DEFAULT_SMOKE = { attempts: 10, delayMs: 6000, requestTimeoutMs: 10_000 } as const;

/** Resolves with the HTTP status once a GET answers 2xx/3xx; throws after `attempts`. */
export async function smokeCheck(url: string, options: SmokeOptions): Promise<number> {
  const doFetch = options.fetch ?? fetch;
  let last = '';
  for (let attempt = 1; attempt <= options.attempts; attempt++) {
    try {
      const response = await doFetch(url, {
        method: 'GET',
        redirect: 'manual',
        signal: AbortSignal.timeout(options.requestTimeoutMs),
      });
      await response.body?.cancel().catch(() => undefined);
      if (response.status >= 200 && response.status < 400) {
        options.logger.info(`smoke check: GET ${url} answered ${response.status}`);
        return response.status;
      }
      last = `HTTP ${response.status}`;
    } catch (err) {
      last = errorMessage(err);
    }
    if (attempt < options.attempts) {
      options.logger.info(
        `smoke check: GET ${url}: ${last}; attempt ${attempt}/${options.attempts}`,
      );
      await options.clock.sleep(options.delayMs);
    }
  }
  throw new Error(
    `smoke check failed: GET ${url} did not answer 2xx/3xx after ${options.attempts} attempts (last: ${last})`,
  );
}
