/**
 * Every dist/<name>/index.js is run with node as the runner runs it. A CommonJS slip makes ncc
 * emit a bundle that crashes at run time with MODULE_NOT_FOUND; only running it catches that.
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runBundle, runnerInputs } from '../test-support/bundle.js';

const root = path.resolve(import.meta.dirname, '..');
const actions = readdirSync(path.join(root, 'src/actions')).filter((n) =>
  existsSync(path.join(root, 'src/actions', n, 'index.ts')),
);
const fakeBin = path.join(root, 'test-support/fake-bin');

describe('bundles', () => {
  it('there is a bundle for every action', () => {
    expect(actions.length).toBeGreaterThanOrEqual(1);
    for (const name of actions)
      expect(existsSync(path.join(root, 'dist', name, 'index.js'))).toBe(true);
  });

  it.each(actions)('dist/%s/index.js is ESM and has no missing-module stubs', (name) => {
    const text = readFileSync(path.join(root, 'dist', name, 'index.js'), 'utf8');
    expect(text).not.toContain('webpackMissingModule');
    expect(JSON.parse(readFileSync(path.join(root, 'dist', name, 'package.json'), 'utf8'))).toEqual(
      { type: 'module' },
    );
  });

  it.each(actions)(
    '[F1] dist/%s/index.js without inputs exits 1 with a clean ::error:: naming an input',
    (name) => {
      const result = runBundle(path.join(root, 'dist', name, 'index.js'), {});
      expect(result.exitCode).toBe(1);
      expect(result.stdout).toMatch(new RegExp(`::error::${name}: input "[a-z-]+": `));
      expect(result.stdout + result.stderr).not.toContain('MODULE_NOT_FOUND');
      expect(result.stderr).toBe('');
    },
  );

  it('setup-wi with inputs and dry-run: true observes through the CLIs on PATH and writes its outputs', () => {
    const log = path.join(mkdtempSync(path.join(tmpdir(), 'fake-cli-')), 'calls.log');
    const result = runBundle(
      path.join(root, 'dist/setup-wi/index.js'),
      {
        'project-id': 'alpine-figure-461007-i9',
        location: 'asia-southeast1-a',
        cluster: 'data-pipeline-cluster',
        'gsa-name': 'cloudsql-proxy-gsa',
        'project-roles': 'roles/cloudsql.client',
        bindings: 'airflow/airflow-ksa',
        'dry-run': 'true',
      },
      { PATH: `${fakeBin}${path.delimiter}${process.env.PATH}`, FAKE_CLI_LOG: log },
    );
    expect(result.stdout).not.toContain('::error::');
    expect(result.exitCode).toBe(0);
    expect(result.outputs['gsa-email']).toBe(
      'cloudsql-proxy-gsa@alpine-figure-461007-i9.iam.gserviceaccount.com',
    );
    expect(result.outputs.changed).toBe('true');
    expect(JSON.parse(result.outputs.changes ?? '[]')).toHaveLength(6);
    expect(result.summary).toContain('dry run');
    const calls = readFileSync(log, 'utf8');
    expect(calls).toContain('gcloud container clusters describe data-pipeline-cluster');
    expect(calls).not.toMatch(/create|set-iam-policy|apply|update/);
  });

  describe('the platform file wins over defaults the runner fills in (issue 13)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'platform-file-'));
    const file = path.join(dir, 'platform.yaml');
    writeFileSync(
      file,
      'project: alpine-figure-461007-i9\nregion: asia-southeast1\nlitellm:\n  image: ghcr.io/berriai/litellm:v1.74.3-stable\n  replicas: 2\n  serviceType: NodePort\n',
    );
    const litellm = (step: Record<string, string>) =>
      runBundle(
        path.join(root, 'dist/apply-litellm/index.js'),
        // Exactly what the runner hands the action: the step's with: plus action.yml defaults.
        runnerInputs(path.join(root, 'actions/apply-litellm/action.yml'), {
          'dry-run': 'true',
          ...step,
        }),
        { PATH: `${fakeBin}${path.delimiter}${process.env.PATH}` },
      );
    const rendered = (summary: string, key: string): string[] =>
      [...summary.matchAll(new RegExp(`^\\s*${key}: (\\S+)$`, 'gm'))].map((m) => m[1] ?? '');

    it('litellm.replicas: 2 and serviceType in the file reach the rendered objects (no secret needed)', () => {
      const result = litellm({ config: file });
      expect(result.stdout).not.toContain('::error::');
      expect(result.exitCode).toBe(0);
      expect(rendered(result.summary, 'replicas')).toEqual(['2']);
      // The Service is the last object; seccompProfile also has a `type`.
      expect(rendered(result.summary, 'type').at(-1)).toBe('NodePort');
    });

    it('an explicit input beats the file, and without either the code default (1) applies', () => {
      expect(rendered(litellm({ config: file, replicas: '3' }).summary, 'replicas')).toEqual(['3']);
      const bare = litellm({ image: 'ghcr.io/berriai/litellm:v1.74.3-stable' });
      expect(bare.exitCode).toBe(0);
      expect(rendered(bare.summary, 'replicas')).toEqual(['1']);
      expect(rendered(bare.summary, 'type').at(-1)).toBe('ClusterIP');
    });
  });
});
