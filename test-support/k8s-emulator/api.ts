/**
 * The resource API: routing of /api and /apis paths, and the one write path (commit) every
 * create, update, patch and apply goes through: defaulting, validation, no-op detection (so a
 * repeated apply does not bump resourceVersion, which `kubectl diff` and idempotency tests rely
 * on), bookkeeping (uid, generation, managedFields), dry-run, then the simulated controllers.
 */
import { randomUUID } from 'node:crypto';
import { parse as parseYaml } from 'yaml';
import {
  fieldsV1,
  jsonPatch,
  mergePatch,
  recordUpdate,
  serverSideApply,
  strategicMerge,
  type Ownership,
} from './apply.js';
import { apiVersionOf, findByPlural, RESOURCE_TYPES, type ResourceType } from './kinds.js';
import {
  ApiError,
  clone,
  deepEqual,
  isObject,
  matchesFields,
  matchesLabels,
  meta,
  nameOf,
  namespaceOf,
  notFound,
  type KObj,
} from './objects.js';
import { Store } from './store.js';

export interface Route {
  readonly type: ResourceType;
  readonly namespace?: string;
  readonly name?: string;
  readonly sub?: string;
}

export interface ApiRequest {
  readonly method: string;
  readonly route: Route;
  readonly query: URLSearchParams;
  readonly body: string;
  readonly contentType: string;
  readonly userAgent: string;
}

/** Hooks the workload simulation plugs in (workloads.ts). */
export interface Controllers {
  defaults(t: ResourceType, obj: KObj, before: KObj | undefined): void;
  validate(t: ResourceType, obj: KObj): void;
  react(t: ResourceType, obj: KObj, before: KObj | undefined): void;
  log(namespace: string, pod: string, container: string | null): string;
}

const WITH_GENERATION = new Set(['apps', 'batch']);
export const nowIso = (): string => new Date().toISOString().replace(/\.\d+Z$/, 'Z');

export function parseRoute(path: string): Route | undefined {
  const m = /^\/(?:api\/(v1)|apis\/([^/]+)\/([^/]+))\/(.+)$/.exec(path);
  if (!m) return undefined;
  const group = m[2] ?? '';
  const version = m[1] ?? m[3] ?? '';
  const segs = (m[4] ?? '').split('/').map(decodeURIComponent);
  if (segs[0] === 'namespaces' && segs.length >= 3) {
    const t = findByPlural(group, version, segs[2] ?? '');
    if (t?.namespaced) return { type: t, namespace: segs[1], name: segs[3], sub: segs[4] };
  }
  const t = findByPlural(group, version, segs[0] ?? '');
  return t ? { type: t, name: segs[1], sub: segs[2] } : undefined;
}

export function typeOfObject(obj: KObj): ResourceType {
  const t = RESOURCE_TYPES.find((r) => apiVersionOf(r) === obj.apiVersion && r.kind === obj.kind);
  if (!t)
    throw new ApiError(
      404,
      `the server could not find the requested resource (${String(obj.kind)} ${String(obj.apiVersion)})`,
    );
  return t;
}

export class Api {
  readonly store = new Store();
  /** Field ownership per object uid (managedFields are rendered from it). */
  private readonly owners = new Map<string, Ownership[]>();
  controllers: Controllers | undefined;

  constructor() {
    const ns = findByPlural('', 'v1', 'namespaces') as ResourceType;
    for (const name of ['default', 'kube-system', 'kube-public', 'kube-node-lease']) {
      this.commit(
        ns,
        undefined,
        { apiVersion: 'v1', kind: 'Namespace', metadata: { name } },
        { manager: 'kube-apiserver' },
      );
    }
  }

  get(t: ResourceType, namespace: string | undefined, name: string): KObj {
    const obj = this.store.get(t, namespace, name);
    if (!obj) throw notFound(t.plural, name, t.group);
    return obj;
  }

  list(t: ResourceType, namespace: string | undefined, query: URLSearchParams): KObj[] {
    return this.store
      .list(t, namespace)
      .filter((o) => matchesLabels(o, query.get('labelSelector') ?? undefined))
      .filter((o) => matchesFields(o, query.get('fieldSelector') ?? undefined));
  }

