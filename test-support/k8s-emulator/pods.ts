/**
 * Pods and Events of the simulation: what a pod's status looks like for each behaviour a test
 * picks (the waiting reasons and messages the kubelet really reports), and core/v1 Events as
 * `kubectl get events` / `kubectl describe` show them.
 */
import { randomBytes } from 'node:crypto';
import { nowIso, type Api } from './api.js';
import { findByPlural, type ResourceType } from './kinds.js';
import { at, isObject, meta, nameOf, namespaceOf, type KObj } from './objects.js';

export type WorkloadBehaviour =
  | { kind: 'ready'; afterMs?: number }
  | { kind: 'image-pull-backoff' }
  | { kind: 'err-image-pull' }
  | { kind: 'create-container-config-error' }
  | { kind: 'crash-loop'; restarts: number }
  | { kind: 'progress-deadline' };

/** A pod's state in the simulation: 'pending' is a ready-behaviour pod still starting. */
export type PodState = WorkloadBehaviour | { kind: 'pending' };

export const POD = findByPlural('', 'v1', 'pods') as ResourceType;
export const EVENT = findByPlural('', 'v1', 'events') as ResourceType;

export const suffix = (n = 5): string =>
  [...randomBytes(n)].map((b) => 'bcdfghjklmnpqrstvwxz2456789'[b % 27]).join('');

const containersOf = (template: KObj): Record<string, unknown>[] => {
  const list = at(template, 'spec.containers');
  return Array.isArray(list) ? list.filter(isObject) : [];
};

/** The Secret or ConfigMap a container refers to, for CreateContainerConfigError's message. */
function missingConfig(container: Record<string, unknown>): string {
  for (const env of Array.isArray(container.env) ? container.env.filter(isObject) : []) {
    const secret = at(env, 'valueFrom.secretKeyRef.name');
    if (typeof secret === 'string') return `secret "${secret}" not found`;
    const cm = at(env, 'valueFrom.configMapKeyRef.name');
    if (typeof cm === 'string') return `configmap "${cm}" not found`;
  }
  for (const from of Array.isArray(container.envFrom) ? container.envFrom.filter(isObject) : []) {
    const secret = at(from, 'secretRef.name');
    if (typeof secret === 'string') return `secret "${secret}" not found`;
    const cm = at(from, 'configMapRef.name');
    if (typeof cm === 'string') return `configmap "${cm}" not found`;
  }
  return 'secret "missing" not found';
}

interface ContainerView {
  status: Record<string, unknown>;
  events: [type: string, reason: string, message: string][];
}

function containerView(
  c: Record<string, unknown>,
  state: PodState,
  podName: string,
): ContainerView {
  const name = String(c.name ?? 'app');
  const image = String(c.image ?? '');
  const base = { name, image, imageID: '', ready: false, started: false, restartCount: 0 };
  const pullError = `rpc error: code = NotFound desc = failed to pull and unpack image "${image}": not found`;
  const started = nowIso();
  switch (state.kind) {
    case 'ready':
      return {
        status: {
          ...base,
          ready: true,
          started: true,
          imageID: `${image}@sha256:${'0'.repeat(64)}`,
          containerID: `containerd://${suffix(12)}`,
          state: { running: { startedAt: started } },
        },
        events: [
          ['Normal', 'Pulled', `Container image "${image}" already present on machine`],
          ['Normal', 'Created', `Created container ${name}`],
          ['Normal', 'Started', `Started container ${name}`],
        ],
      };
    case 'pending':
    case 'progress-deadline':
      return {
        status: { ...base, state: { waiting: { reason: 'ContainerCreating' } } },
        events: [],
      };
    case 'image-pull-backoff':
      return {
        status: {
          ...base,
          state: {
            waiting: { reason: 'ImagePullBackOff', message: `Back-off pulling image "${image}"` },
          },
        },
        events: [
          ['Normal', 'Pulling', `Pulling image "${image}"`],
          ['Warning', 'Failed', `Failed to pull image "${image}": ${pullError}`],
          ['Warning', 'Failed', 'Error: ErrImagePull'],
          ['Normal', 'BackOff', `Back-off pulling image "${image}"`],
          ['Warning', 'Failed', 'Error: ImagePullBackOff'],
        ],
      };
    case 'err-image-pull':
      return {
        status: { ...base, state: { waiting: { reason: 'ErrImagePull', message: pullError } } },
        events: [
          ['Normal', 'Pulling', `Pulling image "${image}"`],
          ['Warning', 'Failed', `Failed to pull image "${image}": ${pullError}`],
          ['Warning', 'Failed', 'Error: ErrImagePull'],
        ],
      };
    case 'create-container-config-error': {
      const message = missingConfig(c);
      return {
        status: { ...base, state: { waiting: { reason: 'CreateContainerConfigError', message } } },
        events: [['Warning', 'Failed', `Error: ${message}`]],
      };
    }
    case 'crash-loop':
      return {
        status: {
          ...base,
          started: false,
          restartCount: state.restarts,
          state: {
            waiting: {
              reason: 'CrashLoopBackOff',
              message: `back-off 5m0s restarting failed container=${name} pod=${podName}`,
            },
          },
          lastState: {
            terminated: { exitCode: 1, reason: 'Error', startedAt: started, finishedAt: started },
          },
        },
        events: [
          ['Normal', 'Started', `Started container ${name}`],
          ['Warning', 'BackOff', `Back-off restarting failed container ${name} in pod ${podName}`],
        ],
      };
  }
}

