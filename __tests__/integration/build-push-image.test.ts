/**
 * build-push-image for real: a real Docker engine builds small images and pushes them to a
 * real local registry (test-support/docker/engine.ts); the action's `digest` output is
 * compared with what the registry itself answers.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { FakeIO } from '../../__fixtures__/io.js';
import { run } from '../../src/actions/build-push-image/definition.js';
import { ProcessRunner } from '../../src/lib/exec/process-runner.js';
import type { Clock } from '../../src/lib/exec/retry.js';
import type { CommandResult, CommandSpec, Runner } from '../../src/lib/exec/runner.js';
import { startDocker, type DockerEnv } from '../../test-support/docker/engine.js';
import { startFaultyProxy } from '../../test-support/docker/faulty-proxy.js';

const exec = promisify(execFile);

/** Records every command while the real ProcessRunner runs it. */
class RecordingRunner implements Runner {
  readonly calls: CommandSpec[] = [];
  constructor(private readonly inner: ProcessRunner) {}
  get redactor() {
    return this.inner.redactor;
  }
  run(spec: CommandSpec): Promise<CommandResult> {
    this.calls.push(spec);
    return this.inner.run(spec);
  }
  has(tool: string): Promise<boolean> {
    return this.inner.has(tool);
  }
}

/** Real time, but retry back-off shortened twentyfold so the 503 test stays quick. */
const quickClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((r) => setTimeout(r, Math.ceil(ms / 20))),
  random: () => Math.random(),
};

const MANIFEST_TYPES = [
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.oci.image.index.v1+json',
].join(', ');

/** The registry's own answer: HEAD /v2/<name>/manifests/<tag> -> Docker-Content-Digest. */
async function registryDigest(host: string, repo: string, tag: string): Promise<string | null> {
  const res = await fetch(`http://${host}/v2/${repo}/manifests/${tag}`, {
    method: 'HEAD',
    headers: { Accept: MANIFEST_TYPES },
  });
  return res.ok ? res.headers.get('docker-content-digest') : null;
}

let docker: DockerEnv | undefined;
let skip = '';
let work = '';

beforeAll(async () => {
  const started = await startDocker();
  if ('skip' in started) skip = started.skip;
  else docker = started;
  work = await mkdtemp(path.join(tmpdir(), 'bpi-it-'));
}, 120_000);

afterAll(async () => {
  await docker?.stop();
  await rm(work, { recursive: true, force: true });
}, 60_000);

async function contextDir(name: string, dockerfile: string, files: Record<string, string> = {}) {
  const dir = path.join(work, name);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'Dockerfile'), dockerfile);
  for (const [file, text] of Object.entries(files)) await writeFile(path.join(dir, file), text);
  return dir;
}

async function runAction(inputs: Record<string, string>, clock: Clock = quickClock) {
  if (!docker) throw new Error('no docker');
  const io = new FakeIO(inputs);
  const runner = new RecordingRunner(
    new ProcessRunner(io, undefined, { ...process.env, ...docker.env }),
  );
  await run({ io, runner, clock });
  return { io, runner, argv: runner.calls.map((c) => [c.tool, ...c.args].join(' ')) };
}

function ready(): boolean {
  // CI installs the engine (.ci/run); there a skip would hide a broken harness, so it fails.
  if (skip && process.env.CI) throw new Error(`the Docker engine must start in CI: ${skip}`);
  if (skip) console.warn(`SKIPPED (no Docker engine): ${skip}`);
  return !skip;
}

