/**
 * helm-airflow's planner: desired values + observed release -> Changes. Pure, so every branch
 * (each pending state, skip-when-unchanged, failed first install) is a table test.
 * Lock policy (security-reliability.md §4.6, cases F39-F41): a pending-* revision older than
 * `recover-pending-after` is recovered (rollback to the last good revision, or uninstall when
 * there never was one); a younger one fails, because another run may still be working on it.
 */
import type { Change } from '../../lib/reconcile/engine.js';
import { formatCommand } from '../../lib/exec/runner.js';
import { formatDuration } from '../../lib/validate/rules.js';
import { applyArgs } from '../../lib/tools/kubectl.js';
import { helmArgv, isPending, type HelmRevision } from '../../lib/tools/helm.js';
import { SSH_KEY_SECRET, type HelmAirflowInputs } from './inputs.js';
import { planJobDeletion, type DeleteJobsOp, type ObservedJob } from './jobs.js';
import {
  planKeySecrets,
  type AirflowKeySecret,
  type KeySecretState,
  type KeySecretsOp,
} from './secrets.js';
import { diffPaths, type Values } from './values.js';

export interface Observed {
  /** undefined: not observed (offline plan); null: no such release. */
  readonly history?: readonly HelmRevision[] | null;
  /** User-supplied values of the latest revision. */
  readonly deployedValues?: Values;
  /** The SSH key Secret: undefined = not observed. */
  readonly sshSecret?: 'absent' | 'same' | 'different';
  readonly namespaceExists?: boolean;
  /** Our Airflow key Secrets by name: undefined = not observed. */
  readonly keySecrets?: Record<string, KeySecretState>;
  /** The chart's Jobs: undefined = not observed. */
  readonly jobs?: readonly ObservedJob[];
  readonly nowMs: number;
}

export type HelmAirflowOp =
  | { readonly type: 'rollback'; readonly revision: number }
  /** rollback-to-revision: the user's rollback, waited for and recorded (rollback.ts). */
  | {
      readonly type: 'rollback-to';
      readonly revision: number;
      readonly from: number;
      readonly image: string;
      readonly chartVersion: string;
    }
  | { readonly type: 'uninstall' }
  | { readonly type: 'ssh-secret'; readonly withNamespace: boolean }
  | KeySecretsOp
  | DeleteJobsOp
  | { readonly type: 'upgrade'; readonly install: boolean };

export interface HelmAirflowPlan {
  readonly changes: Change<HelmAirflowOp>[];
  readonly warnings: string[];
}

export class ConcurrentOperationError extends Error {
  override readonly name = 'ConcurrentOperationError';
}

const GOOD = ['deployed', 'superseded'];

export function chartVersionOf(revision: Pick<HelmRevision, 'chart'>): string {
  return /-(\d+\.\d+\.\d+(?:-[\w.-]+)?)$/.exec(revision.chart)?.[1] ?? revision.chart;
}

