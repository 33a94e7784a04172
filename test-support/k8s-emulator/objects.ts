/** Plain-JSON helpers: clone/compare, paths, label and field selectors, Status bodies. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };
export type KObj = Record<string, unknown>;

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  }
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => deepEqual(a[k], b[k]));
  }
  return false;
}

export function meta(obj: KObj): Record<string, unknown> {
  if (!isObject(obj.metadata)) obj.metadata = {};
  return obj.metadata as Record<string, unknown>;
}
export const nameOf = (obj: KObj): string => String(meta(obj).name ?? '');
export const namespaceOf = (obj: KObj): string | undefined => {
  const ns = meta(obj).namespace;
  return typeof ns === 'string' && ns !== '' ? ns : undefined;
};
export function stringMap(obj: KObj, field: 'labels' | 'annotations'): Record<string, string> {
  const m = meta(obj);
  if (!isObject(m[field])) m[field] = {};
  return m[field] as Record<string, string>;
}

/** Reads a dotted path ("status.phase", "involvedObject.name"). */
export function at(obj: unknown, path: string | readonly string[]): unknown {
  const parts = typeof path === 'string' ? path.split('.') : path;
  let cur: unknown = obj;
  for (const p of parts) {
    if (!isObject(cur)) return undefined;
    cur = cur[p];
  }
  return cur;
}

export function setAt(obj: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let cur = obj;
  for (const p of path.slice(0, -1)) {
    if (!isObject(cur[p])) cur[p] = {};
    cur = cur[p] as Record<string, unknown>;
  }
  const last = path[path.length - 1];
  if (last !== undefined) cur[last] = value;
}

type Requirement = (labels: Record<string, string>) => boolean;

/** Parses a label selector string (=, ==, !=, in, notin, exists, !key). */
export function parseLabelSelector(text: string): Requirement[] {
  const reqs: Requirement[] = [];
  // Split on commas that are not inside parentheses.
  const parts = text
    .split(/,(?![^(]*\))/)
    .map((s) => s.trim())
    .filter(Boolean);
  for (const part of parts) {
    let m: RegExpExecArray | null;
    if ((m = /^([^\s!=]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(part))) {
      const [, key = '', op, list = ''] = m;
      const values = list.split(',').map((s) => s.trim());
      reqs.push((l) =>
        op === 'in'
          ? key in l && values.includes(l[key] ?? '')
          : !(key in l) || !values.includes(l[key] ?? ''),
      );
    } else if ((m = /^([^\s!=]+)\s*!=\s*(\S*)$/.exec(part))) {
      const [, key = '', value] = m;
      reqs.push((l) => l[key] !== value);
    } else if ((m = /^([^\s!=]+)\s*==?\s*(\S*)$/.exec(part))) {
      const [, key = '', value] = m;
      reqs.push((l) => l[key] === value);
    } else if ((m = /^!([^\s!=]+)$/.exec(part))) {
      const key = m[1] ?? '';
      reqs.push((l) => !(key in l));
    } else {
      reqs.push((l) => part in l);
    }
  }
  return reqs;
}

/** A LabelSelector object (matchLabels/matchExpressions) as a selector string. */
export function selectorString(selector: unknown): string {
  if (!isObject(selector)) return '';
  const parts: string[] = [];
  for (const [k, v] of Object.entries(isObject(selector.matchLabels) ? selector.matchLabels : {})) {
    parts.push(`${k}=${String(v)}`);
  }
  for (const e of Array.isArray(selector.matchExpressions) ? selector.matchExpressions : []) {
    if (!isObject(e)) continue;
    const values = Array.isArray(e.values) ? e.values.join(',') : '';
    const op = String(e.operator);
    if (op === 'In') parts.push(`${String(e.key)} in (${values})`);
    else if (op === 'NotIn') parts.push(`${String(e.key)} notin (${values})`);
    else if (op === 'Exists') parts.push(String(e.key));
    else if (op === 'DoesNotExist') parts.push(`!${String(e.key)}`);
  }
  return parts.join(',');
}

export function matchesLabels(obj: KObj, selector: string | undefined): boolean {
  if (!selector) return true;
  const labels = isObject(meta(obj).labels) ? (meta(obj).labels as Record<string, string>) : {};
  return parseLabelSelector(selector).every((r) => r(labels));
}

/** Field selectors: any dotted path compared as a string (=, ==, !=). */
export function matchesFields(obj: KObj, selector: string | undefined): boolean {
  if (!selector) return true;
  return selector
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .every((part) => {
      const m = /^([^!=]+)(!=|==|=)(.*)$/.exec(part);
      if (!m) return false;
      const [, path = '', op, value] = m;
      const actual = at(obj, path);
      const text = actual === undefined || actual === null ? '' : String(actual);
      return op === '!=' ? text !== value : text === value;
    });
}

const REASONS: Record<number, string> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  405: 'MethodNotAllowed',
  409: 'Conflict',
  410: 'Expired',
  415: 'UnsupportedMediaType',
  422: 'Invalid',
  429: 'TooManyRequests',
  500: 'InternalError',
  503: 'ServiceUnavailable',
  504: 'Timeout',
};

/** A metav1.Status failure body, as the API server sends it. */
export function statusBody(
  code: number,
  message: string,
  details?: Record<string, unknown>,
  reason?: string,
): KObj {
  return {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message,
    reason: reason ?? REASONS[code] ?? 'InternalError',
    ...(details ? { details } : {}),
    code,
  };
}

/** Thrown by handlers; the server turns it into a Status response. */
export class ApiError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly details?: Record<string, unknown>,
    readonly reason?: string,
  ) {
    super(message);
  }
  body(): KObj {
    return statusBody(this.code, this.message, this.details, this.reason);
  }
}

export function notFound(plural: string, name: string, group = ''): ApiError {
  return new ApiError(404, `${group ? `${plural}.${group}` : plural} "${name}" not found`, {
    name,
    ...(group ? { group } : {}),
    kind: plural,
  });
}
