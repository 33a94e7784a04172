/**
 * The local workflow runner follows the real runner where the pipeline's outcome depends on it.
 * Each test pins one point against its source (cited in test-support/pipeline/*.ts and here).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { scheduledRun } from '../../test-support/pipeline/events.js';
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

describe('environments (docs variables-reference precedence; deployments-and-environments#environment-secrets; reuse-workflows)', () => {
  const show = (id: string) =>
    sh('echo "${{ vars.WHERE }}/${{ vars.COMMON }}/${{ secrets.DB }}/${{ secrets.ONLY_REPO }}"', {
      id,
    });
  const environments = {
    staging: { vars: { WHERE: 'staging' }, secrets: { DB: 'staging-db' } },
    production: { vars: { WHERE: 'production' }, secrets: { DB: 'production-db' } },
  };
  const repo = {
    vars: { WHERE: 'repo', COMMON: 'common' },
    secrets: { DB: 'repo-db', ONLY_REPO: 'r' },
    environments,
  };
  const logOf = (r: PipelineResult, job: string): string =>
    r.steps.find((s) => s.job === job)?.log.trim() ?? '';

  it("a job gets its environment's vars and secrets over the repository's; a job without one does not", async () => {
    const r = await run(
      {
        on: { push: {} },
        jobs: {
          plain: { steps: [show('s')] },
          stage: { environment: 'staging', steps: [show('s')] },
          prod: { environment: { name: "${{ vars.COMMON && 'production' }}" }, steps: [show('s')] },
        },
      },
      repo,
    );
    expect(logOf(r, 'plain')).toBe('repo/common/repo-db/r');
    expect(logOf(r, 'stage')).toBe('staging/common/staging-db/r');
    expect(logOf(r, 'prod')).toBe('production/common/production-db/r');
    expect(r.jobs.stage?.environment).toBe('staging');
    expect(r.jobs.plain?.environment).toBeUndefined();
  }, 30_000);

  it("in a called workflow: the environment's value of a secret the caller passed by name wins; an unpassed one stays empty; required checks presence only", async () => {
    write(
      {
        on: {
          workflow_call: {
            inputs: { environment: { type: 'string', required: true } },
            secrets: { DB: { required: true } },
          },
        },
        jobs: {
          deploy: {
            environment: '${{ inputs.environment }}',
            steps: [sh('echo "${{ vars.WHERE }}/${{ secrets.DB }}/${{ secrets.ONLY_ENV }}"')],
          },
          'no-env': { steps: [sh('echo "${{ vars.WHERE }}/${{ secrets.DB }}"')] },
        },
      },
      'env-called.yml',
    );
    const r = await run(
      {
        on: { push: {} },
        jobs: {
          staging: {
            uses: './.github/workflows/env-called.yml',
            with: { environment: 'staging' },
            // passed by name although the repository has no such secret: empty at the caller
            secrets: { DB: '${{ secrets.DB }}' },
          },
        },
      },
      {
        ...repo,
        secrets: { ONLY_REPO: 'r' },
        environments: {
          staging: { ...environments.staging, secrets: { DB: 'staging-db', ONLY_ENV: 'e' } },
        },
      },
    );
    expect(r.jobs.staging?.result).toBe('success');
    expect(logOf(r, 'staging/deploy')).toBe('staging/staging-db/');
    expect(logOf(r, 'staging/no-env')).toBe('repo/');
    expect(r.jobs['staging/deploy']?.environment).toBe('staging');
  }, 30_000);

  it('an environment secret is masked like any secret: a job output holding it is dropped', async () => {
    const r = await run(
      {
        on: { push: {} },
        jobs: {
          a: {
            environment: 'staging',
            outputs: { leak: '${{ steps.s.outputs.v }}' },
            steps: [sh('echo "v=${{ secrets.DB }}" >> "$GITHUB_OUTPUT"', { id: 's' })],
          },
        },
      },
      repo,
    );
    expect(r.jobs.a?.outputs).toEqual({});
    expect(r.warnings.join('\n')).toContain("Skip output 'leak' since it may contain secret.");
  }, 30_000);
});

describe('events (docs events-that-trigger-workflows#schedule)', () => {
  const job = {
    a: { steps: [sh('echo "${{ github.ref }} ${{ github.sha }} ${{ github.event.schedule }}"')] },
  };

  it("a scheduled run is on the default branch's latest commit, with the cron that fired", async () => {
    const r = await run(
      { on: { schedule: [{ cron: '17 5 * * *' }] }, jobs: job },
      {
        github: scheduledRun(
          { repository: 'example-org/platform' },
          'main',
          'c0ffee',
          '17 5 * * *',
        ),
      },
    );
    expect(r.steps[0]?.log.trim()).toBe('refs/heads/main c0ffee 17 5 * * *');
  }, 30_000);

  it.each([
    [
      'an event the workflow does not name',
      { on: { push: {} }, jobs: job },
      'no "schedule" trigger',
    ],
    [
      'a cron the workflow does not name',
      { on: { schedule: [{ cron: '0 0 * * *' }] }, jobs: job },
      'no schedule "17 5 * * *"',
    ],
  ])('refuses %s', async (_name, workflow, error) => {
    await expect(
      run(workflow, { github: scheduledRun({}, 'main', 'c0ffee', '17 5 * * *') }),
    ).rejects.toThrow(error);
  });

  it('refuses a scheduled run that is not on a branch', async () => {
    await expect(
      run(
        { on: { schedule: [{ cron: '17 5 * * *' }] }, jobs: job },
        {
          github: { ...scheduledRun({}, 'main', 'c0ffee', '17 5 * * *'), ref: 'refs/tags/v1.0.0' },
        },
      ),
    ).rejects.toThrow('a scheduled run is on the default branch');
  });
});

describe('sign-in (google-github-actions/get-gke-credentials reads the named cluster)', () => {
  it('get-gke-credentials for a cluster the signed-in identity cannot reach fails the job', async () => {
    const identities = {
      'sa@p.iam.gserviceaccount.com': {
        name: 'deployer@staging',
        gcloud: { WHO: 'staging' },
        kube: { KUBECONFIG: '/staging' },
        cluster: 'p/zone-a/staging',
      },
    };
    const steps = (cluster: string) => [
      {
        uses: 'google-github-actions/auth@v3',
        with: { service_account: 'sa@p.iam.gserviceaccount.com' },
      },
      {
        uses: 'google-github-actions/get-gke-credentials@v3',
        with: { project_id: 'p', location: 'zone-a', cluster_name: cluster },
      },
      sh('echo "$WHO $KUBECONFIG"'),
    ];
    const r = await run(
      { jobs: { ok: { steps: steps('staging') }, wrong: { steps: steps('production') } } },
      { identities },
    );
    expect(r.jobs.ok?.result).toBe('success');
    expect(
      r.steps
        .filter((s) => s.job === 'ok')
        .at(2)
        ?.log.trim(),
    ).toBe('staging /staging');
    expect(r.jobs.wrong?.result).toBe('failure');
    expect(r.steps.filter((s) => s.job === 'wrong').at(1)?.log).toContain(
      'cluster p/zone-a/production not found for deployer@staging',
    );
  }, 30_000);
});

describe("input overrides for a called workflow's jobs", () => {
  it('`job.step` keys of the bare job id apply inside `caller/job`; the full key wins', async () => {
    write(
      {
        on: { workflow_call: {} },
        jobs: {
          app: { steps: [{ id: 'x', uses: './actions/plan-comment', with: { plans: 'a=' } }] },
        },
      },
      'override-called.yml',
    );
    const r = await run(
      { jobs: { staging: { uses: './.github/workflows/override-called.yml' } } },
      {
        overrides: {
          'app.x': { title: 'bare', 'dry-run': 'true' },
          'staging/app.x': { title: 'full' },
        },
      },
    );
    expect(r.steps[0]?.inputs).toMatchObject({ title: 'full', 'dry-run': 'true' });
  }, 60_000);
});

describe('jobs run in parallel unless needs orders them (docs workflow-syntax#jobs)', () => {
  it('two jobs without needs overlap; a job that needs both starts after both ended', async () => {
    const stamp = (id: string) =>
      sh(`echo "start=$(date +%s%N)"; sleep 1; echo "end=$(date +%s%N)"`, { id });
    const r = await run({
      jobs: {
        a: { steps: [stamp('s')] },
        b: { steps: [stamp('s')] },
        c: { needs: ['a', 'b'], steps: [stamp('s')] },
      },
    });
    const times = (job: string): [number, number] => {
      const log = r.steps.find((s) => s.job === job)?.log ?? '';
      return [Number(/start=(\d+)/.exec(log)?.[1]), Number(/end=(\d+)/.exec(log)?.[1])];
    };
    const [a, b, c] = [times('a'), times('b'), times('c')];
    expect(a[0] < b[1] && b[0] < a[1]).toBe(true);
    expect(c[0]).toBeGreaterThanOrEqual(Math.max(a[1], b[1]));
  }, 30_000);
});

describe('required reviewers (docs managing-deployments/reviewing-deployments)', () => {
  const workflow = {
    on: { push: {} },
    jobs: {
      build: { steps: [sh('echo built')] },
      deploy: {
        needs: 'build',
        environment: 'production',
        steps: [sh('echo "${{ secrets.DB }}"')],
      },
      after: { needs: 'deploy', steps: [sh('echo after')] },
    },
  };
  const environments = (reviewers: 'approve' | 'reject') => ({
    production: { secrets: { DB: 'prod-db' }, reviewers },
  });

  it('a job of a protected environment waits for approval, then runs with its secrets', async () => {
    const r = await run(workflow, { environments: environments('approve') });
    expect(r.reviews).toEqual([{ job: 'deploy', environment: 'production', decision: 'approved' }]);
    expect(results(r)).toEqual({ build: 'success', deploy: 'success', after: 'success' });
    expect(r.steps.find((s) => s.job === 'deploy')?.log.trim()).toBe('prod-db');
  }, 30_000);

  it('a rejected job runs no step and fails the workflow; its dependants are skipped', async () => {
    const r = await run(workflow, { environments: environments('reject') });
    expect(r.reviews).toEqual([{ job: 'deploy', environment: 'production', decision: 'rejected' }]);
    expect(results(r)).toEqual({ build: 'success', deploy: 'failure', after: 'skipped' });
    expect(r.steps.map((s) => s.job)).toEqual(['build']);
  }, 30_000);
});
