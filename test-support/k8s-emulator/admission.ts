/**
 * What the API server's admission does before storing: defaulting (so a re-applied manifest
 * compares equal to what is stored, defaults included) and the validation errors kubectl users
 * meet most (a workload selector that does not match its template).
 */
import type { ResourceType } from './kinds.js';
import {
  ApiError,
  at,
  isObject,
  matchesLabels,
  nameOf,
  selectorString,
  stringMap,
  type KObj,
} from './objects.js';

const WITH_SPEC = new Set([
  'Namespace',
  'Service',
  'Deployment',
  'StatefulSet',
  'Job',
  'Pod',
  'PersistentVolumeClaim',
]);

/**
 * The pod spec defaults the API server fills in. They matter because SSA treats our container
 * lists as atomic: without them, an object read back and re-applied would differ.
 */
function defaultPodSpec(spec: Record<string, unknown>, restartPolicy: string): void {
  spec.restartPolicy ??= restartPolicy;
  spec.dnsPolicy ??= 'ClusterFirst';
  spec.schedulerName ??= 'default-scheduler';
  spec.securityContext ??= {};
  spec.terminationGracePeriodSeconds ??= 30;
  for (const key of ['containers', 'initContainers']) {
    const list = spec[key];
    for (const c of Array.isArray(list) ? list.filter(isObject) : []) {
      const image = String(c.image ?? '');
      c.imagePullPolicy ??= /:latest$|^[^:@]+$/.test(image.split('/').pop() ?? '')
        ? 'Always'
        : 'IfNotPresent';
      c.resources ??= {};
      c.terminationMessagePath ??= '/dev/termination-log';
      c.terminationMessagePolicy ??= 'File';
      for (const port of Array.isArray(c.ports) ? c.ports.filter(isObject) : [])
        port.protocol ??= 'TCP';
    }
  }
}
const WITH_TEMPLATE = new Set(['Deployment', 'StatefulSet', 'ReplicaSet', 'DaemonSet']);

export function applyDefaults(
  t: ResourceType,
  obj: KObj,
  before: KObj | undefined,
  nextClusterIp: () => string,
): void {
  const spec = (isObject(obj.spec) ? obj.spec : {}) as Record<string, unknown>;
  if (WITH_SPEC.has(t.kind)) obj.spec = spec;
  const podSpec = t.kind === 'Pod' ? spec : at(obj, 'spec.template.spec');
  if (isObject(podSpec) && (WITH_TEMPLATE.has(t.kind) || t.kind === 'Job' || t.kind === 'Pod')) {
    defaultPodSpec(podSpec, t.kind === 'Job' ? 'Never' : 'Always');
  }
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
      spec.clusterIP ??= at(before, 'spec.clusterIP') ?? nextClusterIp();
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
      if (!isObject(spec.strategy) || Object.keys(spec.strategy).length === 0) {
        spec.strategy = {
          type: 'RollingUpdate',
          rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' },
        };
      }
      return;
    case 'StatefulSet':
      spec.replicas ??= 1;
      spec.podManagementPolicy ??= 'OrderedReady';
      if (!isObject(spec.updateStrategy) || Object.keys(spec.updateStrategy).length === 0) {
        spec.updateStrategy = { type: 'RollingUpdate', rollingUpdate: { partition: 0 } };
      }
      return;
    case 'Job':
      spec.backoffLimit ??= 6;
      spec.completions ??= 1;
      spec.parallelism ??= 1;
      return;
    case 'Pod':
      obj.status ??= { phase: 'Pending' };
      return;
    case 'PersistentVolumeClaim':
      // No storage to provision: claims bind at once, as with a default StorageClass.
      obj.status ??= {
        phase: 'Bound',
        accessModes: spec.accessModes,
        capacity: at(spec, 'resources.requests'),
      };
      return;
  }
}

export function validateWorkload(t: ResourceType, obj: KObj): void {
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
