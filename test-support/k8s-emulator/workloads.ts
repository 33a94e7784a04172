/**
 * The simulation behind the API: defaulting and validation the API server would do, and the
 * controllers (Deployments in deployments.ts; StatefulSets, Jobs and LoadBalancer Services here)
 * that turn specs into Pods, Events and status as the test chose.
 */
import type { Api, Controllers } from './api.js';
import { DeploymentController, isReady, ownedBy, ownerRef } from './deployments.js';
import { findByPlural, type ResourceType } from './kinds.js';
import {
  ApiError,
  at,
  clone,
  isObject,
  matchesLabels,
  meta,
  nameOf,
  namespaceOf,
  selectorString,
  stringMap,
  type KObj,
} from './objects.js';
import {
  POD,
  podStatus,
  recordEvent,
  suffix,
  type PodState,
  type WorkloadBehaviour,
} from './pods.js';
import { StatefulSetController } from './statefulsets.js';

export type { WorkloadBehaviour } from './pods.js';
export interface LoadBalancerAddress {
  ip?: string;
  hostname?: string;
  afterMs?: number;
}

const SERVICE = findByPlural('', 'v1', 'services') as ResourceType;
const JOB = findByPlural('batch', 'v1', 'jobs') as ResourceType;
const WITH_TEMPLATE = new Set(['Deployment', 'StatefulSet', 'ReplicaSet', 'DaemonSet']);

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
    const spec = (isObject(obj.spec) ? obj.spec : (obj.spec = {})) as Record<string, unknown>;
    switch (t.kind) {
      case 'Namespace':
        stringMap(obj, 'labels')['kubernetes.io/metadata.name'] = nameOf(obj);
        spec.finalizers ??= ['kubernetes'];
        obj.status ??= { phase: 'Active' };
        return;
      case 'Secret':
        delete obj.spec;
        obj.type ??= 'Opaque';
        return;
      case 'ServiceAccount':
      case 'ConfigMap':
      case 'Event':
        delete obj.spec;
        return;
      case 'Service': {
        spec.type ??= 'ClusterIP';
        spec.clusterIP ??= at(before, 'spec.clusterIP') ?? `10.96.0.${this.nextIp++ % 250}`;
        spec.clusterIPs ??= [spec.clusterIP];
        spec.sessionAffinity ??= 'None';
        for (const port of Array.isArray(spec.ports) ? spec.ports.filter(isObject) : []) {
          port.protocol ??= 'TCP';
          port.targetPort ??= port.port;
        }
        obj.status ??= { loadBalancer: {} };
        return;
      }
      case 'Deployment':
        spec.replicas ??= 1;
        spec.revisionHistoryLimit ??= 10;
        spec.progressDeadlineSeconds ??= 600;
        spec.strategy ??= {
          type: 'RollingUpdate',
          rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' },
        };
        return;
      case 'StatefulSet':
        spec.replicas ??= 1;
        spec.podManagementPolicy ??= 'OrderedReady';
        spec.updateStrategy ??= { type: 'RollingUpdate', rollingUpdate: { partition: 0 } };
        return;
      case 'Job':
        spec.backoffLimit ??= 6;
        spec.completions ??= 1;
        spec.parallelism ??= 1;
        return;
      case 'Pod':
        obj.status ??= { phase: 'Pending' };
        return;
    }
  }

  validate(t: ResourceType, obj: KObj): void {
    if (!WITH_TEMPLATE.has(t.kind)) return;
    const invalid = (field: string, detail: string): ApiError =>
      new ApiError(422, `${t.kind}.${t.group} "${nameOf(obj)}" is invalid: ${field}: ${detail}`, {
        name: nameOf(obj),
        group: t.group,
        kind: t.kind,
        causes: [{ reason: 'FieldValueInvalid', message: detail, field }],
      });
    const selector = at(obj, 'spec.selector');
    if (!isObject(selector) || selectorString(selector) === '')
      throw invalid('spec.selector', 'Required value');
    const labels = at(obj, 'spec.template.metadata.labels');
    if (
      !matchesLabels(
        { metadata: { labels: isObject(labels) ? labels : {} } },
        selectorString(selector),
      )
    ) {
      throw invalid(
        'spec.template.metadata.labels',
        `Invalid value: ${JSON.stringify(labels ?? {})}: \`selector\` does not match template \`labels\``,
      );
    }
    const containers = at(obj, 'spec.template.spec.containers');
    if (!Array.isArray(containers) || containers.length === 0)
      throw invalid('spec.template.spec.containers', 'Required value');
    containers.forEach((c, i) => {
      if (!isObject(c) || !c.image)
        throw invalid(`spec.template.spec.containers[${i}].image`, 'Required value');
    });
  }

  react(t: ResourceType, obj: KObj, before: KObj | undefined): void {
    if (t.kind === 'Deployment') this.deployments.react(obj, before);
    else if (t.kind === 'StatefulSet') this.statefulSets.react(obj, before);
    else if (t.kind === 'Job' && !before) this.runJob(obj);
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
      recordEvent(this.api, stored, type, reason, message, 'kubelet');
    return stored;
  }

  private runJob(job: KObj): void {
    const ns = namespaceOf(job) ?? 'default';
    const behaviour = this.behaviourFor(ns, nameOf(job));
    const template = clone(at(job, 'spec.template')) as KObj;
    Object.assign(stringMap(template, 'labels'), {
      'job-name': nameOf(job),
      'batch.kubernetes.io/job-name': nameOf(job),
      'controller-uid': String(meta(job).uid),
    });
    recordEvent(
      this.api,
      job,
      'Normal',
      'SuccessfulCreate',
      `Created pod: ${nameOf(job)}-pod`,
      'job-controller',
    );
    const startTime = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    const finish = (): void => {
      const live = this.api.store.get(JOB, ns, nameOf(job));
      if (!live || meta(live).uid !== meta(job).uid) return;
      const pods = this.api.store.list(POD, ns).filter((p) => ownedBy(p, job));
      const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
      const cond = (type: string, reason?: string, message?: string): KObj => ({
        type,
        status: 'True',
        ...(reason ? { reason, message } : {}),
        lastProbeTime: now,
        lastTransitionTime: now,
      });
      let status: KObj = {
        startTime,
        active: pods.length,
        ready: pods.filter(isReady).length,
        terminating: 0,
      };
      if (pods.some((p) => at(p, 'status.phase') === 'Succeeded')) {
        status = {
          startTime,
          completionTime: now,
          succeeded: 1,
          ready: 0,
          terminating: 0,
          conditions: [
            cond(
              'SuccessCriteriaMet',
              'CompletionsReached',
              'Reached expected number of succeeded pods',
            ),
            cond('Complete', 'CompletionsReached', 'Reached expected number of succeeded pods'),
          ],
        };
        recordEvent(this.api, job, 'Normal', 'Completed', 'Job completed', 'job-controller');
      } else if (behaviour.kind === 'crash-loop' || behaviour.kind === 'progress-deadline') {
        const [reason, message] =
          behaviour.kind === 'crash-loop'
            ? ['BackoffLimitExceeded', 'Job has reached the specified backoff limit']
            : ['DeadlineExceeded', 'Job was active longer than specified deadline'];
        status = {
          startTime,
          failed: 1,
          ready: 0,
          terminating: 0,
          conditions: [cond('FailureTarget', reason, message), cond('Failed', reason, message)],
        };
        recordEvent(this.api, job, 'Warning', reason, message, 'job-controller');
      }
      const next = clone(live);
      next.status = status;
      this.api.commit(JOB, live, next, { manager: 'job-controller', sub: 'status' });
    };
    this.createPods(job, template, 1, behaviour, finish);
    finish();
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
