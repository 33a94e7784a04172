import { describe, expect, it } from '@jest/globals';
import { argv, labelsArg } from '../../../src/actions/gcs-log-bucket/argv.js';
import type { GcsLogBucketInputs } from '../../../src/actions/gcs-log-bucket/inputs.js';
import {
  desiredLifecycle,
  planGcsLogBucket,
  retentionRule,
  type ObservedBucket,
} from '../../../src/actions/gcs-log-bucket/plan.js';
import { ConfigurationError } from '../../../src/lib/errors.js';

const GSA = 'serviceAccount:cloudsql-proxy-gsa@alpine-figure-461007-i9.iam.gserviceaccount.com';
const ROLE = 'roles/storage.objectAdmin';
const inputs = (over: Partial<GcsLogBucketInputs> = {}): GcsLogBucketInputs => ({
  projectId: 'alpine-figure-461007-i9',
  bucket: 'airflow-logs-alpine',
  location: 'ASIA-SOUTHEAST1',
  member: GSA,
  role: ROLE,
  labels: {},
  dryRun: false,
  ...over,
});
const good: ObservedBucket = {
  location: 'ASIA-SOUTHEAST1',
  projectNumber: '42',
  uniform: true,
  publicAccessPrevention: 'enforced',
  labels: { team: 'data' },
  lifecycleRules: [retentionRule(30)],
};
const granted = { etag: 'x', bindings: [{ role: ROLE, members: [GSA] }] };

describe('argv', () => {
  it('builds gcloud storage commands (never gsutil)', () => {
    expect(argv.describeBucket('b-1')).toEqual([
      'storage',
      'buckets',
      'describe',
      'gs://b-1',
      '--raw',
    ]);
    expect(argv.createBucket('p-123456', 'b-1', 'US', '/tmp/l.json')).toEqual([
      'storage',
      'buckets',
      'create',
      'gs://b-1',
      '--project=p-123456',
      '--location=US',
      '--uniform-bucket-level-access',
      '--public-access-prevention',
      '--lifecycle-file=/tmp/l.json',
    ]);
    expect(argv.createBucket('p-123456', 'b-1', 'US')).not.toContainEqual(
      expect.stringContaining('--lifecycle-file'),
    );
    expect(argv.updateBucket('b-1', { uniform: true, labels: { a: '1', b: '' } })).toEqual([
      'storage',
      'buckets',
      'update',
      'gs://b-1',
      '--uniform-bucket-level-access',
      '--update-labels=a=1,b=',
    ]);
    expect(argv.updateBucket('b-1', { pap: true, lifecycleFile: 'F' })).toEqual([
      'storage',
      'buckets',
      'update',
      'gs://b-1',
      '--public-access-prevention',
      '--lifecycle-file=F',
    ]);
    expect(argv.setPolicy('b-1')('P.json')).toEqual([
      'storage',
      'buckets',
      'set-iam-policy',
      'gs://b-1',
      'P.json',
    ]);
    expect(labelsArg({})).toBe('');
  });
});

describe('desiredLifecycle', () => {
  const move = {
    action: { type: 'SetStorageClass', storageClass: 'COLDLINE' },
    condition: { age: 7 },
  };
  const conditional = {
    action: { type: 'Delete' },
    condition: { age: 5, matchesPrefix: ['tmp/'] },
  };
  it.each([
    ['no retention wanted', undefined, [retentionRule(3)], undefined],
    ['already there', 30, [move, retentionRule(30)], undefined],
    ['absent', 30, [], [retentionRule(30)]],
    [
      'another age is replaced, other rules kept',
      30,
      [move, conditional, retentionRule(9)],
      [move, conditional, retentionRule(30)],
    ],
    ['duplicates collapse', 30, [retentionRule(30), retentionRule(30)], [retentionRule(30)]],
  ])('%s', (_title, days, current, expected) => {
    expect(desiredLifecycle(days, current)).toEqual(expected);
  });
});

