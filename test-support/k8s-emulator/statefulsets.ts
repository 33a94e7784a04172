/**
 * The simulated StatefulSet controller: ordinal pods (NAME-0..N-1) labelled with
 * controller-revision-hash, a ControllerRevision per template, and the status fields
 * `kubectl rollout status statefulset` reads (readyReplicas, currentRevision, updateRevision).
 */
import type { Api } from './api.js';
import { isReady, ownedBy, templateHash, type Sim } from './controller-kit.js';
import { findByPlural, type ResourceType } from './kinds.js';
import { at, clone, meta, nameOf, namespaceOf, stringMap, type KObj } from './objects.js';
import { POD, recordEvent } from './pods.js';

const STATEFULSET = findByPlural('apps', 'v1', 'statefulsets') as ResourceType;
const REVISION_TYPE = findByPlural('apps', 'v1', 'controllerrevisions') as ResourceType;

export class StatefulSetController {
  constructor(private readonly sim: Sim) {}

  private get api(): Api {
    return this.sim.api;
  }

  react(sts: KObj, before: KObj | undefined): void {
    const changed =
      !before ||
      templateHash(at(before, 'spec.template')) !== templateHash(at(sts, 'spec.template')) ||
      at(before, 'spec.replicas') !== at(sts, 'spec.replicas');
    if (changed) this.rollout(sts);
    else if (meta(sts).generation !== meta(before).generation) this.updateStatus(sts);
  }

  private rollout(sts: KObj): void {
    const ns = namespaceOf(sts) ?? 'default';
    const name = nameOf(sts);
    const hash = templateHash(at(sts, 'spec.template'));
    const revisionName = `${name}-${hash}`;
    const revisions = this.api.store.list(REVISION_TYPE, ns).filter((r) => ownedBy(r, sts));
    if (!revisions.some((r) => nameOf(r) === revisionName)) {
      this.api.commit(
        REVISION_TYPE,
        undefined,
        {
          metadata: {
            name: revisionName,
            namespace: ns,
            labels: { 'controller.kubernetes.io/hash': hash },
            ownerReferences: [
              {
                apiVersion: 'apps/v1',
                kind: 'StatefulSet',
                name,
                uid: meta(sts).uid,
                controller: true,
                blockOwnerDeletion: true,
              },
            ],
          },
          data: { spec: { template: at(sts, 'spec.template') } },
          revision: Math.max(0, ...revisions.map((r) => Number(r.revision ?? 0))) + 1,
        },
        { manager: 'statefulset-controller' },
      );
    }
    const replicas =
      typeof at(sts, 'spec.replicas') === 'number' ? (at(sts, 'spec.replicas') as number) : 1;
    for (const pod of this.pods(sts)) this.api.remove(POD, ns, nameOf(pod));
    const template = clone(at(sts, 'spec.template')) as KObj;
    Object.assign(stringMap(template, 'labels'), {
      'controller-revision-hash': revisionName,
      'apps.kubernetes.io/pod-index': '0',
    });
    const names = Array.from({ length: replicas }, (_, i) => `${name}-${i}`);
    for (const podName of names)
      recordEvent(
        this.api,
        sts,
        'Normal',
        'SuccessfulCreate',
        `create Pod ${podName} in StatefulSet ${name} successful`,
        'statefulset-controller',
      );
    this.sim.createPods(
      sts,
      template,
      replicas,
      this.sim.behaviourFor(ns, name),
      () => this.updateStatus(sts),
      names,
    );
    this.updateStatus(sts);
  }

  private pods(sts: KObj): KObj[] {
    return this.api.store.list(POD, namespaceOf(sts)).filter((p) => ownedBy(p, sts));
  }

  private updateStatus(stsAtRollout: KObj): void {
    const sts = this.api.store.get(STATEFULSET, namespaceOf(stsAtRollout), nameOf(stsAtRollout));
    if (!sts || meta(sts).uid !== meta(stsAtRollout).uid) return;
    const pods = this.pods(sts);
    const ready = pods.filter(isReady).length;
    const updateRevision = `${nameOf(sts)}-${templateHash(at(sts, 'spec.template'))}`;
    const replicas =
      typeof at(sts, 'spec.replicas') === 'number' ? (at(sts, 'spec.replicas') as number) : 1;
    const previous = at(sts, 'status.currentRevision');
    const currentRevision =
      ready >= replicas || typeof previous !== 'string' ? updateRevision : previous;
    const next = clone(sts);
    next.status = {
      observedGeneration: meta(sts).generation,
      replicas: pods.length,
      readyReplicas: ready,
      availableReplicas: ready,
      currentReplicas: currentRevision === updateRevision ? pods.length : 0,
      updatedReplicas: pods.length,
      currentRevision,
      updateRevision,
      collisionCount: 0,
    };
    this.api.commit(STATEFULSET, sts, next, { manager: 'statefulset-controller', sub: 'status' });
  }
}
