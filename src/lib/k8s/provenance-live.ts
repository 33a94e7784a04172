/** Provenance around a deploy's diff: carried from the live objects, stamped on what changes. */
import { resourceType, type KubeObject } from '../tools/kubectl.js';
import { parseJson } from '../tools/tool.js';
import type { DiffEntry, K8sClient } from './client.js';
import { carryProvenance, stampable, stampProvenance, type RunProvenance } from './provenance.js';

/**
 * Copies carrying each live object's provenance. One `kubectl get TYPE/NAME ... -o json
 * --ignore-not-found` per namespace (kubectl answers a List; a missing object is left out);
 * Secrets are never read.
 */
export async function withLiveProvenance(
  client: K8sClient,
  objects: readonly KubeObject[],
): Promise<KubeObject[]> {
  const key = (kind: string, name: string, ns: string | undefined) => `${kind}/${ns ?? ''}/${name}`;
  const live = new Map<string, KubeObject>();
  const namespaces = new Set(objects.filter(stampable).map((o) => o.metadata.namespace));
  for (const ns of namespaces) {
    const refs = objects
      .filter((o) => stampable(o) && o.metadata.namespace === ns)
      .map((o) => `${resourceType(o)}/${o.metadata.name}`);
    const { stdout } = await client.read([
      'get',
      ...refs,
      ...(ns ? ['--namespace', ns] : []),
      '--ignore-not-found',
      '-o',
      'json',
    ]);
    // A single found object is printed as itself, several as a List; none prints nothing.
    const parsed = stdout.trim()
      ? parseJson<KubeObject & { items?: KubeObject[] }>(stdout, 'kubectl get')
      : undefined;
    const items = parsed?.items ?? (parsed?.metadata ? [parsed] : []);
    for (const o of items) live.set(key(o.kind, o.metadata.name, o.metadata.namespace ?? ns), o);
  }
  return objects.map((o) =>
    stampable(o)
      ? carryProvenance(o, live.get(key(o.kind, o.metadata.name, o.metadata.namespace)))
      : o,
  );
}

const changed = (o: KubeObject, diff: readonly DiffEntry[]): boolean =>
  diff.some(
    (d) =>
      d.kind === o.kind &&
      d.name === o.metadata.name &&
      d.namespace === (o.metadata.namespace ?? ''),
  );

/** Stamps exactly the objects the diff found changed (or new), so nothing else is written. */
export async function stampChanged(
  objects: readonly KubeObject[],
  diff: readonly DiffEntry[],
  provenance: () => Promise<RunProvenance>,
): Promise<KubeObject[]> {
  if (!objects.some((o) => changed(o, diff))) return [...objects];
  const p = await provenance();
  return objects.map((o) => (changed(o, diff) ? stampProvenance(o, p) : o));
}

/** Every object as new (the namespace does not exist yet, so nothing can be diffed). */
export const createdEntries = (objects: readonly KubeObject[]): DiffEntry[] =>
  objects.map((o) => ({
    kind: o.kind,
    name: o.metadata.name,
    namespace: o.metadata.namespace ?? '',
    created: true,
  }));
