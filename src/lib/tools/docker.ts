/**
 * The docker wrapper: argv for the registry-facing commands, the parsers for what they print,
 * and push/login with the retry and secrecy rules of security-reliability.md (cases 29, 31).
 */
import { CommandError } from '../errors.js';
import { isTransient, type RetryPolicy } from '../exec/retry.js';
import type { CommandResult } from '../exec/runner.js';
import { CliTool, type ExecOptions, type ToolContext } from './tool.js';

/** The user name Google registries take with an OAuth access token as the password. */
export const OAUTH_USER = 'oauth2accesstoken';

/** Pushing a layer of a few hundred MB on a slow runner takes minutes; allow for it. */
export const PUSH_TIMEOUT_MS = 30 * 60 * 1000;
export const BUILD_TIMEOUT_MS = 60 * 60 * 1000;

export const dockerArgv = {
  /** The password is never in argv: it goes on stdin (case F31). */
  login: (host: string, user: string = OAUTH_USER) => [
    'login',
    '--username',
    user,
    '--password-stdin',
    host,
  ],
  push: (ref: string) => ['push', ref],
  pull: (ref: string) => ['pull', ref],
  tag: (source: string, target: string) => ['tag', source, target],
  /** `--insecure` lets the client talk plain HTTP, which docker allows only for loopback hosts. */
  manifestInspect: (ref: string, insecure: boolean) => [
    'manifest',
    'inspect',
    '--verbose',
    ...(insecure ? ['--insecure'] : []),
    ref,
  ],
  buildxVersion: () => ['buildx', 'version'],
  /**
   * The top-level manifest with its digest, for single images and multi-platform lists alike
   * (https://docs.docker.com/reference/cli/docker/buildx/imagetools/inspect/#format).
   */
  imagetoolsInspect: (ref: string) => [
    'buildx',
    'imagetools',
    'inspect',
    '--format',
    '{{json .Manifest}}',
    ref,
  ],
  /** A registry-side retag: no pull, no rebuild. */
  imagetoolsCreate: (source: string, targets: readonly string[]) => [
    'buildx',
    'imagetools',
    'create',
    ...targets.flatMap((t) => ['--tag', t]),
    source,
  ],
} as const;

const DIGEST_IN_PUSH = /: digest: (sha256:[a-f0-9]{64}) size: \d+/g;

/** The digest `docker push` prints last (`TAG: digest: sha256:... size: N`). */
export function parsePushDigest(output: string): string | undefined {
  let digest: string | undefined;
  for (const m of output.matchAll(DIGEST_IN_PUSH)) digest = m[1];
  return digest;
}

/** `containerimage.digest` from a `docker buildx build --metadata-file` file. */
export function parseMetadataDigest(text: string): string | undefined {
  try {
    const json = JSON.parse(text) as Record<string, unknown>;
    const digest = json['containerimage.digest'];
    return typeof digest === 'string' && /^sha256:[a-f0-9]{64}$/.test(digest) ? digest : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The digest in `docker manifest inspect --verbose` output. A single image prints one object
 * whose Descriptor is the manifest's; a multi-platform list prints an array of the platform
 * manifests, which does not hold the list's own digest, so that answers undefined.
 */
export function parseManifestInspectDigest(text: string): string | undefined {
  try {
    const json = JSON.parse(text) as unknown;
    if (Array.isArray(json) || typeof json !== 'object' || json === null) return undefined;
    const descriptor = (json as { Descriptor?: { digest?: unknown } }).Descriptor;
    const digest = descriptor?.digest;
    return typeof digest === 'string' && /^sha256:[a-f0-9]{64}$/.test(digest) ? digest : undefined;
  } catch {
    return undefined;
  }
}

/** `digest` of `docker buildx imagetools inspect --format '{{json .Manifest}}'`. */
export function parseImagetoolsDigest(text: string): string | undefined {
  try {
    const digest = (JSON.parse(text) as { digest?: unknown }).digest;
    return typeof digest === 'string' && /^sha256:[a-f0-9]{64}$/.test(digest) ? digest : undefined;
  } catch {
    return undefined;
  }
}

/** What docker and buildx print when a tag is not in the registry. */
const MISSING =
  /no such manifest|manifest unknown|: not found|not found: |name unknown|NAME_UNKNOWN/i;

export function isMissingManifest(err: unknown): boolean {
  return err instanceof CommandError && MISSING.test(err.stderr);
}

/**
 * A push is idempotent (content-addressed), so a 5xx, reset or timeout is retried; the
 * daemon's own layer retries do not cover the manifest PUT.
 */
export function isRetryablePush(err: unknown): boolean {
  return isTransient(err);
}

export type ManifestState =
  { readonly exists: false } | { readonly exists: true; readonly digest?: string };

export class Docker extends CliTool {
  private buildx: Promise<boolean> | undefined;
  /** Our private DOCKER_CONFIG (docker-config.ts), used by every call once set. */
  configDir: string | undefined;

  constructor(ctx: ToolContext) {
    super('docker', ctx);
  }

  /** Builds and pushes run for minutes to an hour: watch them live. */
  protected override streams(args: readonly string[]): boolean {
    const [first, second] = args;
    return first === 'build' || first === 'push' || (first === 'buildx' && second === 'build');
  }

  override execute(args: readonly string[], options: ExecOptions): Promise<CommandResult> {
    if (this.configDir === undefined) return super.execute(args, options);
    return super.execute(args, {
      ...options,
      env: { ...options.env, DOCKER_CONFIG: this.configDir },
    });
  }

  /** Whether `docker buildx` works here (GitHub's runners: yes; Debian's docker.io: no). */
  hasBuildx(): Promise<boolean> {
    this.buildx ??= this.execute(dockerArgv.buildxVersion(), { mutating: false }).then(
      () => true,
      () => false,
    );
    return this.buildx;
  }

  /**
   * Logs in with the password on stdin. Counted as a read: it changes no remote state, and a
   * dry run needs it to look the tag up in the registry.
   */
  async login(host: string, password: string, user: string = OAUTH_USER): Promise<void> {
    await this.read(dockerArgv.login(host, user), { stdin: password });
  }

  /** Whether `ref` (image:tag) is in the registry, and its digest when it can be known. */
  async inspect(ref: string, insecure: boolean): Promise<ManifestState> {
    try {
      if (await this.hasBuildx()) {
        const out = await this.read(dockerArgv.imagetoolsInspect(ref));
        return { exists: true, digest: parseImagetoolsDigest(out.stdout) };
      }
      const out = await this.read(dockerArgv.manifestInspect(ref, insecure));
      return { exists: true, digest: parseManifestInspectDigest(out.stdout) };
    } catch (err) {
      if (isMissingManifest(err)) return { exists: false };
      throw err;
    }
  }

  /** Pushes one tag, retried on transient failures; returns the digest docker printed. */
  async push(ref: string, policy?: RetryPolicy): Promise<string | undefined> {
    const result = await this.mutate(dockerArgv.push(ref), {
      timeoutMs: PUSH_TIMEOUT_MS,
      retryable: isRetryablePush,
      ...(policy ? { policy } : {}),
    });
    return parsePushDigest(result.stdout);
  }
}
