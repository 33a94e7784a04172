import { describe, expect, it } from '@jest/globals';
import { FakeIO } from '../../../__fixtures__/io.js';
import { fail, FakeClock, type ScriptedRunner } from '../../../__fixtures__/runner.js';
import { run } from '../../../src/actions/gcs-log-bucket/definition.js';
import { FakeGcs, PROJECT } from './fake-gcs.js';

const BUCKET = 'airflow-logs-alpine';
const GSA = `cloudsql-proxy-gsa@${PROJECT}.iam.gserviceaccount.com`;
const MEMBER = `serviceAccount:${GSA}`;
// The default role: object read/write without ACL control (issue 15, least privilege).
const ROLE = 'roles/storage.objectUser';
const INPUTS = {
  'project-id': PROJECT,
  bucket: BUCKET,
  location: 'asia-southeast1',
  member: GSA,
  'retention-days': '30',
  labels: 'team=data\nenv=prod',
};

async function runWith(
  gcs: FakeGcs,
  inputs: Record<string, string> = INPUTS,
  runner: ScriptedRunner = gcs.runner(),
) {
  const io = new FakeIO(inputs);
  const clock = new FakeClock();
  await run({ io, runner, clock });
  return { io, runner, clock };
}

const granted = (gcs: FakeGcs, name = BUCKET) =>
  (gcs.buckets.get(name)?.policy.bindings ?? []).some(
    (b) => b.role === ROLE && b.members.includes(MEMBER),
  );

