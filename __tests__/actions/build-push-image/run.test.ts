import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, readdir, rm, stat, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FakeIO } from '../../../__fixtures__/io.js';
import { fail, FakeClock, line } from '../../../__fixtures__/runner.js';
import { run } from '../../../src/actions/build-push-image/definition.js';
import { DIGEST_A, DIGEST_B, fakeRegistry, TOKEN } from './fake-registry.js';

const AR = 'asia-southeast1-docker.pkg.dev/alpine-figure-461007-i9/platform/airflow';
let dir = '';
let context = '';
const savedTemp = process.env.RUNNER_TEMP;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'bpi-run-'));
  context = path.join(dir, 'ctx');
  await mkdir(context);
  await writeFile(path.join(context, 'Dockerfile'), 'FROM scratch\n');
  process.env.RUNNER_TEMP = path.join(dir, 'runner-temp');
  await mkdir(process.env.RUNNER_TEMP);
});
afterAll(async () => {
  process.env.RUNNER_TEMP = savedTemp;
  await rm(dir, { recursive: true, force: true });
});

async function go(inputs: Record<string, string>, options: { buildx?: boolean } = {}) {
  const fake = fakeRegistry({ buildx: options.buildx ?? true });
  const io = new FakeIO({ image: AR, context, tags: 'abc1234\nmain', ...inputs });
  const clock = new FakeClock();
  return { fake, io, clock, exec: () => run({ io, runner: fake.runner, clock }) };
}

function expectNoToken(io: FakeIO, runnerArgv: string[]): void {
  expect(runnerArgv.join('\n')).not.toContain(TOKEN);
  expect(io.everything()).not.toContain(TOKEN);
}

