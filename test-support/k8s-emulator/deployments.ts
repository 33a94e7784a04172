/**
 * The simulated Deployment controller: a ReplicaSet per pod template (named by a hash of the
 * template, with the `deployment.kubernetes.io/revision` annotation and a controller
 * ownerReference, which is how `kubectl rollout undo/history` find them), Pods in the state the
 * test chose, and the Deployment status `kubectl rollout status` reads (observedGeneration,
 * replica counts, Available/Progressing conditions).
 */
import { canonical, isReady, ownedBy, ownerRef, templateHash, type Sim } from './controller-kit.js';
import { findByPlural, type ResourceType } from './kinds.js';
import { at, clone, isObject, meta, nameOf, namespaceOf, stringMap, type KObj } from './objects.js';
import { POD, recordEvent, type PodState, type WorkloadBehaviour } from './pods.js';

export const REPLICASET = findByPlural('apps', 'v1', 'replicasets') as ResourceType;
export const DEPLOYMENT = findByPlural('apps', 'v1', 'deployments') as ResourceType;
const REVISION = 'deployment.kubernetes.io/revision';
const HASH_LABEL = 'pod-template-hash';
const NOT_COPIED = new Set([
  REVISION,
  'deployment.kubernetes.io/revision-history',
  'deployment.kubernetes.io/desired-replicas',
  'deployment.kubernetes.io/max-replicas',
  'kubectl.kubernetes.io/last-applied-configuration',
]);

const revisionOf = (rs: KObj): number => Number(stringMap(rs, 'annotations')[REVISION] ?? 0);
const replicasOf = (obj: KObj): number => {
  const r = at(obj, 'spec.replicas');
  return typeof r === 'number' ? r : 1;
};

export class DeploymentController {
  /** The behaviour each ReplicaSet was created with (by uid): an undo brings back a good one. */
  private readonly rsBehaviour = new Map<string, WorkloadBehaviour>();
  constructor(private readonly sim: Sim) {}

  react(dep: KObj, before: KObj | undefined): void {
    const templateChanged =
      !before ||
      JSON.stringify(canonical(before.spec && at(before, 'spec.template'))) !==
        JSON.stringify(canonical(at(dep, 'spec.template')));
    if (templateChanged) this.rollout(dep);
    else if (replicasOf(dep) !== replicasOf(before)) this.scale(dep);
    else if (meta(dep).generation !== meta(before).generation) this.updateStatus(dep);
  }

  private replicaSets(dep: KObj): KObj[] {
    return this.sim.api.store.list(REPLICASET, namespaceOf(dep)).filter((rs) => ownedBy(rs, dep));
  }

  private rollout(dep: KObj): void {
    const { api } = this.sim;
    const ns = namespaceOf(dep) ?? 'default';
    const hash = templateHash(at(dep, 'spec.template'));
    const all = this.replicaSets(dep);
    const maxRev = Math.max(0, ...all.map(revisionOf));
    let current = all.find((rs) => stringMap(rs, 'labels')[HASH_LABEL] === hash);
    const replicas = replicasOf(dep);
    const annotations = Object.fromEntries(
      Object.entries(stringMap(dep, 'annotations')).filter(([k]) => !NOT_COPIED.has(k)),
    );
    let revision = maxRev + 1;
    if (current) {
      if (revisionOf(current) === maxRev) revision = maxRev;
      const next = clone(current);
      Object.assign(stringMap(next, 'annotations'), annotations, { [REVISION]: String(revision) });
      (next.spec as KObj).replicas = replicas;
      current = api.commit(REPLICASET, current, next, { manager: 'deployment-controller' });
    } else {
      const template = clone(at(dep, 'spec.template')) as KObj;
      stringMap(template, 'labels')[HASH_LABEL] = hash;
      const selector = clone(at(dep, 'spec.selector')) as KObj;
      selector.matchLabels = {
        ...(isObject(selector.matchLabels) ? selector.matchLabels : {}),
        [HASH_LABEL]: hash,
      };
      current = api.commit(
        REPLICASET,
        undefined,
        {
          metadata: {
            name: `${nameOf(dep)}-${hash}`,
            namespace: ns,
            labels: { ...stringMap(template, 'labels') },
            annotations: {
              ...annotations,
              [REVISION]: String(revision),
              'deployment.kubernetes.io/desired-replicas': String(replicas),
              'deployment.kubernetes.io/max-replicas': String(replicas + 1),
            },
            ownerReferences: [ownerRef(dep)],
          },
          spec: { replicas, selector, template },
        },
        { manager: 'deployment-controller' },
      );
      this.rsBehaviour.set(String(meta(current).uid), this.sim.behaviourFor(ns, nameOf(dep)));
      recordEvent(
        api,
        dep,
        'Normal',
        'ScalingReplicaSet',
        `Scaled up replica set ${nameOf(current)} from 0 to ${replicas}`,
        'deployment-controller',
      );
    }
    for (const old of all.filter((rs) => nameOf(rs) !== nameOf(current))) {
      if (replicasOf(old) === 0) continue;
      this.deletePods(old);
      const next = clone(old);
      (next.spec as KObj).replicas = 0;
      const scaled = api.commit(REPLICASET, old, next, { manager: 'deployment-controller' });
      api.commit(
        REPLICASET,
        scaled,
        { ...scaled, status: { replicas: 0, observedGeneration: meta(scaled).generation } },
        { manager: 'replicaset-controller', sub: 'status' },
      );
      recordEvent(
        api,
        dep,
        'Normal',
        'ScalingReplicaSet',
        `Scaled down replica set ${nameOf(old)} from ${replicasOf(old)} to 0`,
        'deployment-controller',
      );
    }
    const latest = api.store.get(DEPLOYMENT, ns, nameOf(dep)) as KObj;
    if (stringMap(latest, 'annotations')[REVISION] !== String(revision)) {
      const next = clone(latest);
      stringMap(next, 'annotations')[REVISION] = String(revision);
      api.commit(DEPLOYMENT, latest, next, { manager: 'deployment-controller' });
    }
    this.deletePods(current);
    this.sim.createPods(
      current,
      at(current, 'spec.template') as KObj,
      replicas,
      this.behaviour(current),
      () => this.updateStatus(dep),
    );
    this.updateStatus(dep);
  }

