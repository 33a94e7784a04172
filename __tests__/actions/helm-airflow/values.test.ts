import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { desiredValues } from '../../../src/actions/helm-airflow/desired.js';
import { parseInputs } from '../../../src/actions/helm-airflow/inputs.js';
import {
  composeValues,
  diffPaths,
  googleFacingComponents,
  loadUserLayers,
  mergeValues,
  ownedValues,
  redactValues,
  type Values,
} from '../../../src/actions/helm-airflow/values.js';
import { ConfigurationError } from '../../../src/lib/errors.js';
import { HELM_SIM_CHART_VALUES } from '../../../test-support/helm-sim/index.js';

const chartText = readFileSync(HELM_SIM_CHART_VALUES, 'utf8');
const chartDefaults = parse(chartText) as Values;
/** Keys the chart documents only as comments (`# sshKeySecret: ...` under dags.gitSync). */
const commented = new Set([...chartText.matchAll(/^\s*#\s*([A-Za-z_]\w*):/gm)].map((m) => m[1]));

const SSH_KEY = '-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n-----END OPENSSH PRIVATE KEY-----\n';
const full = (extra: Record<string, string> = {}) =>
  parseInputs(
    (name) =>
      ({
        image: `europe-west1-docker.pkg.dev/p-123456/r/airflow@sha256:${'b'.repeat(64)}`,
        'airflow-version': '3.2.2',
        'log-folder': 'gs://logs-bucket/airflow',
        'git-sync-repo': 'git@github.com:acme/dags.git',
        'git-ssh-key': SSH_KEY,
        'git-known-hosts': 'github.com ssh-ed25519 AAAA',
        'admin-username': 'ops',
        'admin-email': 'ops@example.com',
        'admin-password': 'pw-123',
        'chart-version': '1.22.0',
        ...extra,
      })[name] ?? '',
  );

function existsInChart(p: readonly string[]): boolean {
  let cur: unknown = chartDefaults;
  for (const [i, key] of p.entries()) {
    if (cur !== null && typeof cur === 'object' && key in (cur as Values)) {
      cur = (cur as Values)[key];
      continue;
    }
    // The last key may be one the chart documents only in a comment; `config` is free-form.
    return (i === p.length - 1 && commented.has(key)) || p[0] === 'config';
  }
  return true;
}

describe('values composition against the chart fixture values.yaml', () => {
  it('every key the action owns exists in the chart defaults (or its documented comments)', () => {
    const owned = ownedValues(full());
    expect(owned.length).toBeGreaterThan(20);
    const missing = owned
      .map((o) => o.path.join('.'))
      .filter((_, i) => !existsInChart(owned[i]?.path ?? []));
    expect(missing).toEqual([]);
  });

  it('puts every Google-facing component on the Workload Identity KSA', () => {
    const { values } = composeValues([], ownedValues(full({ 'service-account': 'wi-ksa' })));
    for (const component of [
      'scheduler',
      'triggerer',
      'dagProcessor',
      'apiServer',
      'createUserJob',
      'migrateDatabaseJob',
    ]) {
      expect((values[component] as Values).serviceAccount).toEqual({
        create: false,
        name: 'wi-ksa',
      });
    }
    const workers = values.workers as { celery: Values; kubernetes: Values };
    expect(workers.celery.serviceAccount).toEqual({ create: false, name: 'wi-ksa' });
    expect(workers.kubernetes.serviceAccount).toEqual({ create: false, name: 'wi-ksa' });
  });

  it('uses the pre-1.22 worker key and the Airflow 2 webserver for older setups', () => {
    expect(googleFacingComponents('1.21.0', 2)).toEqual(
      expect.arrayContaining([['workers'], ['webserver']]),
    );
    expect(googleFacingComponents('1.22.0', 3)).not.toContainEqual(['webserver']);
    const old = ownedValues(full({ 'chart-version': '1.18.0' })).map((o) => o.path.join('.'));
    expect(old).toContain('webserver.defaultUser.password');
    expect(old).not.toContain('createUserJob.defaultUser.password');
  });

  it('turns the migrate/create-user hooks off because the action always waits', () => {
    const { values } = composeValues([], ownedValues(full()));
    expect(values.migrateDatabaseJob).toMatchObject({ useHelmHooks: false, applyCustomEnv: false });
    expect(values.createUserJob).toMatchObject({ useHelmHooks: false, applyCustomEnv: false });
  });

  it('sets remote logging and git-sync keys', () => {
    const { values } = composeValues([], ownedValues(full()));
    expect(values.config).toEqual({
      logging: {
        remote_logging: 'True',
        remote_base_log_folder: 'gs://logs-bucket/airflow',
        // Empty: the GCS handler then uses Application Default Credentials (Workload
        // Identity); `google_cloud_default` without such a connection breaks task logs on
        // Airflow 3.0.x/3.1 (apache/airflow#54498, #56120).
        remote_log_conn_id: '',
      },
    });
    expect((values.dags as Values).gitSync).toMatchObject({
      enabled: true,
      repo: 'git@github.com:acme/dags.git',
      branch: 'main',
      ref: 'main',
      subPath: '',
      sshKeySecret: 'airflow-git-ssh-key',
      knownHosts: 'github.com ssh-ed25519 AAAA\n',
    });
  });

  it('merges user layers in order, keeps unrelated user values and reports conflicts', () => {
    const layers: Values[] = [
      {
        executor: 'CeleryExecutor',
        images: { airflow: { repository: 'old/repo', pullPolicy: 'Always' } },
      },
      {
        executor: 'KubernetesExecutor',
        scheduler: { serviceAccount: { create: false, name: 'airflow-ksa' } },
      },
    ];
    const { values, conflicts } = composeValues(layers, ownedValues(full()));
    expect(values.executor).toBe('KubernetesExecutor');
    expect((values.images as { airflow: Values }).airflow.pullPolicy).toBe('Always');
    expect((values.images as { airflow: Values }).airflow.repository).toBe(
      'europe-west1-docker.pkg.dev/p-123456/r/airflow',
    );
    // The same value as ours is no conflict; a different one is.
    expect(conflicts.map((c) => [c.path, c.input])).toEqual([
      ['images.airflow.repository', 'image'],
    ]);
  });

  it('redacts secret-looking keys and returns their values for masking', () => {
    const { values } = composeValues(
      [{ postgresql: { auth: { postgresPassword: 'pg-secret' } }, fernetKey: 'fk' }],
      ownedValues(full()),
    );
    const { redacted, secrets } = redactValues(values);
    const text = JSON.stringify(redacted);
    expect(text).not.toContain('pw-123');
    expect(text).not.toContain('pg-secret');
    expect(text).toContain('"sshKeySecret":"airflow-git-ssh-key"');
    expect(secrets).toEqual(expect.arrayContaining(['pw-123', 'pg-secret', 'fk']));
  });

  it('diffs values by path', () => {
    expect(diffPaths({ a: { b: 1, c: 2 } }, { a: { b: 1, c: 3 }, d: true })).toEqual(['a.c', 'd']);
    expect(diffPaths({ a: [1, 2] }, { a: [1, 2] })).toEqual([]);
    expect(mergeValues({ a: { b: 1 } }, { a: { c: 2 } })).toEqual({ a: { b: 1, c: 2 } });
  });
});

describe('[F38] user values files', () => {
  it('fails naming values-files for a missing file and for bad YAML, and values for bad inline YAML', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'values-'));
    const bad = path.join(dir, 'bad.yaml');
    await writeFile(bad, 'scheduler:\n  replicas: [1\n');
    const list = path.join(dir, 'list.yaml');
    await writeFile(list, '- a\n- b\n');
    const load = (inputs: Record<string, string>) =>
      loadUserLayers(parseInputs((n) => ({ 'chart-version': '1.22.0', ...inputs })[n] ?? ''));
    await expect(load({ 'values-files': path.join(dir, 'nope.yaml') })).rejects.toThrow(
      /input "values-files": .*nope\.yaml does not exist/,
    );
    await expect(load({ 'values-files': bad })).rejects.toThrow(
      /input "values-files": .*bad.yaml is not valid YAML/,
    );
    await expect(load({ 'values-files': list })).rejects.toThrow(/must be a YAML mapping/);
    await expect(load({ values: 'a: [' })).rejects.toThrow(ConfigurationError);
    await expect(load({ values: 'a: [' })).rejects.toThrow(/input "values"/);
  });

  it('loads files in order, then inline values', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'values-'));
    const a = path.join(dir, 'a.yaml');
    const b = path.join(dir, 'b.yaml');
    await writeFile(a, 'executor: CeleryExecutor\n');
    await writeFile(b, 'executor: KubernetesExecutor\n');
    const layers = await loadUserLayers(
      parseInputs(
        (n) =>
          ({ 'values-files': `${a}\n${b}`, values: 'x: 1', 'chart-version': '1.22.0' })[n] ?? '',
      ),
    );
    expect(layers).toEqual([
      { executor: 'CeleryExecutor' },
      { executor: 'KubernetesExecutor' },
      { x: 1 },
    ]);
  });
});

describe('warnings from the desired values', () => {
  const inputsOf = (extra: Record<string, string>) =>
    parseInputs((n) => ({ 'chart-version': '1.22.0', ...extra })[n] ?? '');

  it('explains a hook conflict by --wait, not by an input', async () => {
    const { warnings, values } = await desiredValues(
      inputsOf({ values: 'migrateDatabaseJob:\n  useHelmHooks: true\n', 'admin-password': 'x' }),
    );
    expect((values.migrateDatabaseJob as Values).useHelmHooks).toBe(false);
    expect(warnings).toEqual([
      expect.stringContaining(
        'migrateDatabaseJob.useHelmHooks, which must be false because this action always runs helm with --wait',
      ),
    ]);
  });

  it('warns about the default admin password only while the create-user job is enabled', async () => {
    expect((await desiredValues(inputsOf({}))).warnings.join('\n')).toContain(
      'admin-password is not set',
    );
    const off = await desiredValues(inputsOf({ values: 'createUserJob:\n  enabled: false\n' }));
    expect(off.warnings.join('\n')).not.toContain('admin-password');
  });
});
