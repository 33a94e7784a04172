/** setup-wi's observe, apply and verify: the I/O around the pure planner. */
import type { ToolContext } from '../../lib/tools/tool.js';
import { Gcloud, hasBinding, type IamPolicy } from '../../lib/tools/gcloud.js';
import { ensureGrants } from '../../lib/tools/iam.js';
import {
  resolveProvenance,
  stampProvenance,
  type RunProvenance,
} from '../../lib/k8s/provenance.js';
import {
  Kubectl,
  managedNamespace,
  MANAGED_BY_LABEL,
  type KubeObject,
} from '../../lib/tools/kubectl.js';
import { CommandError } from '../../lib/errors.js';
import { argv, GSA_ANNOTATION, WI_USER_ROLE } from './argv.js';
import type { SetupWiInputs } from './inputs.js';
import type { Observed, ObservedCluster, SetupWiOp, SetupWiPlan } from './plan.js';

/** The part of `gcloud container clusters describe --format=json` we read. */
interface ClusterJson {
  workloadIdentityConfig?: { workloadPool?: string };
  autopilot?: { enabled?: boolean };
  nodePools?: { name: string; config?: { workloadMetadataConfig?: { mode?: string } } }[];
}

/** Updating the workload pool of a Standard cluster can take tens of minutes. */
const CLUSTER_UPDATE_TIMEOUT_MS = 45 * 60 * 1000;
/** A node pool update re-creates every node of the pool, surge by surge: allow hours. */
const NODE_POOL_UPDATE_TIMEOUT_MS = 3 * 60 * 60 * 1000;

export class SetupWiReconciler {
  private readonly gcloud: Gcloud;
  private readonly kubectl: Kubectl;
  /** Set when this run created the GSA: IAM may not see it yet (case F16). */
  private gsaCreated = false;

  constructor(
    private readonly ctx: ToolContext,
    private readonly inputs: SetupWiInputs,
  ) {
    this.gcloud = new Gcloud(ctx);
    this.kubectl = new Kubectl(ctx);
  }

  /** Fails before anything runs when a CLI this run needs is missing. */
  async preflight(): Promise<void> {
    await this.gcloud.ensureAvailable();
    if (this.inputs.bindings.length > 0) await this.kubectl.ensureAvailable();
  }

  async observe(): Promise<Observed> {
    const { projectId: p, cluster } = this.inputs;
    const gsaEmail = `${this.inputs.gsaName}@${p}.iam.gserviceaccount.com`;
    let observedCluster: ObservedCluster | null | undefined;
    if (this.inputs.enableWorkloadPool && cluster) {
      const json = await this.gcloud.describe<ClusterJson>(argv.describeCluster(p, cluster));
      observedCluster = json ? toObservedCluster(json) : null;
    }
    const gsaExists = (await this.gcloud.describe(argv.describeGsa(p, gsaEmail))) !== undefined;
    const projectPolicy =
      this.inputs.projectRoles.length > 0
        ? await this.gcloud.json<IamPolicy>(argv.getProjectPolicy(p))
        : undefined;
    const namespaces = new Map<string, boolean>();
    const ksas = new Map<string, { annotation?: string } | null>();
    for (const { namespace, name } of this.inputs.bindings) {
      if (!namespaces.has(namespace)) {
        namespaces.set(namespace, (await this.kubectl.get('namespace', namespace)) !== undefined);
      }
      const ksa = namespaces.get(namespace)
        ? await this.kubectl.get('serviceaccount', name, namespace)
        : undefined;
      ksas.set(
        `${namespace}/${name}`,
        ksa ? { annotation: ksa.metadata.annotations?.[GSA_ANNOTATION] } : null,
      );
    }
    // A GSA that does not exist yet has an empty policy; reading it would only fail.
    const gsaPolicy =
      this.inputs.bindings.length > 0
        ? gsaExists
          ? await this.gcloud.json<IamPolicy>(argv.getGsaPolicy(p, gsaEmail))
          : {}
        : undefined;
    return { cluster: observedCluster, gsaExists, projectPolicy, namespaces, ksas, gsaPolicy };
  }

  /** Runs one planned operation; returns a short detail for the summary. */
  private provenance: Promise<RunProvenance> | undefined;
  /** This run's provenance (commit, run URL), resolved once when the first object is written. */
  private run(): Promise<RunProvenance> {
    return (this.provenance ??= resolveProvenance(this.ctx));
  }

