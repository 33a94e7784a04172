/**
 * gcs-log-bucket end to end: run() drives the REAL gcloud (`gcloud storage`) through
 * ProcessRunner against the GCP emulator, so our argv, gcloud's requests, its `--raw` JSON
 * output and its error texts are all real. Faults are injected at the HTTP level.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FakeIO } from '../../__fixtures__/io.js';
import { FakeClock } from '../../__fixtures__/runner.js';
import { run } from '../../src/actions/gcs-log-bucket/definition.js';
import { inputVariable } from '../../src/lib/action/io.js';
import { ProcessRunner } from '../../src/lib/exec/process-runner.js';
import { parseOutputs } from '../../test-support/bundle.js';
import {
  startGcpEmulator,
  storageError,
  type GcpEmulator,
} from '../../test-support/gcp-emulator/index.js';

const PROJECT = 'alpine-figure-461007-i9';
const GSA = `cloudsql-proxy-gsa@${PROJECT}.iam.gserviceaccount.com`;
const MEMBER = `serviceAccount:${GSA}`;
// The default role since issue 15: object read/write without ACL control.
const ROLE = 'roles/storage.objectUser';
const INSERT = /^\/storage\/v1\/b$/;

let emu: GcpEmulator;

beforeAll(async () => {
  emu = await startGcpEmulator();
  emu.state.addProject(PROJECT, '123456789012');
  emu.state.addServiceAccount(PROJECT, 'cloudsql-proxy-gsa', 'Airflow');
});
afterAll(async () => {
  await emu.stop();
});
beforeEach(() => emu.clearRequests());

async function runBucket(bucket: string, extra: Record<string, string> = {}) {
  const io = new FakeIO({
    'project-id': PROJECT,
    bucket,
    location: 'asia-southeast1',
    member: GSA,
    'retention-days': '30',
    labels: 'team=data',
    ...extra,
  });
  const clock = new FakeClock();
  const runner = new ProcessRunner(io, undefined, { ...process.env, ...emu.env });
  await run({ io, runner, clock });
  return { io, clock };
}

const granted = (bucket: string): boolean =>
  (emu.state.buckets.get(bucket)?.policy.bindings ?? []).some(
    (b) => b.role === ROLE && b.members.includes(MEMBER),
  );
const mutations = () => emu.mutatingRequests().map((r) => `${r.method} ${r.path}`);

describe('gcs-log-bucket through the real gcloud', () => {
  it('fresh: creates a locked-down bucket with retention, labels and the grant; re-run makes zero mutating requests', async () => {
    const first = await runBucket('fresh-logs');
    expect(first.io.failed).toBeUndefined();
    const bucket = emu.state.buckets.get('fresh-logs');
    expect(bucket).toMatchObject({
      project: PROJECT,
      location: 'ASIA-SOUTHEAST1',
      uniform: true,
      publicAccessPrevention: 'enforced',
      labels: { team: 'data' },
    });
    expect(bucket?.extra.lifecycle).toEqual({
      rule: [{ action: { type: 'Delete' }, condition: { age: 30 } }],
    });
    expect(granted('fresh-logs')).toBe(true);
    expect(first.io.outputs).toEqual({
      'bucket-url': 'gs://fresh-logs',
      'log-folder': 'gs://fresh-logs/logs',
      created: 'true',
      changed: 'true',
      changes: expect.stringContaining('"resource":"bucket/gs://fresh-logs"'),
    });

    emu.clearRequests();
    const second = await runBucket('fresh-logs');
    expect(second.io.failed).toBeUndefined();
    expect(emu.requests().length).toBeGreaterThan(0);
    expect(mutations()).toEqual([]);
    expect(second.io.outputs.changed).toBe('false');
  }, 300_000);

  it('[F24] adopted: an existing, correct bucket of the project gets no create and no update', async () => {
    emu.state.addBucket({
      name: 'adopted-logs',
      project: PROJECT,
      location: 'asia-southeast1',
      uniform: true,
      pap: true,
    });
    const { io } = await runBucket('adopted-logs', { labels: '', 'retention-days': '' });
    expect(io.failed).toBeUndefined();
    expect(mutations()).toEqual(['PUT /storage/v1/b/adopted-logs/iam']);
    expect(io.outputs.created).toBe('false');
    expect(granted('adopted-logs')).toBe(true);
  }, 300_000);

  it('misconfigured then fixed: uniform access and PAP turned on, with warnings', async () => {
    emu.state.addBucket({ name: 'loose-logs', project: PROJECT, location: 'asia-southeast1' });
    const { io } = await runBucket('loose-logs');
    expect(io.failed).toBeUndefined();
    expect(emu.state.buckets.get('loose-logs')).toMatchObject({
      uniform: true,
      publicAccessPrevention: 'enforced',
      labels: { team: 'data' },
    });
    expect(io.warnings().join('\n')).toMatch(
      /uniform bucket-level access off; this run turns it on/,
    );
    expect(mutations().filter((m) => m.startsWith('POST'))).toEqual([]);
    emu.clearRequests();
    await runBucket('loose-logs');
    expect(mutations()).toEqual([]);
  }, 300_000);

  it('location mismatch fails naming the immutable location', async () => {
    emu.state.addBucket({
      name: 'us-logs',
      project: PROJECT,
      location: 'US',
      uniform: true,
      pap: true,
    });
    const { io } = await runBucket('us-logs');
    expect(io.failed).toContain(
      "already exists in US, not ASIA-SOUTHEAST1; a bucket's location cannot be changed",
    );
    expect(mutations()).toEqual([]);
  }, 300_000);

  it('[F25] taken elsewhere (describe 403): fails and nothing is created', async () => {
    emu.state.addBucket({ name: 'taken-logs', project: 'someone-else-123' });
    const { io } = await runBucket('taken-logs');
    expect(io.failed).toContain('bucket name already taken globally; choose another `bucket`');
    expect(mutations()).toEqual([]);
  }, 300_000);

  it('[F27] 429 then 503 on create: retried, then succeeds', async () => {
    // gcloud retries 5xx itself (5 attempts), not 429: two 429s reach our retry, then six
    // 503s exhaust gcloud's own retries once more before the create goes through.
    emu.inject({ method: 'POST', path: INSERT, status: 429, times: 2 });
    emu.inject({ method: 'POST', path: INSERT, status: 503, times: 6 });
    const { io, clock } = await runBucket('retried-logs');
    expect(io.failed).toBeUndefined();
    expect(emu.state.buckets.get('retried-logs')?.uniform).toBe(true);
    expect(emu.requests().filter((r) => r.method === 'POST' && INSERT.test(r.path)).length).toBe(9);
    expect(clock.sleeps.length).toBeGreaterThanOrEqual(3);
  }, 300_000);

  it('[F26] a create whose answer was lost: the retry meets 409 owned-by-you and adopts', async () => {
    let hits = 0;
    emu.inject({
      method: 'POST',
      path: INSERT,
      status: 429,
      onHit: () => {
        // the first insert went through server-side; only its answer is lost
        hits += 1;
        emu.state.addBucket({
          name: 'lost-answer-logs',
          project: PROJECT,
          location: 'asia-southeast1',
          uniform: true,
          pap: true,
        });
      },
    });
    const { io } = await runBucket('lost-answer-logs');
    expect(hits).toBe(1);
    expect(io.failed).toBeUndefined();
    expect(io.summary).toContain('adopted');
    expect(emu.state.buckets.get('lost-answer-logs')?.labels).toEqual({ team: 'data' });
    expect(granted('lost-answer-logs')).toBe(true);
  }, 300_000);

  it('[F18] etag conflict on the bucket policy: re-read, re-written, concurrent binding kept', async () => {
    emu.state.addBucket({
      name: 'raced-logs',
      project: PROJECT,
      location: 'asia-southeast1',
      uniform: true,
      pap: true,
    });
    emu.inject({
      method: 'PUT',
      path: /^\/storage\/v1\/b\/raced-logs\/iam$/,
      status: 412,
      onHit: () => {
        const b = emu.state.buckets.get('raced-logs');
        if (b) {
          emu.state.writePolicy(b.policy, [
            ...b.policy.bindings,
            { role: 'roles/storage.objectViewer', members: ['group:auditors@example.com'] },
          ]);
        }
      },
    });
    const { io } = await runBucket('raced-logs', { labels: '', 'retention-days': '' });
    expect(io.failed).toBeUndefined();
    expect(emu.requests().filter((r) => r.method === 'PUT').length).toBe(2);
    expect(granted('raced-logs')).toBe(true);
    expect(emu.state.buckets.get('raced-logs')?.policy.bindings.map((b) => b.role)).toContain(
      'roles/storage.objectViewer',
    );
  }, 300_000);

  it('[F16] a GSA that IAM does not know yet is waited out, then granted', async () => {
    emu.state.addBucket({
      name: 'late-logs',
      project: PROJECT,
      location: 'asia-southeast1',
      uniform: true,
      pap: true,
    });
    const late = `late-gsa@${PROJECT}.iam.gserviceaccount.com`;
    emu.inject({
      method: 'PUT',
      path: /^\/storage\/v1\/b\/late-logs\/iam$/,
      status: 400,
      body: storageError(400, `Service account ${late} does not exist.`, 'invalid').body,
      // IAM catches up while we back off
      onHit: () => emu.state.addServiceAccount(PROJECT, 'late-gsa', 'Late'),
    });
    const { io, clock } = await runBucket('late-logs', {
      member: late,
      labels: '',
      'retention-days': '',
    });
    expect(io.failed).toBeUndefined();
    expect(clock.sleeps.length).toBeGreaterThanOrEqual(1);
    expect(
      emu.state.buckets
        .get('late-logs')
        ?.policy.bindings.some((b) => b.members.includes(`serviceAccount:${late}`)),
    ).toBe(true);
  }, 300_000);

  it('dry-run on a fresh name: zero mutating requests', async () => {
    const { io } = await runBucket('dry-logs', { 'dry-run': 'true' });
    expect(io.failed).toBeUndefined();
    expect(mutations()).toEqual([]);
    expect(emu.state.buckets.has('dry-logs')).toBe(false);
    expect(io.outputs.created).toBe('true');
  }, 300_000);

  it('the bundle, run as the runner runs it, converges and re-runs with zero mutating requests', async () => {
    const bundle = path.resolve(import.meta.dirname, '../../dist/gcs-log-bucket/index.js');
    const dir = await mkdtemp(path.join(tmpdir(), 'gcs-log-bucket-bundle-'));
    const runOnce = async () => {
      const outputFile = path.join(dir, 'output');
      const summaryFile = path.join(dir, 'summary');
      await writeFile(outputFile, '');
      await writeFile(summaryFile, '');
      const inputs = {
        'project-id': PROJECT,
        bucket: 'bundle-logs',
        location: 'asia-southeast1',
        member: GSA,
        'retention-days': '14',
      };
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        ...emu.env,
        RUNNER_TEMP: dir,
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
      };
      for (const [name, value] of Object.entries(inputs)) env[inputVariable(name)] = value;
      // Asynchronously: the emulator answers from this very process.
      const { code, stdout } = await new Promise<{ code: number; stdout: string }>((resolve) => {
        execFile(process.execPath, [bundle], { env }, (err, out) =>
          resolve({ code: err ? Number(err.code ?? 1) : 0, stdout: out }),
        );
      });
      return {
        code,
        stdout,
        outputs: parseOutputs(await readFile(outputFile, 'utf8')),
        summary: await readFile(summaryFile, 'utf8'),
      };
    };
    const first = await runOnce();
    expect(first.stdout).not.toContain('::error::');
    expect(first.code).toBe(0);
    expect(first.outputs).toEqual({
      'bucket-url': 'gs://bundle-logs',
      'log-folder': 'gs://bundle-logs/logs',
      created: 'true',
      changed: 'true',
      changes: expect.stringContaining('"resource":"bucket/gs://bundle-logs"'),
    });
    expect(first.summary).toContain('gs://bundle-logs/logs');
    expect(granted('bundle-logs')).toBe(true);
    emu.clearRequests();
    const second = await runOnce();
    expect(second.code).toBe(0);
    expect(second.outputs.changed).toBe('false');
    expect(mutations()).toEqual([]);
  }, 300_000);
});
