/**
 * Which helm to run: the one on PATH when its version fits, else a pinned release installed
 * through @actions/tool-cache after checking the sha256 that get.helm.sh publishes next to it.
 * A mismatch is refused: the archive is deleted and nothing is extracted.
 * @actions/tool-cache is imported on first use only (it pulls in an HTTP stack).
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { errorMessage } from '../errors.js';
import { Helm, compareVersions, parseHelmVersion, type HelmVersion } from './helm.js';
import type { ToolContext } from './tool.js';

/** The slice of @actions/tool-cache used here; tests hand in a fake downloader. */
export interface ToolCacheApi {
  find(toolName: string, versionSpec: string, arch?: string): string;
  downloadTool(url: string): Promise<string>;
  extractTar(file: string, dest?: string, flags?: string | string[]): Promise<string>;
  cacheDir(sourceDir: string, tool: string, version: string, arch?: string): Promise<string>;
}

/** Pinned default: the Helm 3 line GitHub's ubuntu runners ship (security-reliability.md §6). */
export const DEFAULT_HELM_VERSION = '3.21.4';
/** The Airflow chart 1.22.0 needs Helm >= 3.19.0 (domain-facts.md §1.1). */
export const MIN_HELM_VERSION = '3.19.0';
export const HELM_DOWNLOAD_BASE = 'https://get.helm.sh';

export class ChecksumMismatchError extends Error {
  override readonly name = 'ChecksumMismatchError';
}

export interface ResolvedHelm {
  readonly helm: Helm;
  readonly version: HelmVersion;
  readonly source: 'path' | 'tool-cache' | 'download';
}

export interface ResolveOptions {
  /** An exact version the user asked for (`helm-version`); PATH helm is used only if equal. */
  readonly requested?: string;
  readonly toolCache?: () => Promise<ToolCacheApi>;
  readonly platform?: NodeJS.Platform;
  readonly arch?: string;
}

export async function loadToolCache(): Promise<ToolCacheApi> {
  // The tool cache lives where the runner says (RUNNER_TOOL_CACHE; @actions/tool-cache throws
  // without it): outside a runner, fail at once, before loading its HTTP stack.
  if (!process.env.RUNNER_TOOL_CACHE)
    throw new Error('RUNNER_TOOL_CACHE is not set (not on a runner)');
  return (await import('@actions/tool-cache')) as ToolCacheApi;
}

export function helmArchive(version: string, platform: NodeJS.Platform, arch: string): string {
  const os = platform === 'win32' ? 'windows' : platform;
  const cpu = arch === 'x64' ? 'amd64' : arch;
  return `helm-v${version.replace(/^v/, '')}-${os}-${cpu}.tar.gz`;
}

/** The first hex field of a `.sha256sum` file (`<hex>  <name>`). */
export function parseSha256File(text: string): string {
  const hex = text.trim().split(/\s+/)[0] ?? '';
  if (!/^[0-9a-f]{64}$/i.test(hex))
    throw new ChecksumMismatchError(`published checksum is not a sha256: "${text.slice(0, 80)}"`);
  return hex.toLowerCase();
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export async function resolveHelm(
  ctx: ToolContext,
  options: ResolveOptions = {},
): Promise<ResolvedHelm> {
  const requested = options.requested?.replace(/^v/, '');
  const onPath = new Helm(ctx);
  if (await ctx.runner.has('helm')) {
    const version = await onPath.version();
    const fits = version
      ? requested
        ? version.text === requested
        : compareVersions(version.text, MIN_HELM_VERSION) >= 0
      : false;
    if (version && fits) return { helm: onPath, version, source: 'path' };
    ctx.logger.info(
      `helm on PATH is ${version?.text ?? 'of unknown version'}; ${requested ? `helm-version asks for ${requested}` : `the chart needs >= ${MIN_HELM_VERSION}`}, so installing a pinned helm`,
    );
  }
  const want = requested ?? DEFAULT_HELM_VERSION;
  let binary: { path: string; cached: boolean };
  try {
    binary = await installHelm(want, {
      toolCache: await (options.toolCache ?? loadToolCache)(),
      logger: ctx.logger,
      platform: options.platform ?? process.platform,
      arch: options.arch ?? process.arch,
    });
  } catch (err) {
    if (err instanceof ChecksumMismatchError) throw err;
    // Case F8: say plainly that there is no usable helm, before anything was changed.
    throw new Error(
      `no usable helm: none fits on PATH, and installing helm ${want} failed: ${errorMessage(err)}`,
    );
  }
  const helm = new Helm(ctx, binary.path);
  const version = parseHelmVersion(want);
  if (!version) throw new Error(`internal: cannot parse helm version ${want}`);
  return { helm, version, source: binary.cached ? 'tool-cache' : 'download' };
}

export async function installHelm(
  version: string,
  deps: {
    toolCache: ToolCacheApi;
    logger: ToolContext['logger'];
    platform: NodeJS.Platform;
    arch: string;
  },
): Promise<{ path: string; cached: boolean }> {
  const { toolCache: tc, platform, arch } = deps;
  const exe = platform === 'win32' ? 'helm.exe' : 'helm';
  const cached = tc.find('helm', version, arch);
  if (cached) return { path: path.join(cached, exe), cached: true };

  const archive = helmArchive(version, platform, arch);
  const url = `${HELM_DOWNLOAD_BASE}/${archive}`;
  deps.logger.info(`downloading ${url} and its published sha256`);
  const file = await tc.downloadTool(url);
  const sumFile = await tc.downloadTool(`${url}.sha256sum`);
  try {
    const expected = parseSha256File(await readFile(sumFile, 'utf8'));
    const actual = await sha256File(file);
    if (actual !== expected) {
      await rm(file, { force: true });
      throw new ChecksumMismatchError(
        `refusing ${archive}: its sha256 is ${actual} but get.helm.sh publishes ${expected}`,
      );
    }
  } finally {
    await rm(sumFile, { force: true });
  }
  const extracted = await tc.extractTar(file);
  await rm(file, { force: true });
  const dir = await tc.cacheDir(
    path.join(
      extracted,
      `${platform === 'win32' ? 'windows' : platform}-${arch === 'x64' ? 'amd64' : arch}`,
    ),
    'helm',
    version,
    arch,
  );
  return { path: path.join(dir, exe), cached: false };
}
