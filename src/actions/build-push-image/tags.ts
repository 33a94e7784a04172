/**
 * Default tags and OCI labels from the GitHub context. Read from the environment variables
 * the runner sets (https://docs.github.com/actions/reference/variables-reference), so
 * @actions/github is not loaded at start-up.
 */

export interface GitHubEnv {
  readonly GITHUB_SHA?: string;
  readonly GITHUB_REF?: string;
  readonly GITHUB_REF_NAME?: string;
  readonly GITHUB_REPOSITORY?: string;
  readonly GITHUB_SERVER_URL?: string;
}

const SEMVER = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

/** The short commit SHA as `git rev-parse --short` prints it by default. */
export const SHORT_SHA_LENGTH = 7;

/** A ref name turned into a valid tag: invalid characters become `-`, at most 128 characters. */
export function sanitiseTag(name: string): string {
  const cleaned = name
    .replace(/[^A-Za-z0-9_.-]+/g, '-')
    .replace(/^[.-]+/, '')
    .replace(/-+$/, '');
  return cleaned.slice(0, 128);
}

/**
 * The tags of a run with no `tags` input, most specific first (the first is the primary tag
 * that `skip-existing` checks): the short SHA; for a `vX.Y.Z` tag push `X.Y.Z`, `X.Y`, `X`
 * (only `X.Y.Z-pre` for a pre-release, so `1` never points at a release candidate); for a
 * branch its sanitised name; for a pull request `pr-N`.
 */
export function defaultTags(env: GitHubEnv): string[] {
  const tags: string[] = [];
  const sha = env.GITHUB_SHA?.trim();
  if (sha && /^[0-9a-f]{7,64}$/i.test(sha)) tags.push(sha.slice(0, SHORT_SHA_LENGTH).toLowerCase());
  const ref = env.GITHUB_REF?.trim() ?? '';
  const refName = env.GITHUB_REF_NAME?.trim() || ref.replace(/^refs\/(heads|tags)\//, '');
  if (ref.startsWith('refs/tags/')) {
    const m = SEMVER.exec(refName);
    if (m) {
      const [, major, minor, patch, pre] = m;
      if (pre) tags.push(`${major}.${minor}.${patch}-${pre}`);
      else tags.push(`${major}.${minor}.${patch}`, `${major}.${minor}`, `${major}`);
    } else if (sanitiseTag(refName)) {
      tags.push(sanitiseTag(refName));
    }
  } else if (ref.startsWith('refs/pull/')) {
    const n = /^refs\/pull\/(\d+)\//.exec(ref)?.[1];
    if (n) tags.push(`pr-${n}`);
  } else if (ref.startsWith('refs/heads/') && sanitiseTag(refName)) {
    tags.push(sanitiseTag(refName));
  }
  return [...new Set(tags)];
}

/** The OCI annotation keys (https://github.com/opencontainers/image-spec/blob/main/annotations.md). */
export const OCI = {
  source: 'org.opencontainers.image.source',
  revision: 'org.opencontainers.image.revision',
  created: 'org.opencontainers.image.created',
} as const;

/** OCI labels from the GitHub context; user labels with the same key win. */
export function ociLabels(env: GitHubEnv, now: Date): [string, string][] {
  const labels: [string, string][] = [];
  if (env.GITHUB_REPOSITORY) {
    const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    labels.push([OCI.source, `${server}/${env.GITHUB_REPOSITORY}`]);
  }
  if (env.GITHUB_SHA) labels.push([OCI.revision, env.GITHUB_SHA]);
  labels.push([OCI.created, now.toISOString()]);
  return labels;
}
