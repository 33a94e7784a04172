/**
 * Server-side apply: a deep merge where lists are atomic, removal of the fields a manager
 * applied before and dropped now, field ownership per manager and conflicts between managers.
 * (The other PATCH types are in patches.ts.)
 */
import { ApiError, clone, deepEqual, isObject, type KObj } from './objects.js';

/** Fields the server owns: never taken from a client's apply configuration. */
const SERVER_META = ['resourceVersion', 'uid', 'creationTimestamp', 'generation', 'managedFields'];

export function stripServerFields(config: KObj): KObj {
  const out = clone(config);
  if (isObject(out.metadata)) for (const f of SERVER_META) delete out.metadata[f];
  return out;
}

/** Leaf paths of an apply configuration (lists are leaves: we treat them as atomic). */
export function leafPaths(value: unknown, prefix: string[] = []): string[][] {
  if (!isObject(value) || Object.keys(value).length === 0) return prefix.length ? [prefix] : [];
  return Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...prefix, k]));
}

const getPath = (obj: unknown, path: readonly string[]): unknown =>
  path.reduce<unknown>((cur, p) => (isObject(cur) ? cur[p] : undefined), obj);

function deletePath(obj: Record<string, unknown>, path: readonly string[]): void {
  const parents: Record<string, unknown>[] = [];
  let cur: unknown = obj;
  for (const p of path.slice(0, -1)) {
    if (!isObject(cur)) return;
    parents.push(cur);
    cur = cur[p];
  }
  if (!isObject(cur)) return;
  delete cur[path[path.length - 1] ?? ''];
  // Drop maps left empty by the removal (as SSA does for fields nobody owns any more).
  for (let i = path.length - 2; i >= 0; i--) {
    const parent = parents[i];
    const key = path[i] ?? '';
    if (parent && isObject(parent[key]) && Object.keys(parent[key] as object).length === 0) {
      delete parent[key];
    } else break;
  }
}

/** Deep merge where `patch` wins; lists and scalars replace. */
export function deepMerge(base: unknown, patch: unknown): unknown {
  if (!isObject(base) || !isObject(patch)) return clone(patch);
  const out: Record<string, unknown> = clone(base);
  for (const [k, v] of Object.entries(patch)) out[k] = deepMerge(out[k], v);
  return out;
}

export interface Ownership {
  readonly manager: string;
  readonly operation: 'Apply' | 'Update';
  /** The fields this manager set, as a partial object. */
  config: KObj;
}

/**
 * Server-side apply of `config` by `manager` onto `existing` (undefined on create). Throws a
 * 409 listing conflicting fields when another manager owns a field with a different value and
 * `force` is false. Returns the merged object and the updated ownership list.
 */
export function serverSideApply(
  existing: KObj | undefined,
  config: KObj,
  manager: string,
  owners: readonly Ownership[],
  force: boolean,
): { object: KObj; owners: Ownership[] } {
  const applied = stripServerFields(config);
  const base = clone(existing ?? {});
  const paths = leafPaths(applied).filter((p) => p[0] !== 'apiVersion' && p[0] !== 'kind');
  const others = owners.filter((o) => o.manager !== manager);
  const conflicts: { manager: string; path: string[] }[] = [];
  for (const path of paths) {
    const mine = getPath(applied, path);
    for (const other of others) {
      const theirs = getPath(other.config, path);
      if (
        theirs !== undefined &&
        !deepEqual(theirs, mine) &&
        deepEqual(getPath(base, path), theirs)
      ) {
        conflicts.push({ manager: other.manager, path });
      }
    }
  }
  if (conflicts.length > 0 && !force) {
    const lines = conflicts.map((c) => `conflict with "${c.manager}": .${c.path.join('.')}`);
    throw new ApiError(
      409,
      `Apply failed with ${conflicts.length} conflict${conflicts.length > 1 ? 's' : ''}: ${lines.join('\n')}`,
      {
        causes: conflicts.map((c) => ({
          reason: 'FieldManagerConflict',
          message: `conflict with "${c.manager}"`,
          field: `.${c.path.join('.')}`,
        })),
      },
    );
  }
  // Fields this manager applied before, dropped now, and owned by nobody else: removed.
  const previous = owners.find((o) => o.manager === manager && o.operation === 'Apply');
  for (const path of previous ? leafPaths(previous.config) : []) {
    if (getPath(applied, path) !== undefined) continue;
    if (others.some((o) => getPath(o.config, path) !== undefined)) continue;
    deletePath(base, path);
  }
  const object = deepMerge(base, applied) as KObj;
  // Forced (or equal) fields leave the other managers' sets.
  const nextOwners: Ownership[] = others.map((o) => {
    const cfg = clone(o.config);
    for (const path of paths) {
      if (
        getPath(cfg, path) !== undefined &&
        !deepEqual(getPath(cfg, path), getPath(applied, path))
      ) {
        deletePath(cfg, path);
      }
    }
    return { ...o, config: cfg };
  });
  nextOwners.push({ manager, operation: 'Apply', config: applied });
  return {
    object,
    owners: nextOwners.filter((o) => leafPaths(o.config).length > 0 || o.manager === manager),
  };
}

/** Records an Update by `manager` that set the fields in `patch`. */
export function recordUpdate(
  owners: readonly Ownership[],
  manager: string,
  patch: KObj,
): Ownership[] {
  const set = stripServerFields(patch);
  const out = owners.map((o) => {
    if (o.manager === manager) return o;
    const cfg = clone(o.config);
    for (const path of leafPaths(set)) deletePath(cfg, path);
    return { ...o, config: cfg };
  });
  const mine = out.find((o) => o.manager === manager && o.operation === 'Update');
  if (mine) mine.config = deepMerge(mine.config, set) as KObj;
  else out.push({ manager, operation: 'Update', config: set });
  return out;
}

/**
 * The fields that differ between two objects, as a partial object of `after`'s values (lists
 * atomic): what an Update manager comes to own by a JSON patch or a PUT.
 */
export function changedFields(before: unknown, after: unknown): KObj {
  const out: KObj = {};
  if (!isObject(after)) return out;
  for (const [k, v] of Object.entries(after)) {
    const old = isObject(before) ? before[k] : undefined;
    if (deepEqual(old, v)) continue;
    if (isObject(v) && isObject(old)) {
      const inner = changedFields(old, v);
      if (Object.keys(inner).length > 0) out[k] = inner;
    } else {
      out[k] = clone(v);
    }
  }
  return out;
}

/** metadata.managedFields' fieldsV1 for a partial object. */
export function fieldsV1(config: unknown): Record<string, unknown> {
  if (!isObject(config)) return {};
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(config)) {
    if (k === 'apiVersion' || k === 'kind') continue;
    out[`f:${k}`] = isObject(v) ? fieldsV1(v) : {};
  }
  return out;
}
