/**
 * Real-CLI conformance: every argv build-push-image emits is fed to the real docker client
 * and gcloud on this machine (no daemon, no credentials) and must parse.
 *
 * Limitation: `docker buildx` is not installed here (Debian has no package), and the docker
 * client hands `buildx ...` to the plugin unparsed, so the buildx argv can only be checked
 * where the plugin exists; here the test asserts that the plugin is what is missing.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FakeIO } from '../../../__fixtures__/io.js';
import { FakeClock } from '../../../__fixtures__/runner.js';
import { run } from '../../../src/actions/build-push-image/definition.js';
import type { CommandSpec } from '../../../src/lib/exec/runner.js';
import { checkArgv } from '../../../test-support/cli/conformance.js';
import { DIGEST_B, fakeRegistry } from './fake-registry.js';

const AR = 'asia-southeast1-docker.pkg.dev/alpine-figure-461007-i9/platform/airflow';
let dir = '';
let context = '';

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'bpi-conf-'));
  context = path.join(dir, 'ctx');
  await mkdir(context);
  await writeFile(path.join(context, 'Dockerfile'), 'FROM scratch\n');
  await writeFile(path.join(context, 'Dockerfile.prod'), 'FROM scratch AS runtime\n');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Every command the action runs, over fresh build, skip-existing with a retag, and create-repository. */
async function emitted(buildx: boolean): Promise<CommandSpec[]> {
  const all: CommandSpec[] = [];
  const base = {
    image: AR,
    context,
    dockerfile: path.join(context, 'Dockerfile.prod'),
    target: 'runtime',
    tags: 'abc1234\nmain',
    'build-args': 'PY=3.12',
    labels: 'team=data',
    platforms: 'linux/amd64',
    'create-repository': 'true',
    ...(buildx ? { secrets: 'npm=x', cache: 'true' } : {}),
  };
  for (const extra of [{}, { 'skip-existing': 'true' }] as Record<string, string>[]) {
    const fake = fakeRegistry({ buildx });
    // First run: a fresh project (repository created); second: primary tag pushed already.
    if ('skip-existing' in extra) fake.tags.set(`${AR}:abc1234`, DIGEST_B);
    else fake.repositoryExists = false;
    const io = new FakeIO({ ...base, ...extra });
    await run({ io, runner: fake.runner, clock: new FakeClock() });
    expect(io.failed).toBeUndefined();
    all.push(...fake.runner.calls);
  }
  const seen = new Map<string, CommandSpec>();
  for (const spec of all) seen.set([spec.tool, ...spec.args].join('\u0000'), spec);
  return [...seen.values()];
}

describe('build-push-image argv conformance with the real docker and gcloud clients', () => {
  it('every classic docker argv parses (build, push, pull, tag, login, manifest inspect)', async () => {
    const specs = (await emitted(false)).filter((s) => s.tool === 'docker');
    const verbs = new Set(specs.map((s) => s.args[0]));
    expect([...verbs].sort()).toEqual(
      ['build', 'buildx', 'login', 'manifest', 'pull', 'push', 'tag'].sort(),
    );
    for (const spec of specs.filter((s) => s.args[0] !== 'buildx')) {
      const verdict = checkArgv('docker', spec.args);
      expect({ argv: spec.args, parsed: verdict.parsed, stderr: verdict.stderr }).toMatchObject({
        parsed: true,
      });
    }
  }, 60_000);

  it('the parse check can fail: a misspelt flag is caught', () => {
    expect(checkArgv('docker', ['build', '--tagg', 'x', '--', '.']).parsed).toBe(false);
    expect(checkArgv('docker', ['manifest', 'inspect', '--verbos', 'x']).parsed).toBe(false);
  });

  it('buildx argv: checked only where the buildx plugin exists', async () => {
    const specs = (await emitted(true)).filter(
      (s) => s.tool === 'docker' && s.args[0] === 'buildx',
    );
    expect(specs.map((s) => s.args.slice(0, 3).join(' ')).sort()).toEqual(
      expect.arrayContaining([
        'buildx build --file',
        'buildx imagetools create',
        'buildx imagetools inspect',
      ]),
    );
    const probe = checkArgv('docker', ['buildx', 'version']);
    if (/unknown command: docker buildx/.test(probe.stderr)) {
      // Not checkable on this machine: without the plugin the client reports the unknown
      // command (or the root command's unknown flag), never buildx's own flag parsing.
      expect(probe.parsed).toBe(false);
      return;
    }
    for (const spec of specs) {
      expect({ argv: spec.args, ...checkArgv('docker', spec.args) }).toMatchObject({
        parsed: true,
      });
    }
  }, 60_000);

  it('every gcloud argv parses', async () => {
    const specs = (await emitted(false)).filter((s) => s.tool === 'gcloud');
    expect(specs.map((s) => s.args.slice(0, 3).join(' ')).sort()).toEqual([
      'artifacts repositories create',
      'artifacts repositories describe',
      'auth print-access-token',
    ]);
    for (const spec of specs) {
      expect({ argv: spec.args, ...checkArgv('gcloud', spec.args) }).toMatchObject({
        parsed: true,
      });
    }
  }, 120_000);
});
