/**
 * The resource types the emulator serves. Everything is stored generically; this table only
 * drives discovery (so kubectl's RESTMapper finds the kinds), OpenAPI and URL routing.
 */
export interface ResourceType {
  readonly group: string;
  readonly version: string;
  readonly kind: string;
  readonly plural: string;
  readonly namespaced: boolean;
  readonly shortNames?: readonly string[];
  /** Sub-resources served besides the object itself (e.g. status, log). */
  readonly subresources?: readonly string[];
}

const core = (
  kind: string,
  plural: string,
  namespaced: boolean,
  shortNames: string[] = [],
  subresources: string[] = [],
): ResourceType => ({
  group: '',
  version: 'v1',
  kind,
  plural,
  namespaced,
  shortNames,
  subresources,
});
const grouped =
  (group: string, version: string) =>
  (
    kind: string,
    plural: string,
    namespaced = true,
    shortNames: string[] = [],
    subresources: string[] = [],
  ): ResourceType => ({ group, version, kind, plural, namespaced, shortNames, subresources });

const apps = grouped('apps', 'v1');
const batch = grouped('batch', 'v1');
const rbac = grouped('rbac.authorization.k8s.io', 'v1');
const networking = grouped('networking.k8s.io', 'v1');

export const RESOURCE_TYPES: readonly ResourceType[] = [
  core('Namespace', 'namespaces', false, ['ns'], ['status']),
  core('ServiceAccount', 'serviceaccounts', true, ['sa']),
  core('Secret', 'secrets', true),
  core('ConfigMap', 'configmaps', true, ['cm']),
  core('Service', 'services', true, ['svc'], ['status']),
  core('Pod', 'pods', true, ['po'], ['status', 'log']),
  core('Event', 'events', true, ['ev']),
  core('Endpoints', 'endpoints', true, ['ep']),
  core('PersistentVolumeClaim', 'persistentvolumeclaims', true, ['pvc'], ['status']),
  apps('Deployment', 'deployments', true, ['deploy'], ['status', 'scale']),
  apps('StatefulSet', 'statefulsets', true, ['sts'], ['status', 'scale']),
  apps('ReplicaSet', 'replicasets', true, ['rs'], ['status', 'scale']),
  apps('DaemonSet', 'daemonsets', true, ['ds'], ['status']),
  apps('ControllerRevision', 'controllerrevisions', true),
  batch('Job', 'jobs', true, [], ['status']),
  batch('CronJob', 'cronjobs', true, ['cj'], ['status']),
  rbac('Role', 'roles'),
  rbac('RoleBinding', 'rolebindings'),
  rbac('ClusterRole', 'clusterroles', false),
  rbac('ClusterRoleBinding', 'clusterrolebindings', false),
  networking('Ingress', 'ingresses', true, ['ing'], ['status']),
  networking('NetworkPolicy', 'networkpolicies', true, ['netpol']),
  grouped('policy', 'v1')('PodDisruptionBudget', 'poddisruptionbudgets', true, ['pdb'], ['status']),
  grouped('autoscaling', 'v2')(
    'HorizontalPodAutoscaler',
    'horizontalpodautoscalers',
    true,
    ['hpa'],
    ['status'],
  ),
];

export const apiVersionOf = (t: ResourceType): string =>
  t.group ? `${t.group}/${t.version}` : t.version;

export function findByKind(apiVersion: string, kind: string): ResourceType | undefined {
  return RESOURCE_TYPES.find((t) => apiVersionOf(t) === apiVersion && t.kind === kind);
}

export function findByPlural(
  group: string,
  version: string,
  plural: string,
): ResourceType | undefined {
  return RESOURCE_TYPES.find(
    (t) => t.group === group && t.version === version && t.plural === plural,
  );
}

/** The group-versions served, in kubectl's preference order (core first). */
export function groupVersions(): { group: string; version: string }[] {
  const seen = new Map<string, { group: string; version: string }>();
  for (const t of RESOURCE_TYPES) seen.set(apiVersionOf(t), { group: t.group, version: t.version });
  return [...seen.values()];
}
