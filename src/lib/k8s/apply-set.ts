/**
 * Which objects a deploy action applied: our own label, `deploy.gke-data-platform.dev/apply-set`,
 * on every object apply-litellm and deploy-app apply, and the rules that make an object safe to
 * prune. Pure, so every rule is a table test.
 *
 * Why our own label and not a kubectl ApplySet (KEP-3659,
 * https://www.kubernetes.dev/resources/keps/3659/): kubectl's ApplySet pruning is alpha behind
 * `KUBECTL_APPLYSET=true` (https://kubernetes.io/blog/2023/05/09/introducing-kubectl-applyset-pruning/),
 * and `kubectl apply --prune --applyset` deletes every member that is not in that very apply,
 * while we apply only the objects the diff found changed (an unchanged object gets no request),
 * so it would delete our unchanged objects. It also needs a parent Secret or ConfigMap written
 * on every run, and its preview is a `--dry-run=server` write that a read-only planner may not
 * send. A label we select on ourselves lists deletions with a plain `get` in every plan.
 *
 * Why always labelled (prune on or off): the label is the record of what we applied. With it on
 * every run, prune can be turned on later and still finds what earlier runs left behind. Adding
 * it is a real change once per object (the first run of this version); after that a re-run with
 * nothing to do compares equal and writes nothing.
 */
import { apiGroupOf, FIELD_MANAGER, resourceType, type KubeObject } from '../tools/kubectl.js';
import { isClusterScoped } from './manifests.js';
import { repositoryOfRunUrl, Provenance } from './provenance.js';

export const APPLY_SET_LABEL = 'deploy.gke-data-platform.dev/apply-set';

/** Adds the set label to every namespaced object (a copy; the input is not changed). */
export function withApplySet(objects: readonly KubeObject[], setId: string): KubeObject[] {
  return objects.map((o) =>
    isClusterScoped(o.kind)
      ? o
      : {
          ...o,
          metadata: { ...o.metadata, labels: { ...o.metadata.labels, [APPLY_SET_LABEL]: setId } },
        },
  );
}

export interface KindRef {
  readonly apiVersion: string;
  readonly kind: string;
}

/**
 * The kinds both deploy actions produce (the runbook's app and the rendered LiteLLM gateway):
 * the app deployer's documented role covers exactly these (docs/app-repositories.md).
 */
export const BASE_PRUNE_KINDS: readonly KindRef[] = [
  { apiVersion: 'apps/v1', kind: 'Deployment' },
  { apiVersion: 'v1', kind: 'Service' },
  { apiVersion: 'v1', kind: 'ConfigMap' },
  { apiVersion: 'v1', kind: 'Secret' },
];

/**
 * The kinds a prune lists: the base kinds and every namespaced kind of the desired objects,
 * never Namespaces. A read-only plan leaves Secrets out: listing them returns their data
 * (https://kubernetes.io/docs/concepts/security/rbac-good-practices/#listing-secrets).
 */
export function pruneKinds(objects: readonly KubeObject[], readOnly: boolean): KindRef[] {
  const byType = new Map<string, KindRef>();
  for (const k of [...BASE_PRUNE_KINDS, ...objects]) {
    if (isClusterScoped(k.kind)) continue;
    if (readOnly && k.kind === 'Secret' && apiGroupOf(k.apiVersion) === '') continue;
    byType.set(resourceType(k), { apiVersion: k.apiVersion, kind: k.kind });
  }
  return [...byType.values()];
}

/** One `get` for every kind, selected server-side by the set label (a read). */
export function listArgs(kinds: readonly KindRef[], namespace: string, setId: string): string[] {
  return [
    'get',
    kinds.map(resourceType).join(','),
    '--namespace',
    namespace,
    '--selector',
    `${APPLY_SET_LABEL}=${setId}`,
    // kubectl drops managedFields from its output unless asked; we need our manager's entry.
    '--show-managed-fields',
    '-o',
    'json',
  ];
}

/**
 * kubectl's delete sends DeleteOptions.propagationPolicy from `--cascade` (background is its
 * default: kubernetes/kubernetes staging/src/k8s.io/kubectl/pkg/cmd/delete/delete.go,
 * `options.PropagationPolicy = &o.CascadingStrategy`); background lets the garbage collector
 * remove the ReplicaSets and Pods a Deployment owns
 * (https://kubernetes.io/docs/concepts/architecture/garbage-collection/#cascading-deletion).
 * `--wait=false`: the request is the change; a finalizer must not hold the job.
 */
export function deleteArgs(target: PruneTarget): string[] {
  return [
    'delete',
    resourceType(target),
    target.name,
    '--namespace',
    target.namespace,
    '--cascade=background',
    '--ignore-not-found',
    '--wait=false',
  ];
}

export interface PruneTarget extends KindRef {
  readonly name: string;
  readonly namespace: string;
}

interface ManagedFieldsEntry {
  manager?: string;
  operation?: string;
  fieldsV1?: Record<string, unknown>;
}

