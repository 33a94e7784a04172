/**
 * The simulation behind the API: the controllers (deployments.ts, statefulsets.ts, jobs.ts and
 * LoadBalancer Services here) that turn specs into Pods, Events and status as the test chose,
 * plus admission (admission.ts).
 */
import type { Api, Controllers } from './api.js';
import { ownerRef } from './controller-kit.js';
import { DeploymentController } from './deployments.js';
import { findByPlural, type ResourceType } from './kinds.js';
import { at, clone, isObject, meta, nameOf, namespaceOf, stringMap, type KObj } from './objects.js';
import {
  POD,
  podStatus,
  recordEvent,
  suffix,
  type PodState,
  type WorkloadBehaviour,
} from './pods.js';
import { StatefulSetController } from './statefulsets.js';
import { applyDefaults, validateWorkload } from './admission.js';
import { runJob, validateJobUpdate } from './jobs.js';

export type { WorkloadBehaviour } from './pods.js';
export interface LoadBalancerAddress {
  ip?: string;
  hostname?: string;
  afterMs?: number;
}

const SERVICE = findByPlural('', 'v1', 'services') as ResourceType;

export class Workloads implements Controllers {
  private readonly behaviours = new Map<string, WorkloadBehaviour>();
  private readonly lbs = new Map<string, LoadBalancerAddress>();
  private readonly logs = new Map<string, string>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly deployments: DeploymentController;
  private readonly statefulSets: StatefulSetController;
  private nextIp = 10;

  constructor(readonly api: Api) {
    this.deployments = new DeploymentController(this);
    this.statefulSets = new StatefulSetController(this);
  }

  setBehaviour(namespace: string, name: string, behaviour: WorkloadBehaviour): void {
    this.behaviours.set(`${namespace}/${name}`, behaviour);
  }
  behaviourFor(namespace: string, name: string): WorkloadBehaviour {
    return this.behaviours.get(`${namespace}/${name}`) ?? { kind: 'ready' };
  }
  setPodLog(namespace: string, pod: string, text: string): void {
    this.logs.set(`${namespace}/${pod}`, text);
  }
  log(namespace: string, pod: string, container: string | null): string {
    return (
      this.logs.get(`${namespace}/${pod}`) ??
      `emulated log of ${namespace}/${pod}${container ? ` container ${container}` : ''}\n`
    );
  }

  setLoadBalancer(namespace: string, name: string, address: LoadBalancerAddress): void {
    this.lbs.set(`${namespace}/${name}`, address);
    const svc = this.api.store.get(SERVICE, namespace, name);
    if (svc) this.reactService(svc);
  }

  later(ms: number, fn: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      fn();
    }, ms);
    timer.unref();
    this.timers.add(timer);
  }

  stop(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  defaults(t: ResourceType, obj: KObj, before: KObj | undefined): void {
    applyDefaults(t, obj, before, () => `10.96.0.${this.nextIp++ % 250}`);
  }

  validate(t: ResourceType, obj: KObj, before?: KObj): void {
    validateWorkload(t, obj);
    if (t.kind === 'Job' && before) validateJobUpdate(t, obj, before);
  }

  react(t: ResourceType, obj: KObj, before: KObj | undefined): void {
    if (t.kind === 'Deployment') this.deployments.react(obj, before);
    else if (t.kind === 'StatefulSet') this.statefulSets.react(obj, before);
    else if (t.kind === 'Job' && !before) runJob(this, obj);
    else if (t.kind === 'Service') this.reactService(obj);
    else if (t.kind === 'Pod' && !before && !Array.isArray(meta(obj).ownerReferences)) {
      this.setPodState(obj, this.behaviourFor(namespaceOf(obj) ?? 'default', nameOf(obj)));
    }
  }

  createPods(
    owner: KObj,
    template: KObj,
    count: number,
    behaviour: WorkloadBehaviour,
    changed: () => void,
    names?: string[],
  ): void {
    const ns = namespaceOf(owner) ?? 'default';
    const created: KObj[] = [];
    for (let i = 0; i < count; i++) {
      const tpl = clone(template);
      const pod = this.api.commit(
        POD,
        undefined,
        {
          metadata: {
            name: names?.[i] ?? `${nameOf(owner)}-${suffix()}`,
            namespace: ns,
            labels: {
              ...stringMap(tpl, 'labels'),
              ...(names?.[i] ? { 'statefulset.kubernetes.io/pod-name': names[i] } : {}),
            },
            annotations: { ...stringMap(tpl, 'annotations') },
            ownerReferences: [ownerRef(owner)],
          },
          spec: { ...(isObject(tpl.spec) ? tpl.spec : {}), nodeName: 'emulator-node-1' },
        },
        { manager: 'kube-controller-manager' },
      );
      const delayed = behaviour.kind === 'ready' && (behaviour.afterMs ?? 0) > 0;
      created.push(
        this.setPodState(pod, delayed ? { kind: 'pending' } : behaviour, owner.kind === 'Job'),
      );
    }
    if (behaviour.kind === 'ready' && (behaviour.afterMs ?? 0) > 0) {
      this.later(behaviour.afterMs ?? 0, () => {
        for (const pod of created) {
          const live = this.api.store.get(POD, ns, nameOf(pod));
          if (live && meta(live).uid === meta(pod).uid)
            this.setPodState(live, behaviour, owner.kind === 'Job');
        }
        changed();
      });
    }
  }

  /** Sets a pod's status for `state` and records the events that go with it. */
  private setPodState(pod: KObj, state: PodState, job = false): KObj {
    const { status, events } = podStatus(pod, state);
    if (job && state.kind === 'ready') {
      status.phase = 'Succeeded';
      status.containerStatuses = (
        Array.isArray(status.containerStatuses) ? status.containerStatuses : []
      ).map((c) => ({
        ...(c as KObj),
        ready: false,
        started: false,
        state: { terminated: { exitCode: 0, reason: 'Completed' } },
      }));
    }
    const next = clone(pod);
    next.status = status;
    const stored = this.api.commit(POD, pod, next, { manager: 'kubelet', sub: 'status' });
    for (const [type, reason, message] of events)
      recordEvent(
        this.api,
        stored,
        type,
        reason,
        message,
        /Schedul/.test(reason) ? 'default-scheduler' : 'kubelet',
      );
    return stored;
  }

  private reactService(svc: KObj): void {
    if (at(svc, 'spec.type') !== 'LoadBalancer') return;
    const ingress = at(svc, 'status.loadBalancer.ingress');
    if (Array.isArray(ingress) && ingress.length > 0) return;
    const ns = namespaceOf(svc) ?? 'default';
    const address = this.lbs.get(`${ns}/${nameOf(svc)}`);
    if (!address) return;
    recordEvent(
      this.api,
      svc,
      'Normal',
      'EnsuringLoadBalancer',
      'Ensuring load balancer',
      'service-controller',
    );
    this.later(address.afterMs ?? 0, () => {
      const live = this.api.store.get(SERVICE, ns, nameOf(svc));
      if (!live || at(live, 'spec.type') !== 'LoadBalancer') return;
      const entry = {
        ...(address.ip ? { ip: address.ip, ipMode: 'VIP' } : {}),
        ...(address.hostname ? { hostname: address.hostname } : {}),
      };
      const next = clone(live);
      next.status = { loadBalancer: { ingress: [entry] } };
      const stored = this.api.commit(SERVICE, live, next, {
        manager: 'service-controller',
        sub: 'status',
      });
      recordEvent(
        this.api,
        stored,
        'Normal',
        'EnsuredLoadBalancer',
        'Ensured load balancer',
        'service-controller',
      );
    });
  }
}
