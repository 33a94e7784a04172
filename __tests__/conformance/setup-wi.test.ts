/** Every argv setup-wi emits must parse in the real gcloud and kubectl on this machine. */
import { describe, expect, it } from '@jest/globals';
import { FakeIO } from '../../__fixtures__/io.js';
import { FakeClock } from '../../__fixtures__/runner.js';
import { freshState, wiCloud } from '../../__fixtures__/fake-wi-cloud.js';
import { argv } from '../../src/actions/setup-wi/argv.js';
import { run } from '../../src/actions/setup-wi/definition.js';
import type { CommandSpec } from '../../src/lib/exec/runner.js';
import { checkArgv, existingFile } from '../../test-support/cli/conformance.js';

const INPUTS = {
  'project-id': 'alpine-figure-461007-i9',
  location: 'asia-southeast1-a',
  cluster: 'data-pipeline-cluster',
  'gsa-name': 'cloudsql-proxy-gsa',
  'gsa-display-name': 'Service Account for Airflow and Apps',
  // the fresh fake cluster's pool is on GCE_METADATA: the run updates it (and emits that argv)
  'project-roles': 'roles/container.developer',
  bindings: 'airflow/airflow-ksa',
  'update-node-pools': 'true',
};

/** Records what setup-wi actually runs on a fresh project: reads and writes. */
async function emitted(): Promise<CommandSpec[]> {
  const state = freshState();
  state.namespaces.add('airflow'); // so the KSA is read too
  const runner = wiCloud(state);
  await run({ io: new FakeIO(INPUTS), runner, clock: new FakeClock() });
  const policyFile = existingFile('policy.json');
  const seen = new Map<string, CommandSpec>();
  for (const spec of runner.calls) {
    // temp files are gone after the run; point them at a file that exists
    const args = spec.args.map((a) => (a.endsWith('policy.json') ? policyFile : a));
    seen.set([spec.tool, ...args].join('\u0000'), { ...spec, args });
  }
  // printed in the error for the user to run: it must parse too
  seen.set('node-pools', {
    tool: 'gcloud',
    args: argv.nodePoolMetadata(
      'alpine-figure-461007-i9',
      { name: 'c', location: 'asia-southeast1-a' },
      'default-pool',
    ),
    mutating: true,
  });
  return [...seen.values()];
}

describe('setup-wi argv conformance with the real CLIs', () => {
  it('emits gcloud and kubectl commands that all parse', async () => {
    const specs = await emitted();
    expect(specs.filter((s) => s.tool === 'gcloud').length).toBeGreaterThanOrEqual(8);
    expect(specs.some((s) => s.args.slice(0, 3).join(' ') === 'container node-pools update')).toBe(
      true,
    );
    expect(specs.filter((s) => s.tool === 'kubectl').length).toBeGreaterThanOrEqual(3);
    const failures = specs
      .map((s) => ({
        line: [s.tool, ...s.args].join(' '),
        verdict: checkArgv(s.tool as 'gcloud' | 'kubectl', s.args),
      }))
      .filter((r) => !r.verdict.parsed)
      .map((r) => `${r.line}\n  exit ${r.verdict.exitCode}: ${r.verdict.stderr.slice(0, 300)}`);
    expect(failures).toEqual([]);
  }, 180_000);

  it.each([
    [
      'gcloud',
      ['iam', 'service-accounts', 'create', 'x-account', '--project=p', '--dispaly-name=x'],
    ],
    ['gcloud', ['container', 'clusters', 'updat', 'c']],
    ['kubectl', ['apply', '--server-sid', '-f', '-']],
    ['kubectl', ['gett', 'namespace', 'x']],
  ] as const)(
    'a misspelt %s command turns the check red: %j',
    (tool, args) => {
      expect(checkArgv(tool, args).parsed).toBe(false);
    },
    60_000,
  );
});
