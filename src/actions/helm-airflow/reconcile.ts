/** helm-airflow's observe, apply and verify: the I/O around the pure planner. */
import { createHash } from 'node:crypto';
import { CommandError, ConfigurationError } from '../../lib/errors.js';
import { withTempFile } from '../../lib/fs.js';
import { Helm, helmArgv, type HelmReleaseStatus } from '../../lib/tools/helm.js';
import {
  Kubectl,
  managedNamespace,
  MANAGED_BY_LABEL,
  type KubeObject,
} from '../../lib/tools/kubectl.js';
import type { ToolContext } from '../../lib/tools/tool.js';
import { resolveProvenance } from '../../lib/k8s/provenance.js';
import { releaseDescription } from './provenance.js';
import { rollbackTo } from './rollback.js';
import { DEFAULT_CHART_REPO, Inputs, SSH_KEY_SECRET, type HelmAirflowInputs } from './inputs.js';
import { ConcurrentOperationError, type HelmAirflowOp, type Observed } from './plan.js';
import { chartJobNames, deleteJobs, observeJobs, verifyJobs } from './jobs.js';
import {
  applyKeySecrets,
  observeKeySecrets,
  ownedKeySecrets,
  type AirflowKeySecret,
} from './secrets.js';
import type { Values } from './values.js';

const CHART = 'airflow';
/** Long enough for helm's own wait plus the rollback it does on failure. */
const processTimeout = (timeoutMs: number): number => 2 * timeoutMs + 2 * 60_000;
const never = (): boolean => false;

export const SSA_CONFLICT =
  /conflict(s)? occurred while applying|Apply failed with \d+ conflicts?|conflicts? with "[^"]+"/i;
const SCHEMA =
  /values don't meet the specifications of the schema|error validating|YAML parse error/i;
const CHART_MISSING =
  /chart "[^"]*" (matching|version)[^\n]*not found|no chart version found|not found in [^\n]*(index|repository)/i;
const IN_PROGRESS = /another operation \(install\/upgrade\/rollback\) is in progress/i;

/** The repo name helm knows the chart repository by. */
export function repoName(url: string): string {
  if (url.replace(/\/$/, '') === DEFAULT_CHART_REPO) return 'apache-airflow';
  return `airflow-${createHash('sha256').update(url).digest('hex').slice(0, 8)}`;
}

export function chartRef(url: string): string {
  return url.startsWith('oci://')
    ? `${url.replace(/\/$/, '')}/${CHART}`
    : `${repoName(url)}/${CHART}`;
}

export function sshSecretObject(namespace: string, key: string): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: SSH_KEY_SECRET, namespace, labels: { ...MANAGED_BY_LABEL } },
    type: 'Opaque',
    // `data`, not `stringData`: stringData does not work well with server-side apply.
    data: { gitSshKey: Buffer.from(key, 'utf8').toString('base64') },
  };
}

const stderrOf = (err: unknown): string | undefined =>
  err instanceof CommandError ? err.stderr : undefined;

export class HelmAirflowReconciler {
  readonly kubectl: Kubectl;
  readonly chart: string;
  /** The Airflow key Secrets this action owns for the release (secrets.ts). */
  readonly keySecrets: readonly AirflowKeySecret[];

  constructor(
    private readonly ctx: ToolContext,
    private readonly inputs: HelmAirflowInputs,
    readonly helm: Helm,
    readonly helmMajor: number,
    private readonly values: Values,
  ) {
    this.kubectl = new Kubectl(ctx);
    this.chart = chartRef(inputs.chartRepo);
    this.keySecrets = ownedKeySecrets(inputs, values);
  }

  /** Masks a value everywhere before first use (the action's context also tells the runner). */
  private mask(value: string): void {
    const ctx = this.ctx as ToolContext & { registerSecret?: (v: string) => void };
    if (ctx.registerSecret) ctx.registerSecret(value);
    else ctx.runner.redactor.add(value);
  }

