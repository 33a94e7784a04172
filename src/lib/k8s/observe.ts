/**
 * The read-only plan of a deploy (dry-run and the CLI plan): `get` each object we would apply
 * and compare it ourselves (compare.ts). A planner identity holds get/list/watch only, so no
 * request here may be a write, a dry-run write included (`kubectl diff --server-side` is a
 * dry-run PATCH, authorised like the real one:
 * https://kubernetes.io/docs/reference/using-api/api-concepts/#dry-run), and no Secret is read:
 * `get` on a Secret returns its data, and RBAC cannot grant metadata without the data
 * ("a user with get on Secrets can read their contents",
 * https://kubernetes.io/docs/concepts/security/rbac-good-practices/#listing-secrets).
 * What the planner cannot see is reported as "not observable: why" and the plan goes on.
 */
import { CommandError, errorMessage } from '../errors.js';
import type { Change, Outcome } from '../reconcile/engine.js';
import { resourceType, type KubeObject } from '../tools/kubectl.js';
import { isNotFound, parseJson } from '../tools/tool.js';
import type { K8sClient } from './client.js';
import { compareManaged } from './compare.js';
import { refOf } from './manifests.js';
import { SECRETS_MARKER, withLiveMarkers } from './secret-rollout.js';

export const SECRET_NOT_OBSERVABLE =
  'not observable: a plan never reads Secrets (get returns their data); a deploy applies it server-side from stdin';

export type Observation =
  | { readonly state: 'absent' }
  | { readonly state: 'present'; readonly live: KubeObject }
  | { readonly state: 'not-observable'; readonly why: string };

/** The argv of the one read the plan makes per object (tests assert it is a plain get). */
export function getArgs(o: KubeObject): string[] {
  return [
    'get',
    resourceType(o),
    o.metadata.name,
    ...(o.metadata.namespace ? ['--namespace', o.metadata.namespace] : []),
    // Our manager's Apply entry shows which fields we set before and dropped now.
    '--show-managed-fields',
    '-o',
    'json',
  ];
}

export async function observeObject(client: K8sClient, o: KubeObject): Promise<Observation> {
  if (o.kind === 'Secret') return { state: 'not-observable', why: SECRET_NOT_OBSERVABLE };
  try {
    const { stdout } = await client.read(getArgs(o));
    return { state: 'present', live: parseJson<KubeObject>(stdout, `kubectl get ${refOf(o)}`) };
  } catch (err) {
    if (isNotFound(err)) return { state: 'absent' };
    if (err instanceof CommandError && err.kind === 'permission') {
      const line = err.stderr.trim().split('\n')[0] ?? '';
      return { state: 'not-observable', why: `not observable: forbidden to read (${line})` };
    }
    throw err;
  }
}

/** Namespace existence, or undefined when the planner may not read namespaces. */
async function namespaceState(
  client: K8sClient,
  namespace: string,
): Promise<{ exists?: boolean; why?: string }> {
  try {
    return { exists: await client.namespaceExists(namespace) };
  } catch (err) {
    if (err instanceof CommandError && err.kind === 'permission') {
      return { why: `not observable: forbidden to read namespace ${namespace}` };
    }
    throw new Error(`reading namespace ${namespace} failed: ${errorMessage(err)}`);
  }
}

export class NamespaceMissingError extends Error {
  override readonly name = 'NamespaceMissingError';
}

/** Case F51: the target namespace is missing and may not be created. */
export function missingNamespace(namespace: string): never {
  throw new NamespaceMissingError(
    `namespace "${namespace}" does not exist; create it first (setup-wi creates the namespaces of its bindings), set create-namespace: true, or fix the namespace input`,
  );
}

export interface ReadOnlyPlanRequest {
  readonly namespace: string;
  readonly objects: readonly KubeObject[];
  readonly createNamespace?: boolean;
}

/** Outcomes (all `planned`) of what a deploy would do; reads only. */
export async function planReadOnly(
  client: K8sClient,
  req: ReadOnlyPlanRequest,
  onMissingNamespace: () => never,
): Promise<{ changed: boolean; outcomes: Outcome[] }> {
  const planned = (resource: string, action: Outcome['action'], detail: string): Outcome => ({
    resource,
    action,
    status: action === 'noop' ? 'unchanged' : 'planned',
    detail,
  });
  const ns = await namespaceState(client, req.namespace);
  if (ns.exists === false) {
    if (!req.createNamespace) onMissingNamespace();
    return {
      changed: true,
      outcomes: [
        planned(`Namespace/${req.namespace}`, 'create', 'does not exist'),
        ...req.objects.map((o) => planned(refOf(o), 'create', 'namespace does not exist yet')),
      ],
    };
  }
  const outcomes: Outcome[] = ns.why ? [planned(`Namespace/${req.namespace}`, 'noop', ns.why)] : [];
  const observed = new Map<KubeObject, Observation>();
  for (const o of req.objects) observed.set(o, await observeObject(client, o));
  // Carry each live secrets-changed marker over, as the deploy does, so it is not a difference.
  const markers = new Map<string, { exists: boolean; marker?: string }>();
  for (const [o, seen] of observed) {
    if (seen.state !== 'present') continue;
    const template = (
      seen.live.spec as
        { template?: { metadata?: { annotations?: Record<string, string> } } } | undefined
    )?.template;
    const marker = template?.metadata?.annotations?.[SECRETS_MARKER];
    if (marker !== undefined) markers.set(`${o.kind}/${o.metadata.name}`, { exists: true, marker });
  }
  const desired = withLiveMarkers(req.objects, markers);
  req.objects.forEach((o, i) => {
    const seen = observed.get(o);
    const want = desired[i] ?? o;
    if (!seen || seen.state === 'absent') {
      outcomes.push(planned(refOf(o), 'create', 'does not exist'));
    } else if (seen.state === 'not-observable') {
      // A Secret is never read, so a plan cannot claim it changed: a deploy re-applies it
      // (server-side apply of the same data changes nothing). Anything else the planner may
      // not read could differ, so it stays a possible update.
      outcomes.push(planned(refOf(o), o.kind === 'Secret' ? 'noop' : 'update', seen.why));
    } else {
      const paths = compareManaged(want, seen.live);
      outcomes.push(
        paths.length === 0
          ? planned(refOf(o), 'noop', 'no difference in the fields we manage')
          : planned(
              refOf(o),
              'update',
              `differs at ${paths.slice(0, 5).join(', ')}${paths.length > 5 ? ` and ${paths.length - 5} more` : ''}`,
            ),
      );
    }
  });
  return { changed: outcomes.some((o) => o.action !== 'noop'), outcomes };
}

/** The read-only plan as the engine's Changes; `op` marks a planned change (display only). */
export async function readOnlyChanges<Op>(
  client: K8sClient,
  req: ReadOnlyPlanRequest,
  onMissingNamespace: () => never,
  applyLine: string,
  op: Op,
): Promise<Change<Op>[]> {
  const { outcomes } = await planReadOnly(client, req, onMissingNamespace);
  return outcomes.map((o) => ({
    resource: o.resource,
    action: o.action,
    reason: o.detail,
    commands: o.action === 'noop' ? [] : [applyLine],
    ...(o.action === 'noop' ? {} : { op }),
  }));
}