  async apply(op: SetupWiOp, plan: SetupWiPlan): Promise<string> {
    const p = this.inputs.projectId;
    const { gsaEmail } = plan;
    switch (op.type) {
      case 'workload-pool': {
        const cluster = this.inputs.cluster;
        if (!cluster) throw new Error('internal: workload-pool change without a cluster');
        await this.gcloud.mutate(argv.enableWorkloadPool(p, cluster), {
          timeoutMs: CLUSTER_UPDATE_TIMEOUT_MS,
        });
        return `set to ${plan.workloadPool}`;
      }
      case 'node-pool': {
        const cluster = this.inputs.cluster;
        if (!cluster) throw new Error('internal: node-pool change without a cluster');
        // gcloud (no --async) waits for the node pool operation, so this returns when it is done.
        await this.gcloud.mutate(argv.updateNodePoolMetadata(p, cluster, op.pool), {
          timeoutMs: NODE_POOL_UPDATE_TIMEOUT_MS,
        });
        return 'workload metadata GKE_METADATA; nodes re-created';
      }
      case 'gsa':
        try {
          await this.gcloud.mutate(
            argv.createGsa(p, this.inputs.gsaName, this.inputs.gsaDisplayName),
          );
          this.gsaCreated = true;
          return 'created';
        } catch (err) {
          // Someone (or a run we lost) created it between observe and apply: adopt it (F15).
          if (
            err instanceof CommandError &&
            /already exists|ALREADY_EXISTS|\b409\b/i.test(err.stderr)
          ) {
            return 'already existed; adopted';
          }
          throw err;
        }
      case 'project-roles': {
        const member = `serviceAccount:${gsaEmail}`;
        const written = await ensureGrants(
          {
            label: `project ${p}`,
            getArgs: argv.getProjectPolicy(p),
            setArgs: argv.setProjectPolicy(p),
          },
          op.roles.map((role) => ({ role, member })),
          { ...this.ctx, gcloud: this.gcloud, principalJustCreated: this.gsaCreated },
        );
        return written.length
          ? `granted ${written.map((g) => g.role).join(', ')}`
          : 'already granted';
      }
      case 'namespace':
        // Applied only when the plan found it missing, so provenance goes with a real change.
        await this.kubectl.apply([
          stampProvenance(managedNamespace(op.namespace), await this.run()),
        ]);
        return 'applied';
      case 'ksa':
        // Forced: the annotation is ours to converge even when set by hand (another manager).
        await this.kubectl.apply(
          [stampProvenance(ksaObject(op.namespace, op.name, gsaEmail), await this.run())],
          { forceConflicts: true },
        );
        return `annotated ${GSA_ANNOTATION}=${gsaEmail}`;
      case 'wi-members': {
        const written = await ensureGrants(
          {
            label: `service account ${gsaEmail}`,
            getArgs: argv.getGsaPolicy(p, gsaEmail),
            setArgs: argv.setGsaPolicy(p, gsaEmail),
          },
          op.members.map((member) => ({ role: WI_USER_ROLE, member })),
          { ...this.ctx, gcloud: this.gcloud, principalJustCreated: this.gsaCreated },
        );
        return written.length
          ? `granted ${WI_USER_ROLE} to ${written.length} KSA(s)`
          : 'already granted';
      }
    }
  }

  /** Reads back what this run changed and fails if it did not take. */
  async verify(ops: readonly SetupWiOp[], plan: SetupWiPlan): Promise<void> {
    const p = this.inputs.projectId;
    const problems: string[] = [];
    const clusterOps = ops.filter((op) => op.type === 'workload-pool' || op.type === 'node-pool');
    if (clusterOps.length > 0 && this.inputs.cluster) {
      const json = await this.gcloud.describe<ClusterJson>(
        argv.describeCluster(p, this.inputs.cluster),
      );
      const observed = json ? toObservedCluster(json) : undefined;
      for (const op of clusterOps) {
        if (op.type === 'workload-pool' && observed?.workloadPool !== plan.workloadPool) {
          problems.push(
            `cluster workload pool is ${observed?.workloadPool ?? 'unset'}, not ${plan.workloadPool}`,
          );
        }
        if (op.type === 'node-pool') {
          const mode = observed?.nodePools.find((np) => np.name === op.pool)?.metadataMode;
          if (mode !== 'GKE_METADATA')
            problems.push(`node pool ${op.pool} workload metadata is ${mode ?? 'unset'}`);
        }
      }
    }
    for (const op of ops) {
      if (op.type === 'project-roles') {
        const policy = await this.gcloud.json<IamPolicy>(argv.getProjectPolicy(p));
        const member = `serviceAccount:${plan.gsaEmail}`;
        const absent = op.roles.filter((role) => !hasBinding(policy, role, member));
        if (absent.length) problems.push(`project policy still lacks ${absent.join(', ')}`);
      }
      if (op.type === 'wi-members') {
        const policy = await this.gcloud.json<IamPolicy>(argv.getGsaPolicy(p, plan.gsaEmail));
        const absent = op.members.filter((m) => !hasBinding(policy, WI_USER_ROLE, m));
        if (absent.length)
          problems.push(`GSA policy still lacks ${WI_USER_ROLE} for ${absent.join(', ')}`);
      }
    }
    if (problems.length) throw new Error(`verification failed: ${problems.join('; ')}`);
  }
}

function toObservedCluster(json: ClusterJson): ObservedCluster {
  return {
    workloadPool: json.workloadIdentityConfig?.workloadPool,
    autopilot: json.autopilot?.enabled === true,
    nodePools: (json.nodePools ?? []).map((np) => ({
      name: np.name,
      metadataMode: np.config?.workloadMetadataConfig?.mode,
    })),
  };
}

export function ksaObject(namespace: string, name: string, gsaEmail: string): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'ServiceAccount',
    metadata: {
      name,
      namespace,
      labels: { ...MANAGED_BY_LABEL },
      annotations: { [GSA_ANNOTATION]: gsaEmail },
    },
  };
}