  private withValuesFile<T>(fn: (file: string) => Promise<T>): Promise<T> {
    // 0600 in RUNNER_TEMP, removed in finally: it may hold the admin password (never --set).
    return withTempFile('values.json', `${JSON.stringify(this.values, null, 2)}\n`, fn);
  }

  /** Adds the repo and renders the chart offline with our values (F38, F44) before any cluster change. */
  async prepareChart(): Promise<void> {
    const { chartRepo, chartVersion, release, namespace } = this.inputs;
    if (!chartRepo.startsWith('oci://')) {
      // Local helm configuration only, so not "mutating": a dry run needs it to render too.
      await this.helm.read(helmArgv.repoAdd(repoName(chartRepo), chartRepo));
      await this.helm.read(helmArgv.repoUpdate(repoName(chartRepo)));
    }
    try {
      await this.withValuesFile((file) =>
        this.helm.read(
          helmArgv.template({
            release,
            chart: this.chart,
            version: chartVersion,
            namespace,
            valuesFile: file,
          }),
        ),
      );
    } catch (err) {
      const stderr = stderrOf(err) ?? '';
      if (CHART_MISSING.test(stderr)) {
        throw new ConfigurationError(
          Inputs.ChartVersion,
          `chart ${CHART} version ${chartVersion} was not found in ${chartRepo} (${stderr.trim().split('\n')[0]}); list versions with: helm search repo ${repoName(chartRepo)}/${CHART} --versions`,
        );
      }
      if (SCHEMA.test(stderr)) {
        throw new ConfigurationError(
          Inputs.ValuesFiles,
          `chart ${CHART} ${chartVersion} rejects the merged values: ${stderr.trim()}`,
        );
      }
      throw err;
    }
  }

  async observe(nowMs: number): Promise<Observed> {
    const { release, namespace } = this.inputs;
    const history = (await this.helm.history(release, namespace)) ?? null;
    const deployedValues =
      history && history.length > 0 ? await this.helm.getValues(release, namespace) : undefined;
    let sshSecret: Observed['sshSecret'];
    const namespaceExists = (await this.kubectl.get('namespace', namespace)) !== undefined;
    // Existence only: a Secret's value is never read back, so a re-run cannot rotate it.
    const keySecrets = namespaceExists
      ? await observeKeySecrets(this.kubectl, namespace, this.keySecrets)
      : Object.fromEntries(this.keySecrets.map((s) => [s.name, 'absent' as const]));
    const jobs = namespaceExists
      ? await observeJobs(this.kubectl, namespace, release, chartJobNames(release, this.values))
      : [];
    if (this.inputs.gitSshKey) {
      const secret = namespaceExists
        ? await this.kubectl.get<{ data?: Record<string, string> }>(
            'secret',
            SSH_KEY_SECRET,
            namespace,
          )
        : undefined;
      const want = Buffer.from(this.inputs.gitSshKey, 'utf8').toString('base64');
      sshSecret =
        secret === undefined ? 'absent' : secret.data?.gitSshKey === want ? 'same' : 'different';
    }
    return { history, deployedValues, sshSecret, namespaceExists, keySecrets, jobs, nowMs };
  }

