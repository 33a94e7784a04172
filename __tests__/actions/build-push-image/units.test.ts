import { describe, expect, it } from '@jest/globals';
import { buildxBuild, dockerBuild } from '../../../src/actions/build-push-image/argv.js';
import { parseInputs, type BuildPushInputs } from '../../../src/actions/build-push-image/inputs.js';
import { ignoresCredentials } from '../../../src/actions/build-push-image/preflight.js';
import { defaultTags, ociLabels, sanitiseTag } from '../../../src/actions/build-push-image/tags.js';
import {
  dockerArgv,
  isMissingManifest,
  parseImagetoolsDigest,
  parseManifestInspectDigest,
  parseMetadataDigest,
  parsePushDigest,
} from '../../../src/lib/tools/docker.js';
import { CommandError } from '../../../src/lib/errors.js';
import * as image from '../../../src/lib/validate/image.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const D = `sha256:${'0'.repeat(63)}f`;

describe('defaultTags', () => {
  it.each([
    [
      'branch push',
      { GITHUB_SHA: SHA, GITHUB_REF: 'refs/heads/main', GITHUB_REF_NAME: 'main' },
      ['0123456', 'main'],
    ],
    [
      'branch with slashes and capitals',
      {
        GITHUB_SHA: SHA,
        GITHUB_REF: 'refs/heads/feature/Add-Thing',
        GITHUB_REF_NAME: 'feature/Add-Thing',
      },
      ['0123456', 'feature-Add-Thing'],
    ],
    [
      'release tag',
      { GITHUB_SHA: SHA, GITHUB_REF: 'refs/tags/v1.2.3', GITHUB_REF_NAME: 'v1.2.3' },
      ['0123456', '1.2.3', '1.2', '1'],
    ],
    [
      'pre-release tag',
      { GITHUB_SHA: SHA, GITHUB_REF: 'refs/tags/v2.0.0-rc.1', GITHUB_REF_NAME: 'v2.0.0-rc.1' },
      ['0123456', '2.0.0-rc.1'],
    ],
    [
      'non-semver tag',
      { GITHUB_SHA: SHA, GITHUB_REF: 'refs/tags/nightly', GITHUB_REF_NAME: 'nightly' },
      ['0123456', 'nightly'],
    ],
    [
      'pull request',
      { GITHUB_SHA: SHA, GITHUB_REF: 'refs/pull/42/merge', GITHUB_REF_NAME: '42/merge' },
      ['0123456', 'pr-42'],
    ],
    ['no GitHub context', {}, []],
    ['malformed sha ignored', { GITHUB_SHA: 'not-a-sha;id' }, []],
  ])('%s', (_name, env, tags) => {
    expect(defaultTags(env)).toEqual(tags);
    for (const t of tags) expect(image.imageTag('tags', t)).toBe(t);
  });

  it.each([
    ['a/b', 'a-b'],
    ['-lead', 'lead'],
    ['.dot', 'dot'],
    ['x'.repeat(200), 'x'.repeat(128)],
    ['ü-ñ', ''],
  ])('sanitiseTag(%j)', (input, out) => {
    expect(sanitiseTag(input)).toBe(out);
  });

  it('OCI labels come from the GitHub context', () => {
    const labels = ociLabels(
      {
        GITHUB_SHA: SHA,
        GITHUB_REPOSITORY: 'org/app',
        GITHUB_SERVER_URL: 'https://ghe.example.com/',
      },
      new Date('2026-01-02T03:04:05Z'),
    );
    expect(Object.fromEntries(labels)).toEqual({
      'org.opencontainers.image.source': 'https://ghe.example.com/org/app',
      'org.opencontainers.image.revision': SHA,
      'org.opencontainers.image.created': '2026-01-02T03:04:05.000Z',
    });
  });
});

