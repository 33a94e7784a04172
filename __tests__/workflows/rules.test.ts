// Security and deploy rules over every shipped workflow, and over bad snippets that prove each
// rule can fail (reference/security-reliability.md §7, F55–F59, F61).
import { describe, expect, it } from '@jest/globals';
import {
  allFindings,
  format,
  loadShipped,
  type Finding,
  type RuleTag,
} from '../../test-support/workflows/index.js';
import {
  AUTH,
  CHECKOUT,
  breakGood,
  fakeMeta,
  snippet,
  GOOD,
} from '../../test-support/workflows/snippets.js';

const shipped = loadShipped();
const onlyRule = (rule: RuleTag, findings: Finding[]): Finding[] =>
  findings.filter((f) => f.rule === rule);
const snippetFindings = (w: ReturnType<typeof snippet>): Finding[] =>
  allFindings(w, { load: fakeMeta, callee: () => undefined });

describe('shipped workflows', () => {
  it('are found in .github/workflows and workflows-templates', () => {
    expect(shipped.map((w) => w.workflow.file)).toEqual(
      expect.arrayContaining([
        '.github/workflows/ci.yml',
        '.github/workflows/deploy-app.yml',
        '.github/workflows/release.yml',
        'workflows-templates/app-repo-caller.yml',
        'workflows-templates/deploy-platform.yml',
        'workflows-templates/plan-on-pull-request.yml',
      ]),
    );
  });

  it.each(shipped.map((w) => [w.workflow.file, w] as const))('%s breaks no rule', (_file, w) => {
    expect(format(allFindings(w))).toBe('');
  });
});