export function planHelmAirflow(
  inputs: HelmAirflowInputs,
  desired: {
    readonly values: Values;
    readonly chart: string;
    readonly helmMajor: number;
    readonly keySecrets?: readonly AirflowKeySecret[];
  },
  observed: Observed,
): HelmAirflowPlan {
  const { release: rel, namespace: ns } = inputs;
  const helm = (args: readonly string[]): string => formatCommand({ tool: 'helm', args });
  const changes: Change<HelmAirflowOp>[] = [];
  const warnings: string[] = [];
  const history = observed.history;
  const last = history?.at(-1);
  let releaseGone = history === null;
  const lockResource = `helm-release/${ns}/${rel} lock`;

  if (last?.status === 'uninstalled') {
    // Uninstalled with --keep-history: the name is free again, so this is a plain install.
    releaseGone = true;
  } else if (history && last && isPending(last.status)) {
    const ageMs = observed.nowMs - Date.parse(last.updated);
    const good = [...history]
      .reverse()
      .find((r) => r.revision !== last.revision && GOOD.includes(r.status));
    const recovery = good
      ? helmArgv.rollback(desired.helmMajor, rel, ns, good.revision, inputs.timeout)
      : helmArgv.uninstall(desired.helmMajor, rel, ns, inputs.timeout);
    if (!(ageMs >= inputs.recoverPendingAfterMs)) {
      throw new ConcurrentOperationError(
        `release ${rel} in namespace ${ns} is ${last.status} (revision ${last.revision}, updated ${last.updated}, ${formatDuration(Math.max(0, ageMs))} ago): ` +
          `another helm operation may still be running, so it is left alone. If nothing else is deploying, wait until it is older than ` +
          `${formatDuration(inputs.recoverPendingAfterMs)} (recover-pending-after) and re-run, or run: ${helm(recovery)}`,
      );
    }
    const reason = `revision ${last.revision} is ${last.status} since ${last.updated} (older than ${formatDuration(inputs.recoverPendingAfterMs)}): a killed run left helm's lock`;
    if (good) {
      changes.push({
        resource: lockResource,
        action: 'update',
        reason: `${reason}; roll back to revision ${good.revision}`,
        commands: [helm(recovery)],
        op: { type: 'rollback', revision: good.revision },
      });
    } else {
      changes.push({
        resource: lockResource,
        action: 'update',
        reason: `${reason}; no revision ever succeeded, so uninstall and install afresh`,
        commands: [helm(recovery)],
        op: { type: 'uninstall' },
      });
      releaseGone = true;
    }
  } else if (history && last && !history.some((r) => GOOD.includes(r.status))) {
    // A first install that failed without being cleaned up: helm would refuse or half-upgrade it (F43).
    changes.push({
      resource: lockResource,
      action: 'update',
      reason: `revision ${last.revision} is ${last.status} and no revision ever succeeded; uninstall and install afresh`,
      commands: [helm(helmArgv.uninstall(desired.helmMajor, rel, ns, inputs.timeout))],
      op: { type: 'uninstall' },
    });
    releaseGone = true;
  }

  if (inputs.gitSshKey) {
    const resource = `secret/${ns}/${SSH_KEY_SECRET}`;
    const state = observed.sshSecret;
    const line = formatCommand({ tool: 'kubectl', args: applyArgs() });
    changes.push(
      state === 'same'
        ? { resource, action: 'noop', reason: 'holds the same gitSshKey', commands: [] }
        : {
            resource,
            action: state === 'different' ? 'update' : 'create',
            reason:
              state === 'different'
                ? 'gitSshKey differs'
                : state === 'absent'
                  ? 'does not exist'
                  : 'not observed; ensured by server-side apply',
            commands: [line],
            op: { type: 'ssh-secret', withNamespace: observed.namespaceExists !== true },
          },
    );
  }

  // Before the install: the chart's pods read these Secrets from their first start.
  changes.push(
    ...planKeySecrets(ns, desired.keySecrets ?? [], observed.keySecrets, observed.namespaceExists),
  );
  const resource = `helm-release/${ns}/${rel}`;
  const upgradeLine = helm(
    helmArgv.upgrade({
      major: desired.helmMajor,
      release: rel,
      chart: desired.chart,
      version: inputs.chartVersion,
      namespace: ns,
      valuesFile: 'VALUES.yaml',
      timeout: inputs.timeout,
    }),
  );
  const jobs = planJobDeletion(ns, observed.jobs);
  const upgradeChanges = (install: boolean, action: 'create' | 'update', reason: string) => {
    warnings.push(...jobs.warnings);
    if (jobs.change) changes.push(jobs.change);
    changes.push({
      resource,
      action,
      reason: `${reason}${imageNote(desired.values)}`,
      commands: [upgradeLine],
      op: { type: 'upgrade', install },
    });
  };

  if (releaseGone || !last) {
    upgradeChanges(
      true,
      'create',
      history === undefined
        ? `not observed; install or upgrade to chart ${inputs.chartVersion}`
        : `install chart ${inputs.chartVersion}`,
    );
    return { changes, warnings };
  }
  const reasons: string[] = [];
  const deployedVersion = chartVersionOf(last);
  if (last.status !== 'deployed') reasons.push(`status is ${last.status}`);
  if (deployedVersion !== inputs.chartVersion)
    reasons.push(`chart ${deployedVersion} -> ${inputs.chartVersion}`);
  const differing = diffPaths(observed.deployedValues ?? {}, desired.values);
  if (differing.length > 0) {
    const shown = differing.slice(0, 6).join(', ');
    reasons.push(
      `values differ at ${shown}${differing.length > 6 ? ` and ${differing.length - 6} more` : ''}`,
    );
  }
  if (changes.some((c) => c.op?.type === 'rollback')) reasons.push('re-apply after lock recovery');
  if (reasons.length === 0 && !inputs.forceUpgrade) {
    changes.push({
      resource,
      action: 'noop',
      reason: `deployed revision ${last.revision} already runs chart ${deployedVersion} with the same values; upgrade skipped`,
      commands: [],
    });
    return { changes, warnings };
  }
  if (reasons.length === 0) reasons.push('force-upgrade is set');
  upgradeChanges(false, 'update', reasons.join('; '));
  return { changes, warnings };
}

/** The image the chart's own pods run (by digest) beside the one task pods pull (by tag). */
export function imageNote(values: Values): string {
  const image = (values.images as { airflow?: Record<string, unknown> } | undefined)?.airflow;
  const repo = typeof image?.repository === 'string' ? image.repository : undefined;
  if (!repo) return '';
  const tag = typeof image?.tag === 'string' ? image.tag : undefined;
  const digest = typeof image?.digest === 'string' ? image.digest : undefined;
  const pods = digest ? `${repo}${tag ? `:${tag}` : ''}@${digest}` : `${repo}:${tag ?? ''}`;
  const tasks = tag ? `${repo}:${tag}` : `${repo}:<chart default tag>`;
  return `; image ${pods} (task pods: ${tasks})`;
}
