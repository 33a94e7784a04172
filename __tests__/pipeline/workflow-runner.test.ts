/**
 * The local workflow runner follows the real runner where the pipeline's outcome depends on it.
 * Each test pins one point against its source (cited in test-support/pipeline/*.ts and here).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { actionDefaults } from '../../test-support/pipeline/step-runner.js';
import {
  runPipeline,
  type PipelineOptions,
  type PipelineResult,
} from '../../test-support/pipeline/workflow-runner.js';

let dir: string;
let workflows: string;
let n = 0;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'runner-test-'));
  workflows = path.join(dir, 'workflows');
  mkdirSync(workflows);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(workflow: unknown, name = `w${(n += 1)}.yml`): string {
  const file = path.join(workflows, name);
  writeFileSync(file, stringify(workflow));
  return file;
}

function run(workflow: unknown, extra: Partial<PipelineOptions> = {}): Promise<PipelineResult> {
  return runPipeline({
    workflowFile: write(workflow),
    workspace: dir,
    vars: {},
    secrets: {},
    github: { event_name: 'push', repository: 'example-org/app' },
    env: {},
    workflowsDir: workflows,
    ...extra,
  });
}

const results = (r: PipelineResult): Record<string, string> =>
  Object.fromEntries(Object.entries(r.jobs).map(([k, v]) => [k, v.result]));
const sh = (script: string, extra: Record<string, unknown> = {}) => ({ run: script, ...extra });

describe('run: steps are bash -e {0} (docs workflow-syntax#jobsjob_idstepsshell; ScriptHandler.cs)', () => {
  it('a failing command in a pipeline does not fail the step: no pipefail', async () => {
    const r = await run({
      jobs: {
        a: { steps: [sh('false | true\necho "reached=yes" >> "$GITHUB_OUTPUT"', { id: 's' })] },
      },
    });
    expect(r.jobs.a?.result).toBe('success');
    expect(r.steps[0]?.outputs.reached).toBe('yes');
  }, 30_000);

  it('a failing simple command stops the script: -e', async () => {
    const r = await run({ jobs: { a: { steps: [sh('false\necho after')] } } });
    expect(r.jobs.a?.result).toBe('failure');
    expect(r.steps[0]?.log).not.toContain('after');
  }, 30_000);

  it('GITHUB_ENV reaches later steps; GITHUB_OUTPUT takes name=value and heredoc blocks', async () => {
    const r = await run({
      jobs: {
        a: {
          outputs: { multi: '${{ steps.two.outputs.multi }}' },
          steps: [
            sh('echo "GREETING=hello" >> "$GITHUB_ENV"'),
            sh(
              '{ echo "multi<<EOF"; echo "$GREETING"; echo world; echo EOF; } >> "$GITHUB_OUTPUT"',
              {
                id: 'two',
              },
            ),
          ],
        },
      },
    });
    expect(r.jobs.a?.outputs.multi).toBe('hello\nworld');
  }, 30_000);
});

describe('action inputs', () => {
  it('inputs a step leaves out get their action.yml default; given ones win (ActionRunner.cs)', async () => {
    const defaults = actionDefaults('gcs-log-bucket');
    expect(defaults['dry-run']).toBe('false');
    const r = await run({
      jobs: {
        a: { steps: [{ id: 'b', uses: './actions/gcs-log-bucket', with: { bucket: 'x-logs' } }] },
      },
    });
    const inputs = r.steps[0]?.inputs ?? {};
    for (const [name, value] of Object.entries(defaults))
      expect([name, inputs[name]]).toEqual([name, value]);
    expect(inputs.bucket).toBe('x-logs');
  }, 60_000);
});

describe('job outputs', () => {
  it('matrix legs: an empty output never overwrites a set one; the last non-empty wins (JobExtension.cs)', async () => {
    const r = await run({
      jobs: {
        m: {
          strategy: { matrix: { include: [{ k: 'a' }, { k: 'b' }, { k: 'c' }] } },
          outputs: {
            a: "${{ matrix.k == 'a' && steps.s.outputs.v || '' }}",
            b: "${{ matrix.k == 'b' && steps.s.outputs.v || '' }}",
            last: '${{ steps.s.outputs.v }}',
          },
          steps: [sh('echo "v=ref-${{ matrix.k }}" >> "$GITHUB_OUTPUT"', { id: 's' })],
        },
      },
    });
    expect(r.jobs.m?.outputs).toEqual({ a: 'ref-a', b: 'ref-b', last: 'ref-c' });
  }, 30_000);

  it('an output holding a secret, or an ::add-mask:: value, is dropped with the runner warning', async () => {
    const r = await run(
      {
        jobs: {
          a: {
            outputs: {
              leaked: '${{ secrets.TOKEN }}-suffix',
              masked: '${{ steps.s.outputs.m }}',
              fine: 'plain',
            },
            steps: [
              sh('echo "::add-mask::hidden-123"\necho "m=x-hidden-123" >> "$GITHUB_OUTPUT"', {
                id: 's',
              }),
            ],
          },
        },
      },
      { secrets: { TOKEN: 's3cr3t-value' } },
    );
    expect(r.jobs.a?.outputs).toEqual({ fine: 'plain' });
    expect(r.warnings).toEqual([
      "a: Skip output 'leaked' since it may contain secret.",
      "a: Skip output 'masked' since it may contain secret.",
    ]);
  }, 30_000);
});

describe('job results and needs (docs workflow-syntax#jobsjob_idneeds, expressions#status-check-functions)', () => {
  const chain = (ifs: Record<string, string | undefined>) => ({
    jobs: {
      up: { steps: [sh('exit 1')] },
      down: { needs: 'up', ...(ifs.down ? { if: ifs.down } : {}), steps: [sh('true')] },
      after: { needs: 'down', ...(ifs.after ? { if: ifs.after } : {}), steps: [sh('true')] },
    },
  });

  it('a failed upstream skips dependants under the implicit success(), transitively', async () => {
    expect(results(await run(chain({})))).toEqual({
      up: 'failure',
      down: 'skipped',
      after: 'skipped',
    });
  }, 30_000);

  it('always() and failure() run after a failed upstream; !cancelled() too', async () => {
    expect(results(await run(chain({ down: 'always()', after: 'failure()' })))).toEqual({
      up: 'failure',
      down: 'success',
      after: 'success',
    });
    expect(results(await run(chain({ down: '${{ !cancelled() }}' })))).toEqual({
      up: 'failure',
      down: 'success',
      after: 'skipped',
    });
  }, 30_000);

  it('an `if:` without a status function still gets success(): a skipped need skips the job', async () => {
    const r = await run({
      jobs: {
        gate: { if: 'false', steps: [sh('true')] },
        next: { needs: 'gate', if: "github.event_name == 'push'", steps: [sh('true')] },
        guarded: {
          needs: 'gate',
          if: "${{ !cancelled() && !contains(needs.*.result, 'failure') }}",
          steps: [sh('true')],
        },
      },
    });
    expect(results(r)).toEqual({ gate: 'skipped', next: 'skipped', guarded: 'success' });
  }, 30_000);

  it('a cancelled run: the running job ends cancelled, later steps and jobs are cancelled unless always()', async () => {
    const r = await run(
      {
        jobs: {
          a: { steps: [sh('true', { id: 'first' }), sh('echo should-not-run', { id: 'second' })] },
          b: { needs: 'a', if: '${{ !cancelled() }}', steps: [sh('true')] },
          c: { needs: 'a', if: 'always()', steps: [sh('true', { if: 'always()' }), sh('true')] },
          d: { needs: 'a', steps: [sh('true')] },
        },
      },
      { cancelAfterStep: 'a.first' },
    );
    expect(results(r)).toEqual({ a: 'cancelled', b: 'cancelled', c: 'success', d: 'cancelled' });
    expect(r.steps.map((s) => `${s.job}.${s.step}`)).toEqual(['a.first', 'c.run']);
  }, 30_000);

  it('a failed step skips later steps unless their if: asks for failure() or always()', async () => {
    const r = await run({
      jobs: {
        a: {
          steps: [
            sh('exit 3', { id: 'bad' }),
            sh('true', { id: 'skipped' }),
            sh('true', { id: 'cleanup', if: 'failure()' }),
            sh('echo "o=${{ steps.bad.outcome }}" >> "$GITHUB_OUTPUT"', {
              id: 'report',
              if: 'always()',
            }),
          ],
        },
      },
    });
    expect(r.steps.map((s) => s.step)).toEqual(['bad', 'cleanup', 'report']);
    expect(r.steps.at(-1)?.outputs.o).toBe('failure');
    expect(r.jobs.a?.result).toBe('failure');
  }, 30_000);
});

describe('reusable workflows (docs reusing-workflows, workflow-syntax#onworkflow_call)', () => {
  const called = {
    on: {
      workflow_call: {
        inputs: {
          name: { type: 'string', required: true },
          flag: { type: 'boolean', default: false },
          count: { type: 'number', default: 2 },
        },
        secrets: { token: { required: true } },
        outputs: { greeting: { value: '${{ jobs.inner.outputs.greeting }}' } },
      },
    },
    jobs: {
      inner: {
        outputs: { greeting: '${{ steps.s.outputs.g }}' },
        steps: [
          sh(
            'echo "g=${{ inputs.name }}-${{ inputs.flag }}-${{ inputs.count }}-${{ github.repository }}" >> "$GITHUB_OUTPUT"\n' +
              'echo "len=${#TOKEN} other=${{ secrets.OTHER }}"',
            { id: 's', env: { TOKEN: '${{ secrets.token }}' } },
          ),
        ],
      },
    },
  };

  it('typed inputs with defaults, only the passed secrets, outputs mapped to the caller', async () => {
    write(called, 'called.yml');
    const r = await run(
      {
        jobs: {
          call: {
            uses: 'org/deploy/.github/workflows/called.yml@v1',
            with: { name: '${{ vars.NAME }}', flag: "${{ vars.FLAG == 'yes' }}" },
            secrets: { token: '${{ secrets.TOKEN }}' },
          },
          use: { needs: 'call', steps: [sh('echo "${{ needs.call.outputs.greeting }}"')] },
        },
      },
      { vars: { NAME: 'app', FLAG: 'yes' }, secrets: { TOKEN: 'abcd', OTHER: 'not-passed' } },
    );
    expect(results(r)).toEqual({ 'call/inner': 'success', call: 'success', use: 'success' });
    expect(r.jobs.call?.outputs).toEqual({ greeting: 'app-true-2-example-org/app' });
    expect(r.steps.find((s) => s.job === 'call/inner')?.log).toContain('len=4 other=\n');
    expect(r.steps.at(-1)?.log).toContain('app-true-2-example-org/app');
  }, 30_000);

  it.each([
    [{ with: {}, secrets: { token: 'x' } }, 'Input name is required'],
    [{ with: { name: 'a', extra: '1' }, secrets: { token: 'x' } }, 'Invalid input, extra'],
    [
      { with: { name: 'a', flag: 'maybe' }, secrets: { token: 'x' } },
      'Unexpected value for input flag',
    ],
    [{ with: { name: 'a' }, secrets: {} }, 'Secret token is required'],
  ])(
    'a call that does not validate fails the calling job before any job runs: %j',
    async (call, error) => {
      write(called, 'called.yml');
      const r = await run({ jobs: { call: { uses: './.github/workflows/called.yml', ...call } } });
      expect(r.jobs.call?.result).toBe('failure');
      expect(r.steps).toEqual([]);
      expect(r.warnings.join('\n')).toContain(error);
    },
    30_000,
  );
});
