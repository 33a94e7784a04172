/** Validation rules for helm-airflow's inputs and the platform file's `airflow` section. */
import { ConfigurationError } from '../errors.js';
import { pattern, safeValue, type Rule } from './rules.js';

/** An exact chart version: a pin, never a range or "latest" (CI must be reproducible). */
export const chartVersion = pattern(
  /^v?\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/,
  'must be an exact chart version such as 1.22.0 (no ranges, not "latest")',
);

export const exactVersion = pattern(/^v?\d+\.\d+\.\d+$/, 'must be an exact version such as 3.21.4');

export const chartRepo = pattern(
  /^(https:\/\/|oci:\/\/)[A-Za-z0-9.-]+(:\d+)?(\/[\w.~%/-]*)?$/,
  'must be an https:// chart repository or an oci:// registry path',
);

export const logFolder = pattern(
  /^gs:\/\/[a-z0-9][a-z0-9._-]{1,220}[a-z0-9](\/[\w./-]*)?$/,
  'must be a Cloud Storage folder such as gs://BUCKET/logs',
);

export const gitRepo = pattern(
  /^(https:\/\/[\w.@:/~%-]+|ssh:\/\/[\w.@:/~%-]+|[\w.-]+@[\w.-]+:[\w./~%-]+)$/,
  'must be a git URL: https://HOST/PATH, ssh://git@HOST/PATH or git@HOST:PATH',
);

export const gitBranch: Rule = (input, value) => {
  const v = safeValue(input, value);
  if (!/^[\w./-]+$/.test(v) || v.includes('..') || v.endsWith('/') || v.endsWith('.lock')) {
    throw new ConfigurationError(input, `must be a git branch name (got "${v}")`);
  }
  return v;
};

/** A folder inside the repo; empty means the repo root. */
export function gitSubPath(input: string, value: string): string {
  const v = value.trim();
  if (v === '') return '';
  safeValue(input, v);
  if (!/^[\w.-]+(\/[\w.-]+)*\/?$/.test(v) || v.split('/').includes('..')) {
    throw new ConfigurationError(input, `must be a relative folder such as dags (got "${v}")`);
  }
  return v;
}

export const email = pattern(/^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/, 'must be an email address');
export const userName = pattern(
  /^[A-Za-z0-9_.@-]{1,64}$/,
  'must be 1-64 letters, digits, "_", ".", "@" or "-"',
);

/** Checked without ever echoing the value: it is a secret. */
export function sshPrivateKey(input: string, value: string): string {
  if (
    !/-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----[\s\S]+-----END [A-Z0-9 ]*PRIVATE KEY-----/.test(value)
  ) {
    throw new ConfigurationError(
      input,
      'must be an SSH private key (PEM or OpenSSH, "-----BEGIN ... PRIVATE KEY-----"); the value is not shown',
    );
  }
  return value.endsWith('\n') ? value : `${value}\n`;
}

export interface ImageRef {
  readonly repository: string;
  readonly tag?: string;
  readonly digest?: string;
}

const REPOSITORY =
  /^[a-z0-9]+([._-][a-z0-9]+)*(\.[a-z0-9-]+)*(:\d+)?(\/[a-z0-9]+([._-]+[a-z0-9]+)*)*$/;

/** `repo@sha256:…`, `repo:tag` or `repo:tag@sha256:…` (build-push-image's `image-ref` output). */
export function imageRef(input: string, value: string): ImageRef {
  const v = safeValue(input, value);
  const [nameTag = '', digest, extra] = v.split('@');
  if (extra !== undefined || (digest !== undefined && !/^sha256:[0-9a-f]{64}$/.test(digest))) {
    throw new ConfigurationError(input, `digest must be sha256:<64 hex> (got "${v}")`);
  }
  const colon = nameTag.lastIndexOf(':');
  const hasTag = colon > nameTag.lastIndexOf('/');
  const repository = hasTag ? nameTag.slice(0, colon) : nameTag;
  const tag = hasTag ? nameTag.slice(colon + 1) : undefined;
  if (!REPOSITORY.test(repository)) {
    throw new ConfigurationError(
      input,
      `must be an image reference such as REGION-docker.pkg.dev/PROJECT/REPO/IMAGE:TAG (got "${v}")`,
    );
  }
  if (tag !== undefined && !/^[\w][\w.-]{0,127}$/.test(tag)) {
    throw new ConfigurationError(input, `has an invalid tag "${tag}"`);
  }
  if (tag === undefined && digest === undefined) {
    throw new ConfigurationError(input, `must carry a tag or a sha256 digest (got "${v}")`);
  }
  return { repository, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}