describe('planGcsLogBucket', () => {
  it('fresh project: create with uniform access + PAP, then the grant', () => {
    const plan = planGcsLogBucket(inputs({ retentionDays: 30, labels: { team: 'data' } }), {
      bucket: null,
      policy: {},
    });
    expect(plan.bucketUrl).toBe('gs://airflow-logs-alpine');
    expect(plan.logFolder).toBe('gs://airflow-logs-alpine/logs');
    expect(plan.changes.map((c) => [c.resource, c.action])).toEqual([
      ['bucket/gs://airflow-logs-alpine', 'create'],
      ['bucket/gs://airflow-logs-alpine IAM', 'update'],
    ]);
    expect(plan.changes[0]?.op).toEqual({ type: 'create', lifecycle: [retentionRule(30)] });
    expect(plan.changes[0]?.commands.join('\n')).toMatch(
      /gcloud storage buckets create gs:\/\/airflow-logs-alpine --project=alpine-figure-461007-i9 --location=ASIA-SOUTHEAST1 --uniform-bucket-level-access --public-access-prevention --lifecycle-file=LIFECYCLE.json\ngcloud storage buckets update gs:\/\/airflow-logs-alpine --update-labels=team=data/,
    );
    expect(plan.changes[1]?.op).toEqual({ type: 'grant', role: ROLE, member: GSA });
    expect(plan.warnings).toEqual([]);
  });

  it('[F24] adopted and converged: every change is a noop', () => {
    const plan = planGcsLogBucket(inputs({ retentionDays: 30, labels: { team: 'data' } }), {
      bucket: good,
      projectNumber: '42',
      policy: granted,
    });
    expect(plan.changes.every((c) => c.action === 'noop' && c.op === undefined)).toBe(true);
    expect(plan.changes).toHaveLength(3);
  });

  it('misconfigured bucket: one update turning on uniform access and PAP, with warnings', () => {
    const plan = planGcsLogBucket(
      inputs({ retentionDays: 14, labels: { team: 'data', env: 'prod' } }),
      {
        bucket: { ...good, uniform: false, publicAccessPrevention: 'inherited' },
        projectNumber: '42',
        policy: granted,
      },
    );
    const update = plan.changes.find((c) => c.action === 'update');
    expect(update?.op).toEqual({
      type: 'update',
      update: { uniform: true, pap: true, labels: { env: 'prod' }, lifecycle: [retentionRule(14)] },
    });
    expect(update?.reason).toContain('turn on uniform bucket-level access');
    expect(update?.commands[0]).toBe(
      'gcloud storage buckets update gs://airflow-logs-alpine --uniform-bucket-level-access --public-access-prevention --update-labels=env=prod --lifecycle-file=LIFECYCLE.json',
    );
    expect(plan.warnings.join('\n')).toMatch(
      /uniform bucket-level access off; this run turns it on/,
    );
    expect(plan.warnings.join('\n')).toMatch(
      /public access prevention "inherited"; this run enforces it/,
    );
  });

  it('labels only: updates just the differing labels, no warnings', () => {
    const plan = planGcsLogBucket(inputs({ labels: { team: 'ml' } }), {
      bucket: good,
      projectNumber: '42',
      policy: granted,
    });
    const update = plan.changes.find((c) => c.action === 'update');
    expect(update?.op).toEqual({
      type: 'update',
      update: { uniform: false, pap: false, labels: { team: 'ml' }, lifecycle: undefined },
    });
    expect(plan.warnings).toEqual([]);
  });

  it('location mismatch fails, explaining a location is immutable', () => {
    const attempt = () =>
      planGcsLogBucket(inputs({ location: 'US' }), { bucket: good, projectNumber: '42' });
    expect(attempt).toThrow(ConfigurationError);
    expect(attempt).toThrow(
      /already exists in ASIA-SOUTHEAST1, not US; a bucket's location cannot be changed/,
    );
  });

  it('[F25] a bucket owned by another project number is taken, not adopted', () => {
    expect(() => planGcsLogBucket(inputs(), { bucket: good, projectNumber: '7' })).toThrow(
      'bucket name already taken globally; choose another `bucket`',
    );
  });

  it('unverifiable owner (project number unreadable) adopts', () => {
    const plan = planGcsLogBucket(inputs(), { bucket: good, policy: granted });
    expect(plan.changes.map((c) => c.action)).toEqual(['noop', 'noop', 'noop']);
  });

  it('offline: everything is ensured, nothing known', () => {
    const plan = planGcsLogBucket(inputs(), {});
    expect(plan.changes.map((c) => [c.action, c.reason])).toEqual([
      ['create', 'not observed; created unless it exists'],
      ['update', `not observed; ensure ${ROLE} to ${GSA}`],
    ]);
  });

  it('a dotted name to create carries a domain-verification warning', () => {
    const plan = planGcsLogBucket(inputs({ bucket: 'logs.example.com' }), { bucket: null });
    expect(plan.warnings.join()).toContain('verified ownership of that domain');
  });

  it('no member: no IAM change', () => {
    const plan = planGcsLogBucket(inputs({ member: undefined }), {
      bucket: good,
      projectNumber: '42',
    });
    expect(plan.changes.map((c) => c.resource)).not.toContain(
      'bucket/gs://airflow-logs-alpine IAM',
    );
  });

  it('a conditional binding of the role does not count as granted', () => {
    const plan = planGcsLogBucket(inputs(), {
      bucket: good,
      projectNumber: '42',
      policy: { bindings: [{ role: ROLE, members: [GSA], condition: { expression: 'true' } }] },
    });
    expect(plan.changes.at(-1)?.action).toBe('update');
  });
});
