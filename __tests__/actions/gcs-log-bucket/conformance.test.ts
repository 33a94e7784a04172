/** Every argv gcs-log-bucket emits must parse in the real gcloud on this machine. */
import { describe, expect, it } from '@jest/globals';
import { FakeIO } from '../../../__fixtures__/io.js';
import { FakeClock } from '../../../__fixtures__/runner.js';
import { run } from '../../../src/actions/gcs-log-bucket/definition.js';
import type { CommandSpec } from '../../../src/lib/exec/runner.js';
import { checkArgv, existingFile } from '../../../test-support/cli/conformance.js';
import { FakeGcs, PROJECT } from './fake-gcs.js';

const INPUTS = {
  'project-id': PROJECT,
  bucket: 'airflow-logs-alpine',
  location: 'asia-southeast1',
  member: `cloudsql-proxy-gsa@${PROJECT}.iam.gserviceaccount.com`,
  'retention-days': '30',
  labels: 'team=data\nenv=prod',
};

/** What the action runs on a fresh project and on a misconfigured one: reads and writes. */
async function emitted(): Promise<CommandSpec[]> {
  const lifecycle = existingFile('lifecycle.json', '{"rule":[]}');
  const policy = existingFile('policy.json', '{"bindings":[]}');
  const seen = new Map<string, CommandSpec>();
  for (const seed of [undefined, { uniform: false, pap: 'inherited', labels: { team: 'x' } }]) {
    const gcs = new FakeGcs();
    if (seed) gcs.addBucket(INPUTS.bucket, seed);
    const runner = gcs.runner();
    await run({ io: new FakeIO(INPUTS), runner, clock: new FakeClock() });
    for (const spec of runner.calls) {
      // temp files are gone after the run; point them at files that exist
      const args = spec.args.map((a) =>
        a.startsWith('--lifecycle-file=')
          ? `--lifecycle-file=${lifecycle}`
          : a.endsWith('policy.json')
            ? policy
            : a,
      );
      seen.set(args.join('\u0000'), { ...spec, args });
    }
  }
  return [...seen.values()];
}

describe('gcs-log-bucket argv conformance with the real gcloud', () => {
  it('emits gcloud storage commands that all parse', async () => {
    const specs = await emitted();
    const verbs = new Set(specs.map((s) => s.args.slice(0, 3).join(' ')));
    expect([...verbs].sort()).toEqual([
      `projects describe ${PROJECT}`,
      'storage buckets create',
      'storage buckets describe',
      'storage buckets get-iam-policy',
      'storage buckets set-iam-policy',
      'storage buckets update',
    ]);
    const failures = specs
      .map((s) => ({ line: s.args.join(' '), verdict: checkArgv('gcloud', s.args) }))
      .filter((r) => !r.verdict.parsed)
      .map((r) => `${r.line}\n  exit ${r.verdict.exitCode}: ${r.verdict.stderr.slice(0, 300)}`);
    expect(failures).toEqual([]);
  }, 240_000);

  it.each([
    [['storage', 'buckets', 'create', 'gs://b-1', '--uniform-bucket-level-acess']],
    [['storage', 'buckets', 'update', 'gs://b-1', '--labels=a=b']],
  ])(
    'a misspelt flag turns the check red: %j',
    (args) => {
      expect(checkArgv('gcloud', args).parsed).toBe(false);
    },
    60_000,
  );
});
