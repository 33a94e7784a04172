/** plan-comment's inputs: both plan forms, and every bad value named before anything runs. */
import { describe, expect, it } from '@jest/globals';
import { commentKey, parseInputs, parsePlans } from '../../../src/actions/plan-comment/inputs.js';
import { runContext } from '../../../src/actions/plan-comment/event.js';
import { ConfigurationError } from '../../../src/lib/errors.js';

const changes = JSON.stringify([
  { resource: 'bucket gs://logs', action: 'create', status: 'planned', detail: 'missing' },
]);

describe('parsePlans', () => {
  it('reads name=<changes JSON> lines; an empty value is a step without a plan', () => {
    expect(parsePlans(`setup-wi=${changes}\n# comment\n\nhelm-airflow=\n`)).toEqual([
      { name: 'setup-wi', outcomes: JSON.parse(changes) },
      { name: 'helm-airflow', outcomes: undefined },
    ]);
  });

  it('reads a JSON object whose values are arrays, JSON strings or null', () => {
    const text = JSON.stringify({ a: JSON.parse(changes), b: changes, c: null, d: '' });
    expect(parsePlans(text).map((p) => [p.name, p.outcomes?.length])).toEqual([
      ['a', 1],
      ['b', 1],
      ['c', undefined],
      ['d', undefined],
    ]);
  });

  it.each([
    ['', /names no plan/],
    ['setup-wi', /each line must be name=<changes JSON>/],
    ['Setup_WI=[]', /plan name "Setup_WI" must be lowercase/],
    ['a=[]\na=[]', /names "a" twice/],
    ['a=[{', /entry "a" is not valid JSON/],
    ['a={"resource":"x"}', /entry "a" must be an action's `changes` output/],
    ['a=[{"resource":"x","action":"create","status":"planned"}]', /at 0\.detail/],
    ['{"a": 1', /not a valid JSON object/],
    ['{"a": 1}', /entry "a" must be an action's `changes` output/],
    [Array.from({ length: 51 }, (_, i) => `p${i}=[]`).join('\n'), /holds 51 plans; at most 50/],
  ])('[F1][F3] %j -> ConfigurationError naming "plans"', (text, message) => {
    let error: unknown;
    try {
      parsePlans(text);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).input).toBe('plans');
    expect((error as Error).message).toMatch(message);
  });

  it('never echoes a plan value in its error: it may hold anything', () => {
    expect(() => parsePlans('a=[{"resource":"hunter2-secret"}]')).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('hunter2') }),
    );
  });
});

describe('commentKey', () => {
  it('defaults to the workflow name made safe for an HTML comment', () => {
    expect(commentKey(undefined, 'Plan data platform')).toBe('Plan data platform');
    expect(commentKey(undefined, '--> <b>x</b>')).toBe('b-x-/b');
    expect(commentKey(undefined, undefined)).toBe('plan');
  });
  it.each(['a-->b', 'x>y', '-lead', 'a\nb', 'k'.repeat(101)])(
    '[F3] rejects %j, naming comment-key',
    (value) => {
      expect(() => commentKey(value, 'w')).toThrow(/input "comment-key"/);
    },
  );
});

describe('parseInputs', () => {
  const source = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? '';

  it('[F1] plans is required', () => {
    expect(() => parseInputs(source({ plans: '  ' }), {})).toThrow(/input "plans": is required/);
  });
  it('[F7] dry-run is true or false', () => {
    expect(() => parseInputs(source({ plans: 'a=[]', 'dry-run': 'yes' }), {})).toThrow(
      /input "dry-run": must be true or false/,
    );
  });
  it('[F3] title is one line', () => {
    expect(() => parseInputs(source({ plans: 'a=[]', title: 'a\nb' }), {})).toThrow(
      /input "title"/,
    );
  });
  it('mask-values are whole lines (a comma may be part of a secret)', () => {
    const inputs = parseInputs(source({ plans: 'a=[]', 'mask-values': 'p,q\n r \n' }), {});
    expect(inputs.maskValues).toEqual(['p,q', 'r']);
    expect(inputs.commentKey).toBe('plan');
  });
});

describe('runContext', () => {
  const payload = (head: string | null) =>
    JSON.stringify({
      pull_request: {
        number: 7,
        head: { sha: 'abc123', repo: head === null ? null : { full_name: head } },
        base: { repo: { full_name: 'acme/platform' } },
      },
    });
  const env = {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: '/event.json',
    GITHUB_REPOSITORY: 'acme/platform',
    GITHUB_RUN_ID: '99',
    GITHUB_SHA: 'merge-sha',
  };

  it('finds the pull request, its head commit and the run URL', () => {
    const ctx = runContext(env, () => payload('acme/platform'));
    expect(ctx).toEqual({
      eventName: 'pull_request',
      sha: 'abc123',
      runUrl: 'https://github.com/acme/platform/actions/runs/99',
      apiUrl: 'https://api.github.com',
      pullRequest: {
        owner: 'acme',
        repo: 'platform',
        number: 7,
        headSha: 'abc123',
        fromFork: false,
      },
    });
  });
  it('marks a fork (also a deleted one) as such', () => {
    expect(runContext(env, () => payload('someone/platform')).pullRequest?.fromFork).toBe(true);
    expect(runContext(env, () => payload(null)).pullRequest?.fromFork).toBe(true);
  });
  it('has no pull request for a push, or an unreadable event file', () => {
    expect(
      runContext({ ...env, GITHUB_EVENT_NAME: 'push' }, () => payload('acme/platform')).pullRequest,
    ).toBeUndefined();
    expect(
      runContext(env, () => {
        throw new Error('ENOENT');
      }).pullRequest,
    ).toBeUndefined();
  });
  it('uses GITHUB_API_URL (GHES, tests) without a trailing slash', () => {
    expect(runContext({ GITHUB_API_URL: 'http://127.0.0.1:1/' }).apiUrl).toBe('http://127.0.0.1:1');
  });
});
