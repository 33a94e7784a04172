import { describe, expect, it } from '@jest/globals';
import { ConfigurationError } from '../../../src/lib/errors.js';
import {
  bucketLabels,
  bucketLocation,
  bucketMember,
  bucketName,
} from '../../../src/lib/validate/bucket.js';

describe('bucketName', () => {
  it.each([
    'abc',
    'airflow-logs-alpine',
    'airflow_logs',
    'logs.example.com',
    'a'.repeat(63),
    `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(29)}`,
    '1-2-3',
    'my-googl-bucket',
  ])('accepts %s', (name) => {
    expect(bucketName('bucket', name)).toBe(name);
  });

  it.each([
    ['ab', /3-63 characters/],
    ['a'.repeat(64), /3-63 characters/],
    [`${'a'.repeat(64)}.com`, /each dot-separated part/],
    [`${'a'.repeat(60)}.`.repeat(4) + 'abc', /3-222 characters/],
    ['a..b', /each dot-separated part/],
    ['Airflow-Logs', /lowercase letters/],
    ['airflow logs', /lowercase letters/],
    ['bucket/logs', /lowercase letters/],
    ['gs://airflow-logs', /without "gs:\/\/"/],
    ['-logs', /must not start with "-"/],
    ['logs-', /start and end/],
    ['_logs', /start and end/],
    ['logs.', /start and end/],
    ['192.168.5.4', /IP address/],
    ['goog-logs', /"goog"/],
    ['my-google-logs', /google/],
    ['my-g00gle-logs', /google/],
    ['logs-go0g1e', /google/],
    ['', /must not be empty/],
  ])('[F23] rejects %s', (name, rule) => {
    const attempt = () => bucketName('bucket', name);
    expect(attempt).toThrow(ConfigurationError);
    expect(attempt).toThrow(rule);
    expect(attempt).toThrow('input "bucket"');
  });
});

describe('bucketLocation', () => {
  it.each([
    ['asia-southeast1', 'ASIA-SOUTHEAST1'],
    ['US', 'US'],
    ['eu', 'EU'],
    ['ASIA1', 'ASIA1'],
    ['nam4', 'NAM4'],
    ['us-central1', 'US-CENTRAL1'],
  ])('accepts %s as %s', (value, expected) => {
    expect(bucketLocation('location', value)).toBe(expected);
  });
  it.each(['asia southeast1', 'us-central1-a', '--location', 'us_central1'])('rejects %s', (v) => {
    expect(() => bucketLocation('location', v)).toThrow(ConfigurationError);
  });
});

describe('bucketLabels', () => {
  it('accepts Google label rules, including empty values and international letters', () => {
    expect(
      bucketLabels('labels', [
        ['team', 'data'],
        ['env', ''],
        ['cost_center', 'a-1'],
        ['équipe', 'données'],
      ]),
    ).toEqual({ team: 'data', env: '', cost_center: 'a-1', équipe: 'données' });
  });
  it.each([
    [[['Team', 'x']], /label key "Team"/],
    [[['1team', 'x']], /label key "1team"/],
    [[['', 'x']], /label key ""/],
    [[['k'.repeat(64), 'x']], /label key/],
    [[['team', 'Data']], /label value "Data"/],
    [[['team', 'a,b=c']], /label value/],
    [[['team', 'v'.repeat(64)]], /label value/],
    [
      [
        ['a', '1'],
        ['a', '2'],
      ],
      /given twice/,
    ],
    [Array.from({ length: 65 }, (_, i) => [`k${i}`, 'v']), /at most 64 labels/],
  ] as [[string, string][], RegExp][])('rejects bad labels, case %#', (pairs, rule) => {
    expect(() => bucketLabels('labels', pairs)).toThrow(rule);
  });
});

describe('bucketMember', () => {
  it.each([
    [
      'cloudsql-proxy-gsa@alpine-figure-461007-i9.iam.gserviceaccount.com',
      'serviceAccount:cloudsql-proxy-gsa@alpine-figure-461007-i9.iam.gserviceaccount.com',
    ],
    ['group:data-eng@example.com', 'group:data-eng@example.com'],
    [
      'principal://iam.googleapis.com/projects/1/locations/global/workloadIdentityPools/p.svc.id.goog/subject/ns/airflow/sa/airflow-ksa',
      'principal://iam.googleapis.com/projects/1/locations/global/workloadIdentityPools/p.svc.id.goog/subject/ns/airflow/sa/airflow-ksa',
    ],
  ])('accepts %s', (value, expected) => {
    expect(bucketMember('member', value)).toBe(expected);
  });
  it.each(['someone', 'allUsers', 'allAuthenticatedUsers', 'serviceAccount:a b', '--member=x'])(
    'rejects %s',
    (value) => {
      expect(() => bucketMember('member', value)).toThrow(ConfigurationError);
    },
  );
});