describe('image validation', () => {
  it.each([
    [
      'asia-southeast1-docker.pkg.dev/alpine-figure-461007-i9/platform/airflow',
      'artifact-registry',
    ],
    ['us-docker.pkg.dev/my-project-1/repo/team/app', 'artifact-registry'],
    ['asia.gcr.io/alpine-figure-461007-i9/airflow', 'gcr'],
    ['gcr.io/my-project-1/app', 'gcr'],
    ['127.0.0.1:5000/platform/app', 'private'],
    ['registry.example.com:5000/team/app', 'private'],
    ['localhost/app', 'private'],
  ])('accepts %s as %s', (value, kind) => {
    expect(image.imageName('image', value).kind).toBe(kind);
  });

  it('derives the Artifact Registry repository', () => {
    expect(
      image.imageName('image', 'europe-west4-docker.pkg.dev/my-project-1/images/app').repository,
    ).toEqual({
      location: 'europe-west4',
      project: 'my-project-1',
      id: 'images',
    });
  });

  it.each([
    ['nginx', /full Artifact Registry path/],
    ['docker.io/library/nginx', /full Artifact Registry path/],
    ['ghcr.io/org/app', /full Artifact Registry path/],
    ['asia-southeast1-docker.pkg.dev/proj-123456/repo', /REGION-docker.pkg.dev/],
    ['asia-southeast1-docker.pkg.dev/bad_project/repo/app', /project id/],
    ['asia-southeast1-docker.pkg.dev/my-project-1/Repo/app', /lowercase/],
    ['asia-southeast1-docker.pkg.dev/my-project-1/repo/app:v1', /must not hold a tag/],
    [`asia-southeast1-docker.pkg.dev/my-project-1/repo/app@${D}`, /must not hold a digest/],
    ['-docker.pkg.dev/x', /must not start with "-"/],
    ['a.pkg.dev/$(id)/x', /lowercase/],
  ])('[F28] refuses %s', (value, message) => {
    expect(() => image.imageName('image', value)).toThrow(message);
  });

  it.each(['v1', '1.2.3', 'main', 'abc1234', 'A_b-c.d', 'x'.repeat(128)])(
    'tag %s is valid',
    (t) => {
      expect(image.imageTag('tags', t)).toBe(t);
    },
  );
  it.each(['.v1', '-v1', 'a b', 'a/b', 'a:b', 'x'.repeat(129), 'v1;rm', '$(id)'])(
    '[F28] tag %j is refused',
    (t) => {
      expect(() => image.imageTag('tags', t)).toThrow(/input "tags"/);
    },
  );
  it('[F28] digests must be sha256 with 64 lowercase hex digits', () => {
    expect(image.imageDigest('digest', D)).toBe(D);
    for (const bad of ['sha256:abc', `sha512:${'0'.repeat(64)}`, D.toUpperCase(), `${D}0`]) {
      expect(() => image.imageDigest('digest', bad)).toThrow(/sha256:<64 hex digits>/);
    }
  });
  it.each(['NODE_ENV', 'PYTHON_VERSION', 'A1'])('build arg %s is accepted', (n) => {
    expect(image.buildArgName('build-args', n)).toBe(n);
  });
  it.each([
    'GITHUB_TOKEN',
    'npm_token',
    'DB_PASSWORD',
    'CLIENT_SECRET',
    'API_KEY',
    'AWS_CREDENTIALS',
  ])('[F30] build arg %s is refused as secret-looking', (n) => {
    expect(() => image.buildArgName('build-args', n)).toThrow(/looks like a secret.*`secrets`/);
  });
  it.each(['1ABC', 'A-B', 'A B'])('build arg name %j is refused', (n) => {
    expect(() => image.buildArgName('build-args', n)).toThrow(/not a build argument name/);
  });
  it('loopback and Google hosts', () => {
    expect(image.isLoopbackHost('127.0.0.1:5000')).toBe(true);
    expect(image.isLoopbackHost('localhost:5000')).toBe(true);
    expect(image.isLoopbackHost('registry.example.com:5000')).toBe(false);
    expect(image.isGoogleHost('asia-southeast1-docker.pkg.dev')).toBe(true);
    expect(image.isGoogleHost('asia.gcr.io')).toBe(true);
    expect(image.isGoogleHost('127.0.0.1:5000')).toBe(false);
  });
});

describe('parsers', () => {
  it('push digest: the last "digest:" line', () => {
    const out = `The push refers to repository [r/a]\nabc: Pushed\nv1: digest: ${D} size: 524\n`;
    expect(parsePushDigest(out)).toBe(D);
    expect(parsePushDigest('nothing here')).toBeUndefined();
  });
  it('metadata file digest', () => {
    expect(
      parseMetadataDigest(JSON.stringify({ 'containerimage.digest': D, 'image.name': 'x' })),
    ).toBe(D);
    expect(parseMetadataDigest('{}')).toBeUndefined();
    expect(parseMetadataDigest('not json')).toBeUndefined();
  });
  it('manifest inspect --verbose: single image yes, list no', () => {
    expect(
      parseManifestInspectDigest(JSON.stringify({ Ref: 'x', Descriptor: { digest: D } })),
    ).toBe(D);
    expect(
      parseManifestInspectDigest(JSON.stringify([{ Descriptor: { digest: D } }])),
    ).toBeUndefined();
  });
  it('imagetools inspect digest', () => {
    expect(parseImagetoolsDigest(JSON.stringify({ schemaVersion: 2, digest: D }))).toBe(D);
    expect(parseImagetoolsDigest('[]')).toBeUndefined();
  });
  it.each([
    ['no such manifest: 127.0.0.1:5000/a:b', true],
    ['ERROR: asia-docker.pkg.dev/p/r/a:b: not found', true],
    ['manifest unknown: manifest unknown', true],
    ['unauthorized: authentication required', false],
  ])('missing manifest? %s', (stderr, missing) => {
    expect(
      isMissingManifest(new CommandError('docker manifest inspect', 1, stderr, 'permanent')),
    ).toBe(missing);
  });
  it.each([
    ['gha-creds-*.json', true],
    ['/gha-creds-*', true],
    ['*.json', true],
    ['node_modules', false],
    ['', false],
  ])('.dockerignore %j covers gha-creds files: %s', (text, covered) => {
    expect(ignoresCredentials(text)).toBe(covered);
  });
});

