/**
 * Rules for container image references, tags, digests and build arguments (build-push-image).
 *
 * Which registries an `image` may name (a decision, documented in action.yml):
 * - Artifact Registry, `REGION-docker.pkg.dev/PROJECT/REPOSITORY/IMAGE[/...]`: the default and
 *   the only kind `create-repository` can create.
 * - `gcr.io`, `us.gcr.io`, `eu.gcr.io`, `asia.gcr.io`: accepted with a warning. Container
 *   Registry is shut down (18 March 2025); such paths only work when the project has an
 *   Artifact Registry "gcr.io repository" (https://cloud.google.com/artifact-registry/docs/transition/setup-gcr-repo).
 * - Any other host that names a port (`registry.example.com:5000/team/app`) or `localhost`: a
 *   private registry. The action does not log in to it (log in beforehand), and it is how the
 *   tests point the action at a local registry.
 * Anything else (Docker Hub's `library/nginx`, `ghcr.io/...`) is refused: this suite deploys to
 * GKE from Artifact Registry, and a silently accepted Docker Hub name would push elsewhere.
 */
import { ConfigurationError } from '../errors.js';
import { projectId, safeValue } from './rules.js';

export type RegistryKind = 'artifact-registry' | 'gcr' | 'private';

export interface ImageName {
  /** The full name without tag or digest: `host/path`. */
  readonly name: string;
  readonly host: string;
  /** The repository path after the host (`PROJECT/REPO/IMAGE` for Artifact Registry). */
  readonly path: string;
  readonly kind: RegistryKind;
  /** Artifact Registry only: where `create-repository` creates the docker repository. */
  readonly repository?: {
    readonly location: string;
    readonly project: string;
    readonly id: string;
  };
}

/** A path component as the distribution spec defines it (lowercase, separators inside). */
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const AR_HOST = /^([a-z][a-z0-9-]*[a-z0-9])-docker\.pkg\.dev$/;
const GCR_HOSTS = new Set(['gcr.io', 'us.gcr.io', 'eu.gcr.io', 'asia.gcr.io']);
/** https://cloud.google.com/artifact-registry/docs/repositories/create-repos: lowercase, digits, hyphens. */
const AR_REPOSITORY = /^[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const HOST_WITH_PORT =
  /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9-]+)*|\[[0-9a-fA-F:]+\]):[0-9]{1,5}$/;
const LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d+)?$/;

export const AR_EXAMPLE = 'REGION-docker.pkg.dev/PROJECT/REPOSITORY/IMAGE';

export function imageName(input: string, value: string): ImageName {
  const v = safeValue(input, value);
  const bad = (why: string): never => {
    throw new ConfigurationError(input, `${why} (got "${v}")`);
  };
  if (v.includes('@')) bad('must not hold a digest; give the repository path only');
  const slash = v.indexOf('/');
  if (slash < 0) bad(`must be a full Artifact Registry path ${AR_EXAMPLE}`);
  const host = v.slice(0, slash);
  const path = v.slice(slash + 1);
  if (path.includes(':')) bad('must not hold a tag; list tags in the `tags` input');
  const parts = path.split('/');
  if (parts.some((p) => !COMPONENT.test(p))) {
    bad('each path part must be lowercase letters and digits, separated by ".", "_", "__" or "-"');
  }
  if (v.length > 255) bad('must be at most 255 characters');
  const ar = AR_HOST.exec(host);
  if (ar) {
    if (parts.length < 3) bad(`must be ${AR_EXAMPLE}`);
    const [project = '', repo = ''] = parts;
    projectId(input, project);
    if (!AR_REPOSITORY.test(repo)) {
      bad(`"${repo}" is not an Artifact Registry repository id (lowercase letters, digits, "-")`);
    }
    return {
      name: v,
      host,
      path,
      kind: 'artifact-registry',
      repository: { location: ar[1] ?? '', project, id: repo },
    };
  }
  if (GCR_HOSTS.has(host)) {
    if (parts.length < 2) bad(`must be ${host}/PROJECT/IMAGE`);
    projectId(input, parts[0] ?? '');
    return { name: v, host, path, kind: 'gcr' };
  }
  if (HOST_WITH_PORT.test(host) || host === 'localhost') {
    return { name: v, host, path, kind: 'private' };
  }
  return bad(
    `must be a full Artifact Registry path ${AR_EXAMPLE} (or a private registry host with a port)`,
  );
}

