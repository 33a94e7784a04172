/** build-push-image's observe, apply and verify around the registry and the builder. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { tempRoot } from '../../lib/fs.js';
import { CommandError, ConfigurationError } from '../../lib/errors.js';
import {
  Docker,
  dockerArgv,
  isRetryablePush,
  parseMetadataDigest,
  BUILD_TIMEOUT_MS,
} from '../../lib/tools/docker.js';
import { Gcloud } from '../../lib/tools/gcloud.js';
import type { ToolContext } from '../../lib/tools/tool.js';
import { isGoogleHost, isLoopbackHost } from '../../lib/validate/image.js';
import {
  buildxBuild,
  digestRefOf,
  dockerBuild,
  gcloudArgv,
  refOf,
  type SecretFile,
} from './argv.js';
import { Inputs, type BuildPushInputs } from './inputs.js';
import type { ImageOp, Observed } from './plan.js';

export class ImageReconciler {
  readonly docker: Docker;
  private readonly gcloud: Gcloud;
  /** The digest of what this run built and pushed. */
  digest: string | undefined;

  constructor(
    private readonly ctx: ToolContext & { registerSecret(value: string): void },
    private readonly inputs: BuildPushInputs,
  ) {
    this.docker = new Docker(ctx);
    this.gcloud = new Gcloud(ctx);
  }

  private get needsGcloud(): boolean {
    return isGoogleHost(this.inputs.image.host) || this.inputs.createRepository;
  }

  /** Tools present, and what the builder on this runner can do; all before any mutation. */
  async preflight(): Promise<{ buildx: boolean; warnings: string[] }> {
    await this.docker.ensureAvailable();
    if (this.needsGcloud) await this.gcloud.ensureAvailable();
    const buildx = await this.docker.hasBuildx();
    const warnings: string[] = [];
    if (!buildx) {
      if (this.inputs.secrets.length > 0) {
        throw new ConfigurationError(
          Inputs.Secrets,
          'build secrets need BuildKit (`docker buildx`), which this runner lacks; install buildx (docker/setup-buildx-action)',
        );
      }
      if (this.inputs.platforms.length > 1) {
        throw new ConfigurationError(
          Inputs.Platforms,
          'several platforms need `docker buildx`, which this runner lacks',
        );
      }
      if (this.inputs.cache)
        warnings.push(
          'cache: ignored, `docker buildx` is not available (the classic builder cannot use the GitHub Actions cache)',
        );
    } else if (this.inputs.cache && !this.ghaCacheUsable()) {
      warnings.push(
        'cache: ignored, the GitHub Actions cache service is not exposed to this step (ACTIONS_RUNTIME_TOKEN unset)',
      );
    }
    return { buildx, warnings };
  }

  ghaCacheUsable(): boolean {
    return (
      this.inputs.cache &&
      Boolean(process.env.ACTIONS_RUNTIME_TOKEN) &&
      Boolean(process.env.ACTIONS_CACHE_URL || process.env.ACTIONS_RESULTS_URL)
    );
  }

  /**
   * Logs in to a Google registry with a short-lived access token. The token is masked before
   * any use and only ever written to docker's stdin (case F31). Private registries are left to
   * the workflow (docker/login-action), and need none in tests.
   */
  async login(): Promise<void> {
    const host = this.inputs.image.host;
    if (!isGoogleHost(host)) return;
    const token = (await this.gcloud.read(gcloudArgv.accessToken())).stdout.trim();
    if (!token)
      throw new Error(
        'gcloud auth print-access-token printed no token; is the step authenticated (google-github-actions/auth)?',
      );
    this.ctx.registerSecret(token);
    await this.docker.login(host, token);
  }

  async observe(): Promise<Observed> {
    const { inputs } = this;
    let repositoryExists: boolean | undefined;
    const repo = inputs.image.repository;
    if (inputs.createRepository && repo) {
      repositoryExists =
        (await this.gcloud.describe(gcloudArgv.describeRepository(repo))) !== undefined;
    }
    const tags = new Map<string, string | null>();
    if (inputs.skipExisting && repositoryExists !== false) {
      const insecure = isLoopbackHost(inputs.image.host);
      const primary = inputs.tags[0] ?? '';
      const state = await this.docker.inspect(refOf(inputs.image.name, primary), insecure);
      tags.set(primary, state.exists ? (state.digest ?? '') : null);
      if (state.exists && !state.digest) {
        this.ctx.logger.warning(
          `${primary} exists but its digest cannot be read without buildx (a multi-platform list?); building again`,
        );
        tags.set(primary, null);
      }
      if (state.exists && state.digest) {
        for (const tag of inputs.tags.slice(1)) {
          const other = await this.docker.inspect(refOf(inputs.image.name, tag), insecure);
          tags.set(tag, other.exists ? (other.digest ?? '') : null);
        }
      }
    }
    return { repositoryExists, tags };
  }

  async apply(op: ImageOp, buildx: boolean): Promise<string> {
    switch (op.type) {
      case 'repository':
        return this.createRepository();
      case 'build':
        this.digest = buildx ? await this.buildx() : await this.buildClassic();
        return this.digest ? `pushed ${this.digest}` : 'built (not pushed)';
      case 'retag':
        await this.retag(op.digest, op.tags, buildx);
        return `tagged ${op.tags.join(', ')}`;
    }
  }

  private async createRepository(): Promise<string> {
    const repo = this.inputs.image.repository;
    if (!repo) throw new Error('internal: repository change without an Artifact Registry path');
    try {
      await this.gcloud.mutate(gcloudArgv.createRepository(repo));
      return 'created (format docker)';
    } catch (err) {
      // Created by a concurrent run between describe and create: adopt it.
      if (err instanceof CommandError && /ALREADY_EXISTS|already exists|\b409\b/i.test(err.stderr))
        return 'already existed; adopted';
      throw err;
    }
  }

  private async buildClassic(): Promise<string | undefined> {
    const { inputs } = this;
    await this.docker.mutate(dockerBuild(inputs), {
      timeoutMs: BUILD_TIMEOUT_MS,
      retryable: () => false,
    });
    if (!inputs.push) return undefined;
    let digest: string | undefined;
    for (const tag of inputs.tags) {
      const pushed = await this.docker.push(refOf(inputs.image.name, tag));
      if (digest && pushed && pushed !== digest) {
        throw new Error(
          `docker push of ${tag} reported ${pushed}, not ${digest} as the other tags`,
        );
      }
      digest ??= pushed;
    }
    return digest;
  }

  /** Writes secrets and the metadata file to a private temp folder, removed in finally (F37). */
  private async buildx(): Promise<string | undefined> {
    const { inputs } = this;
    const dir = await mkdtemp(path.join(tempRoot(), 'build-push-image-'));
    try {
      const secretFiles: SecretFile[] = [];
      for (const [i, s] of inputs.secrets.entries()) {
        const file = path.join(dir, `secret-${i}`);
        await writeFile(file, s.value, { mode: 0o600, flag: 'wx' });
        secretFiles.push({ id: s.id, file });
      }
      const metadataFile = path.join(dir, 'metadata.json');
      await this.docker.mutate(
        buildxBuild(inputs, { metadataFile, secretFiles, ghaCache: this.ghaCacheUsable() }),
        {
          timeoutMs: BUILD_TIMEOUT_MS,
          retryable: inputs.push ? isRetryablePush : () => false,
        },
      );
      if (!inputs.push) return undefined;
      const digest = parseMetadataDigest(await readFile(metadataFile, 'utf8').catch(() => ''));
      if (!digest)
        throw new Error(
          'docker buildx build pushed, but its metadata file has no containerimage.digest',
        );
      return digest;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  private async retag(digest: string, tags: readonly string[], buildx: boolean): Promise<void> {
    const name = this.inputs.image.name;
    const source = digestRefOf(name, digest);
    if (buildx) {
      await this.docker.mutate(
        dockerArgv.imagetoolsCreate(
          source,
          tags.map((t) => refOf(name, t)),
        ),
        { retryable: isRetryablePush },
      );
      return;
    }
    await this.docker.mutate(dockerArgv.pull(source), { retryable: isRetryablePush });
    for (const tag of tags) {
      await this.docker.mutate(dockerArgv.tag(source, refOf(name, tag)), {
        retryable: () => false,
      });
      await this.docker.push(refOf(name, tag));
    }
  }

  /** Reads the primary tag back: it must point at the digest the build reported. */
  async verify(digest: string | undefined): Promise<string> {
    const ref = refOf(this.inputs.image.name, this.inputs.tags[0] ?? '');
    const state = await this.docker.inspect(ref, isLoopbackHost(this.inputs.image.host));
    if (!state.exists)
      throw new Error(`verification failed: ${ref} is not in the registry after the push`);
    if (digest && state.digest && state.digest !== digest) {
      throw new Error(
        `verification failed: ${ref} is at ${state.digest}, not at the pushed ${digest}`,
      );
    }
    const result = digest ?? state.digest;
    if (!result) throw new Error(`could not learn the digest of ${ref}`);
    return result;
  }
}
