/**
 * Desired vs live, for the fields our manifests set: the read-only plan's stand-in for
 * `kubectl diff --server-side`. That diff is a dry-run PATCH, and the API server authorises a
 * dry-run exactly like the real request ("dry-run requests are authorized like non-dry-run
 * requests", https://kubernetes.io/docs/reference/using-api/api-concepts/#dry-run), so a
 * read-only planner cannot run it. Pure, so every rule below is a table test.
 *
 * Rules: every field we set must hold the same value live (the API server adds defaults we do
 * not set, such as Service clusterIP or Deployment strategy: extra live fields are ignored);
 * lists are compared item by item (our manifests own whole lists); resource quantities compare
 * by value because the API server stores them canonically ("0.5" is returned as "500m",
 * https://kubernetes.io/docs/reference/kubernetes-api/common-definitions/quantity/); and a map
 * key our field manager applied before but no longer sets counts as a change, because
 * server-side apply removes it (https://kubernetes.io/docs/reference/using-api/server-side-apply/#field-management).
 */
import { FIELD_MANAGER, type KubeObject } from '../tools/kubectl.js';
import { isProvenanceKey } from './provenance.js';

type Json = unknown;

const isMap = (v: Json): v is Record<string, Json> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const SUFFIX: Record<string, number> = {
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  '': 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};

/** A Kubernetes quantity's value, or undefined when the text is not one. */
export function quantityValue(v: Json): number | undefined {
  const text = typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim() : '';
  const m =
    /^([+-]?(?:\d+\.?\d*|\.\d+))(?:[eE]([+-]?\d+))?(n|u|m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$/.exec(
      text,
    );
  if (!m) return undefined;
  const base = Number(m[1]) * 10 ** Number(m[2] ?? 0);
  return base * (SUFFIX[m[3] ?? ''] ?? 1);
}

const underResources = (path: readonly string[]): boolean =>
  path.some((p, i) => p === 'resources' && /^(requests|limits)$/.test(path[i + 1] ?? ''));

function sameScalar(want: Json, have: Json, path: readonly string[]): boolean {
  if (want === have) return true;
  if (underResources(path)) {
    const a = quantityValue(want);
    const b = quantityValue(have);
    // Relative tolerance: 0.1 as a float is not exactly 100m.
    return a !== undefined && b !== undefined && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  }
  return false;
}

/** Paths (dotted) where `have` does not hold what `want` sets. */
function subsetDiff(want: Json, have: Json, path: string[], out: string[]): void {
  if (want === undefined || want === null) return;
  if (isMap(want)) {
    if (!isMap(have)) {
      out.push(path.join('.') || '(object)');
      return;
    }
    for (const [k, v] of Object.entries(want)) subsetDiff(v, have[k], [...path, k], out);
    return;
  }
  if (Array.isArray(want)) {
    if (!Array.isArray(have) || have.length !== want.length) {
      out.push(path.join('.'));
      return;
    }
    want.forEach((w, i) => subsetDiff(w, have[i], [...path, String(i)], out));
    return;
  }
  if (!sameScalar(want, have, path)) out.push(path.join('.'));
}

interface ManagedFieldsEntry {
  manager?: string;
  operation?: string;
  fieldsV1?: Json;
}

/**
 * Map keys our manager owns live (its Apply entry in managedFields) that the desired object no
 * longer sets. Only plain `f:` keys are followed: list items (`k:`/`v:`/`i:`) are owned whole
 * by our manifests and compared above.
 */
export function droppedFields(desired: KubeObject, live: KubeObject): string[] {
  const entries = (live.metadata.managedFields as ManagedFieldsEntry[] | undefined) ?? [];
  const ours = entries.find((e) => e.manager === FIELD_MANAGER && e.operation === 'Apply');
  const out: string[] = [];
  const walk = (fields: Json, want: Json, path: string[]): void => {
    if (!isMap(fields)) return;
    for (const [key, sub] of Object.entries(fields)) {
      if (!key.startsWith('f:')) continue;
      const name = key.slice(2);
      const next = [...path, name];
      if (!isMap(want) || !(name in want)) {
        // Annotations key by key, so provenance alone (filtered below) is not a change.
        if (next.join('.') === 'metadata.annotations') walk(sub, {}, next);
        else out.push(next.join('.'));
        continue;
      }
      if (isMap(want[name])) walk(sub, want[name], next);
    }
  };
  if (ours) walk(ours.fieldsV1, desired, []);
  // Provenance is written only with a real change, so by itself it is never one (provenance.ts).
  const ANNOTATION = 'metadata.annotations.';
  return out.filter(
    (p) =>
      p !== 'metadata.managedFields' &&
      !(p.startsWith(ANNOTATION) && isProvenanceKey(p.slice(ANNOTATION.length))),
  );
}

const IGNORED_TOP = new Set(['apiVersion', 'kind', 'status']);

/**
 * What applying `desired` would change on `live`, as dotted paths; `[]` when nothing. The
 * metadata we compare is labels and annotations; name and namespace identify the object.
 */
export function compareManaged(desired: KubeObject, live: KubeObject): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(desired)) {
    if (IGNORED_TOP.has(key)) continue;
    if (key === 'metadata') {
      for (const part of ['labels', 'annotations'] as const) {
        subsetDiff(desired.metadata[part], live.metadata[part], ['metadata', part], out);
      }
      continue;
    }
    subsetDiff(value, live[key], [key], out);
  }
  for (const path of droppedFields(desired, live)) {
    if (!out.some((p) => path.startsWith(p))) out.push(`${path} (no longer set)`);
  }
  return out;
}
