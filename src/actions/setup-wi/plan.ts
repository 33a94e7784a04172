/**
 * setup-wi's planner: desired state (inputs) + observed state -> Changes. Pure: no I/O, so
 * every branch is a table test. `undefined` in Observed means "not observed" (offline plan):
 * such resources are planned as ensured, with their commands listed.
 */
import type { IamPolicy } from '../../lib/tools/gcloud.js';
import { hasBinding } from '../../lib/tools/gcloud.js';
import type { Change } from '../../lib/reconcile/engine.js';
import { formatCommand } from '../../lib/exec/runner.js';
import { applyArgs } from '../../lib/tools/kubectl.js';
import {
  argv,
  GSA_ANNOTATION,
  gsaEmailOf,
  wiMemberOf,
  WI_USER_ROLE,
  workloadPoolOf,
} from './argv.js';
import { Inputs, type SetupWiInputs } from './inputs.js';
import { ConfigurationError } from '../../lib/errors.js';

export interface ObservedCluster {
  readonly workloadPool?: string;
  readonly autopilot: boolean;
  readonly nodePools: readonly { readonly name: string; readonly metadataMode?: string }[];
}

export interface ObservedKsa {
  readonly annotation?: string;
}

export interface Observed {
  /** null: the cluster does not exist. */
  readonly cluster?: ObservedCluster | null;
  readonly gsaExists?: boolean;
  readonly projectPolicy?: IamPolicy;
  /** Per namespace: exists or not. Missing key = not observed. */
  readonly namespaces: ReadonlyMap<string, boolean>;
  /** Per `ns/name`: the KSA, or null when absent. Missing key = not observed. */
  readonly ksas: ReadonlyMap<string, ObservedKsa | null>;
  readonly gsaPolicy?: IamPolicy;
}

export type SetupWiOp =
  | { readonly type: 'workload-pool' }
  | { readonly type: 'node-pool'; readonly pool: string }
  | { readonly type: 'gsa' }
  | { readonly type: 'project-roles'; readonly roles: readonly string[] }
  | { readonly type: 'namespace'; readonly namespace: string }
  | { readonly type: 'ksa'; readonly namespace: string; readonly name: string }
  | { readonly type: 'wi-members'; readonly members: readonly string[] };

export interface SetupWiPlan {
  readonly gsaEmail: string;
  readonly workloadPool: string;
  readonly changes: Change<SetupWiOp>[];
  readonly warnings: string[];
}

const gcloudLine = (args: readonly string[]): string => formatCommand({ tool: 'gcloud', args });
const kubectlApplyLine = formatCommand({ tool: 'kubectl', args: applyArgs() });
const kubectlForcedApplyLine = formatCommand({
  tool: 'kubectl',
  args: applyArgs({ forceConflicts: true }),
});

