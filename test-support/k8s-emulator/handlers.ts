/**
 * The REST verbs on resources: list, get, create (POST), replace (PUT), the four PATCH types
 * (server-side apply, JSON merge, strategic merge, JSON patch), delete, and the log and scale
 * sub-resources. Every write goes through Api.commit.
 */
import { parse as parseYaml } from 'yaml';
import { changedFields, serverSideApply } from './apply.js';
import { propagationOf } from './delete-options.js';
import { jsonPatch, mergePatch, strategicMerge } from './patches.js';
import type { Api, ApiRequest, Route } from './api.js';
import { apiVersionOf } from './kinds.js';
import {
  ApiError,
  clone,
  isObject,
  meta,
  nameOf,
  namespaceOf,
  notFound,
  type KObj,
} from './objects.js';

/** Non-watch requests. Returns the response body (JSON unless a string). */
export function handleRequest(api: Api, req: ApiRequest): { status: number; body: unknown } {
  const { route, query } = req;
  const t = route.type;
  const dryRun = query.get('dryRun') === 'All';
  const manager = query.get('fieldManager') ?? managerFromAgent(req.userAgent);
  if (route.name === undefined) {
    if (req.method === 'GET') {
      return {
        status: 200,
        body: {
          kind: `${t.kind}List`,
          apiVersion: apiVersionOf(t),
          metadata: { resourceVersion: String(api.store.resourceVersion) },
          items: api.list(t, route.namespace, query),
        },
      };
    }
    if (req.method === 'POST') {
      const obj = parseBody(req);
      if (t.namespaced) meta(obj).namespace = route.namespace;
      if (api.store.get(t, route.namespace, nameOf(obj))) {
        throw new ApiError(
          409,
          `${t.group ? `${t.plural}.${t.group}` : t.plural} "${nameOf(obj)}" already exists`,
          { name: nameOf(obj), kind: t.plural },
          'AlreadyExists',
        );
      }
      return {
        status: 201,
        body: api.commit(t, undefined, obj, { manager, dryRun, update: obj }),
      };
    }
    if (req.method === 'DELETE') {
      const items = api.list(t, route.namespace, query);
      if (!dryRun) for (const o of items) api.remove(t, namespaceOf(o), nameOf(o));
      return {
        status: 200,
        body: { kind: `${t.kind}List`, apiVersion: apiVersionOf(t), metadata: {}, items },
      };
    }
    throw new ApiError(405, `method ${req.method} not allowed`);
  }
  const name = route.name;
  if (route.sub === 'log') {
    api.get(t, route.namespace, name);
    return {
      status: 200,
      body: api.controllers?.log(route.namespace ?? '', name, query.get('container')) ?? '',
    };
  }
  if (route.sub === 'scale') return scale(api, req, name, manager, dryRun);
  if (req.method === 'GET') return { status: 200, body: api.get(t, route.namespace, name) };
  if (req.method === 'DELETE') {
    const obj = api.get(t, route.namespace, name);
    const orphan = propagationOf(req) === 'Orphan';
    if (!dryRun) api.remove(t, route.namespace, name, orphan);
    return { status: 200, body: obj };
  }
  const before = api.store.get(t, route.namespace, name);
  const isApply = req.method === 'PATCH' && req.contentType.startsWith('application/apply-patch');
  if (!before && !isApply) throw notFound(t.plural, name, t.group);
  if (req.method === 'PUT') {
    const obj = parseBody(req);
    const rv = meta(obj).resourceVersion;
    if (rv && before && rv !== meta(before).resourceVersion) {
      throw new ApiError(
        409,
        `Operation cannot be fulfilled on ${t.plural} "${name}": the object has been modified; please apply your changes to the latest version and try again`,
        { name, kind: t.plural },
      );
    }
    return {
      status: 200,
      body: api.commit(t, before, scoped(obj, route, name), {
        manager,
        dryRun,
        update: changedFields(before, obj),
        sub: route.sub,
      }),
    };
  }
  if (req.method !== 'PATCH') throw new ApiError(405, `method ${req.method} not allowed`);
  const patch = parseBody(req);
  if (isApply) {
    if (!query.get('fieldManager'))
      throw new ApiError(422, 'PATCH requests of type apply must supply fieldManager');
    if (patch.kind !== t.kind || patch.apiVersion !== apiVersionOf(t)) {
      throw new ApiError(
        400,
        `the apply configuration is a ${String(patch.kind)}, not a ${t.kind}`,
      );
    }
    const current = before ? api.ownersOf(before) : [];
    const force = query.get('force') === 'true';
    const { object, owners } = serverSideApply(
      before,
      scoped(patch, route, name),
      manager,
      current,
      force,
    );
    return {
      status: before ? 200 : 201,
      body: api.commit(t, before, object, { manager, dryRun, owners, sub: route.sub }),
    };
  }
  const base = before as KObj;
  let next: unknown;
  if (req.contentType.startsWith('application/json-patch')) next = jsonPatch(base, patch);
  else if (req.contentType.startsWith('application/merge-patch')) next = mergePatch(base, patch);
  else if (req.contentType.startsWith('application/strategic-merge-patch'))
    next = strategicMerge(base, patch);
  else
    throw new ApiError(
      415,
      `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml, application/strategic-merge-patch+json`,
    );
  // As with the real API server, an Update manager owns the fields its write changed.
  const update = changedFields(base, next);
  return {
    status: 200,
    body: api.commit(t, before, scoped(next as KObj, route, name), {
      manager,
      dryRun,
      update,
      sub: route.sub,
    }),
  };
}

