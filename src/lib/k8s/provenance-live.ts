/** Provenance around a deploy's diff: carried from the live objects, stamped on what changes. */
import type { KubeObject } from '../tools/kubectl.js';
import type { DiffEntry, K8sClient } from './client.js';
import { carryProvenance, stampable, stampProvenance, type RunProvenance } from './provenance.js';

/** `kind.group`, as kubectl names a resource type (a custom kind resolves unambiguously). */
const typeOf = (o: KubeObject): string => {
  const slash = o.apiVersion.indexOf('/');
  return `${o.kind.toLowerCase()}${slash > 0 ? `.${o.apiVersion.slice(0, slash)}` : ''}`;
};

/** Copies carrying each live object's provenance (one get per object; Secrets are skipped). */
export async function withLiveProvenance(
  client: K8sClient,
  objects: readonly KubeObject[],
): Promise<KubeObject[]> {
  const out: KubeObject[] = [];
  for (const o of objects) {
    if (!stampable(o)) {
      out.push(o);
      continue;
    }
    const live = await client.get(typeOf(o), o.metadata.name, o.metadata.namespace);
    out.push(carryProvenance(o, live));
  }
  return out;
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
