/**
 * The non-apply PATCH types kubectl sends: JSON merge patch (RFC 7386, `kubectl annotate`,
 * `kubectl scale`), strategic merge patch good enough for `kubectl apply` (client side),
 * `rollout restart` and `set image`, and JSON patch (RFC 6902, `kubectl rollout undo`).
 */
import { ApiError, clone, deepEqual, isObject } from './objects.js';

/** RFC 7386 JSON merge patch. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return clone(patch);
  const out: Record<string, unknown> = isObject(target) ? clone(target) : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}

const MERGE_KEYS = ['name', 'mountPath', 'containerPort', 'port', 'type', 'ip', 'devicePath'];

function mergeKeyOf(list: readonly unknown[]): string | undefined {
  if (list.length === 0 || !list.every(isObject)) return undefined;
  return MERGE_KEYS.find((key) => list.every((e) => isObject(e) && e[key] !== undefined));
}

/** Strategic merge patch: like a merge patch, but lists of objects merge by their key. */
export function strategicMerge(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return clone(patch);
  const out: Record<string, unknown> = isObject(target) ? clone(target) : {};
  for (const [k, v] of Object.entries(patch)) {
    if (k.startsWith('$setElementOrder/') || k === '$retainKeys' || k === '$patch') continue;
    if (k.startsWith('$deleteFromPrimitiveList/')) {
      const field = k.slice('$deleteFromPrimitiveList/'.length);
      const drop = Array.isArray(v) ? v : [];
      if (Array.isArray(out[field]))
        out[field] = (out[field] as unknown[]).filter((e) => !drop.some((d) => deepEqual(d, e)));
      continue;
    }
    if (v === null) {
      delete out[k];
    } else if (Array.isArray(v) && Array.isArray(out[k])) {
      const key = mergeKeyOf(v.filter((e) => !(isObject(e) && e.$patch === 'replace')));
      const current = out[k] as unknown[];
      if ((key && mergeKeyOf(current) === key) || (key && current.length === 0)) {
        const merged = clone(current) as Record<string, unknown>[];
        for (const item of v as Record<string, unknown>[]) {
          const idx = merged.findIndex((e) => deepEqual(e[key], item[key]));
          if (item.$patch === 'delete') {
            if (idx >= 0) merged.splice(idx, 1);
          } else if (idx >= 0) {
            merged[idx] = strategicMerge(merged[idx], item) as Record<string, unknown>;
          } else {
            merged.push(strategicMerge({}, item) as Record<string, unknown>);
          }
        }
        out[k] = merged;
      } else {
        out[k] = clone(v);
      }
    } else {
      out[k] = strategicMerge(out[k], v);
    }
  }
  return out;
}

const unescape = (s: string): string => s.replace(/~1/g, '/').replace(/~0/g, '~');

/** RFC 6902 JSON patch (add, remove, replace, test, copy, move). */
export function jsonPatch(target: unknown, ops: unknown): unknown {
  if (!Array.isArray(ops)) throw new ApiError(400, 'json patch must be an array of operations');
  let doc = clone(target);
  const pointer = (p: unknown): string[] =>
    String(p ?? '')
      .split('/')
      .slice(1)
      .map(unescape);
  const read = (path: string[]): unknown =>
    path.reduce<unknown>(
      (cur, p) => (Array.isArray(cur) ? cur[Number(p)] : isObject(cur) ? cur[p] : undefined),
      doc,
    );
  const write = (path: string[], value: unknown, mode: 'add' | 'replace' | 'remove'): void => {
    if (path.length === 0) {
      doc = clone(value);
      return;
    }
    const parent = read(path.slice(0, -1));
    const last = path[path.length - 1] ?? '';
    if (Array.isArray(parent)) {
      const idx = last === '-' ? parent.length : Number(last);
      if (mode === 'add') parent.splice(idx, 0, clone(value));
      else if (mode === 'replace') parent[idx] = clone(value);
      else parent.splice(idx, 1);
    } else if (isObject(parent)) {
      if (mode === 'remove' || mode === 'replace') {
        if (!(last in parent))
          throw new ApiError(
            422,
            `the server rejected our request due to an error in our request: missing path /${path.join('/')}`,
          );
      }
      if (mode === 'remove') delete parent[last];
      else parent[last] = clone(value);
    } else {
      throw new ApiError(
        422,
        `the server rejected our request due to an error in our request: missing path /${path.join('/')}`,
      );
    }
  };
  for (const op of ops as Record<string, unknown>[]) {
    const path = pointer(op.path);
    switch (op.op) {
      case 'add':
      case 'replace':
        write(path, op.value, op.op);
        break;
      case 'remove':
        write(path, undefined, 'remove');
        break;
      case 'test':
        if (!deepEqual(read(path), op.value))
          throw new ApiError(422, `testing value /${path.join('/')} failed`);
        break;
      case 'copy':
        write(path, read(pointer(op.from)), 'add');
        break;
      case 'move': {
        const value = read(pointer(op.from));
        write(pointer(op.from), undefined, 'remove');
        write(path, value, 'add');
        break;
      }
      default:
        throw new ApiError(400, `unknown json patch operation ${String(op.op)}`);
    }
  }
  return doc;
}
