import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { FakeClock, ScriptedRunner } from '../../../__fixtures__/runner.js';
import { definition } from '../../../src/actions/helm-airflow/definition.js';
import { planStep } from '../../../__fixtures__/cli-step.js';
import { MemoryLogger } from '../../../src/lib/action/logger.js';
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

describe('helm-airflow step (CLI plan)', () => {
  it('plans offline with carried log-folder and custom-airflow image, showing redacted merged values', async () => {
    const config = await parsePlatformConfig(CONFIG);
    expect(definition.order).toBe(40);
    expect(definition.cli.enabled(config)).toBe(true);
    const runner = new ScriptedRunner();
    const plan = await planStep(definition, {
      config,
      tools: { runner, logger: new MemoryLogger(), clock: new FakeClock() },
      offline: true,
      carried: new Map([
        ['log-folder', 'gs://airflow-logs-bucket/logs'],
        [
          'image-ref:custom-airflow',
          `asia-southeast1-docker.pkg.dev/alpine-figure-461007-i9/airflow/custom-airflow@${DIGEST}`,
        ],
      ]),
    });
    expect(runner.calls).toHaveLength(0);
    expect(plan.changes.map((c) => [c.resource, c.action])).toEqual([
      ['helm-release/airflow/airflow', 'create'],
    ]);
    expect(plan.outputs).toMatchObject({
      'ui-service': 'airflow-api-server',
      'chart-version': '1.22.0',
    });
    const body = plan.artifacts[0]?.body ?? '';
    const values = parse(body) as Record<string, Record<string, unknown>>;
    expect(values.executor).toBe('KubernetesExecutor');
    expect(values.config).toMatchObject({
      logging: { remote_base_log_folder: 'gs://airflow-logs-bucket/logs' },
    });
    expect(values.images).toMatchObject({ airflow: { digest: DIGEST } });
    expect(body).not.toContain('pg-secret-value');
    expect(runner.redactor.has('pg-secret-value')).toBe(true);
  });

  it('rejects an airflow section with an unknown key or a secret field', async () => {
    await expect(parsePlatformConfig(`${CONFIG}  adminPassword: x\n`)).rejects.toThrow(/airflow/);
    await expect(
      parsePlatformConfig(CONFIG.replace('chartVersion: 1.22.0', 'chartVersion: latest')),
    ).rejects.toThrow(/airflow.chartVersion/);
  });
});