describe('gcs-log-bucket run()', () => {
  it('fresh project: creates with uniform access, PAP, retention and labels, grants, outputs', async () => {
    const gcs = new FakeGcs();
    const { io, runner } = await runWith(gcs);
    expect(io.failed).toBeUndefined();
    const bucket = gcs.buckets.get(BUCKET);
    expect(bucket).toMatchObject({
      location: 'ASIA-SOUTHEAST1',
      uniform: true,
      pap: 'enforced',
      labels: { team: 'data', env: 'prod' },
      lifecycle: [{ action: { type: 'Delete' }, condition: { age: 30 } }],
    });
    expect(granted(gcs)).toBe(true);
    expect(io.outputs).toEqual({
      'bucket-url': `gs://${BUCKET}`,
      'log-folder': `gs://${BUCKET}/logs`,
      created: 'true',
      changed: 'true',
      changes: expect.stringContaining(
        `{"resource":"bucket/gs://${BUCKET}","action":"create","status":"done"`,
      ),
    });
    expect(runner.lines().filter((l) => l.includes('gsutil'))).toEqual([]);
    expect(runner.mutations().map((m) => m.args.slice(0, 3).join(' '))).toEqual([
      'storage buckets create',
      'storage buckets update',
      'storage buckets set-iam-policy',
    ]);
    expect(io.summary).toContain(`gs://${BUCKET}/logs`);
  });

  it('re-run on a converged project makes zero mutating calls', async () => {
    const gcs = new FakeGcs();
    await runWith(gcs);
    const { io, runner } = await runWith(gcs);
    expect(io.failed).toBeUndefined();
    expect(runner.mutations()).toEqual([]);
    expect(io.outputs.changed).toBe('false');
    expect(io.outputs.created).toBe('false');
  });

  it('dry-run on a fresh project: zero mutations, reports what it would do', async () => {
    const gcs = new FakeGcs();
    const { io, runner } = await runWith(gcs, { ...INPUTS, 'dry-run': 'true' });
    expect(io.failed).toBeUndefined();
    expect(runner.mutations()).toEqual([]);
    expect(gcs.buckets.size).toBe(0);
    expect(io.outputs.created).toBe('true');
    expect(io.outputs.changed).toBe('true');
    expect(io.summary).toContain('dry run');
    expect(io.summary).toContain('planned');
    // The plan the plan-comment action renders: every outcome, as JSON.
    expect(JSON.parse(io.outputs.changes ?? '')).toEqual(
      expect.arrayContaining([expect.objectContaining({ status: 'planned' })]),
    );
  });

  it('[F24] adopts a bucket of this project without a create call', async () => {
    const gcs = new FakeGcs();
    gcs.addBucket(BUCKET, {
      labels: { team: 'data', env: 'prod', owner: 'me' },
      lifecycle: [{ action: { type: 'Delete' }, condition: { age: 30 } }],
    });
    const { io, runner } = await runWith(gcs);
    expect(io.failed).toBeUndefined();
    expect(runner.lines().some((l) => l.includes('buckets create'))).toBe(false);
    expect(runner.mutations().map((m) => m.args[2])).toEqual(['set-iam-policy']);
    expect(io.outputs.created).toBe('false');
    expect(gcs.buckets.get(BUCKET)?.labels.owner).toBe('me');
  });

  it('misconfigured bucket: turns on uniform access and PAP with a warning, then converged', async () => {
    const gcs = new FakeGcs();
    gcs.addBucket(BUCKET, { uniform: false, pap: 'inherited' });
    const { io, runner } = await runWith(gcs);
    expect(io.failed).toBeUndefined();
    expect(gcs.buckets.get(BUCKET)).toMatchObject({ uniform: true, pap: 'enforced' });
    const update = runner.mutations().find((m) => m.args[2] === 'update');
    expect(update?.args).toEqual(
      expect.arrayContaining(['--uniform-bucket-level-access', '--public-access-prevention']),
    );
    expect(io.warnings().join('\n')).toMatch(
      /uniform bucket-level access off; this run turns it on/,
    );
    expect(io.warnings().join('\n')).toMatch(/public access prevention "inherited"/);
    expect(io.summary).toContain('[!WARNING]');
    const again = await runWith(gcs);
    expect(again.runner.mutations()).toEqual([]);
    expect(again.io.warnings()).toEqual([]);
  });

  it('location mismatch fails explaining it is immutable, changing nothing', async () => {
    const gcs = new FakeGcs();
    gcs.addBucket(BUCKET, { location: 'US', uniform: false });
    const { io, runner } = await runWith(gcs);
    expect(io.failed).toMatch(
      /input "location": gs:\/\/airflow-logs-alpine already exists in US, not ASIA-SOUTHEAST1; a bucket's location cannot be changed/,
    );
    expect(runner.mutations()).toEqual([]);
  });

  it('[F25] describe 403 (name held by another project): fails, nothing created', async () => {
    const gcs = new FakeGcs();
    gcs.addBucket(BUCKET, { readable: false, projectNumber: '999' });
    const { io, runner } = await runWith(gcs);
    expect(io.failed).toContain('bucket name already taken globally; choose another `bucket`');
    expect(runner.mutations()).toEqual([]);
  });

  it('[F25] a readable bucket of another project number is not adopted', async () => {
    const gcs = new FakeGcs();
    gcs.addBucket(BUCKET, { projectNumber: '999' });
    const { io, runner } = await runWith(gcs);
    expect(io.failed).toContain('bucket name already taken globally; choose another `bucket`');
    expect(io.failed).toContain('project number 999');
    expect(runner.mutations()).toEqual([]);
  });

  it('[F25] 409 on create from a name taken meanwhile: fails, nothing else is written', async () => {
    const gcs = new FakeGcs();
    const runner = gcs.runner();
    // The name is free at observe time and taken by someone else just before our create.
    runner.on((spec) => {
      if (spec.args[2] === 'create' && !gcs.buckets.has(BUCKET)) {
        gcs.addBucket(BUCKET, { readable: false, projectNumber: '999' });
      }
      return undefined;
    });
    const { io } = await runWith(gcs, INPUTS, runner);
    expect(io.failed).toContain('bucket name already taken globally; choose another `bucket`');
    expect(runner.mutations().map((m) => m.args[2])).toEqual(['create']);
  });

  it('[F26] create times out after succeeding; the retry meets 409 owned-by-you and adopts', async () => {
    const gcs = new FakeGcs();
    const runner = gcs.runner();
    let first = true;
    runner.on((spec) => {
      if (spec.args[2] !== 'create' || !first) return undefined;
      first = false;
      gcs.handle(spec); // the create happens server-side...
      return fail('ERROR: (gcloud.storage.buckets.create) HTTPError 503: Service Unavailable'); // ...but the answer is lost
    });
    const { io, clock } = await runWith(gcs, INPUTS, runner);
    expect(io.failed).toBeUndefined();
    expect(runner.mutations().filter((m) => m.args[2] === 'create')).toHaveLength(2);
    expect(clock.sleeps).toHaveLength(1);
    expect(gcs.buckets.get(BUCKET)).toMatchObject({
      uniform: true,
      pap: 'enforced',
      labels: { team: 'data', env: 'prod' },
    });
    expect(io.outputs.created).toBe('true');
    expect(io.summary).toContain('adopted');
    expect(granted(gcs)).toBe(true);
  });

  it('[F27] 429 then 503 on create are retried with backoff, then succeed', async () => {
    const gcs = new FakeGcs();
    const runner = gcs
      .runner()
      .once(
        'buckets create',
        fail(
          "ERROR: (gcloud.storage.buckets.create) RESOURCE_EXHAUSTED: Quota exceeded for quota metric 'Requests' and limit 'Requests per minute per user'.",
        ),
      );
    runner.once(
      'buckets create',
      fail(
        'ERROR: (gcloud.storage.buckets.create) UNAVAILABLE: The service is currently unavailable.',
      ),
    );
    const { io, clock } = await runWith(gcs, INPUTS, runner);
    expect(io.failed).toBeUndefined();
    expect(runner.calls.filter((c) => c.args[2] === 'create')).toHaveLength(3);
    expect(clock.sleeps).toHaveLength(2);
    expect(io.warnings().filter((w) => /attempt \d\/5 failed/.test(w))).toHaveLength(2);
    expect(gcs.buckets.has(BUCKET)).toBe(true);
  });

  it("[F18] IAM etag conflict (412): re-reads and keeps the concurrent writer's binding", async () => {
    const gcs = new FakeGcs();
    gcs.addBucket(BUCKET);
    const runner = gcs.runner();
    let raced = false;
    runner.on((spec) => {
      if (spec.args[2] === 'set-iam-policy' && !raced) {
        raced = true;
        const b = gcs.buckets.get(BUCKET);
        if (b)
          b.policy.bindings?.push({
            role: 'roles/storage.objectViewer',
            members: ['group:auditors@example.com'],
          });
        gcs.touchPolicy(BUCKET);
      }
      return undefined;
    });
    const { io } = await runWith(gcs, { ...INPUTS, labels: '', 'retention-days': '' }, runner);
    expect(io.failed).toBeUndefined();
    expect(runner.calls.filter((c) => c.args[2] === 'set-iam-policy')).toHaveLength(2);
    expect(granted(gcs)).toBe(true);
    expect(gcs.buckets.get(BUCKET)?.policy.bindings?.map((b) => b.role)).toContain(
      'roles/storage.objectViewer',
    );
  });

  it('[F16] a GSA IAM does not know yet (just created by setup-wi) is waited out', async () => {
    const gcs = new FakeGcs();
    gcs.addBucket(BUCKET);
    const runner = gcs
      .runner()
      .once(
        'set-iam-policy',
        fail(
          `ERROR: (gcloud.storage.buckets.set-iam-policy) HTTPError 400: Service account ${GSA} does not exist.`,
        ),
        2,
      );
    const { io, clock } = await runWith(
      gcs,
      { ...INPUTS, labels: '', 'retention-days': '' },
      runner,
    );
    expect(io.failed).toBeUndefined();
    expect(runner.calls.filter((c) => c.args[2] === 'set-iam-policy')).toHaveLength(3);
    expect(clock.sleeps).toHaveLength(2);
    expect(granted(gcs)).toBe(true);
  });

  it('[F20] a permanent IAM error is not retried', async () => {
    const gcs = new FakeGcs();
    gcs.addBucket(BUCKET);
    const runner = gcs
      .runner()
      .once(
        'set-iam-policy',
        fail(
          "ERROR: (gcloud.storage.buckets.set-iam-policy) HTTPError 400: Role (roles/storage.objectAdmn) does not exist in the resource's hierarchy.",
        ),
      );
    const { io } = await runWith(gcs, INPUTS, runner);
    expect(io.failed).toContain('HTTPError 400');
    expect(runner.calls.filter((c) => c.args[2] === 'set-iam-policy')).toHaveLength(1);
  });

  it.each([
    [{ bucket: 'Airflow_Logs' }, 'input "bucket"'],
    [{ bucket: 'goog-logs' }, 'input "bucket"'],
    [{ bucket: '10.0.0.1' }, 'input "bucket"'],
    [{ bucket: '' }, 'input "bucket"'],
    [{ location: '' }, 'input "location"'],
    [{ member: 'allUsers' }, 'input "member"'],
    [{ role: 'storage.admin' }, 'input "role"'],
    [{ 'retention-days': '0' }, 'input "retention-days"'],
    [{ labels: 'Team=data' }, 'input "labels"'],
    [{ 'dry-run': 'yes' }, 'input "dry-run"'],
  ])('[F23] bad input %j fails before any command runs', async (override, message) => {
    const gcs = new FakeGcs();
    const { io, runner } = await runWith(gcs, { ...INPUTS, ...override });
    expect(io.failed).toContain(message);
    expect(runner.calls).toEqual([]);
  });

  it('[F8] gcloud missing: fails before any command', async () => {
    const gcs = new FakeGcs();
    const runner = gcs.runner();
    runner.missing.add('gcloud');
    const { io } = await runWith(gcs, INPUTS, runner);
    expect(io.failed).toContain('gcloud not found on PATH');
    expect(runner.calls).toEqual([]);
  });

  it('without member: no IAM call at all', async () => {
    const gcs = new FakeGcs();
    const { io, runner } = await runWith(gcs, { ...INPUTS, member: '' });
    expect(io.failed).toBeUndefined();
    expect(runner.lines().some((l) => l.includes('iam-policy'))).toBe(false);
  });
});
