import { describe, expect, it } from '@jest/globals';
import { MemoryLogger } from '../../../src/lib/log/logger.js';
import { CommandError } from '../../../src/lib/errors.js';
import { classifyFailure } from '../../../src/lib/exec/classify.js';
import { Redactor, secretForms } from '../../../src/lib/exec/redact.js';
import {
  attemptsOf,
  backoffDelay,
  TRANSIENT_POLICY,
  withRetry,
} from '../../../src/lib/exec/retry.js';
import { FakeClock } from '../../../__fixtures__/runner.js';

describe('classifyFailure', () => {
  it.each([
    [
      "429 Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute'",
      'transient',
    ],
    ['RESOURCE_EXHAUSTED: too many', 'transient'],
    ['UNAVAILABLE: 503 Service Unavailable', 'transient'],
    ['read: connection reset by peer', 'transient'],
    ['net/http: TLS handshake timeout', 'transient'],
    ['ABORTED: There were concurrent policy changes.', 'conflict'],
    ['PERMISSION_DENIED: caller does not have permission', 'permission'],
    ['Error from server (Forbidden): secrets is forbidden', 'permission'],
    ['Error from server (NotFound): namespaces "x" not found', 'not-found'],
    ['NOT_FOUND: Service account x does not exist.', 'not-found'],
    ['INVALID_ARGUMENT: Role roles/storage.admn is not supported', 'permanent'],
    ['You exceeded your current quota, please check your plan', 'permanent'],
    ['', 'permanent'],
  ])('%j is %s', (stderr, kind) => {
    expect(classifyFailure(1, stderr)).toBe(kind);
  });

  it('treats a timeout kill (124) as transient', () => {
    expect(classifyFailure(124, 'kubectl timed out after 30s')).toBe('transient');
  });
});

describe('withRetry', () => {
  const transient = () => new CommandError('gcloud x', 1, '503 UNAVAILABLE', 'transient');

  it('retries transient failures with growing, capped, jittered delays and logs attempt n/N', async () => {
    const clock = new FakeClock();
    const logger = new MemoryLogger();
    let calls = 0;
    const result = await withRetry(
      async () => {
        calls += 1;
        if (calls < 4) throw transient();
        return 'ok';
      },
      { label: 'op', logger, clock },
    );
    expect(result).toBe('ok');
    expect(clock.sleeps).toEqual([750, 1500, 3000]);
    expect(logger.text()).toContain('op: attempt 1/5 failed');
    expect(logger.text()).toContain('attempt 3/5');
  });

  it('rethrows the last error itself, with the attempt count, so no caller unwraps it', async () => {
    const clock = new FakeClock();
    const thrown: CommandError[] = [];
    const err = await withRetry(
      async () => {
        thrown.push(transient());
        throw thrown[thrown.length - 1];
      },
      { label: 'op', logger: new MemoryLogger(), clock },
    ).catch((e: unknown) => e);
    expect(thrown).toHaveLength(5);
    // The very object of the fifth attempt: its class and kind still classify it.
    expect(err).toBe(thrown[4]);
    expect(err).toBeInstanceOf(CommandError);
    expect((err as CommandError).kind).toBe('transient');
    expect(attemptsOf(err)).toBe(5);
    expect((err as Error).message).toMatch(/UNAVAILABLE.*\(op: gave up after 5 attempts\)$/s);
  });

  it('wraps a thrown non-Error once, with the attempt count', async () => {
    const err = await withRetry(async () => Promise.reject('socket hang up'), {
      label: 'op',
      logger: new MemoryLogger(),
      clock: new FakeClock(),
      retryable: () => true,
      policy: { attempts: 2, baseMs: 1, maxDelayMs: 1, deadlineMs: 1000 },
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toBe('socket hang up (op: gave up after 2 attempts)');
    expect(attemptsOf(err)).toBe(2);
  });

  it('a first failure that is not retried carries no attempt count', async () => {
    const err = await withRetry(
      async () => Promise.reject(new CommandError('x', 1, 'PERMISSION_DENIED', 'permission')),
      { label: 'op', logger: new MemoryLogger(), clock: new FakeClock() },
    ).catch((e: unknown) => e);
    expect(attemptsOf(err)).toBeUndefined();
    expect((err as Error).message).not.toContain('gave up');
  });

  it('stops at the total deadline even with attempts left', async () => {
    const clock = new FakeClock();
    const policy = { attempts: 100, baseMs: 10_000, maxDelayMs: 60_000, deadlineMs: 30_000 };
    await expect(
      withRetry(async () => Promise.reject(transient()), {
        label: 'op',
        logger: new MemoryLogger(),
        clock,
        policy,
      }),
    ).rejects.toThrow(/gave up after \d attempts/);
    expect(clock.time).toBeLessThanOrEqual(30_000);
  });

  it('never retries what is not retryable', async () => {
    const clock = new FakeClock();
    let calls = 0;
    await expect(
      withRetry(
        async () => {
          calls += 1;
          throw new CommandError('gcloud x', 1, 'PERMISSION_DENIED', 'permission');
        },
        { label: 'op', logger: new MemoryLogger(), clock },
      ),
    ).rejects.toThrow('PERMISSION_DENIED');
    expect(calls).toBe(1);
  });

  it('caps the delay', () => {
    expect(backoffDelay(20, TRANSIENT_POLICY, 0.999)).toBeLessThanOrEqual(
      TRANSIENT_POLICY.maxDelayMs,
    );
  });
});

describe('Redactor', () => {
  it('masks a secret, its base64 and its lines, longest first', () => {
    const r = new Redactor();
    const secret = 'line-one-secret\nline-two-secret';
    r.add(secret);
    const b64 = Buffer.from(secret).toString('base64');
    expect(r.redact(`a ${secret} b ${b64} c line-two-secret`)).toBe('a *** b *** c ***');
  });

  it('ignores empty secrets', () => {
    expect(secretForms('   ')).toEqual([]);
  });
});
