/** helm-airflow's input and output names (kept equal to action.yml by a test) and parseInputs(). */
import {
  booleanInput,
  optional,
  parseList,
  pick,
  requiredFrom,
  type InputSource,
} from '../../lib/inputs/parse.js';
import type { PlatformConfig } from '../../lib/config/schema.js';
import { ConfigurationError } from '../../lib/errors.js';
import { parseRollbackTarget, type RollbackTarget } from '../../lib/k8s/rollout-history.js';
import * as rules from '../../lib/validate/rules.js';
import * as airflow from '../../lib/validate/helm-airflow.js';

export const Inputs = {
  Release: 'release',
  Namespace: 'namespace',
  ChartVersion: 'chart-version',
  ChartRepo: 'chart-repo',
  ValuesFiles: 'values-files',
  Values: 'values',
  Image: 'image',
  AirflowVersion: 'airflow-version',
  ServiceAccount: 'service-account',
  LogFolder: 'log-folder',
  GitSyncRepo: 'git-sync-repo',
  GitSyncBranch: 'git-sync-branch',
  GitSyncSubpath: 'git-sync-subpath',
  GitSshKey: 'git-ssh-key',
  GitKnownHosts: 'git-known-hosts',
  AdminUsername: 'admin-username',
  AdminPassword: 'admin-password',
  AdminEmail: 'admin-email',
  Timeout: 'timeout',
  RecoverPendingAfter: 'recover-pending-after',
  HelmVersion: 'helm-version',
  ForceUpgrade: 'force-upgrade',
  Config: 'config',
  RollbackToRevision: 'rollback-to-revision',
  DryRun: 'dry-run',
} as const;

export const Outputs = {
  Revision: 'revision',
  Status: 'status',
  ChartVersion: 'chart-version',
  AppVersion: 'app-version',
  UiService: 'ui-service',
  PortForwardCommand: 'port-forward-command',
  Changed: 'changed',
  Changes: 'changes',
} as const;

/** The chart version this suite is tested against (domain-facts.md §1.1). */
export const TESTED_CHART_VERSION = '1.22.0';
export const DEFAULT_CHART_REPO = 'https://airflow.apache.org';
export const SSH_KEY_SECRET = 'airflow-git-ssh-key';
export const MIN_TIMEOUT_MS = 60_000;
/** Helm's wait plus a rollback of the same length must fit a job; beyond 1h they rarely do. */
export const MAX_TIMEOUT_MS = 60 * 60_000;
/** First installs run DB migrations; under this the wait usually times out. */
export const SHORT_TIMEOUT_MS = 5 * 60_000;

export interface HelmAirflowInputs {
  readonly release: string;
  readonly namespace: string;
  readonly chartVersion: string;
  readonly chartRepo: string;
  readonly valuesFiles: readonly string[];
  /** Inline YAML (parsed later with the files). */
  readonly values?: string;
  /** Inline values from the platform file (already an object). */
  readonly configValues?: Record<string, unknown>;
  readonly image?: airflow.ImageRef;
  readonly airflowVersion?: string;
  readonly serviceAccount: string;
  readonly logFolder?: string;
  readonly gitSync?: {
    readonly repo: string;
    readonly branch: string;
    readonly subPath: string;
    readonly knownHosts?: string;
  };
  readonly gitSshKey?: string;
  readonly admin: {
    readonly username?: string;
    readonly email?: string;
    readonly password?: string;
  };
  readonly timeoutMs: number;
  readonly timeout: string;
  readonly recoverPendingAfterMs: number;
  readonly helmVersion?: string;
  readonly forceUpgrade: boolean;
  /** Roll the release back to this Helm revision instead of upgrading (rollback.ts). */
  readonly rollback?: RollbackTarget;
  readonly dryRun: boolean;
}