  private behaviour(rs: KObj): WorkloadBehaviour {
    return this.rsBehaviour.get(String(meta(rs).uid)) ?? { kind: 'ready' };
  }

  private newest(dep: KObj): KObj | undefined {
    return this.replicaSets(dep).sort((a, b) => revisionOf(b) - revisionOf(a))[0];
  }

  private scale(dep: KObj): void {
    const rs = this.newest(dep);
    if (!rs) return this.rollout(dep);
    const want = replicasOf(dep);
    const pods = this.pods(rs);
    if (pods.length !== want) {
      const verb = pods.length < want ? 'up' : 'down';
      recordEvent(
        this.sim.api,
        dep,
        'Normal',
        'ScalingReplicaSet',
        `Scaled ${verb} replica set ${nameOf(rs)} from ${pods.length} to ${want}`,
        'deployment-controller',
      );
    }
    if (pods.length > want)
      for (const pod of pods.slice(want)) this.sim.api.remove(POD, namespaceOf(pod), nameOf(pod));
    if (pods.length < want)
      this.sim.createPods(
        rs,
        at(rs, 'spec.template') as KObj,
        want - pods.length,
        this.behaviour(rs),
        () => this.updateStatus(dep),
      );
    const next = clone(rs);
    (next.spec as KObj).replicas = want;
    this.sim.api.commit(REPLICASET, rs, next, { manager: 'deployment-controller' });
    this.updateStatus(dep);
  }

  private pods(owner: KObj): KObj[] {
    return this.sim.api.store.list(POD, namespaceOf(owner)).filter((p) => ownedBy(p, owner));
  }

  private deletePods(owner: KObj): void {
    for (const pod of this.pods(owner)) this.sim.api.remove(POD, namespaceOf(pod), nameOf(pod));
  }

  /** Recomputes the ReplicaSet's and the Deployment's status from their pods. */
  updateStatus(depAtRollout: KObj): void {
    const { api } = this.sim;
    const dep = api.store.get(DEPLOYMENT, namespaceOf(depAtRollout), nameOf(depAtRollout));
    if (!dep || meta(dep).uid !== meta(depAtRollout).uid) return;
    const rs = this.newest(dep);
    const pods = rs ? this.pods(rs) : [];
    const ready = pods.filter(isReady).length;
    const replicas = replicasOf(dep);
    if (rs) {
      const rsNext = clone(rs);
      rsNext.status = {
        replicas: pods.length,
        fullyLabeledReplicas: pods.length,
        readyReplicas: ready,
        availableReplicas: ready,
        observedGeneration: meta(rs).generation,
      };
      api.commit(REPLICASET, rs, rsNext, { manager: 'replicaset-controller', sub: 'status' });
    }
    const rsName = rs ? nameOf(rs) : nameOf(dep);
    const deadline = rs !== undefined && this.behaviour(rs).kind === 'progress-deadline';
    const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    const complete = ready >= replicas;
    const progressing = deadline
      ? {
          status: 'False',
          reason: 'ProgressDeadlineExceeded',
          message: `ReplicaSet "${rsName}" has timed out progressing.`,
        }
      : complete
        ? {
            status: 'True',
            reason: 'NewReplicaSetAvailable',
            message: `ReplicaSet "${rsName}" has successfully progressed.`,
          }
        : {
            status: 'True',
            reason: 'ReplicaSetUpdated',
            message: `ReplicaSet "${rsName}" is progressing.`,
          };
    const available = complete
      ? {
          status: 'True',
          reason: 'MinimumReplicasAvailable',
          message: 'Deployment has minimum availability.',
        }
      : {
          status: 'False',
          reason: 'MinimumReplicasUnavailable',
          message: 'Deployment does not have minimum availability.',
        };
    const next = clone(dep);
    next.status = {
      observedGeneration: meta(dep).generation,
      replicas: pods.length,
      updatedReplicas: pods.length,
      readyReplicas: ready,
      availableReplicas: ready,
      ...(pods.length - ready > 0 ? { unavailableReplicas: pods.length - ready } : {}),
      conditions: [
        { type: 'Available', ...available },
        { type: 'Progressing', ...progressing },
      ].map((c) => {
        // An unchanged condition keeps its times, so an unchanged status is not a write.
        const old = (at(dep, 'status.conditions') as Record<string, unknown>[] | undefined)?.find(
          (o) => o.type === c.type && o.status === c.status && o.reason === c.reason,
        );
        return {
          ...c,
          lastUpdateTime: old?.lastUpdateTime ?? now,
          lastTransitionTime: old?.lastTransitionTime ?? now,
        };
      }),
    };
    api.commit(DEPLOYMENT, dep, next, { manager: 'deployment-controller', sub: 'status' });
  }
}

export type { PodState };