export function planSetupWi(inputs: SetupWiInputs, observed: Observed): SetupWiPlan {
  const p = inputs.projectId;
  const gsaEmail = gsaEmailOf(inputs.gsaName, p);
  const workloadPool = workloadPoolOf(p);
  const changes: Change<SetupWiOp>[] = [];
  const warnings: string[] = [];

  if (inputs.enableWorkloadPool && inputs.cluster) {
    const c = inputs.cluster;
    const resource = `cluster/${c.name} workload pool`;
    const cluster = observed.cluster;
    if (cluster === null) {
      throw new Error(
        `cluster ${c.name} was not found in ${c.location} of project ${p}; check the cluster and location inputs`,
      );
    }
    if (cluster?.autopilot) {
      changes.push({
        resource,
        action: 'noop',
        reason: 'Autopilot clusters always have Workload Identity',
        commands: [],
      });
    } else if (cluster?.workloadPool === workloadPool) {
      changes.push({ resource, action: 'noop', reason: `already ${workloadPool}`, commands: [] });
    } else {
      changes.push({
        resource,
        action: 'update',
        reason: cluster
          ? `workload pool is ${cluster.workloadPool ?? 'not set'}; want ${workloadPool}`
          : `not observed; ensures ${workloadPool}`,
        commands: [gcloudLine(argv.enableWorkloadPool(p, c))],
        op: { type: 'workload-pool' },
      });
    }
    changes.push(...planNodePools(inputs, c, cluster, warnings));
  }

  const gsaResource = `serviceaccount/${gsaEmail}`;
  if (observed.gsaExists === true) {
    changes.push({ resource: gsaResource, action: 'noop', reason: 'exists', commands: [] });
  } else {
    changes.push({
      resource: gsaResource,
      action: 'create',
      reason:
        observed.gsaExists === false ? 'does not exist' : 'not observed; created unless it exists',
      commands: [gcloudLine(argv.createGsa(p, inputs.gsaName, inputs.gsaDisplayName))],
      op: { type: 'gsa' },
    });
  }

  if (inputs.projectRoles.length > 0) {
    const member = `serviceAccount:${gsaEmail}`;
    const missing = observed.projectPolicy
      ? inputs.projectRoles.filter(
          (role) => !hasBinding(observed.projectPolicy ?? {}, role, member),
        )
      : [...inputs.projectRoles];
    changes.push(
      missing.length === 0
        ? {
            resource: `project/${p} IAM`,
            action: 'noop',
            reason: `already grants ${inputs.projectRoles.join(', ')}`,
            commands: [],
          }
        : {
            resource: `project/${p} IAM`,
            action: 'update',
            reason: `${observed.projectPolicy ? 'grant' : 'not observed; ensure'} ${missing.join(', ')} to ${member}`,
            commands: [
              gcloudLine(argv.getProjectPolicy(p)),
              gcloudLine(argv.setProjectPolicy(p)('POLICY.json')),
            ],
            op: { type: 'project-roles', roles: missing },
          },
    );
  }

  const wantedMembers: string[] = [];
  const namespacesSeen = new Set<string>();
  for (const { namespace, name } of inputs.bindings) {
    const nsState = observed.namespaces.get(namespace);
    if (!namespacesSeen.has(namespace)) {
      namespacesSeen.add(namespace);
      changes.push(
        nsState === true
          ? { resource: `namespace/${namespace}`, action: 'noop', reason: 'exists', commands: [] }
          : {
              resource: `namespace/${namespace}`,
              action: 'create',
              reason:
                nsState === false ? 'does not exist' : 'not observed; ensured by server-side apply',
              commands: [kubectlApplyLine],
              op: { type: 'namespace', namespace },
            },
      );
    }
    const key = `${namespace}/${name}`;
    const ksa = observed.ksas.get(key);
    const ksaResource = `serviceaccount/${key}`;
    if (ksa && ksa.annotation === gsaEmail) {
      changes.push({
        resource: ksaResource,
        action: 'noop',
        reason: `annotated for ${gsaEmail}`,
        commands: [],
      });
    } else {
      changes.push({
        resource: ksaResource,
        action: ksa ? 'update' : 'create',
        reason: ksa
          ? `annotation ${GSA_ANNOTATION} is ${ksa.annotation ?? 'missing'}; want ${gsaEmail}`
          : ksa === null
            ? 'does not exist'
            : 'not observed; ensured by server-side apply',
        commands: [kubectlForcedApplyLine],
        op: { type: 'ksa', namespace, name },
      });
    }
    wantedMembers.push(wiMemberOf(p, namespace, name));
  }

  if (wantedMembers.length > 0) {
    const missing = observed.gsaPolicy
      ? wantedMembers.filter((m) => !hasBinding(observed.gsaPolicy ?? {}, WI_USER_ROLE, m))
      : wantedMembers;
    const resource = `serviceaccount/${gsaEmail} IAM`;
    changes.push(
      missing.length === 0
        ? {
            resource,
            action: 'noop',
            reason: `${WI_USER_ROLE} granted to ${wantedMembers.length} KSA(s)`,
            commands: [],
          }
        : {
            resource,
            action: 'update',
            reason: `${observed.gsaPolicy ? 'grant' : 'not observed; ensure'} ${WI_USER_ROLE} to ${missing.join(', ')}`,
            commands: [
              gcloudLine(argv.getGsaPolicy(p, gsaEmail)),
              gcloudLine(argv.setGsaPolicy(p, gsaEmail)('POLICY.json')),
            ],
            op: { type: 'wi-members', members: missing },
          },
    );
  }

  return { gsaEmail, workloadPool, changes, warnings };
}

/**
 * Pods on a node pool whose workload metadata is not GKE_METADATA get the node's identity, not
 * their KSA's: updating the cluster alone is not enough ("Migrate existing node pools",
 * https://cloud.google.com/kubernetes-engine/docs/how-to/workload-identity). The update
 * re-creates the pool's nodes, so it is opt-in; without it the run fails here, before any write.
 */
function planNodePools(
  inputs: SetupWiInputs,
  c: NonNullable<SetupWiInputs['cluster']>,
  cluster: ObservedCluster | undefined,
  warnings: string[],
): Change<SetupWiOp>[] {
  const p = inputs.projectId;
  const stale =
    cluster && !cluster.autopilot
      ? cluster.nodePools.filter((pool) => pool.metadataMode !== 'GKE_METADATA')
      : [];
  if (stale.length === 0) return [];
  const describe = (pool: (typeof stale)[number]): string =>
    `${pool.name} (workload metadata ${pool.metadataMode ?? 'unset'})`;
  if (!inputs.updateNodePools) {
    throw new ConfigurationError(
      Inputs.UpdateNodePools,
      `node pool(s) ${stale.map(describe).join(', ')} of cluster ${c.name} are not on GKE_METADATA, ` +
        `so their pods would use the node's service account instead of Workload Identity. ` +
        `Nothing was changed. ` +
        (cluster?.workloadPool === workloadPoolOf(p)
          ? 'Run, when a rolling re-creation of their nodes is acceptable: '
          : `GKE_METADATA needs Workload Identity on the cluster first: ${gcloudLine(argv.enableWorkloadPool(p, c))} ; then, when a rolling re-creation of their nodes is acceptable, run: `) +
        stale.map((pool) => gcloudLine(argv.nodePoolMetadata(p, c, pool.name))).join(' ; ') +
        ` -- or set ${Inputs.UpdateNodePools}: true (workloadIdentity.updateNodePools in the platform file) to let this action do it`,
    );
  }
  return stale.map((pool) => {
    warnings.push(
      `node pool ${pool.name} moves to GKE_METADATA: GKE re-creates its nodes (a rolling update that drains and replaces each node), so its pods are rescheduled`,
    );
    return {
      resource: `nodepool/${pool.name} workload metadata`,
      action: 'update' as const,
      reason: `${describe(pool)}; want GKE_METADATA (re-creates its nodes, rolling)`,
      commands: [gcloudLine(argv.updateNodePoolMetadata(p, c, pool.name))],
      op: { type: 'node-pool' as const, pool: pool.name },
    };
  });
}
