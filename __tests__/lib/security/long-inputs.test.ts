/**
 * [F68] Every input of every action, 1 MB long, is refused naming the input, before any
 * command. No timing assertion: the test completing (within the generous jest timeout) is the
 * point; before issue 15 some patterns took time growing with the square of the length.
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { FakeIO } from '../../../__fixtures__/io.js';
import type { Runner } from '../../../src/lib/exec/runner.js';
import { Redactor } from '../../../src/lib/exec/redact.js';
import * as bucket from '../../../src/lib/validate/bucket.js';
import * as airflow from '../../../src/lib/validate/helm-airflow.js';
import * as image from '../../../src/lib/validate/image.js';
import * as rules from '../../../src/lib/validate/rules.js';
import { cloudSqlInstance, imageRef } from '../../../src/lib/validate/kubernetes.js';

const root = path.resolve(import.meta.dirname, '../../..');
const actions = readdirSync(path.join(root, 'actions'));
const MB = 1024 * 1024;

/** A runner that fails the test if anything is run. */
const noCommands = (): Runner & { count: number } => ({
  redactor: new Redactor(),
  count: 0,
  async run() {
    this.count += 1;
    return { exitCode: 1, stdout: '', stderr: 'no commands in this test' };
  },
  async has() {
    return true;
  },
});

/** Valid values for the inputs each action requires, so parsing reaches every input. */
const BASELINE: Record<string, Record<string, string>> = {
  'setup-wi': {
    'project-id': 'alpine-figure-461007-i9',
    location: 'asia-southeast1-a',
    cluster: 'data-pipeline-cluster',
    'gsa-name': 'cloudsql-proxy-gsa',
  },
  'gcs-log-bucket': {
    'project-id': 'alpine-figure-461007-i9',
    bucket: 'airflow-logs-x1',
    location: 'asia-southeast1',
  },
  'build-push-image': { image: '127.0.0.1:5000/team/app', tags: 'v1' },
  'deploy-app': { manifests: 'deployments/' },
  'apply-litellm': { image: 'ghcr.io/berriai/litellm:v1.74.0', 'master-key': 'sk-12345678' },
  'helm-airflow': { 'chart-version': '1.22.0' },
  'plan-comment': { plans: 'setup-wi=[]' },
};

const cases = actions.flatMap((action) => {
  const yml = parse(readFileSync(path.join(root, 'actions', action, 'action.yml'), 'utf8')) as {
    inputs: Record<string, unknown>;
  };
  return Object.keys(yml.inputs).map((input) => [action, input] as const);
});

describe('[F68] 1 MB in any input', () => {
  it.each(cases)(
    '%s: input %s (1 MB) is refused naming an input, before any command',
    async (action, input) => {
      const { run } = (await import(
        `../../../src/actions/${action}/${action === 'plan-comment' ? 'main' : 'definition'}.js`
      )) as {
        run: (deps: { io: FakeIO; runner: Runner }) => Promise<void>;
      };
      const io = new FakeIO({ ...BASELINE[action], [input]: `${'a.'.repeat(MB / 2 - 1)}@x` });
      const runner = noCommands();
      await run({ io, runner });
      // Refused naming an input: this one by its length, or one read before it; the megabyte
      // is never echoed.
      expect(io.failed).toMatch(new RegExp(`^${action}: input "[a-z-]+": `));
      expect(io.failed?.length).toBeLessThan(2000);
      expect(runner.count).toBe(0);
    },
    60_000,
  );
});

describe('[F68] every single-line rule checks the length before its pattern', () => {
  const shapes = [
    'a'.repeat(MB),
    `a@${'a.'.repeat(MB / 2)} `,
    `${'a-'.repeat(MB / 2)}!`,
    `${'a/'.repeat(MB / 2)}`,
    `${'1.'.repeat(MB / 2)}x`,
  ];
  type TwoArgRule = (input: string, value: string) => unknown;
  const modules: Record<string, unknown> = { ...rules, ...image, ...bucket, ...airflow };
  const named: [string, TwoArgRule][] = [
    ...Object.entries(modules).flatMap(([name, f]): [string, TwoArgRule][] =>
      typeof f === 'function' &&
      f.length === 2 &&
      name !== 'bucketLabels' &&
      // pattern(re, rule) makes a rule; the rules it makes are in this list by their own names
      name !== 'pattern'
        ? [[name, f as TwoArgRule]]
        : [],
    ),
    ['imageRef', imageRef],
    ['cloudSqlInstance', cloudSqlInstance],
  ];
  it.each(named)(
    '%s refuses 1 MB values of every shape',
    (_name, rule) => {
      for (const value of shapes) expect(() => rule('x', value)).toThrow(/input "x": /);
    },
    60_000,
  );
});
