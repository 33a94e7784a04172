/**
 * The resource API: routing of /api and /apis paths, and the one write path (commit) every
 * create, update, patch and apply goes through: defaulting, validation, no-op detection (so a
 * repeated apply does not bump resourceVersion, which `kubectl diff` and idempotency tests rely
 * on), bookkeeping (uid, generation, managedFields), dry-run, then the simulated controllers.
 */
import { randomUUID } from 'node:crypto';
import { fieldsV1, recordUpdate, type Ownership } from './apply.js';
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
  validate(t: ResourceType, obj: KObj, before?: KObj): void;
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

  ownersOf(obj: KObj): Ownership[] {
    return this.owners.get(String(meta(obj).uid)) ?? [];
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
      /** False: store as given, without running the simulated controllers (seeded status). */
      simulate?: boolean;
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
    if (opts.sub !== 'status') this.controllers?.validate(t, obj, before);
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
    if (opts.simulate !== false) this.controllers?.react(t, stored, before);
    return stored;
  }

  /**
   * Deletes an object and, as the garbage collector would, everything it owns; with `orphan`
   * (propagationPolicy Orphan) the dependents stay and lose their owner reference.
   */
  remove(t: ResourceType, namespace: string | undefined, name: string, orphan = false): void {
    const gone = this.store.remove(t, namespace, name);
    if (!gone) return;
    const uid = meta(gone).uid;
    this.owners.delete(String(uid));
    for (const other of RESOURCE_TYPES) {
      for (const obj of this.store.list(other)) {
        const refs = meta(obj).ownerReferences;
        const owned = Array.isArray(refs) && refs.some((r) => isObject(r) && r.uid === uid);
        const inNamespace = t.kind === 'Namespace' && other.namespaced && namespaceOf(obj) === name;
        if (inNamespace || (owned && !orphan)) this.remove(other, namespaceOf(obj), nameOf(obj));
        else if (owned && Array.isArray(refs)) {
          const kept = clone(obj);
          meta(kept).ownerReferences = refs.filter((r) => !isObject(r) || r.uid !== uid);
          this.store.write(other, kept);
        }
      }
    }
  }
}
