import { describe, expect, it } from '@jest/globals';
import { FakeIO } from '../../../__fixtures__/io.js';
import { FakeClock, ok, ScriptedRunner } from '../../../__fixtures__/runner.js';
import { parseInputs } from '../../../src/actions/build-push-image/inputs.js';
import { definition } from '../../../src/actions/build-push-image/definition.js';
import { planStep } from '../../../__fixtures__/cli-step.js';
import { parsePlatformConfig } from '../../../src/lib/config/load.js';

const YAML = `
project: alpine-figure-461007-i9
region: asia-southeast1
images:
  - name: airflow
    image: asia-southeast1-docker.pkg.dev/alpine-figure-461007-i9/platform/airflow
    context: airflow
    buildArgs: { AIRFLOW_VERSION: "3.0.2" }
  - name: backend
    image: asia-southeast1-docker.pkg.dev/alpine-figure-461007-i9/platform/backend
    context: app/backend
    tags: [v1]
`;

describe('build-push-image platform step', () => {
  it('plans one build per image offline, with image:tag refs (digests are unknown before a build)', async () => {
    const config = await parsePlatformConfig(YAML);
    expect(definition.cli.enabled(config)).toBe(true);
    const runner = new ScriptedRunner().on((spec) =>
      spec.tool === 'git' ? ok('89abcdef0123456789abcdef0123456789abcdef\n') : undefined,
    );
    const plan = await planStep(definition, {
      config,
      tools: { runner, logger: new FakeIO(), clock: new FakeClock() },
      offline: true,
      carried: new Map(),
    });
    expect(plan.outputs).toEqual({
      'image-ref:airflow':
        'asia-southeast1-docker.pkg.dev/alpine-figure-461007-i9/platform/airflow:89abcde',
      'image-ref:backend':
        'asia-southeast1-docker.pkg.dev/alpine-figure-461007-i9/platform/backend:v1',
    });
    expect(plan.changes.map((c) => [c.resource, c.action])).toEqual([
      [
        'image/asia-southeast1-docker.pkg.dev/alpine-figure-461007-i9/platform/airflow:89abcde',
        'create',
      ],
      [
        'image/asia-southeast1-docker.pkg.dev/alpine-figure-461007-i9/platform/backend:v1',
        'create',
      ],
    ]);
    expect(plan.changes[0]?.commands[0]).toContain('--build-arg AIRFLOW_VERSION=3.0.2');
    expect(runner.mutations()).toHaveLength(0);
  });

  it('the action picks a platform-file image by name; explicit inputs win', async () => {
    const config = await parsePlatformConfig(YAML);
    const inputs = { image: 'backend', tags: 'v2' } as Record<string, string>;
    const parsed = parseInputs((n) => inputs[n] ?? '', config, {});
    expect(parsed.image.name).toBe(
      'asia-southeast1-docker.pkg.dev/alpine-figure-461007-i9/platform/backend',
    );
    expect(parsed.context).toBe('app/backend');
    expect(parsed.tags).toEqual(['v2']);
    expect(() => parseInputs((n) => (n === 'image' ? 'nope' : ''), config, {})).toThrow(
      /not an image path, nor a name .*airflow, backend/,
    );
  });

  it('the platform file refuses secret-looking build args and duplicate names', async () => {
    await expect(
      parsePlatformConfig(
        `${YAML}  - name: airflow\n    image: asia-southeast1-docker.pkg.dev/alpine-figure-461007-i9/platform/x\n`,
      ),
    ).rejects.toThrow(/duplicate name "airflow"/);
    await expect(parsePlatformConfig(YAML.replace('AIRFLOW_VERSION', 'PIP_TOKEN'))).rejects.toThrow(
      /looks like a secret/,
    );
  });
});
