/** The main job: `npm run plan` over the example platform, offline, as on a fresh machine. */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { parseCli } from '../../src/cli/main.js';

const root = path.resolve(import.meta.dirname, '../..');

function cli(args: string[]): { status: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(process.execPath, ['dist/cli/index.js', ...args], {
      cwd: root,
      encoding: 'utf8',
      stdio: 'pipe',
      env: { ...process.env, CLOUDSDK_CONFIG: path.join(root, '.tmp/no-gcloud-config') },
      timeout: 120_000,
    });
    return { status: 0, stdout, stderr: '' };
  } catch (err) {
    const e = err as { status: number; stdout: string; stderr: string };
    return { status: e.status, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('platform CLI', () => {
  it('parses its arguments and refuses unknown commands', () => {
    expect(
      parseCli(['plan', '--config', 'x.yaml', '--only', 'setup-wi, gcs-log-bucket']),
    ).toMatchObject({
      command: 'plan',
      config: 'x.yaml',
      only: ['setup-wi', 'gcs-log-bucket'],
    });
    expect(() => parseCli(['destroy', '--config', 'x'])).toThrow(/usage/);
    expect(() => parseCli(['plan'])).toThrow(/--config is required/);
  });

  it('plans the example platform offline with every change and its command, and as JSON', () => {
    const text = cli(['plan', '--config', 'examples/platform.yaml', '--offline']);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('Offline plan');
    const headers = [...text.stdout.matchAll(/^== ([a-z-]+) /gm)].map((m) => m[1]);
    expect(headers).toEqual([
      'setup-wi',
      'gcs-log-bucket',
      'build-push-image',
      'helm-airflow',
      'apply-litellm',
      'deploy-app',
    ]);
    // outputs of one step feed the next: the bucket's member is setup-wi's GSA, Airflow logs to the bucket
    expect(text.stdout).toContain(
      'ensure roles/storage.objectUser to serviceAccount:cloudsql-proxy-gsa@alpine-figure-461007-i9.iam.gserviceaccount.com',
    );
    expect(text.stdout).toContain('remote_base_log_folder: gs://airflow-logs-tinhnv-gke/logs');
    expect(text.stdout).toContain(
      '$ gcloud iam service-accounts create cloudsql-proxy-gsa --project=alpine-figure-461007-i9',
    );
    expect(text.stdout).toContain(
      '-> gsa-email = cloudsql-proxy-gsa@alpine-figure-461007-i9.iam.gserviceaccount.com',
    );
    const json = cli([
      'plan',
      '--config',
      'examples/platform.yaml',
      '--offline',
      '--json',
      '--only',
      'setup-wi',
    ]);
    expect(json.status).toBe(0);
    const doc = JSON.parse(json.stdout) as {
      offline: boolean;
      steps: { name: string; changes: { action: string }[] }[];
    };
    expect(doc.offline).toBe(true);
    expect(doc.steps.map((s) => s.name)).toEqual(['setup-wi']);
    expect(doc.steps[0]?.changes.length).toBe(8);
  }, 120_000);

  it('fails with the path in the file for a bad platform file, and for an unknown --only step', () => {
    const bad = cli(['plan', '--config', 'examples/does-not-exist.yaml', '--offline']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('input "config": examples/does-not-exist.yaml does not exist');
    const only = cli(['plan', '--config', 'examples/platform.yaml', '--offline', '--only', 'nope']);
    expect(only.status).toBe(1);
    expect(only.stderr).toContain('--only: unknown step(s) nope');
  }, 120_000);
});
