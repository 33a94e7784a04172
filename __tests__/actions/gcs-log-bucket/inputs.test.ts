import { describe, expect, it } from '@jest/globals';
import { DEFAULT_ROLE, parseInputs } from '../../../src/actions/gcs-log-bucket/inputs.js';
import { definition } from '../../../src/actions/gcs-log-bucket/definition.js';
import { applyStep, planStep } from '../../../__fixtures__/cli-step.js';
import { MemoryLogger } from '../../../src/lib/log/logger.js';
import { parsePlatformConfig } from '../../../src/lib/config/load.js';
import { ConfigurationError } from '../../../src/lib/errors.js';
import { DryRunRunner } from '../../../src/lib/exec/runner.js';
import { FakeClock } from '../../../__fixtures__/runner.js';
import { FakeGcs, PROJECT } from './fake-gcs.js';

const GSA = `cloudsql-proxy-gsa@${PROJECT}.iam.gserviceaccount.com`;
const FILE = `
project: ${PROJECT}
region: asia-southeast1
logBucket:
  name: airflow-logs-file
  retentionDays: 14
  labels: { team: data }
  member: ${GSA}
`;
const source =
  (inputs: Record<string, string>) =>
  (name: string): string =>
    inputs[name] ?? '';

describe('parseInputs', () => {
  it('takes everything from the platform file, location from its region', async () => {
    const config = await parsePlatformConfig(FILE);
    expect(parseInputs(source({}), config)).toEqual({
      projectId: PROJECT,
      bucket: 'airflow-logs-file',
      location: 'ASIA-SOUTHEAST1',
      member: `serviceAccount:${GSA}`,
      role: DEFAULT_ROLE,
      retentionDays: 14,
      labels: { team: 'data' },
      dryRun: false,
    });
  });

  it('explicit inputs win over the file', async () => {
    const config = await parsePlatformConfig(FILE);
    const inputs = parseInputs(
      source({
        bucket: 'other-logs',
        location: 'US',
        'retention-days': '7',
        labels: 'env=prod',
        role: 'roles/storage.objectUser',
        member: 'group:data@example.com',
      }),
      config,
    );
    expect(inputs).toMatchObject({
      bucket: 'other-logs',
      location: 'US',
      retentionDays: 7,
      labels: { env: 'prod' },
      role: 'roles/storage.objectUser',
      member: 'group:data@example.com',
    });
  });

  it('location is required without a platform file', () => {
    expect(() =>
      parseInputs(source({ 'project-id': PROJECT, bucket: 'airflow-logs-alpine' })),
    ).toThrow(/input "location": is required/);
  });

  it('the carried member is used only when neither input nor file names one', async () => {
    const config = await parsePlatformConfig(
      `project: ${PROJECT}\nregion: asia-southeast1\nlogBucket: { name: b-logs }\n`,
    );
    expect(parseInputs(source({}), config, { member: GSA }).member).toBe(`serviceAccount:${GSA}`);
    expect(
      parseInputs(source({ member: 'group:g@example.com' }), config, { member: GSA }).member,
    ).toBe('group:g@example.com');
  });

  it.each([
    ['bad name', 'name: Bad_Name', /logBucket.name/],
    ['zero retention', 'name: ok-logs\n  retentionDays: 0', /logBucket.retentionDays/],
    ['bad label key', 'name: ok-logs\n  labels: { Team: x }', /logBucket.labels/],
    ['bad location', 'name: ok-logs\n  location: "asia southeast1"', /logBucket.location/],
    ['bad member', 'name: ok-logs\n  member: nobody', /logBucket.member/],
    ['unknown key', 'name: ok-logs\n  bogus: 1', /logBucket/],
  ])('[F23] the platform file section is strict: %s', async (_label, section, where) => {
    await expect(
      parsePlatformConfig(
        `project: ${PROJECT}\nregion: asia-southeast1\nlogBucket:\n  ${section}\n`,
      ),
    ).rejects.toThrow(where);
    await expect(
      parsePlatformConfig(
        `project: ${PROJECT}\nregion: asia-southeast1\nlogBucket:\n  ${section}\n`,
      ),
    ).rejects.toBeInstanceOf(ConfigurationError);
  });
});

describe('step (the CLI plan)', () => {
  const tools = (gcs: FakeGcs) => ({
    runner: new DryRunRunner(gcs.runner()),
    logger: new MemoryLogger(),
    clock: new FakeClock(),
  });

  it('runs after setup-wi and only when the file has logBucket', async () => {
    expect(definition.order).toBeGreaterThan(10);
    expect(definition.cli.enabled(await parsePlatformConfig(FILE))).toBe(true);
    expect(
      definition.cli.enabled(
        await parsePlatformConfig(`project: ${PROJECT}\nregion: asia-southeast1\n`),
      ),
    ).toBe(false);
  });

  it("plans offline with setup-wi's gsa-email as member, and outputs the log folder", async () => {
    const config = await parsePlatformConfig(
      `project: ${PROJECT}\nregion: asia-southeast1\nlogBucket: { name: b-logs }\n`,
    );
    const gcs = new FakeGcs();
    const plan = await planStep(definition, {
      config,
      tools: tools(gcs),
      offline: true,
      carried: new Map([['gsa-email', GSA]]),
    });
    expect(plan.outputs).toMatchObject({
      'bucket-url': 'gs://b-logs',
      'log-folder': 'gs://b-logs/logs',
    });
    expect(plan.changes.map((c) => c.action)).toEqual(['create', 'update']);
    expect(plan.changes[1]?.reason).toContain(`serviceAccount:${GSA}`);
  });

  it('plans online against the observed bucket and applies', async () => {
    const config = await parsePlatformConfig(FILE);
    const gcs = new FakeGcs();
    gcs.addBucket('airflow-logs-file', { uniform: false });
    const t = { runner: gcs.runner(), logger: new MemoryLogger(), clock: new FakeClock() };
    const plan = await planStep(definition, {
      config,
      tools: t,
      offline: false,
      carried: new Map(),
    });
    expect(plan.changes.map((c) => c.action)).toEqual(['noop', 'update', 'update']);
    expect(plan.warnings.join()).toContain('uniform bucket-level access off');
    const applied = await applyStep(definition, { config, tools: t, offline: false });
    expect(applied.outcomes.map((o) => o.status)).toEqual(['unchanged', 'done', 'done']);
    expect(gcs.buckets.get('airflow-logs-file')).toMatchObject({
      uniform: true,
      pap: 'enforced',
      labels: { team: 'data' },
    });
  });
});
