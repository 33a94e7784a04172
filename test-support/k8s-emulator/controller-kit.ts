/**
 * What the simulated controllers share: the simulation interface they call back into, the
 * pod-template hash (names ReplicaSets and ControllerRevisions), and owner references.
 */
import { createHash } from 'node:crypto';
import type { Api } from './api.js';
import { at, clone, isObject, meta, nameOf, stringMap, type KObj } from './objects.js';
import type { WorkloadBehaviour } from './pods.js';

const HASH_LABEL = 'pod-template-hash';

/** What the deployment controller needs from the simulation. */
export interface Sim {
  readonly api: Api;
  behaviourFor(namespace: string, name: string): WorkloadBehaviour;
  /**
   * Creates `count` pods from `template` owned by `owner` behaving as `behaviour`; pods that
   * become ready later call `changed` when they do.
   */
  createPods(
    owner: KObj,
    template: KObj,
    count: number,
    behaviour: WorkloadBehaviour,
    changed: () => void,
    names?: string[],
  ): void;
}

/** Drops nulls and empty maps/lists so a template round-tripped through Go structs hashes the same. */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (!isObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const v = canonical(value[key]);
    if (v === null || v === undefined) continue;
    if ((isObject(v) && Object.keys(v).length === 0) || (Array.isArray(v) && v.length === 0))
      continue;
    out[key] = v;
  }
  return out;
}

export function templateHash(template: unknown): string {
  const t = clone(template) as KObj;
  if (isObject(t?.metadata)) delete stringMap(t, 'labels')[HASH_LABEL];
  const digest = createHash('sha256')
    .update(JSON.stringify(canonical(t)))
    .digest();
  return [...digest.subarray(0, 10)].map((b) => 'bcdfghjklmnpqrstvwxz2456789'[b % 27]).join('');
}

export const ownedBy = (obj: KObj, owner: KObj): boolean => {
  const refs = meta(obj).ownerReferences;
  return Array.isArray(refs) && refs.some((r) => isObject(r) && r.uid === meta(owner).uid);
};
export const ownerRef = (owner: KObj): Record<string, unknown> => ({
  apiVersion: owner.apiVersion,
  kind: owner.kind,
  name: nameOf(owner),
  uid: meta(owner).uid,
  controller: true,
  blockOwnerDeletion: true,
});
export const isReady = (pod: KObj): boolean =>
  Array.isArray(at(pod, 'status.conditions')) &&
  (at(pod, 'status.conditions') as Record<string, unknown>[]).some(
    (c) => c.type === 'Ready' && c.status === 'True',
  );