/** Docker only treats loopback registries as plain-HTTP-allowed; so do we. */
export function isLoopbackHost(host: string): boolean {
  return LOOPBACK.test(host);
}

/** The registry hosts the action logs in to with a Google access token. */
export function isGoogleHost(host: string): boolean {
  return AR_HOST.test(host) || GCR_HOSTS.has(host);
}

/** The warning for `gcr.io` paths (domain-facts.md section 5). */
export function gcrWarning(name: ImageName): string {
  return (
    `${name.host} is a Container Registry host. Container Registry was shut down on 18 March 2025; ` +
    `pushing to ${name.name} only works when project ${name.path.split('/')[0]} has an Artifact Registry ` +
    `gcr.io repository named "${name.host}". Prefer a standard repository: ${AR_EXAMPLE}.`
  );
}

/** https://distribution.github.io/distribution/spec/api/ (tag grammar). */
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
export function imageTag(input: string, value: string): string {
  const v = safeValue(input, value);
  if (!TAG.test(v)) {
    throw new ConfigurationError(
      input,
      `"${v}" is not a valid image tag: up to 128 letters, digits, "_", "." and "-", not starting with "." or "-"`,
    );
  }
  return v;
}

const DIGEST = /^sha256:[a-f0-9]{64}$/;
export function imageDigest(input: string, value: string): string {
  const v = safeValue(input, value);
  if (!DIGEST.test(v)) {
    throw new ConfigurationError(
      input,
      `"${v}" is not a digest of the form sha256:<64 hex digits>`,
    );
  }
  return v;
}

export function isDigest(value: string): boolean {
  return DIGEST.test(value);
}

const ARG_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Names that look like they carry a credential (security-reliability.md case 30). */
const SECRET_LOOKING = /TOKEN|PASSWORD|PASSWD|SECRET|KEY|CREDENTIAL/i;

/**
 * A build argument's name. Secret-looking names are refused: build args are stored in the
 * image's history for anyone who can pull it
 * (https://docs.docker.com/reference/build-checks/secrets-used-in-arg-or-env/).
 */
export function buildArgName(input: string, name: string): string {
  if (name.length > 256 || !ARG_NAME.test(name)) {
    throw new ConfigurationError(
      input,
      `"${name.slice(0, 64)}" is not a build argument name (at most 256 letters, digits and "_", not starting with a digit)`,
    );
  }
  if (SECRET_LOOKING.test(name)) {
    throw new ConfigurationError(
      input,
      `"${name}" looks like a secret; build args are kept in the image history, so pass it in the \`secrets\` input ` +
        `(id=value) and read it in the Dockerfile with RUN --mount=type=secret,id=${name}`,
    );
  }
  return name;
}

const SECRET_ID = /^[A-Za-z0-9_.-]{1,64}$/;
export function buildSecretId(input: string, id: string): string {
  if (!SECRET_ID.test(id)) {
    throw new ConfigurationError(
      input,
      `"${id}" is not a build secret id (1-64 letters, digits, "_", "." and "-")`,
    );
  }
  return id;
}

const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/;
export function platform(input: string, value: string): string {
  const v = safeValue(input, value);
  if (!PLATFORM.test(v)) {
    throw new ConfigurationError(input, `"${v}" is not a platform such as linux/amd64`);
  }
  return v;
}

/** An OCI label key: reverse-DNS style, no spaces or `=`. */
const LABEL_KEY = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
export function labelKey(input: string, key: string): string {
  if (key.length > 256 || !LABEL_KEY.test(key)) {
    throw new ConfigurationError(
      input,
      `"${key.slice(0, 64)}" is not a label key (at most 256 letters, digits, ".", "_", "-", "/")`,
    );
  }
  return key;
}
