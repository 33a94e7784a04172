/** Finding, creating and updating the one plan comment, behind CommentsApi; and error kinds. */
import { describe, expect, it } from '@jest/globals';
import { FakeIO } from '../../../__fixtures__/io.js';
import { FakeClock } from '../../../__fixtures__/runner.js';
import {
  isNotWritable,
  isTransientHttp,
  NotWritableError,
  upsertComment,
  type CommentsApi,
  type ExistingComment,
} from '../../../src/actions/plan-comment/upsert.js';

const MARKER = '<!-- gke-deploy-plan:k -->';

class FakeComments implements CommentsApi {
  comments: { id: number; body: string }[] = [];
  calls: string[] = [];
  /** Errors thrown by the next calls, in order. */
  errors: unknown[] = [];
  /** The next create stores the comment, then fails (a 502 after the write). */
  createThenFail = false;
  private next = 1;
  constructor(private readonly pageSize = 2) {}
  private maybeThrow(): void {
    const err = this.errors.shift();
    if (err !== undefined) throw err;
  }
  private view = (c: { id: number; body: string }): ExistingComment => ({ ...c, url: `u/${c.id}` });
  async *pages() {
    this.calls.push('list');
    this.maybeThrow();
    for (let i = 0; i < this.comments.length; i += this.pageSize) {
      yield this.comments.slice(i, i + this.pageSize).map(this.view);
    }
  }
  async create(body: string) {
    this.calls.push('create');
    this.maybeThrow();
    const c = { id: this.next++, body };
    this.comments.push(c);
    if (this.createThenFail) {
      this.createThenFail = false;
      throw Object.assign(new Error('Bad Gateway'), { status: 502 });
    }
    return this.view(c);
  }
  async update(id: number, body: string) {
    this.calls.push(`update ${id}`);
    this.maybeThrow();
    const c = this.comments.find((x) => x.id === id);
    if (!c) throw Object.assign(new Error('Not Found'), { status: 404 });
    c.body = body;
    return this.view(c);
  }
}

const opts = () => ({ logger: new FakeIO(), clock: new FakeClock() });

describe('upsertComment', () => {
  it('creates once, updates that comment after, and writes nothing when the body is the same', async () => {
    const api = new FakeComments();
    api.comments.push(
      { id: 100, body: 'LGTM' },
      { id: 101, body: `x ${MARKER}` },
      { id: 102, body: 'nit' },
    );
    const first = await upsertComment(api, MARKER, `${MARKER}\nv1`, opts());
    expect(first.result).toBe('created');
    const second = await upsertComment(api, MARKER, `${MARKER}\nv2`, opts());
    expect(second).toEqual({
      result: 'updated',
      comment: { id: first.comment.id, body: `${MARKER}\nv2`, url: `u/${first.comment.id}` },
    });
    const third = await upsertComment(api, MARKER, `${MARKER}\nv2`, opts());
    expect(third.result).toBe('unchanged');
    expect(api.calls).toEqual(['list', 'create', 'list', `update ${first.comment.id}`, 'list']);
    // A comment that only mentions the marker is not ours.
    expect(api.comments.find((c) => c.id === 101)?.body).toBe(`x ${MARKER}`);
  });

  it('finds ours past the first page', async () => {
    const api = new FakeComments(2);
    for (let i = 0; i < 5; i += 1) api.comments.push({ id: i, body: `other ${i}` });
    api.comments.push({ id: 9, body: `${MARKER}\nold` });
    const done = await upsertComment(api, MARKER, `${MARKER}\nnew`, opts());
    expect(done.result).toBe('updated');
    expect(done.comment.id).toBe(9);
  });

  it('[F50] retries a 5xx with backoff, and does not create twice when the failed create was stored', async () => {
    const api = new FakeComments();
    api.errors.push(Object.assign(new Error('Service Unavailable'), { status: 503 }));
    api.createThenFail = true;
    const o = opts();
    const done = await upsertComment(api, MARKER, `${MARKER}\nv1`, o);
    expect(done.result).toBe('created');
    expect(api.comments).toHaveLength(1);
    expect(api.calls).toEqual(['list', 'list', 'create', 'list']);
    expect(o.clock.sleeps).toHaveLength(2);
    expect((o.logger as FakeIO).warnings().join('\n')).toMatch(/attempt 1\/5 failed/);
  });

  it('turns 403 "Resource not accessible by integration" into NotWritableError, without retrying', async () => {
    const api = new FakeComments();
    const forbidden = Object.assign(
      new Error(
        'Resource not accessible by integration - https://docs.github.com/rest/issues/comments#create-an-issue-comment',
      ),
      { status: 403 },
    );
    const wrapped: CommentsApi = {
      pages: () => api.pages(),
      create: async () => {
        throw forbidden;
      },
      update: (id, body) => api.update(id, body),
    };
    await expect(upsertComment(wrapped, MARKER, `${MARKER}\nv`, opts())).rejects.toBeInstanceOf(
      NotWritableError,
    );
  });

  it('refuses a body that does not start with its marker (it could never be found again)', async () => {
    await expect(upsertComment(new FakeComments(), MARKER, 'no marker', opts())).rejects.toThrow(
      /must start with its marker/,
    );
  });
});

describe('HTTP error kinds', () => {
  const err = (status: number | undefined, message: string, headers: Record<string, string> = {}) =>
    Object.assign(new Error(message), { status, response: { headers } });
  it.each([
    [err(403, 'Resource not accessible by integration'), true, false],
    [err(403, 'You have exceeded a secondary rate limit'), false, true],
    [
      err(403, 'Resource not accessible by integration', { 'x-ratelimit-remaining': '0' }),
      false,
      true,
    ],
    [err(404, 'Not Found'), false, false],
    [err(401, 'Bad credentials'), false, false],
    [err(422, 'Body is too long (maximum is 65536 characters)'), false, false],
    [err(429, 'Too Many Requests'), false, true],
    [err(502, 'Bad Gateway'), false, true],
    [err(undefined, 'fetch failed'), false, true],
  ])('%s -> not writable %s, transient %s', (e, notWritable, transient) => {
    expect(isNotWritable(e)).toBe(notWritable);
    expect(isTransientHttp(e)).toBe(transient);
  });
});