const AR = 'asia-southeast1-docker.pkg.dev/alpine-figure-461007-i9/platform/app';
function inputsOf(extra: Record<string, string>, env = {}): BuildPushInputs {
  const all: Record<string, string> = { image: AR, tags: 'abc1234,main', ...extra };
  return parseInputs((n) => all[n] ?? '', undefined, env, new Date('2026-01-01T00:00:00Z'));
}

describe('argv builders', () => {
  const full = inputsOf({
    context: 'app',
    dockerfile: 'app/Dockerfile.prod',
    target: 'runtime',
    'build-args': 'PY=3.12\nMODE=prod',
    labels: 'team=data',
    platforms: 'linux/amd64',
  });

  it('docker build puts every value after its flag and the context after --', () => {
    expect(dockerBuild(full)).toEqual([
      'build',
      '--file',
      'app/Dockerfile.prod',
      '--target',
      'runtime',
      '--build-arg',
      'PY=3.12',
      '--build-arg',
      'MODE=prod',
      '--label',
      'org.opencontainers.image.created=2026-01-01T00:00:00.000Z',
      '--label',
      'team=data',
      '--tag',
      `${AR}:abc1234`,
      '--tag',
      `${AR}:main`,
      '--platform',
      'linux/amd64',
      '--',
      'app',
    ]);
  });

  it('buildx build adds secrets, cache, metadata file and --push', () => {
    const argv = buildxBuild(
      { ...full, platforms: ['linux/amd64', 'linux/arm64'] },
      { metadataFile: '/t/meta.json', secretFiles: [{ id: 'npm', file: '/t/s0' }], ghaCache: true },
    );
    expect(argv.slice(0, 2)).toEqual(['buildx', 'build']);
    expect(argv.join(' ')).toContain(
      '--platform linux/amd64,linux/arm64 --secret id=npm,src=/t/s0 --cache-from type=gha --cache-to type=gha,mode=max --metadata-file /t/meta.json --push -- app',
    );
  });

  it('buildx without push loads a single-platform image', () => {
    const argv = buildxBuild(
      { ...full, push: false },
      { metadataFile: 'm', secretFiles: [], ghaCache: false },
    );
    expect(argv).toContain('--load');
    expect(argv).not.toContain('--push');
  });

  it('[F31] login takes the password on stdin only', () => {
    const argv = dockerArgv.login('europe-docker.pkg.dev');
    expect(argv).toEqual([
      'login',
      '--username',
      'oauth2accesstoken',
      '--password-stdin',
      'europe-docker.pkg.dev',
    ]);
    expect(argv.some((a) => a === '-p' || a.startsWith('--password='))).toBe(false);
  });

  it('manifest inspect is --insecure only when asked (loopback registries)', () => {
    expect(dockerArgv.manifestInspect('r:1', false)).toEqual([
      'manifest',
      'inspect',
      '--verbose',
      'r:1',
    ]);
    expect(dockerArgv.manifestInspect('r:1', true)).toContain('--insecure');
  });
});

describe('parseInputs', () => {
  it('defaults tags from the GitHub context and adds OCI labels', () => {
    const parsed = parseInputs((n) => (n === 'image' ? AR : ''), undefined, {
      GITHUB_SHA: SHA,
      GITHUB_REF: 'refs/tags/v3.1.4',
      GITHUB_REF_NAME: 'v3.1.4',
      GITHUB_REPOSITORY: 'o/r',
    });
    expect(parsed.tags).toEqual(['0123456', '3.1.4', '3.1', '3']);
    expect(parsed.push).toBe(true);
    expect(parsed.labels.map(([k]) => k)).toContain('org.opencontainers.image.source');
  });
  it('[F28] no tags and no GitHub context is a configuration error', () => {
    expect(() => parseInputs((n) => (n === 'image' ? AR : ''), undefined, {})).toThrow(
      /input "tags"/,
    );
  });
  it('[F28] warns about the mutable latest tag', () => {
    expect(inputsOf({ tags: 'latest' }).warnings.join()).toContain('mutable');
  });
  it('[F7] boolean inputs are strict', () => {
    expect(() => inputsOf({ push: 'yes' })).toThrow(/input "push"/);
  });
  it('create-repository needs an Artifact Registry path', () => {
    expect(() => inputsOf({ image: '127.0.0.1:5000/a/b', 'create-repository': 'true' })).toThrow(
      /input "create-repository"/,
    );
  });
  it('[F2] a context starting with - is refused', () => {
    expect(() => inputsOf({ context: '--file=/etc/passwd' })).toThrow(/input "context"/);
  });
  it('[F37] secrets must be id=value with a non-empty value and unique ids', () => {
    // [F63] secret lines are named by number; no part of a line is quoted.
    expect(() => inputsOf({ secrets: 'novalue' })).toThrow(
      /line 1 must be NAME=VALUE \(the line is not shown/,
    );
    expect(() => inputsOf({ secrets: 'a=' })).toThrow(/line 1: the value after "=" is empty/);
    expect(() => inputsOf({ secrets: 'a=1\na=2' })).toThrow(/only once/);
    expect(() => inputsOf({ secrets: 'a,b=1' })).toThrow(/line 1: the name before "="/);
  });
});
