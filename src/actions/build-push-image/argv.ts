/**
 * Every build and gcloud command build-push-image can run, as pure argv builders (the
 * conformance test feeds the docker ones to the real client). Registry commands (login, push,
 * inspect) are in src/lib/tools/docker.ts.
 */
import type { BuildPushInputs } from './inputs.js';

/** A build secret as a file the builder mounts (`RUN --mount=type=secret,id=ID`). */
export interface SecretFile {
  readonly id: string;
  readonly file: string;
}

export const refOf = (name: string, tag: string): string => `${name}:${tag}`;
export const digestRefOf = (name: string, digest: string): string => `${name}@${digest}`;

/** Flags both builders share, in one order so the two argv stay comparable. */
function commonBuildFlags(inputs: BuildPushInputs): string[] {
  return [
    ...(inputs.dockerfile ? ['--file', inputs.dockerfile] : []),
    ...(inputs.target ? ['--target', inputs.target] : []),
    ...inputs.buildArgs.flatMap(([k, v]) => ['--build-arg', `${k}=${v}`]),
    ...inputs.labels.flatMap(([k, v]) => ['--label', `${k}=${v}`]),
    ...inputs.tags.flatMap((t) => ['--tag', refOf(inputs.image.name, t)]),
  ];
}

export interface BuildxOptions {
  readonly metadataFile: string;
  readonly secretFiles: readonly SecretFile[];
  /** GitHub Actions cache (type=gha) is usable: cache requested and the runner exposes it. */
  readonly ghaCache: boolean;
}

/**
 * `docker buildx build`: pushes every tag itself when `push` is set, and writes the pushed
 * manifest's digest to the metadata file (`containerimage.digest`). Without push a single
 * platform image is loaded into the local engine (`--load`), as `docker build` would leave it.
 */
export function buildxBuild(inputs: BuildPushInputs, options: BuildxOptions): string[] {
  return [
    'buildx',
    'build',
    ...commonBuildFlags(inputs),
    ...(inputs.platforms.length > 0 ? ['--platform', inputs.platforms.join(',')] : []),
    ...options.secretFiles.flatMap((s) => ['--secret', `id=${s.id},src=${s.file}`]),
    ...(options.ghaCache ? ['--cache-from', 'type=gha', '--cache-to', 'type=gha,mode=max'] : []),
    '--metadata-file',
    options.metadataFile,
    ...(inputs.push ? ['--push'] : inputs.platforms.length <= 1 ? ['--load'] : []),
    '--',
    inputs.context,
  ];
}

/**
 * The classic `docker build` (no BuildKit): no secrets, no cache export, one platform. The
 * caller refuses what it cannot do before anything runs.
 */
export function dockerBuild(inputs: BuildPushInputs): string[] {
  return [
    'build',
    ...commonBuildFlags(inputs),
    ...(inputs.platforms.length === 1 ? ['--platform', inputs.platforms[0] ?? ''] : []),
    '--',
    inputs.context,
  ];
}

export const gcloudArgv = {
  accessToken: () => ['auth', 'print-access-token'],
  describeRepository: (r: RepositoryRef) => [
    'artifacts',
    'repositories',
    'describe',
    r.id,
    `--location=${r.location}`,
    `--project=${r.project}`,
  ],
  createRepository: (r: RepositoryRef) => [
    'artifacts',
    'repositories',
    'create',
    r.id,
    '--repository-format=docker',
    `--location=${r.location}`,
    `--project=${r.project}`,
    '--description=Created by build-push-image',
    '--quiet',
  ],
} as const;

export interface RepositoryRef {
  readonly location: string;
  readonly project: string;
  readonly id: string;
}
