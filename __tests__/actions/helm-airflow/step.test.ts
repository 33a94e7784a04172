import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { FakeClock, ScriptedRunner } from '../../../__fixtures__/runner.js';
import { definition } from '../../../src/actions/helm-airflow/definition.js';
import { planStep } from '../../../__fixtures__/cli-step.js';
import { MemoryLogger } from '../../../src/lib/log/logger.js';
import { parsePlatformConfig } from '../../../src/lib/config/load.js';

const DIGEST = `sha256:${'c'.repeat(64)}`;
const CONFIG = `
project: alpine-figure-461007-i9
region: asia-southeast1
airflow:
  chartVersion: 1.22.0
  serviceAccount: airflow-ksa
  values:
    executor: KubernetesExecutor
    postgresql:
      auth:
        postgresPassword: pg-secret-value
  gitSync:
    repo: git@github.com:acme/dags.git
    branch: main
    subPath: dags
`;

const REPO = 'asia-southeast1-docker.pkg.dev/alpine-figure-461007-i9/airflow/custom-airflow';

async function offlinePlan(image: string) {
  const config = await parsePlatformConfig(CONFIG);
  const runner = new ScriptedRunner();
  const plan = await planStep(definition, {
    config,
    tools: { runner, logger: new MemoryLogger(), clock: new FakeClock() },
    offline: true,
    carried: new Map([
      ['log-folder', 'gs://airflow-logs-bucket/logs'],
      ['image-ref:custom-airflow', image],
    ]),
  });
  return { plan, runner, config };
}

describe('helm-airflow step (CLI plan)', () => {
  it('plans offline with carried log-folder and custom-airflow image, showing redacted merged values', async () => {
    const { plan, runner, config } = await offlinePlan(`${REPO}:3.2.2-7@${DIGEST}`);
    expect(definition.order).toBe(40);
    expect(definition.cli.enabled(config)).toBe(true);
    expect(runner.calls).toHaveLength(0);
    // Issue 12 "Done when": the key Secrets (created once), then the release.
    expect(plan.changes.map((c) => [c.resource, c.action])).toEqual([
      ['secret/airflow/airflow-static-fernet-key', 'create'],
      ['secret/airflow/airflow-static-jwt-secret', 'create'],
      ['secret/airflow/airflow-static-api-secret-key', 'create'],
      ['helm-release/airflow/airflow', 'create'],
    ]);
    const release = plan.changes.at(-1);
    // The tag beside the digest: the chart's pods by digest, KubernetesExecutor task pods by
    // tag (chart values.yaml config.kubernetes_executor.worker_container_tag).
    expect(release?.reason).toContain(
      `image ${REPO}:3.2.2-7@${DIGEST} (task pods: ${REPO}:3.2.2-7)`,
    );
    // The job wait (helm/helm pkg/cmd/upgrade.go --wait-for-jobs).
    expect(release?.commands[0]).toMatch(/ --wait --wait-for-jobs /);
    expect(plan.outputs).toMatchObject({
      'ui-service': 'airflow-api-server',
      'chart-version': '1.22.0',
    });
    const body = plan.artifacts[0]?.body ?? '';
    const values = parse(body) as Record<string, Record<string, unknown>>;
    expect(values.executor).toBe('KubernetesExecutor');
    // The empty connection id: ADC through Workload Identity (apache/airflow#54498, #56120).
    expect(values.config).toMatchObject({
      logging: { remote_base_log_folder: 'gs://airflow-logs-bucket/logs', remote_log_conn_id: '' },
    });
    expect(body).toContain('remote_log_conn_id: ""');
    expect(values.images).toMatchObject({ airflow: { digest: DIGEST, tag: '3.2.2-7' } });
    expect(values).toMatchObject({
      fernetKeySecretName: 'airflow-static-fernet-key',
      jwtSecretName: 'airflow-static-jwt-secret',
      apiSecretKeySecretName: 'airflow-static-api-secret-key',
    });
    expect(body).not.toContain('pg-secret-value');
    expect(runner.redactor.has('pg-secret-value')).toBe(true);
  });

  it('[F28] refuses a digest without a tag under KubernetesExecutor, naming the input, before any command', async () => {
    // chart values.yaml: worker_container_tag = images.airflow.tag | default defaultAirflowTag;
    // the digest never reaches task pods, which would pull a tag that was never pushed.
    const runner = new ScriptedRunner();
    const config = await parsePlatformConfig(CONFIG);
    await expect(
      planStep(definition, {
        config,
        tools: { runner, logger: new MemoryLogger(), clock: new FakeClock() },
        offline: false,
        carried: new Map([['image-ref:custom-airflow', `${REPO}@${DIGEST}`]]),
      }),
    ).rejects.toThrow(/input "image": is a digest without a tag .*KubernetesExecutor/);
    expect(runner.calls).toHaveLength(0);
  });

  it('rejects an airflow section with an unknown key or a secret field', async () => {
    await expect(parsePlatformConfig(`${CONFIG}  adminPassword: x\n`)).rejects.toThrow(/airflow/);
    await expect(
      parsePlatformConfig(CONFIG.replace('chartVersion: 1.22.0', 'chartVersion: latest')),
    ).rejects.toThrow(/airflow.chartVersion/);
  });
});