function scoped(obj: KObj, route: Route, name: string): KObj {
  const out = clone(obj);
  if (route.type.namespaced) meta(out).namespace = route.namespace;
  if (nameOf(out) && nameOf(out) !== name)
    throw new ApiError(
      400,
      `the name of the object (${nameOf(out)}) does not match the name on the URL (${name})`,
    );
  meta(out).name = name;
  return out;
}

function scale(
  api: Api,
  req: ApiRequest,
  name: string,
  manager: string,
  dryRun: boolean,
): { status: number; body: unknown } {
  const { type: t, namespace } = req.route;
  const obj = api.get(t, namespace, name);
  const view = (o: KObj): KObj => ({
    kind: 'Scale',
    apiVersion: 'autoscaling/v1',
    metadata: { name, namespace, resourceVersion: meta(o).resourceVersion, uid: meta(o).uid },
    spec: { replicas: (o.spec as Record<string, unknown> | undefined)?.replicas ?? 1 },
    status: { replicas: (o.status as Record<string, unknown> | undefined)?.replicas ?? 0 },
  });
  if (req.method === 'GET') return { status: 200, body: view(obj) };
  const patch = parseBody(req);
  const body = req.method === 'PATCH' ? (mergePatch(view(obj), patch) as KObj) : patch;
  const replicas = (body.spec as Record<string, unknown> | undefined)?.replicas;
  const next = clone(obj);
  (next.spec as Record<string, unknown>).replicas = replicas;
  return {
    status: 200,
    body: view(api.commit(t, obj, next, { manager, dryRun, update: { spec: { replicas } } })),
  };
}

function parseBody(req: ApiRequest): KObj {
  // kubectl's typed clients (`kubectl create namespace|deployment|secret ...`, `kubectl run`)
  // send protobuf bodies, which would need every type's schema to decode: not supported here.
  if (req.contentType.includes('protobuf')) {
    throw new ApiError(
      415,
      'the k8s emulator does not decode protobuf bodies (sent by `kubectl create <kind>`); use `kubectl apply` or `kubectl create ... --dry-run=client -o yaml | kubectl apply -f -`',
    );
  }
  let value: unknown;
  try {
    value = req.contentType.includes('yaml') ? parseYaml(req.body) : JSON.parse(req.body || 'null');
  } catch (err) {
    throw new ApiError(
      400,
      `the body of the request could not be decoded: ${(err as Error).message}`,
    );
  }
  if (Array.isArray(value)) return value as unknown as KObj;
  if (!isObject(value))
    throw new ApiError(400, 'the body of the request was empty or not an object');
  return value;
}

/** kubectl's default field manager is derived from its user agent ("kubectl-annotate/..." -> kubectl-annotate). */
function managerFromAgent(agent: string): string {
  const first = agent.split(' ')[0] ?? 'unknown';
  return first.split('/')[0] || 'unknown';
}
