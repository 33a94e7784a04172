import { describe, expect, it } from '@jest/globals';
import * as rules from '../../../src/lib/validate/rules.js';
import { ConfigurationError } from '../../../src/lib/errors.js';

function rejects(
  rule: rules.Rule | ((i: string, v: string) => unknown),
  value: string,
  pattern: RegExp,
): void {
  let caught: unknown;
  try {
    rule('the-input', value);
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(ConfigurationError);
  expect((caught as Error).message).toMatch(/^input "the-input": /);
  expect((caught as Error).message).toMatch(pattern);
}

describe('validation rules', () => {
  it.each([
    ['projectId', rules.projectId, 'alpine-figure-461007-i9'],
    ['region', rules.region, 'asia-southeast1'],
    ['region', rules.region, 'northamerica-northeast1'],
    ['zone', rules.zone, 'asia-southeast1-a'],
    ['location', rules.location, 'europe-west4'],
    ['location', rules.location, 'us-central1-f'],
    ['clusterName', rules.clusterName, 'data-pipeline-cluster'],
    ['serviceAccountName', rules.serviceAccountName, 'cloudsql-proxy-gsa'],
    [
      'serviceAccountEmail',
      rules.serviceAccountEmail,
      'cloudsql-proxy-gsa@alpine-figure-461007-i9.iam.gserviceaccount.com',
    ],
    ['iamRole', rules.iamRole, 'roles/cloudsql.client'],
    ['iamRole', rules.iamRole, 'projects/alpine-figure-461007-i9/roles/custom.deployer'],
    ['dnsLabel', rules.dnsLabel, 'model-serving'],
    ['dnsSubdomain', rules.dnsSubdomain, 'fastapi-backend-ksa'],
    ['helmRelease', rules.helmRelease, 'airflow'],
  ])('%s accepts %s', (_name, rule, value) => {
    expect(rule('x', `  ${value} `)).toBe(value);
  });

  it.each([
    ['[F1] blank', rules.projectId, '   ', /must not be empty/],
    ['[F2] option injection', rules.dnsLabel, '--all-namespaces', /must not start with "-"/],
    ['[F2] short flag', rules.helmRelease, '-n', /must not start with "-"/],
    ['[F3] newline', rules.clusterName, 'a\nb', /control characters/],
    ['[F3] shell metacharacters', rules.dnsLabel, 'a;id', /DNS-1123 label/],
    ['[F3] command substitution', rules.projectId, '$(id)', /project id/],
    ['[F3] backticks', rules.serviceAccountName, '`x`', /service account id/],
    ['[F4] uppercase project', rules.projectId, 'Alpine-Figure', /project id/],
    ['[F4] short project', rules.projectId, 'abc', /6-30 characters/],
    ['[F4] long project', rules.projectId, 'a'.repeat(31), /6-30 characters/],
    ['[F4] invalid region', rules.region, 'asia_southeast', /region/],
    ['[F4] zone given as region', rules.region, 'asia-southeast1-a', /region/],
    ['[F5] namespace over 63', rules.dnsLabel, 'a'.repeat(64), /at most 63/],
    ['[F5] uppercase namespace', rules.dnsLabel, 'Airflow', /DNS-1123/],
    ['[F5] underscore', rules.dnsLabel, 'air_flow', /DNS-1123/],
    ['[F5] release over 53', rules.helmRelease, 'a'.repeat(54), /at most 53/],
    ['role typo form', rules.iamRole, 'storage.admin', /IAM role/],
    ['email', rules.serviceAccountEmail, 'someone@gmail.com', /service account email/],
  ])('%s is rejected naming the input', (_name, rule, value, pattern) => {
    rejects(rule, value, pattern);
  });

  it.each([
    ['90s', 90_000],
    ['10m', 600_000],
    ['1h30m', 5_400_000],
    ['2m30s', 150_000],
  ])('duration %s is %d ms', (value, ms) => {
    expect(rules.duration('timeout', value)).toBe(ms);
  });

  it.each([['5 minutes'], ['10'], ['-5m'], ['0s'], ['m']])(
    '[F6] duration %j is rejected',
    (value) => {
      rejects(rules.duration, value, /duration|longer than zero|must not start/);
    },
  );

  it('formats durations back into the Go form', () => {
    expect(rules.formatDuration(5_400_000)).toBe('1h30m');
    expect(rules.formatDuration(90_000)).toBe('1m30s');
  });

  it.each([
    ['airflow/airflow-ksa', { namespace: 'airflow', name: 'airflow-ksa' }],
    ['application/fastapi-backend-ksa', { namespace: 'application', name: 'fastapi-backend-ksa' }],
  ])('namespacedName parses %s', (value, expected) => {
    expect(rules.namespacedName('bindings', value)).toEqual(expected);
  });

  it.each([['airflow'], ['a/b/c'], ['Airflow/ksa'], ['airflow/-ksa']])(
    '[F5] namespacedName rejects %s',
    (value) => {
      rejects(rules.namespacedName, value, /NAMESPACE\/KSA|DNS-1123|must not start/);
    },
  );
});