describe('build-push-image run()', () => {
  it('[F31] fresh build with buildx: logs in on stdin, pushes, outputs the metadata digest', async () => {
    const { fake, io, exec } = await go({});
    await exec();
    expect(io.failed).toBeUndefined();
    const lines = fake.runner.lines();
    const login = fake.runner.calls.find((c) => c.args[0] === 'login');
    expect(login?.args).toEqual([
      'login',
      '--username',
      'oauth2accesstoken',
      '--password-stdin',
      'asia-southeast1-docker.pkg.dev',
    ]);
    expect(login?.stdin).toBe(TOKEN);
    expect(io.secrets).toContain(TOKEN);
    expectNoToken(io, lines);
    const build = lines.find((l) => l.startsWith('docker buildx build'));
    expect(build).toContain(`--tag ${AR}:abc1234 --tag ${AR}:main`);
    expect(build).toContain('--push');
    expect(io.outputs).toMatchObject({
      image: AR,
      digest: DIGEST_A,
      'image-ref': `${AR}:abc1234@${DIGEST_A}`,
      skipped: 'false',
    });
    expect(JSON.parse(io.outputs.tags ?? '')).toEqual([`${AR}:abc1234`, `${AR}:main`]);
    expect(io.summary).toContain(`${AR}:abc1234@${DIGEST_A}`);
  });

  it('fresh build without buildx: docker build, then docker push per tag; digest from the push', async () => {
    const { fake, io, exec } = await go({}, { buildx: false });
    await exec();
    expect(io.failed).toBeUndefined();
    const mutations = fake.runner.mutations().map(line);
    expect(mutations).toEqual([
      expect.stringMatching(/^docker build .*--tag \S+:abc1234 --tag \S+:main -- /),
      `docker push ${AR}:abc1234`,
      `docker push ${AR}:main`,
    ]);
    expect(io.outputs.digest).toBe(DIGEST_A);
  });

  it('skip-existing: the primary tag exists, so nothing is built and its digest is output', async () => {
    const { fake, io, exec } = await go({ 'skip-existing': 'true' });
    fake.tags.set(`${AR}:abc1234`, DIGEST_B);
    fake.tags.set(`${AR}:main`, DIGEST_B);
    await exec();
    expect(io.failed).toBeUndefined();
    expect(fake.runner.mutations()).toHaveLength(0);
    expect(fake.runner.lines().some((l) => /docker (buildx )?build /.test(l))).toBe(false);
    expect(io.outputs).toMatchObject({
      digest: DIGEST_B,
      'image-ref': `${AR}:abc1234@${DIGEST_B}`,
      skipped: 'true',
    });
  });

  it('skip-existing: points a missing secondary tag at the existing digest, without building', async () => {
    const { fake, io, exec } = await go({ 'skip-existing': 'true', tags: 'abc1234\n1.2.3' });
    fake.tags.set(`${AR}:abc1234`, DIGEST_B);
    await exec();
    expect(io.failed).toBeUndefined();
    expect(fake.runner.mutations().map(line)).toEqual([
      `docker buildx imagetools create --tag ${AR}:1.2.3 ${AR}@${DIGEST_B}`,
    ]);
    expect(fake.tags.get(`${AR}:1.2.3`)).toBe(DIGEST_B);
  });

  it('dry-run: logs in and looks, but makes zero mutating calls and outputs the tag ref', async () => {
    const { fake, io, exec } = await go({ 'dry-run': 'true', 'create-repository': 'true' });
    fake.repositoryExists = false;
    await exec();
    expect(io.failed).toBeUndefined();
    expect(fake.runner.mutations()).toHaveLength(0);
    expect(fake.repositoryExists).toBe(false);
    expect(fake.tags.size).toBe(0);
    expect(io.outputs).toMatchObject({ digest: '', 'image-ref': `${AR}:abc1234` });
    expect(io.summary).toContain('dry run');
    expect(io.summary).toContain('planned');
    // The plan the plan-comment action renders: every outcome, as JSON.
    expect(JSON.parse(io.outputs.changes ?? '')).toEqual(
      expect.arrayContaining([expect.objectContaining({ status: 'planned' })]),
    );
  });

  it('create-repository: creates a missing repository once; a re-run only describes it', async () => {
    const first = await go({ 'create-repository': 'true' });
    first.fake.repositoryExists = false;
    await first.exec();
    expect(first.io.failed).toBeUndefined();
    const creates = first.fake.runner.lines().filter((l) => l.includes('repositories create'));
    expect(creates).toEqual([
      'gcloud artifacts repositories create platform --repository-format=docker --location=asia-southeast1 --project=alpine-figure-461007-i9 --description=Created by build-push-image --quiet',
    ]);
    const second = await go({ 'create-repository': 'true', 'skip-existing': 'true' });
    for (const [k, v] of first.fake.tags) second.fake.tags.set(k, v);
    await second.exec();
    expect(second.io.failed).toBeUndefined();
    expect(second.fake.runner.mutations()).toHaveLength(0);
  });

  it('[F28] invalid tag, a tag inside image, or a digest inside image: fails before any command', async () => {
    for (const inputs of [
      { tags: 'v1 beta' },
      { tags: '.hidden' },
      { image: `${AR}:v1` },
      { image: `${AR}@sha256:${'c'.repeat(64)}` },
      { image: 'nginx' },
    ] as Record<string, string>[]) {
      const { fake, io, exec } = await go(inputs);
      await exec();
      expect(io.failed).toMatch(/input "(tags|image)"/);
      expect(fake.runner.calls).toHaveLength(0);
    }
  });

  it('[F29] retries docker push on 503 and on a timeout, then succeeds', async () => {
    const { fake, io, clock, exec } = await go({ tags: 'abc1234' }, { buildx: false });
    fake.runner.once(
      'docker push',
      fail('received unexpected HTTP status: 503 Service Unavailable'),
      1,
    );
    fake.runner.once('docker push', fail('docker timed out after 1800s', 124), 1);
    await exec();
    expect(io.failed).toBeUndefined();
    expect(fake.runner.lines().filter((l) => l.startsWith('docker push'))).toHaveLength(3);
    expect(clock.sleeps).toHaveLength(2);
    expect(io.warnings().filter((w) => /attempt [12]\/5 failed/.test(w))).toHaveLength(2);
    expect(io.outputs.digest).toBe(DIGEST_A);
  });

  it('[F29] does not retry a push refused for permissions', async () => {
    const { fake, io, exec } = await go({ tags: 'abc1234' }, { buildx: false });
    fake.runner.once(
      'docker push',
      fail('denied: Permission "artifactregistry.repositories.uploadArtifacts" denied'),
      5,
    );
    await exec();
    expect(io.failed).toContain('artifactregistry.repositories.uploadArtifacts');
    expect(fake.runner.lines().filter((l) => l.startsWith('docker push'))).toHaveLength(1);
  });

  it.each(['API_TOKEN', 'DB_PASSWORD', 'github_secret', 'SSH_KEY', 'KeyFile'])(
    '[F30] refuses the secret-looking build arg %s with a pointer to `secrets`',
    async (name) => {
      const { fake, io, exec } = await go({ 'build-args': `PLAIN=1\n${name}=hunter2` });
      await exec();
      expect(io.failed).toContain('input "build-args"');
      expect(io.failed).toContain('`secrets`');
      expect(fake.runner.calls).toHaveLength(0);
    },
  );

  it('[F37] build secrets: 0600 files in RUNNER_TEMP passed as --secret, masked, removed after', async () => {
    const { fake, io, exec } = await go({
      secrets: 'npm_token=s3cr3t-npm-value\npip=pip-value-42',
    });
    const seen: { file: string; mode: number; text: string }[] = [];
    // Capture file modes and contents while the build "runs".
    const original = fake.runner.run.bind(fake.runner);
    fake.runner.run = async (spec) => {
      if (spec.args[1] === 'build') {
        for (const [i, a] of spec.args.entries()) {
          if (a !== '--secret') continue;
          const file = /src=(.*)$/.exec(spec.args[i + 1] ?? '')?.[1] ?? '';
          const s = await stat(file);
          seen.push({ file, mode: s.mode & 0o777, text: await readFile(file, 'utf8') });
        }
      }
      return original(spec);
    };
    await exec();
    expect(io.failed).toBeUndefined();
    const withModes = seen.filter((s) => s.text !== '');
    expect(withModes.map((s) => [s.mode, s.text])).toEqual([
      [0o600, 's3cr3t-npm-value'],
      [0o600, 'pip-value-42'],
    ]);
    for (const s of withModes) expect(s.file.startsWith(process.env.RUNNER_TEMP ?? '-')).toBe(true);
    expect(await readdir(process.env.RUNNER_TEMP ?? '')).toEqual([]);
    const build = fake.runner.lines().find((l) => l.startsWith('docker buildx build')) ?? '';
    expect(build).toMatch(/--secret id=npm_token,src=\S+ --secret id=pip,src=\S+/);
    expect(build).not.toContain('s3cr3t-npm-value');
    expect(io.secrets).toEqual(expect.arrayContaining(['s3cr3t-npm-value', 'pip-value-42', TOKEN]));
    expect(io.everything()).not.toContain('s3cr3t-npm-value');
  });

  it('refuses build secrets when buildx is missing, before anything is built', async () => {
    const { fake, io, exec } = await go({ secrets: 'npm_token=abc' }, { buildx: false });
    await exec();
    expect(io.failed).toContain('input "secrets"');
    expect(fake.runner.mutations()).toHaveLength(0);
  });

  it('warns that gcr.io paths only work as Artifact Registry gcr.io repositories', async () => {
    const { io, fake, exec } = await go({ image: 'asia.gcr.io/alpine-figure-461007-i9/airflow' });
    await exec();
    expect(io.failed).toBeUndefined();
    expect(io.warnings().join('\n')).toMatch(
      /Container Registry was shut down.*gcr\.io repository/,
    );
    expect(fake.runner.calls.find((c) => c.args[0] === 'login')?.args.at(-1)).toBe('asia.gcr.io');
  });

  it('[F14] refuses a context holding gha-creds-*.json unless .dockerignore excludes it', async () => {
    const ctx = path.join(dir, 'creds');
    await mkdir(ctx);
    await writeFile(path.join(ctx, 'Dockerfile'), 'FROM scratch\nCOPY . /\n');
    await writeFile(path.join(ctx, 'gha-creds-0123abcd.json'), '{}');
    const bad = await go({ context: ctx });
    await bad.exec();
    expect(bad.io.failed).toContain('gha-creds-0123abcd.json');
    expect(bad.fake.runner.calls).toHaveLength(0);
    await writeFile(path.join(ctx, '.dockerignore'), 'gha-creds-*.json\n');
    const good = await go({ context: ctx });
    await good.exec();
    expect(good.io.failed).toBeUndefined();
  });

  it('[F8] fails before any mutation when docker is not on PATH', async () => {
    const { fake, io, exec } = await go({});
    fake.runner.missing.add('docker');
    await exec();
    expect(io.failed).toContain('docker not found on PATH');
    expect(fake.runner.calls).toHaveLength(0);
  });

  it('[F1] names `image` when it is missing', async () => {
    const { fake, io, exec } = await go({ image: '  ' });
    await exec();
    expect(io.failed).toContain('input "image"');
    expect(fake.runner.calls).toHaveLength(0);
  });
});
