/**
 * RBAC authorization as the API server does it for the requests kubectl sends: each user holds
 * PolicyRules (verbs x apiGroups x resources, optionally per namespace and resource name). The
 * user of the generated kubeconfig may do everything; other users get exactly their rules
 * (each has its own kubeconfig; see server.ts for how requests are attributed to users).
 *
 * - Request verbs: GET of an object = get, of a collection = list (watch with ?watch=true),
 *   POST = create, PUT = update, PATCH = patch, DELETE = delete (deletecollection without a
 *   name); a subresource is authorised as "resource/subresource"
 *   (https://kubernetes.io/docs/reference/access-authn-authz/authorization/#determine-the-request-verb).
 * - A dry run is authorised exactly like the real request: "Authorization for dry-run and
 *   non-dry-run requests is identical"
 *   (https://kubernetes.io/docs/reference/using-api/api-concepts/#dry-run). So `kubectl diff
 *   --server-side` (a dry-run PATCH) needs `patch`.
 * - Discovery, /version and /openapi are open to every authenticated user (the default
 *   system:discovery and system:public-info-viewer ClusterRoles).
 * - A denial is a 403 Status whose message is the API server's own
 *   (k8s.io/apiserver pkg/endpoints/handlers/responsewriters/errors.go forbiddenMessage,
 *   wrapped by apierrors.NewForbidden): `deployments.apps "x" is forbidden: User "planner"
 *   cannot patch resource "deployments" in API group "apps" in the namespace "app"`.
 */
import type { Route } from './api.js';
import { ApiError } from './objects.js';

export interface PolicyRule {
  readonly verbs: readonly string[];
  readonly apiGroups: readonly string[];
  readonly resources: readonly string[];
  /** Namespaces the rule applies in (a RoleBinding); absent = every namespace (ClusterRoleBinding). */
  readonly namespaces?: readonly string[];
  readonly resourceNames?: readonly string[];
}

export interface User {
  readonly name: string;
  /** undefined = cluster-admin. */
  readonly rules?: readonly PolicyRule[];
}

/** The user of the default kubeconfig: cluster-admin. */
export const ADMIN: User = { name: 'emulator-admin' };

const any = (list: readonly string[] | undefined, value: string): boolean =>
  list === undefined || list.includes('*') || list.includes(value);

export function requestVerb(method: string, route: Route, query: URLSearchParams): string {
  const watching = ['true', '1'].includes(query.get('watch') ?? '');
  switch (method) {
    case 'GET':
    case 'HEAD':
      return watching ? 'watch' : route.name === undefined ? 'list' : 'get';
    case 'POST':
      return 'create';
    case 'PUT':
      return 'update';
    case 'PATCH':
      return 'patch';
    case 'DELETE':
      return route.name === undefined ? 'deletecollection' : 'delete';
    default:
      return method.toLowerCase();
  }
}

export function allowed(user: User, verb: string, route: Route): boolean {
  if (!user.rules) return true;
  const resource = route.sub ? `${route.type.plural}/${route.sub}` : route.type.plural;
  return user.rules.some(
    (rule) =>
      any(rule.verbs, verb) &&
      any(rule.apiGroups, route.type.group) &&
      any(rule.resources, resource) &&
      (rule.namespaces === undefined ||
        (route.namespace !== undefined && rule.namespaces.includes(route.namespace))) &&
      (rule.resourceNames === undefined ||
        (route.name !== undefined && rule.resourceNames.includes(route.name))),
  );
}

export function forbidden(user: User, verb: string, route: Route): ApiError {
  const group = route.type.group;
  const resource = route.sub ? `${route.type.plural}/${route.sub}` : route.type.plural;
  const qualified = group ? `${route.type.plural}.${group}` : route.type.plural;
  const scope =
    route.namespace !== undefined
      ? `in the namespace "${route.namespace}"`
      : 'at the cluster scope';
  const subject = route.name !== undefined ? `${qualified} "${route.name}"` : qualified;
  return new ApiError(
    403,
    `${subject} is forbidden: User "${user.name}" cannot ${verb} resource "${resource}" in API group "${group}" ${scope}`,
    { ...(route.name !== undefined ? { name: route.name } : {}), group, kind: route.type.plural },
    'Forbidden',
  );
}