describe('the rules can fail', () => {
  it('the good snippet passes every rule', () => {
    expect(format(snippetFindings(snippet(GOOD)))).toBe('');
  });

  it.each([
    [
      'github.event in run',
      'run: echo "$EMAIL $PROJECT"',
      'run: echo "${{ github.event.pull_request.title }}"',
    ],
    ['inputs in run', 'run: echo "$EMAIL $PROJECT"', 'run: echo ${{ inputs.name }}'],
    ['head_ref in run', 'run: echo "$EMAIL $PROJECT"', 'run: git checkout ${{ github.head_ref }}'],
  ])('[F55] %s', (_name, from, to) => {
    expect(onlyRule('F55', snippetFindings(breakGood(from, to)))).not.toHaveLength(0);
  });

  it('[F55] strict mode bans any expression in run, lax mode only untrusted ones', () => {
    const w = breakGood('run: echo "$EMAIL $PROJECT"', 'run: echo ${{ vars.X }}');
    expect(onlyRule('F55', snippetFindings(w))).toHaveLength(1);
    expect(
      onlyRule('F55', allFindings(w, { load: fakeMeta, callee: () => undefined }, false)),
    ).toHaveLength(0);
  });

  it.each([
    ['missing top-level permissions', 'permissions: {}\njobs:', 'jobs:'],
    ['write scope at the top', 'permissions: {}\njobs:', 'permissions:\n  contents: write\njobs:'],
    ['write-all at the top', 'permissions: {}\njobs:', 'permissions: write-all\njobs:'],
    [
      'auth job without id-token',
      '      contents: read\n      id-token: write\n',
      '      contents: read\n',
    ],
    [
      'id-token on a job that does not authenticate',
      '    permissions: {}\n    outputs:',
      '    permissions:\n      id-token: write\n    outputs:',
    ],
    [
      'read-all on a job',
      '    permissions: {}\n    outputs:',
      '    permissions: read-all\n    outputs:',
    ],
  ])('[F56] %s', (_name, from, to) => {
    expect(onlyRule('F56', snippetFindings(breakGood(from, to)))).not.toHaveLength(0);
  });

  it.each([
    ['a tag', CHECKOUT, 'actions/checkout@v7 # v7.0.1'],
    ['a short SHA', CHECKOUT, 'actions/checkout@3d3c42e # v7.0.1'],
    ['no version comment', CHECKOUT, 'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1'],
    [
      'a comment that is not the pinned release',
      CHECKOUT,
      'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.0',
    ],
    [
      'an unrecorded SHA',
      CHECKOUT,
      'actions/checkout@0000000000000000000000000000000000000000 # v4.2.2',
    ],
    [
      'a suite action on a branch',
      'uses: ./actions/setup-wi',
      'uses: org/deploy/actions/setup-wi@main',
    ],
  ])('[F57] a uses: with %s', (_name, from, to) => {
    expect(onlyRule('F57', snippetFindings(breakGood(from, to)))).not.toHaveLength(0);
  });

  it.each([
    ['no environment', '    environment: production\n', ''],
    [
      'no concurrency',
      '    concurrency:\n      group: deploy-production\n      cancel-in-progress: false\n',
      '',
    ],
    ['cancel-in-progress: true', 'cancel-in-progress: false', 'cancel-in-progress: true'],
    [
      'cancel-in-progress from an expression',
      'cancel-in-progress: false',
      "cancel-in-progress: ${{ github.ref != 'x' }}",
    ],
    [
      'a workflow-level group that cancels',
      'permissions: {}\njobs:',
      'permissions: {}\nconcurrency:\n  group: all\n  cancel-in-progress: true\njobs:',
    ],
  ])('[F58] deploy job with %s', (_name, from, to) => {
    expect(onlyRule('F58', snippetFindings(breakGood(from, to)))).not.toHaveLength(0);
  });

  it.each([
    ['pull_request_target', 'on:\n  push:', 'on:\n  pull_request_target:\n  push:'],
    ['workflow_run', 'on:\n  push:', 'on:\n  workflow_run:\n    workflows: [x]\n  push:'],
    [
      'toJson(secrets)',
      'PROJECT: ${{ steps.auth.outputs.project_id }}',
      'ALL: ${{ toJson(secrets) }}',
    ],
    [
      'checkout without persist-credentials: false',
      '        with:\n          persist-credentials: false\n',
      '',
    ],
    [
      'checkout with persist-credentials: true',
      'persist-credentials: false',
      'persist-credentials: true',
    ],
  ])('[F59] %s', (_name, from, to) => {
    expect(onlyRule('F59', snippetFindings(breakGood(from, to)))).not.toHaveLength(0);
  });

  it('[F59] secrets: inherit on a reusable-workflow call', () => {
    const w = snippet(
      'on: push\npermissions: {}\njobs:\n  call:\n    uses: other/repo/.github/workflows/x.yml@v1\n    secrets: inherit\n',
    );
    expect(onlyRule('F59', snippetFindings(w)).map((f) => f.message)).toEqual([
      '"secrets: inherit" passes every secret; list them',
    ]);
  });

  it('[F61] tag-triggered workflow where the deploy job does not need the check job', () => {
    const w = breakGood("    needs: check\n    if: needs.check.outputs.ok == 'true'\n", '');
    expect(onlyRule('F61', snippetFindings(w))).not.toHaveLength(0);
  });

  it('[F61] tag-triggered workflow where the check step comes after auth in the same job', () => {
    const w = snippet(`on:
  push:
    tags: ['v*']
permissions: {}
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    concurrency: deploy
    permissions:
      id-token: write
    steps:
      - uses: ${AUTH}
      - id: check-ref
        run: "true"
`);
    const findings = snippetFindings(w);
    expect(format(findings)).toBe(format(onlyRule('F61', findings)));
    expect(onlyRule('F61', findings)).toHaveLength(1);
  });

  it('[F61] a branch-only workflow needs no tag gate', () => {
    const w = breakGood("  push:\n    tags: ['v*']\n", '  push:\n    branches: [main]\n');
    expect(
      onlyRule(
        'F61',
        snippetFindings(
          snippet(
            w.text
              .replace('    needs: check\n', '')
              .replace("    if: needs.check.outputs.ok == 'true'\n", ''),
          ),
        ),
      ),
    ).toEqual([]);
  });
});
