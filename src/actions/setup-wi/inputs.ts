/** setup-wi's input and output names (kept equal to action.yml by a test) and parseInputs(). */
import {
  booleanInput,
  optional,
  parseList,
  pick,
  requiredFrom,
  unique,
  uniqueBy,
  type InputSource,
} from '../../lib/inputs/parse.js';
import type { PlatformConfig } from '../../lib/config/schema.js';
import { ConfigurationError } from '../../lib/errors.js';
import * as rules from '../../lib/validate/rules.js';

export const Inputs = {
  ProjectId: 'project-id',
  Location: 'location',
  Cluster: 'cluster',
  GsaName: 'gsa-name',
  GsaDisplayName: 'gsa-display-name',
  ProjectRoles: 'project-roles',
  Bindings: 'bindings',
  EnableWorkloadPool: 'enable-workload-pool',
  UpdateNodePools: 'update-node-pools',
  Config: 'config',
  DryRun: 'dry-run',
} as const;

export const Outputs = {
  GsaEmail: 'gsa-email',
  WorkloadPool: 'workload-pool',
  Changed: 'changed',
  Changes: 'changes',
} as const;

export interface SetupWiInputs {
  readonly projectId: string;
  /** The cluster's location; absent with the cluster when enable-workload-pool is false. */
  readonly cluster?: { readonly name: string; readonly location: string };
  readonly gsaName: string;
  readonly gsaDisplayName?: string;
  readonly projectRoles: readonly string[];
  readonly bindings: readonly rules.NamespacedName[];
  readonly enableWorkloadPool: boolean;
  /** Opt-in: migrate node pools to GKE_METADATA (re-creates their nodes); off, such pools fail the run. */
  readonly updateNodePools: boolean;
  readonly dryRun: boolean;
}

/** Reads, merges (explicit inputs win over the platform file) and validates every input. */
export function parseInputs(source: InputSource, config?: PlatformConfig): SetupWiInputs {
  const projectId = rules.projectId(
    Inputs.ProjectId,
    requiredFrom(Inputs.ProjectId, optional(source, Inputs.ProjectId), config?.project),
  );
  const enableWorkloadPool = booleanInput(
    source,
    Inputs.EnableWorkloadPool,
    config?.workloadIdentity?.enableWorkloadPool ?? true,
  );
  const clusterName = pick(optional(source, Inputs.Cluster), config?.cluster?.name);
  const location = pick(optional(source, Inputs.Location), config?.cluster?.location);
  let cluster: SetupWiInputs['cluster'];
  if (enableWorkloadPool || clusterName !== undefined) {
    cluster = {
      name: rules.clusterName(
        Inputs.Cluster,
        requiredFrom(Inputs.Cluster, clusterName, undefined, 'when enable-workload-pool is true'),
      ),
      location: rules.location(
        Inputs.Location,
        requiredFrom(Inputs.Location, location, undefined, 'with cluster'),
      ),
    };
  }
  const gsaName = rules.serviceAccountName(
    Inputs.GsaName,
    requiredFrom(Inputs.GsaName, optional(source, Inputs.GsaName), config?.gsa?.name),
  );
  const gsaDisplayName = pick(optional(source, Inputs.GsaDisplayName), config?.gsa?.displayName);
  if (gsaDisplayName !== undefined && gsaDisplayName.length > 100) {
    throw new ConfigurationError(Inputs.GsaDisplayName, 'must be at most 100 characters');
  }
  const rolesInput = parseList(optional(source, Inputs.ProjectRoles));
  const projectRoles = unique(
    (rolesInput.length > 0 ? rolesInput : (config?.gsa?.projectRoles ?? [])).map((role) =>
      rules.iamRole(Inputs.ProjectRoles, role),
    ),
  );
  const bindingsInput = parseList(optional(source, Inputs.Bindings));
  const bindingValues =
    bindingsInput.length > 0 ? bindingsInput : (config?.workloadIdentity?.bindings ?? []);
  const bindings = uniqueBy(
    bindingValues.map((b) => rules.namespacedName(Inputs.Bindings, b)),
    (b) => `${b.namespace}/${b.name}`,
  );
  return {
    projectId,
    cluster,
    gsaName,
    gsaDisplayName: gsaDisplayName && rules.safeValue(Inputs.GsaDisplayName, gsaDisplayName),
    projectRoles,
    bindings,
    enableWorkloadPool,
    updateNodePools: booleanInput(
      source,
      Inputs.UpdateNodePools,
      config?.workloadIdentity?.updateNodePools ?? false,
    ),
    dryRun: booleanInput(source, Inputs.DryRun, false),
  };
}
