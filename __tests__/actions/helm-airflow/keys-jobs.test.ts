/** Issue 12: the key Secrets, the chart Jobs, the executor/image rule and the log connection. */
import { describe, expect, it } from '@jest/globals';
import { desiredValues, runsTaskPods } from '../../../src/actions/helm-airflow/desired.js';
import { parseInputs } from '../../../src/actions/helm-airflow/inputs.js';
import { jobState, planJobDeletion } from '../../../src/actions/helm-airflow/jobs.js';
import {
  airflowKeySecrets,
  chartFullname,
  fernetKey,
  planKeySecrets,
} from '../../../src/actions/helm-airflow/secrets.js';
import { ConfigurationError } from '../../../src/lib/errors.js';

const REPO = 'europe-west1-docker.pkg.dev/p-123456/r/airflow';
const DIGEST = `sha256:${'b'.repeat(64)}`;
const inputs = (extra: Record<string, string> = {}) =>
  parseInputs(
    (name) =>
      ({ 'chart-version': '1.22.0', 'log-folder': 'gs://logs-bucket/airflow', ...extra })[name] ??
      '',
  );

describe('[F28] digest images and the executor (chart values.yaml worker_container_tag)', () => {
  it.each([
    ['CeleryExecutor', false],
    ['LocalExecutor', false],
    ['KubernetesExecutor', true],
    ['CeleryKubernetesExecutor', true],
    ['LocalKubernetesExecutor', true],
    ['CeleryExecutor,KubernetesExecutor', true],
    ['airflow.providers.cncf.kubernetes.executors.kubernetes_executor.KubernetesExecutor', true],
  ])('%s starts task pods: %s', (executor, pods) => {
    expect(runsTaskPods({ executor })).toBe(pods);
  });

  it("the chart default (CeleryExecutor) doesn't", () => {
    expect(runsTaskPods({})).toBe(false);
  });

  it.each(['KubernetesExecutor', 'CeleryKubernetesExecutor'])(
    'refuses a digest without a tag under %s, naming the input',
    async (executor) => {
      const err = await desiredValues(
        inputs({ image: `${REPO}@${DIGEST}`, values: `executor: ${executor}` }),
      ).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ConfigurationError);
      expect(String(err)).toMatch(/input "image": is a digest without a tag/);
      expect(String(err)).toContain(executor);
    },
  );

  it('sets both tag and digest for REPO:TAG@DIGEST, so task pods pull the tag', async () => {
    const { values } = await desiredValues(
      inputs({ image: `${REPO}:1.4.0@${DIGEST}`, values: 'executor: KubernetesExecutor' }),
    );
    expect(values.images).toEqual({
      airflow: { repository: REPO, tag: '1.4.0', digest: DIGEST },
    });
  });

  it('accepts a digest-only image under CeleryExecutor (its pods use the digest)', async () => {
    const { values } = await desiredValues(inputs({ image: `${REPO}@${DIGEST}` }));
    expect(values.images).toEqual({ airflow: { repository: REPO, digest: DIGEST } });
  });
});

describe('remote_log_conn_id (apache/airflow#54498, #56120)', () => {
  it('is empty by default, so the GCS handler uses Application Default Credentials', async () => {
    const { values, conflicts } = await desiredValues(inputs());
    expect(values.config).toMatchObject({ logging: { remote_log_conn_id: '' } });
    expect(conflicts).toEqual([]);
  });
  it('keeps a connection the user names, without a conflict warning', async () => {
    const { values, warnings } = await desiredValues(
      inputs({ values: 'config: {logging: {remote_log_conn_id: my_gcp}}' }),
    );
    expect(values.config).toMatchObject({ logging: { remote_log_conn_id: 'my_gcp' } });
    expect(warnings.join('\n')).not.toContain('remote_log_conn_id');
  });
});