/**
 * Whether our field manager applied the set label: its Apply entry owns
 * `f:metadata.f:labels.f:<label>` (the FieldsV1 format:
 * https://kubernetes.io/docs/reference/using-api/server-side-apply/#field-management). A label
 * copied onto an object by hand or by another tool does not make it ours.
 */
function appliedByUs(live: KubeObject): boolean {
  const entries = (live.metadata.managedFields as ManagedFieldsEntry[] | undefined) ?? [];
  return entries.some((e) => {
    if (e.manager !== FIELD_MANAGER || e.operation !== 'Apply') return false;
    const meta = e.fieldsV1?.['f:metadata'] as Record<string, unknown> | undefined;
    const labels = meta?.['f:labels'] as Record<string, unknown> | undefined;
    return labels !== undefined && `f:${APPLY_SET_LABEL}` in labels;
  });
}

export interface PruneScope {
  readonly namespace: string;
  readonly setId: string;
  /** The repository this run deploys from (GITHUB_REPOSITORY); unknown outside Actions. */
  readonly repository?: string;
}

/**
 * The repository whose run last deployed `live` when it is not this run's: two repositories
 * that deploy into one namespace with the same apply set (both left at the default) would each
 * prune the other's objects. The provenance annotation (provenance.ts) names the run, so such an
 * object is kept, and the plan says why, instead of deleted.
 */
export function foreignRepository(live: KubeObject, scope: PruneScope): string | undefined {
  const owner = repositoryOfRunUrl(live.metadata.annotations?.[Provenance.RunUrl]);
  // GitHub owner and repository names are case-insensitive.
  return scope.repository && owner && owner.toLowerCase() !== scope.repository.toLowerCase()
    ? owner
    : undefined;
}

/** Why a listed object is not ours to prune (whoever deployed it), or undefined when it is. */
function notOurs(live: KubeObject, scope: PruneScope): string | undefined {
  const m = live.metadata;
  if (live.kind === 'Namespace' || isClusterScoped(live.kind)) return 'not namespaced';
  if (m.namespace !== scope.namespace) return `in namespace ${String(m.namespace)}`;
  if (m.labels?.[APPLY_SET_LABEL] !== scope.setId) return 'not in our apply set';
  // Our field manager, not a label anyone can copy: deploy-app keeps the app's own labels,
  // so app.kubernetes.io/managed-by is not ours to rely on there.
  if (!appliedByUs(live)) return `the set label was not applied by ${FIELD_MANAGER}`;
  if (Array.isArray(m.ownerReferences) && m.ownerReferences.length > 0) {
    return 'owned by another object (the garbage collector removes it)';
  }
  if (m.deletionTimestamp !== undefined) return 'already being deleted';
  return undefined;
}

/** Why a listed object must not be pruned, or undefined when it may. */
export function keepReason(live: KubeObject, scope: PruneScope): string | undefined {
  const reason = notOurs(live, scope);
  if (reason) return reason;
  const foreign = foreignRepository(live, scope);
  return foreign
    ? `last deployed by ${foreign}, another repository using apply set "${scope.setId}": give each repository its own apply-set`
    : undefined;
}

const key = (k: KindRef & { name: string }): string =>
  `${apiGroupOf(k.apiVersion)}/${k.kind}/${k.name}`;

const targetOf = (o: KubeObject, scope: PruneScope): PruneTarget => ({
  apiVersion: o.apiVersion,
  kind: o.kind,
  name: o.metadata.name,
  namespace: scope.namespace,
});

/** Listed objects that the manifests no longer hold, in a stable order. */
function undesired(
  listed: readonly KubeObject[],
  desired: readonly KubeObject[],
): readonly KubeObject[] {
  const wanted = new Set(desired.map((o) => key({ ...o, name: o.metadata.name })));
  return listed
    .filter((o) => !wanted.has(key({ ...o, name: o.metadata.name })))
    .sort((a, b) =>
      key({ ...a, name: a.metadata.name }).localeCompare(key({ ...b, name: b.metadata.name })),
    );
}

/** Listed objects that are ours and no longer desired, in a stable order. */
export function pruneTargets(
  listed: readonly KubeObject[],
  desired: readonly KubeObject[],
  scope: PruneScope,
): PruneTarget[] {
  return undesired(listed, desired)
    .filter((o) => keepReason(o, scope) === undefined)
    .map((o) => targetOf(o, scope));
}

/** Undesired objects of the set that another repository's run deployed, and which one. */
export function foreignTargets(
  listed: readonly KubeObject[],
  desired: readonly KubeObject[],
  scope: PruneScope,
): { readonly target: PruneTarget; readonly repository: string }[] {
  return undesired(listed, desired).flatMap((o) => {
    const repository = notOurs(o, scope) === undefined ? foreignRepository(o, scope) : undefined;
    return repository ? [{ target: targetOf(o, scope), repository }] : [];
  });
}