/** The status of a pod in `state`, and the events the kubelet/scheduler would record. */
export function podStatus(
  pod: KObj,
  state: PodState,
): { status: KObj; events: ContainerView['events'] } {
  const views = containersOf(pod).map((c) => containerView(c, state, nameOf(pod)));
  const ready = state.kind === 'ready';
  const now = nowIso();
  const scheduled = state.kind !== 'progress-deadline';
  const events: ContainerView['events'] = scheduled
    ? [
        [
          'Normal',
          'Scheduled',
          `Successfully assigned ${namespaceOf(pod) ?? 'default'}/${nameOf(pod)} to emulator-node-1`,
        ],
      ]
    : [
        [
          'Warning',
          'FailedScheduling',
          '0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.',
        ],
      ];
  const phase = ready || state.kind === 'crash-loop' ? 'Running' : 'Pending';
  const conditions = scheduled
    ? [
        { type: 'PodScheduled', status: 'True', lastTransitionTime: now },
        { type: 'Initialized', status: 'True', lastTransitionTime: now },
        {
          type: 'ContainersReady',
          status: ready ? 'True' : 'False',
          lastTransitionTime: now,
          ...(ready ? {} : { reason: 'ContainersNotReady' }),
        },
        {
          type: 'Ready',
          status: ready ? 'True' : 'False',
          lastTransitionTime: now,
          ...(ready ? {} : { reason: 'ContainersNotReady' }),
        },
      ]
    : [
        {
          type: 'PodScheduled',
          status: 'False',
          reason: 'Unschedulable',
          message: events[0]?.[2],
          lastTransitionTime: now,
        },
      ];
  return {
    status: {
      phase,
      conditions,
      ...(scheduled
        ? {
            hostIP: '10.128.0.2',
            podIP: `10.4.0.${(nameOf(pod).length * 7) % 250}`,
            startTime: now,
            containerStatuses: views.map((v) => v.status),
          }
        : {}),
      qosClass: 'BestEffort',
    },
    events: [...events, ...views.flatMap((v) => v.events)],
  };
}

/** Records a core/v1 Event about `about`. */
export function recordEvent(
  api: Api,
  about: KObj,
  type: string,
  reason: string,
  message: string,
  component: string,
): void {
  const m = meta(about);
  const namespace = namespaceOf(about) ?? 'default';
  const now = nowIso();
  api.commit(
    EVENT,
    undefined,
    {
      metadata: {
        name: `${nameOf(about)}.${[...randomBytes(8)].map((b) => b.toString(16).padStart(2, '0')).join('')}`,
        namespace,
      },
      involvedObject: {
        kind: about.kind,
        namespace,
        name: nameOf(about),
        uid: m.uid,
        apiVersion: about.apiVersion,
        resourceVersion: m.resourceVersion,
      },
      reason,
      message,
      source: { component },
      firstTimestamp: now,
      lastTimestamp: now,
      count: 1,
      type,
      eventTime: null,
      reportingComponent: component,
      reportingInstance: '',
    },
    { manager: component },
  );
}