  async apply(op: HelmAirflowOp): Promise<string> {
    const { release, namespace, timeout, timeoutMs } = this.inputs;
    switch (op.type) {
      case 'rollback':
        await this.helm.mutate(
          helmArgv.rollback(this.helmMajor, release, namespace, op.revision, timeout),
          {
            timeoutMs: processTimeout(timeoutMs),
            retryable: never,
          },
        );
        return `rolled back to revision ${op.revision}`;
      case 'rollback-to':
        return rollbackTo(this, this.inputs, op, processTimeout(timeoutMs));
      case 'uninstall':
        await this.helm.mutate(helmArgv.uninstall(this.helmMajor, release, namespace, timeout), {
          timeoutMs: processTimeout(timeoutMs),
          retryable: never,
        });
        return 'uninstalled the never-deployed release';
      case 'ssh-secret': {
        const objects: KubeObject[] = [];
        if (op.withNamespace) objects.push(managedNamespace(namespace));
        objects.push(sshSecretObject(namespace, this.inputs.gitSshKey ?? ''));
        await this.kubectl.apply(objects);
        return 'applied (server-side, from stdin)';
      }
      case 'key-secrets':
        return applyKeySecrets(this.kubectl, namespace, this.keySecrets, op, (v) => this.mask(v));
      case 'delete-jobs':
        return deleteJobs(this.kubectl, namespace, op.names);
      case 'upgrade':
        return this.upgrade(op.install);
    }
  }

  private async upgrade(install: boolean): Promise<string> {
    const { release, namespace, chartVersion, timeout, timeoutMs } = this.inputs;
    const description = releaseDescription(await resolveProvenance(this.ctx), this.values);
    try {
      await this.withValuesFile((file) =>
        this.helm.mutate(
          helmArgv.upgrade({
            major: this.helmMajor,
            release,
            chart: this.chart,
            version: chartVersion,
            namespace,
            valuesFile: file,
            timeout,
            description,
          }),
          { timeoutMs: processTimeout(timeoutMs), retryable: never },
        ),
      );
    } catch (err) {
      throw this.explainUpgradeFailure(err);
    }
    return `${install ? 'installed' : 'upgraded to'} chart ${chartVersion}`;
  }

  private explainUpgradeFailure(err: unknown): Error {
    const stderr = stderrOf(err);
    if (stderr === undefined) return err instanceof Error ? err : new Error(String(err));
    // F9: with empty stderr, the CommandError message still names the command and exit code.
    const detail = stderr.trim() || (err instanceof Error ? err.message : String(err));
    if (SSA_CONFLICT.test(detail)) {
      return new UpgradeFailedError(
        `helm upgrade hit server-side apply conflicts (another field manager owns these fields, e.g. a manual kubectl edit or scale): ${detail}. ` +
          `This action never passes --force-conflicts; remove the other manager's change (or move it into the values) and re-run.`,
      );
    }
    if (IN_PROGRESS.test(detail)) {
      return new ConcurrentOperationError(
        `another helm operation started on ${release(this.inputs)} while this run was planning: ${detail}`,
      );
    }
    if (CHART_MISSING.test(detail)) {
      return new ConfigurationError(
        Inputs.ChartVersion,
        `chart ${CHART} version ${this.inputs.chartVersion} was not found in ${this.inputs.chartRepo}: ${detail}`,
      );
    }
    const rolledBack = /has been (rolled back|uninstalled) due to/.test(detail);
    return new UpgradeFailedError(
      `helm upgrade of ${release(this.inputs)} failed${rolledBack ? ' and helm restored the previous state' : ''}: ${detail}`,
    );
  }

  async status(): Promise<HelmReleaseStatus | undefined> {
    return this.helm.status(this.inputs.release, this.inputs.namespace);
  }

  /** The release must end `deployed` and the chart's Jobs must have succeeded. */
  async verify(): Promise<HelmReleaseStatus> {
    const status = await this.status();
    if (!status || status.info.status !== 'deployed') {
      throw new Error(
        `after the upgrade, release ${release(this.inputs)} is ${status?.info.status ?? 'missing'}, not deployed`,
      );
    }
    const { namespace, release: rel } = this.inputs;
    for (const line of await verifyJobs(
      this.kubectl,
      namespace,
      rel,
      chartJobNames(rel, this.values),
    ))
      this.ctx.logger.info(line);
    return status;
  }
}

const release = (i: HelmAirflowInputs): string => `${i.namespace}/${i.release}`;

/** A failed upgrade: main collects diagnostics for it. */
export class UpgradeFailedError extends Error {
  override readonly name = 'UpgradeFailedError';
}
