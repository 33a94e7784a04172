import { describe, expect, it } from '@jest/globals';
import {
  condition,
  evaluate,
  evaluateValue,
  interpolate,
} from '../../test-support/pipeline/expressions.js';

const ctx = {
  steps: { wi: { outputs: { 'gsa-email': 'a@b.iam.gserviceaccount.com' } } },
  needs: { images: { outputs: { refs: '{"custom-airflow":"r@sha256:1"}' } } },
  inputs: { components: 'airflow,app', 'dry-run': false },
  github: { ref: 'refs/tags/v1.2.3', event_name: 'push' },
  vars: { GCP_PROJECT: 'alpine-figure-461007-i9' },
};

describe('workflow expressions (test support)', () => {
  it.each([
    ['steps.wi.outputs.gsa-email', 'a@b.iam.gserviceaccount.com'],
    ["fromJSON(needs.images.outputs.refs)['custom-airflow']", 'r@sha256:1'],
    ["contains(inputs.components, 'airflow')", true],
    ["github.event_name == 'PUSH'", true],
    ["startsWith(github.ref, 'refs/tags/v') && !inputs.dry-run", true],
    ["vars.MISSING || 'fallback'", 'fallback'],
    ["format('{0}-{1}', vars.GCP_PROJECT, 'x')", 'alpine-figure-461007-i9-x'],
  ])('%s', (expr, expected) => {
    expect(evaluate(expr, ctx)).toEqual(expected);
  });

  it('interpolates strings and evaluates if: conditions', () => {
    expect(interpolate('gs://${{ vars.GCP_PROJECT }}-logs', ctx)).toBe(
      'gs://alpine-figure-461007-i9-logs',
    );
    expect(condition("${{ github.event_name == 'pull_request' }}", ctx)).toBe(false);
    expect(condition(undefined, ctx)).toBe(true);
  });

  it('refuses what it does not understand instead of guessing', () => {
    expect(() => evaluate('hashFiles("x")', ctx)).toThrow();
    expect(() => evaluate("'unterminated", ctx)).toThrow(/unterminated/);
  });
});

describe('object filters', () => {
  it('needs.*.result lists every job result', () => {
    const c = { needs: { a: { result: 'success' }, b: { result: 'failure' } } };
    expect(evaluate("contains(needs.*.result, 'failure')", c)).toBe(true);
    expect(evaluate("!cancelled() && !contains(needs.*.result, 'failure')", c)).toBe(false);
  });
});

describe('status check functions (docs expressions#status-check-functions)', () => {
  const failed = { success: false, failure: true, cancelled: false };
  const cancelled = { success: false, failure: false, cancelled: true };
  it.each([
    [undefined, failed, false],
    ["github.event_name == 'push'", failed, false],
    ['always()', failed, true],
    ['failure()', failed, true],
    ['!cancelled()', failed, true],
    ['${{ !cancelled() }}', cancelled, false],
    ['always()', cancelled, true],
    ['cancelled()', cancelled, true],
    ['success() || failure()', cancelled, false],
  ])(
    'if: %s with %j -> %s (implicit success() unless a status function is named)',
    (expr, status, expected) => {
      expect(condition(expr, ctx, status)).toBe(expected);
    },
  );

  it('a with: value that is one expression keeps its type; anything else is a string', () => {
    expect(evaluateValue('${{ inputs.dry-run }}', ctx)).toBe(false);
    expect(evaluateValue('x-${{ inputs.dry-run }}', ctx)).toBe('x-false');
    expect(evaluateValue(true, ctx)).toBe(true);
  });
});