describe('build-push-image against a real Docker engine and registry', () => {
  it('builds a FROM scratch image, pushes it, and outputs the registry manifest digest', async () => {
    if (!ready() || !docker) return;
    const context = await contextDir('scratch', 'FROM scratch\nCOPY hello.txt /hello.txt\n', {
      'hello.txt': `hello ${Date.now()}\n`,
    });
    const image = `${docker.registry}/platform/scratch`;
    const { io, argv } = await runAction({ image, context, tags: 'v1\nstable' });
    expect(io.failed).toBeUndefined();
    const digest = io.outputs.digest ?? '';
    expect(digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(await registryDigest(docker.registry, 'platform/scratch', 'v1')).toBe(digest);
    expect(await registryDigest(docker.registry, 'platform/scratch', 'stable')).toBe(digest);
    // IMAGE:PRIMARY_TAG@DIGEST: Airflow's task pods need the tag beside the digest (issue 12).
    expect(io.outputs['image-ref']).toBe(`${image}:v1@${digest}`);
    expect(JSON.parse(io.outputs.tags ?? '[]')).toEqual([`${image}:v1`, `${image}:stable`]);
    expect(io.outputs.skipped).toBe('false');
    // Local registry: no gcloud, no login.
    expect(argv.some((l) => l.startsWith('gcloud') || l.includes(' login '))).toBe(false);
    expect(argv.filter((l) => l.startsWith('docker build '))).toHaveLength(1);
  }, 120_000);

  it('builds with a RUN step on the local busybox base; skip-existing then skips the build', async () => {
    if (!ready() || !docker) return;
    const context = await contextDir(
      'busybox',
      `FROM ${docker.baseImage}\nARG GREETING=hi\nRUN echo "$GREETING" > /greeting && cat /greeting\n`,
    );
    const image = `${docker.registry}/platform/with-run`;
    const inputs = {
      image,
      context,
      tags: 'abc1234',
      'build-args': 'GREETING=from-test',
      'skip-existing': 'true',
    };
    const first = await runAction(inputs);
    expect(first.io.failed).toBeUndefined();
    const digest = first.io.outputs.digest ?? '';
    expect(await registryDigest(docker.registry, 'platform/with-run', 'abc1234')).toBe(digest);
    expect(first.io.outputs.skipped).toBe('false');
    expect(first.argv.filter((l) => l.startsWith('docker build '))).toHaveLength(1);
    // The RUN step really ran, with the build arg: read the file it wrote out of the image.
    const { stdout } = await exec(
      'docker',
      ['run', '--rm', '--network', 'none', `${image}:abc1234`, 'cat', '/greeting'],
      {
        env: { ...process.env, ...docker.env },
      },
    );
    expect(stdout.trim()).toBe('from-test');

    const second = await runAction(inputs);
    expect(second.io.failed).toBeUndefined();
    expect(second.io.outputs.skipped).toBe('true');
    expect(second.io.outputs.digest).toBe(digest);
    expect(second.io.outputs['image-ref']).toBe(`${image}:abc1234@${digest}`);
    expect(second.argv.some((l) => /^docker (buildx )?build /.test(l))).toBe(false);
    expect(second.argv).toContain('docker buildx version');
    expect(second.runner.calls.filter((c) => c.mutating)).toHaveLength(0);

    // A new tag on the same commit (a release): pointed at the pushed digest, not rebuilt.
    const third = await runAction({ ...inputs, tags: 'abc1234\n1.0.0' });
    expect(third.io.failed).toBeUndefined();
    expect(third.io.outputs.skipped).toBe('true');
    expect(third.argv.some((l) => /^docker (buildx )?build /.test(l))).toBe(false);
    expect(await registryDigest(docker.registry, 'platform/with-run', '1.0.0')).toBe(digest);
  }, 180_000);

  it('[F29] retries the push when the registry answers 503 twice, then succeeds', async () => {
    if (!ready() || !docker) return;
    const proxy = await startFaultyProxy(docker.registry, [
      { method: 'PUT', path: /\/manifests\//, status: 503, times: 2 },
    ]);
    try {
      const context = await contextDir('retry', 'FROM scratch\nCOPY data.txt /data.txt\n', {
        'data.txt': `retry ${Date.now()}\n`,
      });
      const image = `${proxy.host}/platform/retried`;
      const { io, argv } = await runAction({ image, context, tags: 'r1' });
      expect(io.failed).toBeUndefined();
      const puts = proxy.requests.filter((r) => r.method === 'PUT' && /manifests/.test(r.path));
      expect(puts.map((r) => r.status)).toEqual([503, 503, 201]);
      expect(argv.filter((l) => l === `docker push ${image}:r1`)).toHaveLength(3);
      expect(io.warnings().some((w) => /attempt 1\/\d+ failed/.test(w))).toBe(true);
      expect(io.warnings().some((w) => /attempt 2\/\d+ failed/.test(w))).toBe(true);
      expect(await registryDigest(docker.registry, 'platform/retried', 'r1')).toBe(
        io.outputs.digest,
      );
    } finally {
      await proxy.stop();
    }
  }, 180_000);

  it('[F28] refuses an invalid tag before the engine is asked anything', async () => {
    if (!ready() || !docker) return;
    const context = await contextDir('bad', 'FROM scratch\n');
    const { io, runner } = await runAction({
      image: `${docker.registry}/platform/bad`,
      context,
      tags: 'v1;rm',
    });
    expect(io.failed).toContain('input "tags"');
    expect(runner.calls).toHaveLength(0);
  });
});
