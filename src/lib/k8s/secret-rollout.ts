/**
 * Restarting pods when a Secret they read changes. Pods read env from Secrets only at start,
 * so a rotated key must roll them. The usual trick, a hash of the Secret in the pod template,
 * would publish a hash of the secret to everyone who can read the Deployment (and a weak
 * password falls to a dictionary). Instead the template carries a marker that only changes
 * when this run changes a Secret the workload reads: carried over from the live object
 * otherwise, so an unchanged re-run diffs clean.
 */
import type { KubeObject } from '../tools/kubectl.js';
import type { DiffEntry, K8sClient } from './client.js';
import { podSpecOf } from './images.js';

export const SECRETS_MARKER = 'gke-data-platform/secrets-changed-at';

interface TemplateHolder {
  template?: { metadata?: { annotations?: Record<string, string> } };
}

const isWorkload = (o: KubeObject): boolean => o.kind === 'Deployment' || o.kind === 'StatefulSet';

/** The Secret names a workload's pods read (env, envFrom, volumes, projected volumes). */
export function referencedSecrets(o: KubeObject): Set<string> {
  const pod = podSpecOf(o);
  const names = new Set<string>();
  if (!pod) return names;
  for (const c of [...pod.containers, ...(pod.initContainers ?? [])]) {
    for (const e of (c.env as { valueFrom?: { secretKeyRef?: { name?: string } } }[] | undefined) ??
      []) {
      if (e.valueFrom?.secretKeyRef?.name) names.add(e.valueFrom.secretKeyRef.name);
    }
    for (const e of (c.envFrom as { secretRef?: { name?: string } }[] | undefined) ?? []) {
      if (e.secretRef?.name) names.add(e.secretRef.name);
    }
  }
  type Volume = {
    secret?: { secretName?: string };
    projected?: { sources?: { secret?: { name?: string } }[] };
  };
  for (const v of (pod.volumes as Volume[] | undefined) ?? []) {
    if (v.secret?.secretName) names.add(v.secret.secretName);
    for (const s of v.projected?.sources ?? []) if (s.secret?.name) names.add(s.secret.name);
  }
  return names;
}

function setMarker(o: KubeObject, value: string): void {
  const spec = o.spec as TemplateHolder;
  spec.template = spec.template ?? {};
  spec.template.metadata = spec.template.metadata ?? {};
  spec.template.metadata.annotations = {
    ...spec.template.metadata.annotations,
    [SECRETS_MARKER]: value,
  };
}

/** Workloads (by `Kind/name`) that read one of the applied Secrets, with their live marker. */
export async function liveMarkers(
  client: K8sClient,
  objects: readonly KubeObject[],
): Promise<Map<string, { exists: boolean; marker?: string }>> {
  const applied = new Set(objects.filter((o) => o.kind === 'Secret').map((o) => o.metadata.name));
  const out = new Map<string, { exists: boolean; marker?: string }>();
  for (const o of objects) {
    if (!isWorkload(o) || ![...referencedSecrets(o)].some((n) => applied.has(n))) continue;
    const live = await client.get(o.kind.toLowerCase(), o.metadata.name, o.metadata.namespace);
    const marker = (live?.spec as TemplateHolder | undefined)?.template?.metadata?.annotations?.[
      SECRETS_MARKER
    ];
    out.set(`${o.kind}/${o.metadata.name}`, { exists: live !== undefined, marker });
  }
  return out;
}

/** Copies of the objects with each live marker carried over (so nothing differs by itself). */
export function withLiveMarkers(
  objects: readonly KubeObject[],
  live: ReadonlyMap<string, { exists: boolean; marker?: string }>,
): KubeObject[] {
  return objects.map((o) => {
    const marker = live.get(`${o.kind}/${o.metadata.name}`)?.marker;
    if (marker === undefined) return o;
    const copy = structuredClone(o);
    setMarker(copy, marker);
    return copy;
  });
}

/**
 * Bumps the marker of every existing workload that reads a Secret the diff says will change.
 * Returns the names bumped; `objects` is updated in place.
 */
export function bumpMarkers(
  objects: KubeObject[],
  diff: readonly DiffEntry[],
  live: ReadonlyMap<string, { exists: boolean; marker?: string }>,
  now: string,
): string[] {
  const changedSecrets = new Set(diff.filter((d) => d.kind === 'Secret').map((d) => d.name));
  const bumped: string[] = [];
  objects.forEach((o, i) => {
    const key = `${o.kind}/${o.metadata.name}`;
    if (!live.get(key)?.exists) return;
    if (![...referencedSecrets(o)].some((n) => changedSecrets.has(n))) return;
    const copy = structuredClone(o);
    setMarker(copy, now);
    objects[i] = copy;
    bumped.push(key);
  });
  return bumped;
}
