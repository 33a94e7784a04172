/**
 * What the last upgrade deployed, readable by a read-only planner without any secret.
 *
 * Helm keeps each revision, with every value (passwords included), in a release Secret
 * (`sh.helm.release.v1.<release>.v<n>`, https://helm.sh/docs/topics/advanced/#storage-backends),
 * so `helm history`, `helm status` and `helm get values` all read Secret data, which a planner
 * must not hold. Instead every successful upgrade records a fingerprint of the chart and the
 * values on a ConfigMap we own, `<release>-deploy-state`, and the plan compares against that.
 *
 * The fingerprint leaves secret values out entirely (not hashed: a hash of a weak password
 * published to every reader could be reversed by guessing), and also the values whose presence
 * depends on a secret input being given (`dags.gitSync.sshKeySecret`), because a plan runs
 * without secrets. A change of a secret alone is therefore not seen by the plan; a deploy still
 * applies it (the deployer compares the release's own values).
 */
import { createHash } from 'node:crypto';
import { MANAGED_BY_LABEL, type Kubectl, type KubeObject } from '../../lib/tools/kubectl.js';
import type { Change } from '../../lib/reconcile/engine.js';
import { CommandError } from '../../lib/errors.js';
import type { HelmAirflowOp } from './plan.js';
import { isSecretKey, type Values } from './values.js';

export const FINGERPRINT_ANNOTATION = 'gke-data-platform/values-fingerprint';
export const CHART_ANNOTATION = 'gke-data-platform/chart-version';
const SECRET_DEPENDENT = new Set(['dags.gitSync.sshKeySecret']);

export const deployStateName = (release: string): string => `${release}-deploy-state`.slice(0, 253);

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The values without secrets, keys sorted, so equal values always print the same. A map left
 * empty is dropped too (`defaultUser: {}` once its password is gone): Helm merges an empty map
 * over the chart's as a no-op, and a plan without the secret would not have it at all.
 */
export function publicValues(value: unknown, path = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => publicValues(v, path));
  if (!isObject(value)) return value;
  const entries = Object.keys(value)
    .sort()
    .filter((k) => !isSecretKey(k) && !SECRET_DEPENDENT.has(path ? `${path}.${k}` : k))
    .map((k): [string, unknown] => [k, publicValues(value[k], path ? `${path}.${k}` : k)])
    .filter(([, v]) => !(isObject(v) && Object.keys(v).length === 0));
  return Object.fromEntries(entries);
}

export function valuesFingerprint(chart: string, chartVersion: string, values: Values): string {
  const text = JSON.stringify({ chart, chartVersion, values: publicValues(values) });
  return `sha256:${createHash('sha256').update(text).digest('hex')}`;
}

export type DeployState =
  | { readonly state: 'recorded'; readonly fingerprint: string; readonly chartVersion: string }
  | { readonly state: 'absent' }
  | { readonly state: 'not-observable'; readonly why: string };

/** Reads the record (a ConfigMap: the planner's RBAC allows get on configmaps, not secrets). */
export async function readDeployState(
  kubectl: Kubectl,
  release: string,
  namespace: string,
): Promise<DeployState> {
  try {
    const cm = await kubectl.get('configmap', deployStateName(release), namespace);
    const fingerprint = cm?.metadata.annotations?.[FINGERPRINT_ANNOTATION];
    if (!cm || !fingerprint) return { state: 'absent' };
    return {
      state: 'recorded',
      fingerprint,
      chartVersion: cm.metadata.annotations?.[CHART_ANNOTATION] ?? '',
    };
  } catch (err) {
    if (err instanceof CommandError && err.kind === 'permission') {
      return {
        state: 'not-observable',
        why: `not observable: forbidden to read configmap ${deployStateName(release)} (${err.stderr.trim().split('\n')[0] ?? ''})`,
      };
    }
    throw err;
  }
}