describe('key Secrets (chart templates/secrets/*.yaml)', () => {
  it('Airflow 3 gets fernet, JWT and API secret keys; Airflow 2 fernet and webserver key', () => {
    const names = (major: number) =>
      airflowKeySecrets({ release: 'af' }, major, 'af-airflow').map((s) => [
        s.valuesKey,
        s.name,
        s.dataKey,
        s.chartName,
      ]);
    expect(names(3)).toEqual([
      ['fernetKeySecretName', 'af-static-fernet-key', 'fernet-key', 'af-fernet-key'],
      ['jwtSecretName', 'af-static-jwt-secret', 'jwt-secret', 'af-airflow-jwt-secret'],
      [
        'apiSecretKeySecretName',
        'af-static-api-secret-key',
        'api-secret-key',
        'af-airflow-api-secret-key',
      ],
    ]);
    expect(names(2)).toEqual([
      ['fernetKeySecretName', 'af-static-fernet-key', 'fernet-key', 'af-fernet-key'],
      [
        'webserverSecretKeySecretName',
        'af-static-webserver-secret-key',
        'webserver-secret-key',
        'af-webserver-secret-key',
      ],
    ]);
  });

  it('points the chart at them, unless the user names a Secret or sets the key inline', async () => {
    const mine = await desiredValues(inputs({ 'airflow-version': '3.2.2' }));
    expect(mine.values).toMatchObject({
      fernetKeySecretName: 'airflow-static-fernet-key',
      jwtSecretName: 'airflow-static-jwt-secret',
      apiSecretKeySecretName: 'airflow-static-api-secret-key',
    });
    const theirs = await desiredValues(
      inputs({ values: 'fernetKeySecretName: corp-fernet\njwtSecret: inline-jwt' }),
    );
    expect(theirs.values.fernetKeySecretName).toBe('corp-fernet');
    expect(theirs.values.jwtSecretName).toBeUndefined();
    expect(theirs.conflicts).toEqual([]);
    const v2 = await desiredValues(inputs({ 'airflow-version': '2.11.0' }));
    expect(v2.values.webserverSecretKeySecretName).toBe('airflow-static-webserver-secret-key');
    expect(v2.values.jwtSecretName).toBeUndefined();
  });

  it('makes Fernet keys of 32 url-safe base64-encoded bytes (pyca/cryptography fernet.py)', () => {
    const keys = new Set(Array.from({ length: 50 }, fernetKey));
    expect(keys.size).toBe(50);
    for (const key of keys) {
      expect(key).toMatch(/^[A-Za-z0-9_-]{43}=$/);
      expect(Buffer.from(key, 'base64url')).toHaveLength(32);
    }
  });

  it('plans a create only for an absent Secret; a present one is a noop (never rotated)', () => {
    const secrets = airflowKeySecrets({ release: 'airflow' }, 3, 'airflow');
    const plan = planKeySecrets(
      'airflow',
      secrets,
      {
        'airflow-static-fernet-key': 'present',
        'airflow-static-jwt-secret': 'absent',
        'airflow-static-api-secret-key': 'present',
      },
      true,
    );
    expect(plan.map((c) => [c.resource, c.action])).toEqual([
      ['secret/airflow/airflow-static-fernet-key', 'noop'],
      ['secret/airflow/airflow-static-jwt-secret', 'create'],
      ['secret/airflow/airflow-static-api-secret-key', 'noop'],
    ]);
    expect(plan[1]?.op).toEqual({
      type: 'key-secrets',
      names: ['airflow-static-jwt-secret'],
      withNamespace: false,
    });
    // The plan names Secrets and keys, never a value.
    expect(JSON.stringify(plan)).not.toMatch(/data:/);
  });

  it("follows the chart's airflow.fullname helper (_helpers.yaml)", () => {
    expect(chartFullname('airflow', {})).toBe('airflow');
    expect(chartFullname('prod', {})).toBe('prod-airflow');
    expect(chartFullname('prod', { fullnameOverride: 'af' })).toBe('af');
  });
});

describe('chart Jobs (apache/airflow#27561)', () => {
  const job = (type?: string) => ({
    metadata: { name: 'j' },
    status: type ? { conditions: [{ type, status: 'True', reason: 'BackoffLimitExceeded' }] } : {},
  });
  it('reads Complete / Failed conditions', () => {
    expect(jobState(undefined)).toEqual({ state: 'absent' });
    expect(jobState(job())).toEqual({ state: 'running' });
    expect(jobState(job('Complete'))).toEqual({ state: 'complete' });
    expect(jobState(job('Failed'))).toEqual({ state: 'failed', reason: 'BackoffLimitExceeded' });
  });

  it("deletes only this release's finished Jobs, and warns about a running one", () => {
    const { change, warnings } = planJobDeletion('airflow', [
      { name: 'airflow-run-airflow-migrations', state: 'complete', ours: true },
      { name: 'airflow-create-user', state: 'failed', ours: true },
      { name: 'other-job', state: 'complete', ours: false },
    ]);
    expect(change?.op).toEqual({
      type: 'delete-jobs',
      names: ['airflow-run-airflow-migrations', 'airflow-create-user'],
    });
    expect(change?.commands[0]).toBe(
      'kubectl delete job airflow-run-airflow-migrations airflow-create-user --namespace airflow --ignore-not-found',
    );
    expect(warnings).toEqual([]);
    const running = planJobDeletion('airflow', [
      { name: 'airflow-run-airflow-migrations', state: 'running', ours: true },
    ]);
    expect(running.change).toBeUndefined();
    expect(running.warnings[0]).toContain('still running');
    expect(planJobDeletion('airflow', []).change).toBeUndefined();
  });
});