  /** Non-watch requests. Returns the response body (JSON unless a string). */
  handle(req: ApiRequest): { status: number; body: unknown } {
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
            metadata: { resourceVersion: String(this.store.resourceVersion) },
            items: this.list(t, route.namespace, query),
          },
        };
      }
      if (req.method === 'POST') {
        const obj = parseBody(req);
        if (t.namespaced) meta(obj).namespace = route.namespace;
        if (this.store.get(t, route.namespace, nameOf(obj))) {
          throw new ApiError(
            409,
            `${t.group ? `${t.plural}.${t.group}` : t.plural} "${nameOf(obj)}" already exists`,
            { name: nameOf(obj), kind: t.plural },
            'AlreadyExists',
          );
        }
        return {
          status: 201,
          body: this.commit(t, undefined, obj, { manager, dryRun, update: obj }),
        };
      }
      if (req.method === 'DELETE') {
        const items = this.list(t, route.namespace, query);
        if (!dryRun) for (const o of items) this.remove(t, namespaceOf(o), nameOf(o));
        return {
          status: 200,
          body: { kind: `${t.kind}List`, apiVersion: apiVersionOf(t), metadata: {}, items },
        };
      }
      throw new ApiError(405, `method ${req.method} not allowed`);
    }
    const name = route.name;
    if (route.sub === 'log') {
      this.get(t, route.namespace, name);
      return {
        status: 200,
        body: this.controllers?.log(route.namespace ?? '', name, query.get('container')) ?? '',
      };
    }
    if (route.sub === 'scale') return this.scale(req, name, manager, dryRun);
    if (req.method === 'GET') return { status: 200, body: this.get(t, route.namespace, name) };
    if (req.method === 'DELETE') {
      const obj = this.get(t, route.namespace, name);
      if (!dryRun) this.remove(t, route.namespace, name);
      return { status: 200, body: obj };
    }
    const before = this.store.get(t, route.namespace, name);
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
        body: this.commit(t, before, this.scoped(obj, route, name), {
          manager,
          dryRun,
          update: obj,
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
      const current = before ? (this.owners.get(String(meta(before).uid)) ?? []) : [];
      const force = query.get('force') === 'true';
      const { object, owners } = serverSideApply(
        before,
        this.scoped(patch, route, name),
        manager,
        current,
        force,
      );
      return {
        status: before ? 200 : 201,
        body: this.commit(t, before, object, { manager, dryRun, owners, sub: route.sub }),
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
    const update = Array.isArray(patch) ? (next as KObj) : patch;
    return {
      status: 200,
      body: this.commit(t, before, this.scoped(next as KObj, route, name), {
        manager,
        dryRun,
        update,
        sub: route.sub,
      }),
    };
  }

  private scoped(obj: KObj, route: Route, name: string): KObj {
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

  private scale(
    req: ApiRequest,
    name: string,
    manager: string,
    dryRun: boolean,
  ): { status: number; body: unknown } {
    const { type: t, namespace } = req.route;
    const obj = this.get(t, namespace, name);
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
      body: view(this.commit(t, obj, next, { manager, dryRun, update: { spec: { replicas } } })),
    };
  }

  /**
   * The one write path. `owners` (from an apply) replaces the ownership; `update` records an
   * Update by `manager` of the fields it carries.
   */
  commit(
    t: ResourceType,
    before: KObj | undefined,
    input: KObj,
    opts: {
      manager: string;
      dryRun?: boolean;
      owners?: Ownership[];
      update?: KObj;
      sub?: string;
      /** Controllers and test seeding write status together with the object. */
      keepStatus?: boolean;
    },
  ): KObj {
    let obj = clone(input);
    obj.apiVersion = apiVersionOf(t);
    obj.kind = t.kind;
    const m = meta(obj);
    if (!m.name)
      throw new ApiError(
        422,
        `${t.kind} "" is invalid: metadata.name: Required value: name or generateName is required`,
      );
    if (t.namespaced) {
      if (!m.namespace) m.namespace = 'default';
      const nsType = findByPlural('', 'v1', 'namespaces') as ResourceType;
      if (!before && !this.store.get(nsType, undefined, String(m.namespace)))
        throw notFound('namespaces', String(m.namespace));
    } else delete m.namespace;
    if (opts.sub === 'status' && before) {
      obj = { ...clone(before), status: obj.status };
    } else if (!opts.keepStatus && t.subresources?.includes('status')) {
      // Writes to the main resource leave status alone (it has its own sub-resource).
      if (before?.status !== undefined) obj.status = clone(before.status);
      else delete obj.status;
    }
    const bm = before ? meta(before) : {};
    const om = meta(obj);
    for (const f of ['uid', 'creationTimestamp', 'generation', 'resourceVersion'] as const) {
      if (before) om[f] = bm[f];
      else delete om[f];
    }
    delete om.managedFields;
    if (t.kind === 'Secret' && isObject(obj.stringData)) {
      const data = isObject(obj.data) ? obj.data : {};
      for (const [k, v] of Object.entries(obj.stringData))
        data[k] = Buffer.from(String(v)).toString('base64');
      obj.data = data;
      delete obj.stringData;
    }
    this.controllers?.defaults(t, obj, before);
    this.controllers?.validate(t, obj);
    const uid = String(bm.uid ?? '');
    const previousOwners = before ? (this.owners.get(uid) ?? []) : [];
    let owners = opts.owners ?? previousOwners;
    if (opts.update) owners = recordUpdate(owners, opts.manager, opts.update);
    const comparable = (o: KObj): KObj => {
      const c = clone(o);
      delete meta(c).managedFields;
      return c;
    };
    if (
      before &&
      deepEqual(comparable(before), comparable(obj)) &&
      deepEqual(owners, previousOwners)
    ) {
      return before;
    }
    if (!before) {
      om.uid = randomUUID();
      om.creationTimestamp = nowIso();
      if (WITH_GENERATION.has(t.group)) om.generation = 1;
    } else if (WITH_GENERATION.has(t.group) && !deepEqual(before.spec, obj.spec)) {
      om.generation = Number(bm.generation ?? 1) + 1;
    }
    const previousFields = isObject(before?.metadata)
      ? (before.metadata as Record<string, unknown>).managedFields
      : undefined;
    om.managedFields = owners.map((o) => {
      const fields = fieldsV1(o.config);
      const old = Array.isArray(previousFields)
        ? (previousFields as Record<string, unknown>[]).find(
            (f) => f.manager === o.manager && f.operation === o.operation,
          )
        : undefined;
      const time = old && deepEqual(old.fieldsV1, fields) ? old.time : nowIso();
      return {
        manager: o.manager,
        operation: o.operation,
        apiVersion: apiVersionOf(t),
        time,
        fieldsType: 'FieldsV1',
        fieldsV1: fields,
      };
    });
    if (opts.dryRun) {
      if (!before) om.uid = randomUUID();
      return obj;
    }
    const stored = this.store.write(t, obj);
    this.owners.set(String(om.uid), owners);
    this.controllers?.react(t, stored, before);
    return stored;
  }

  /** Deletes an object and, as the garbage collector would, everything it owns. */
  remove(t: ResourceType, namespace: string | undefined, name: string): void {
    const gone = this.store.remove(t, namespace, name);
    if (!gone) return;
    const uid = meta(gone).uid;
    this.owners.delete(String(uid));
    for (const other of RESOURCE_TYPES) {
      for (const obj of this.store.list(other)) {
        const refs = meta(obj).ownerReferences;
        const owned = Array.isArray(refs) && refs.some((r) => isObject(r) && r.uid === uid);
        const inNamespace = t.kind === 'Namespace' && other.namespaced && namespaceOf(obj) === name;
        if (owned || inNamespace) this.remove(other, namespaceOf(obj), nameOf(obj));
      }
    }
  }
}

function parseBody(req: ApiRequest): KObj {
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
