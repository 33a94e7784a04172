/**
 * The helm wrapper: argv builders for every helm command the suite runs, the Helm 3 vs Helm 4
 * flag choice, and typed reads of Helm's documented `-o json` output.
 * Flag differences: shared/reference/security-reliability.md section 6 (case F45).
 */
import { CommandError } from '../errors.js';
import { CliTool, parseJson, type ToolContext } from './tool.js';

export interface HelmVersion {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
  readonly text: string;
}

/** Reads `v3.21.4`, `v4.2.4+g1234` or `3.19.0` into numbers. */
export function parseHelmVersion(text: string): HelmVersion | undefined {
  const m = /v?(\d+)\.(\d+)\.(\d+)/.exec(text.trim());
  if (!m) return undefined;
  const [major, minor, patch] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return { major, minor, patch, text: `${major}.${minor}.${patch}` };
}

/** Negative when a < b, zero when equal, positive when a > b (numeric, by component). */
export function compareVersions(a: string, b: string): number {
  const pa = a.replace(/^v/, '').split(/[.+-]/).map(Number);
  const pb = b.replace(/^v/, '').split(/[.+-]/).map(Number);
  for (let i = 0; i < 3; i += 1) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0 && !Number.isNaN(d)) return d;
  }
  return 0;
}

export const PENDING_STATUSES = ['pending-install', 'pending-upgrade', 'pending-rollback'] as const;
export type PendingStatus = (typeof PENDING_STATUSES)[number];
export const isPending = (status: string): status is PendingStatus =>
  (PENDING_STATUSES as readonly string[]).includes(status);

/** One entry of `helm history -o json`. */
export interface HelmRevision {
  readonly revision: number;
  readonly updated: string;
  readonly status: string;
  /** `NAME-VERSION`, e.g. `airflow-1.22.0`. */
  readonly chart: string;
  readonly app_version: string;
  readonly description: string;
}

/** The part of `helm status -o json` the suite reads. */
export interface HelmReleaseStatus {
  readonly name: string;
  readonly namespace: string;
  readonly version: number;
  readonly info: {
    readonly status: string;
    readonly last_deployed?: string;
    readonly description?: string;
  };
  readonly chart?: {
    readonly metadata?: {
      readonly name?: string;
      readonly version?: string;
      readonly appVersion?: string;
    };
  };
}

/**
 * Helm 3's `--wait` is a boolean; Helm 4's bare `--wait` means `watcher` and omitting it means
 * hooks only, so Helm 4 gets the explicit form.
 */
export const waitFlag = (major: number): string => (major >= 4 ? '--wait=watcher' : '--wait');
/**
 * Helm 3's `--wait` ignores Jobs, so a failed migration or create-user Job (not hooks here)
 * would pass unnoticed; `--wait-for-jobs` waits for them to complete and fails the upgrade
 * otherwise. Helm 4 keeps the same flag beside its `--wait` strategies ("if set and --wait
 * enabled, will wait until all Jobs have been completed": helm/helm v4 pkg/cmd/upgrade.go and
 * install.go), so both majors get it, after the wait flag it depends on.
 */
export const WAIT_FOR_JOBS_FLAG = '--wait-for-jobs';
/** `--atomic` was renamed in Helm 4 (kept there only as a deprecated alias). */
export const rollbackOnFailureFlag = (major: number): string =>
  major >= 4 ? '--rollback-on-failure' : '--atomic';

export interface UpgradeArgs {
  readonly major: number;
  readonly release: string;
  readonly chart: string;
  readonly version: string;
  readonly namespace: string;
  readonly valuesFile: string;
  readonly timeout: string;
  /**
   * The release description `helm history` shows (`--description`, "add a custom description":
   * helm v3.21.4 cmd/helm/upgrade.go:281, v4 pkg/cmd/upgrade.go); provenance, never a secret.
   */
  readonly description?: string;
}

/** Release, chart pinned to its version, namespace: what template and upgrade share. */
const chartArgs = (
  a: Pick<UpgradeArgs, 'release' | 'chart' | 'version' | 'namespace'>,
): string[] => [a.release, a.chart, '--version', a.version, '--namespace', a.namespace];