export function deployStateObject(
  release: string,
  namespace: string,
  chartVersion: string,
  fingerprint: string,
): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: {
      name: deployStateName(release),
      namespace,
      labels: { ...MANAGED_BY_LABEL },
      annotations: { [FINGERPRINT_ANNOTATION]: fingerprint, [CHART_ANNOTATION]: chartVersion },
    },
  };
}

/**
 * Written only after an upgrade (or a rollback) succeeded, so the record never runs ahead of
 * the release; `stamp` adds the run's provenance (provenance.ts).
 */
export async function writeDeployState(
  kubectl: Kubectl,
  release: string,
  namespace: string,
  chartVersion: string,
  fingerprint: string,
  stamp: (cm: KubeObject) => KubeObject = (cm) => cm,
): Promise<void> {
  await kubectl.apply([stamp(deployStateObject(release, namespace, chartVersion, fingerprint))]);
}

/**
 * The plan's release Change from the record alone (dry run: no `helm history`). Same record
 * and no force-upgrade: noop; otherwise the upgrade a deploy would run, with why.
 */
export function planFromDeployState(
  resource: string,
  desired: { readonly fingerprint: string; readonly chartVersion: string },
  recorded: DeployState,
  forceUpgrade: boolean,
  command: string,
): Change<{ readonly type: 'upgrade'; readonly install: boolean }> {
  const upgrade = (reason: string, install = false) => ({
    resource,
    action: install ? ('create' as const) : ('update' as const),
    reason,
    commands: [command],
    op: { type: 'upgrade' as const, install },
  });
  if (recorded.state === 'not-observable') return upgrade(`${recorded.why}; install or upgrade`);
  if (recorded.state === 'absent') {
    return upgrade(
      `no deploy-state record (configmap ${resource.split('/').pop() ?? ''}-deploy-state): installed by an older version or not yet, so the upgrade runs; Helm's release history is not read by a plan (its Secrets hold every value)`,
    );
  }
  if (recorded.fingerprint !== desired.fingerprint) {
    const chart =
      recorded.chartVersion && recorded.chartVersion !== desired.chartVersion
        ? `chart ${recorded.chartVersion} -> ${desired.chartVersion}; `
        : '';
    return upgrade(`${chart}chart or values differ from the last upgrade (fingerprint)`);
  }
  if (forceUpgrade) return upgrade('force-upgrade is set');
  return {
    resource,
    action: 'noop',
    reason: `the last upgrade deployed chart ${desired.chartVersion} with the same values (fingerprint); upgrade skipped`,
    commands: [],
  };
}

const UNOBSERVABLE_SECRETS: Record<string, string> = {
  'ssh-secret':
    'not observable: a plan never reads Secrets; a deploy applies it server-side from stdin',
  'key-secrets':
    'not observable: a plan never reads Secrets; a deploy creates it once if it is missing',
};

/** A plan made without reading Helm's release Secrets: the release from the record, the SSH-key Secret unobserved. */
export function readOnlyPlan<T extends { readonly changes: Change<HelmAirflowOp>[] }>(
  plan: T,
  desired: { readonly fingerprint: string; readonly chartVersion: string },
  recorded: DeployState,
  forceUpgrade: boolean,
): T {
  return {
    ...plan,
    changes: plan.changes.map((c): Change<HelmAirflowOp> => {
      if (c.op?.type === 'upgrade') {
        return planFromDeployState(
          c.resource,
          desired,
          recorded,
          forceUpgrade,
          c.commands[0] ?? '',
        );
      }
      // A Secret is never read, so a plan cannot claim it changed: a deploy re-applies the SSH
      // key (same data: no-op) and creates a missing key Secret once, never rewriting one (#12).
      const unseen = UNOBSERVABLE_SECRETS[c.op?.type ?? ''];
      if (unseen) return { resource: c.resource, action: 'noop', reason: unseen, commands: [] };
      return c;
    }),
  };
}