/** Reads, merges (explicit inputs win over the platform file) and validates every input. */
export function parseInputs(source: InputSource, config?: PlatformConfig): HelmAirflowInputs {
  const file = config?.airflow;
  const release = rules.helmRelease(
    Inputs.Release,
    pick(optional(source, Inputs.Release), file?.release, 'airflow') ?? '',
  );
  const namespace = rules.dnsLabel(
    Inputs.Namespace,
    pick(optional(source, Inputs.Namespace), file?.namespace, 'airflow') ?? '',
  );
  // Required, not defaulted: the pin belongs in the workflow, where a bump is a reviewed change.
  const chartVersion = airflow
    .chartVersion(
      Inputs.ChartVersion,
      requiredFrom(
        Inputs.ChartVersion,
        optional(source, Inputs.ChartVersion),
        file?.chartVersion,
        `(an exact version; ${TESTED_CHART_VERSION} is the one this action is tested with)`,
      ),
    )
    .replace(/^v/, '');
  const chartRepo = airflow.chartRepo(
    Inputs.ChartRepo,
    pick(optional(source, Inputs.ChartRepo), file?.chartRepo, DEFAULT_CHART_REPO) ?? '',
  );
  const filesInput = parseList(optional(source, Inputs.ValuesFiles));
  const valuesFiles = (filesInput.length > 0 ? filesInput : (file?.valuesFiles ?? [])).map((f) =>
    rules.safeValue(Inputs.ValuesFiles, f),
  );
  const imageText = pick(optional(source, Inputs.Image), file?.image);
  const airflowVersion = pick(optional(source, Inputs.AirflowVersion), file?.airflowVersion);
  const logFolder = pick(optional(source, Inputs.LogFolder), file?.logFolder);
  const repo = pick(optional(source, Inputs.GitSyncRepo), file?.gitSync?.repo);
  const branch =
    pick(optional(source, Inputs.GitSyncBranch), file?.gitSync?.branch, 'main') ?? 'main';
  const subPath = source(Inputs.GitSyncSubpath).trim() || file?.gitSync?.subPath || '';
  const knownHosts = pick(optional(source, Inputs.GitKnownHosts), file?.gitSync?.knownHosts);
  // Secrets are read raw: a key's trailing newline matters to ssh.
  const sshKeyRaw = source(Inputs.GitSshKey);
  const gitSshKey = sshKeyRaw.trim()
    ? airflow.sshPrivateKey(Inputs.GitSshKey, sshKeyRaw)
    : undefined;
  if (gitSshKey && !repo) {
    throw new ConfigurationError(
      Inputs.GitSshKey,
      `is only used with ${Inputs.GitSyncRepo}; set it too`,
    );
  }
  const password = source(Inputs.AdminPassword);
  const timeoutText = pick(optional(source, Inputs.Timeout), file?.timeout, '10m') ?? '10m';
  const timeoutMs = rules.duration(Inputs.Timeout, timeoutText);
  if (timeoutMs < MIN_TIMEOUT_MS || timeoutMs > MAX_TIMEOUT_MS) {
    throw new ConfigurationError(
      Inputs.Timeout,
      `must be between 1m and 1h (got "${timeoutText}"): helm may wait this long and then roll back for as long again, and both must fit in the job's timeout-minutes`,
    );
  }
  const recoverText = optional(source, Inputs.RecoverPendingAfter);
  const recoverPendingAfterMs = recoverText
    ? rules.duration(Inputs.RecoverPendingAfter, recoverText)
    : Math.max(timeoutMs + 5 * 60_000, 15 * 60_000);
  if (recoverPendingAfterMs <= timeoutMs) {
    throw new ConfigurationError(
      Inputs.RecoverPendingAfter,
      `must be longer than timeout (${timeoutText}), or a helm operation that is still running could be rolled back`,
    );
  }
  const helmVersion = pick(optional(source, Inputs.HelmVersion), file?.helmVersion);
  const adminUser = pick(optional(source, Inputs.AdminUsername), file?.admin?.username);
  const adminEmail = pick(optional(source, Inputs.AdminEmail), file?.admin?.email);
  return {
    release,
    namespace,
    chartVersion,
    chartRepo,
    valuesFiles,
    values: optional(source, Inputs.Values),
    configValues: file?.values,
    image: imageText ? airflow.imageRef(Inputs.Image, imageText) : undefined,
    airflowVersion:
      airflowVersion &&
      airflow.exactVersion(Inputs.AirflowVersion, airflowVersion).replace(/^v/, ''),
    serviceAccount: rules.dnsSubdomain(
      Inputs.ServiceAccount,
      pick(optional(source, Inputs.ServiceAccount), file?.serviceAccount, 'airflow-ksa') ?? '',
    ),
    logFolder: logFolder && airflow.logFolder(Inputs.LogFolder, logFolder),
    gitSync: repo
      ? {
          repo: airflow.gitRepo(Inputs.GitSyncRepo, repo),
          branch: airflow.gitBranch(Inputs.GitSyncBranch, branch),
          subPath: airflow.gitSubPath(Inputs.GitSyncSubpath, subPath),
          knownHosts: knownHosts?.trim() ? `${knownHosts.trim()}\n` : undefined,
        }
      : undefined,
    gitSshKey,
    admin: {
      username: adminUser && airflow.userName(Inputs.AdminUsername, adminUser),
      email: adminEmail && airflow.email(Inputs.AdminEmail, adminEmail),
      password: password.length > 0 ? password : undefined,
    },
    timeoutMs,
    timeout: rules.formatDuration(timeoutMs),
    recoverPendingAfterMs,
    helmVersion:
      helmVersion && airflow.exactVersion(Inputs.HelmVersion, helmVersion).replace(/^v/, ''),
    forceUpgrade: booleanInput(source, Inputs.ForceUpgrade, false),
    rollback: parseRollbackTarget(Inputs.RollbackToRevision, source(Inputs.RollbackToRevision)),
    dryRun: booleanInput(source, Inputs.DryRun, false),
  };
}

/** Secrets to mask before anything runs. */
export function secretsOf(inputs: HelmAirflowInputs): string[] {
  return [inputs.gitSshKey, inputs.admin.password].filter((s): s is string => Boolean(s));
}