export const helmArgv = {
  version: () => ['version', '--template', '{{.Version}}'],
  repoAdd: (name: string, url: string) => ['repo', 'add', '--force-update', name, url],
  repoUpdate: (name: string) => ['repo', 'update', name],
  history: (release: string, namespace: string) => [
    'history',
    release,
    '--namespace',
    namespace,
    '--max',
    '20',
    '-o',
    'json',
  ],
  status: (release: string, namespace: string) => [
    'status',
    release,
    '--namespace',
    namespace,
    '-o',
    'json',
  ],
  getValues: (release: string, namespace: string, revision?: number) => [
    'get',
    'values',
    release,
    '--namespace',
    namespace,
    ...(revision === undefined ? [] : ['--revision', String(revision)]),
    '-o',
    'json',
  ],
  /** Renders offline: validates the values against the chart's schema before touching the cluster. */
  template: (a: Omit<UpgradeArgs, 'major' | 'timeout'>) => [
    'template',
    ...chartArgs(a),
    '-f',
    a.valuesFile,
  ],
  /** Never `--force-conflicts`: an SSA conflict is reported, not overridden (F46). */
  upgrade: (a: UpgradeArgs) => [
    'upgrade',
    '--install',
    ...chartArgs(a),
    '--create-namespace',
    '-f',
    a.valuesFile,
    waitFlag(a.major),
    WAIT_FOR_JOBS_FLAG,
    '--timeout',
    a.timeout,
    rollbackOnFailureFlag(a.major),
    '--cleanup-on-fail',
    ...(a.description ? ['--description', a.description] : []),
  ],
  rollback: (
    major: number,
    release: string,
    namespace: string,
    revision: number,
    timeout: string,
    /** Wait for the chart's Jobs too (`--wait-for-jobs`: helm v3.21.4 cmd/helm/rollback.go:85). */
    waitForJobs = false,
  ) => [
    'rollback',
    release,
    String(revision),
    '--namespace',
    namespace,
    waitFlag(major),
    ...(waitForJobs ? [WAIT_FOR_JOBS_FLAG] : []),
    '--timeout',
    timeout,
    '--cleanup-on-fail',
  ],
  uninstall: (major: number, release: string, namespace: string, timeout: string) => [
    'uninstall',
    release,
    '--namespace',
    namespace,
    waitFlag(major),
    '--timeout',
    timeout,
  ],
} as const;

export class Helm extends CliTool {
  /** `binary` is `helm` (from PATH) or the absolute path of an installed one. */
  constructor(ctx: ToolContext, binary = 'helm') {
    super(binary, ctx);
  }

  /** upgrade/rollback/uninstall run with --wait: minutes of waiting on the cluster, watched live. */
  protected override streams(args: readonly string[]): boolean {
    return ['upgrade', 'install', 'rollback', 'uninstall'].includes(args[0] ?? '');
  }

  async version(): Promise<HelmVersion | undefined> {
    const result = await this.read(helmArgv.version());
    return parseHelmVersion(result.stdout);
  }

  /** The release's revisions, oldest first; undefined when there is no such release. */
  async history(release: string, namespace: string): Promise<HelmRevision[] | undefined> {
    const text = await this.readOrUndefined(helmArgv.history(release, namespace));
    if (text === undefined) return undefined;
    const list = parseJson<HelmRevision[] | null>(text, 'helm history');
    return [...(list ?? [])].sort((a, b) => a.revision - b.revision);
  }

  async status(release: string, namespace: string): Promise<HelmReleaseStatus | undefined> {
    const text = await this.readOrUndefined(helmArgv.status(release, namespace));
    return text === undefined ? undefined : parseJson<HelmReleaseStatus>(text, 'helm status');
  }

  /** The user-supplied values of the latest (or a given) revision (`null` from helm means none). */
  async getValues(
    release: string,
    namespace: string,
    revision?: number,
  ): Promise<Record<string, unknown> | undefined> {
    const text = await this.readOrUndefined(helmArgv.getValues(release, namespace, revision));
    if (text === undefined) return undefined;
    return parseJson<Record<string, unknown> | null>(text, 'helm get values') ?? {};
  }

  /**
   * Only helm's own "release: not found" means absent: a generic "not found" (a missing kube
   * context, say) must fail rather than be read as "install afresh".
   */
  private async readOrUndefined(args: readonly string[]): Promise<string | undefined> {
    try {
      return (await this.read(args)).stdout;
    } catch (err) {
      if (err instanceof CommandError && RELEASE_NOT_FOUND.test(err.stderr)) return undefined;
      throw err;
    }
  }
}

const RELEASE_NOT_FOUND = /release: not found/;
