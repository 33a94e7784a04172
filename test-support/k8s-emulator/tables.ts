/**
 * Server-side printing: `kubectl get` without -o asks for a meta.k8s.io Table, and prints only
 * what the server puts in it. A few kinds get the columns the real API server gives them
 * (pods, events, deployments, services, ...); the rest get NAME and AGE.
 */
import type { ResourceType } from './kinds.js';
import { at, isObject, meta, nameOf, type KObj } from './objects.js';

export const wantsTable = (accept: string): boolean => /as=Table/.test(accept);

function age(timestamp: unknown): string {
  if (typeof timestamp !== 'string') return '<unknown>';
  const s = Math.max(0, Math.floor((Date.now() - Date.parse(timestamp)) / 1000));
  if (s < 120) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 10) return `${m}m${s % 60}s`;
  if (m < 180) return `${m}m`;
  return `${Math.floor(m / 60)}h`;
}

const num = (v: unknown): number => (typeof v === 'number' ? v : 0);
const list = (v: unknown): Record<string, unknown>[] =>
  Array.isArray(v) ? v.filter(isObject) : [];

function podStatus(pod: KObj): string {
  for (const cs of list(at(pod, 'status.containerStatuses'))) {
    const waiting = at(cs, 'state.waiting.reason');
    if (typeof waiting === 'string') return waiting;
  }
  const unschedulable = list(at(pod, 'status.conditions')).some(
    (c) => c.reason === 'Unschedulable',
  );
  return unschedulable ? 'Pending' : String(at(pod, 'status.phase') ?? 'Pending');
}

type Column = [name: string, cell: (o: KObj) => string | number];
const nameColumn: Column = ['Name', nameOf];
const ageColumn: Column = ['Age', (o) => age(meta(o).creationTimestamp)];

const COLUMNS: Record<string, Column[]> = {
  Pod: [
    nameColumn,
    [
      'Ready',
      (o) =>
        `${list(at(o, 'status.containerStatuses')).filter((c) => c.ready).length}/${list(at(o, 'spec.containers')).length}`,
    ],
    ['Status', podStatus],
    [
      'Restarts',
      (o) => list(at(o, 'status.containerStatuses')).reduce((n, c) => n + num(c.restartCount), 0),
    ],
    ageColumn,
  ],
  Event: [
    ['Last Seen', (o) => age(o.lastTimestamp ?? meta(o).creationTimestamp)],
    ['Type', (o) => String(o.type ?? '')],
    ['Reason', (o) => String(o.reason ?? '')],
    [
      'Object',
      (o) =>
        `${String(at(o, 'involvedObject.kind') ?? '').toLowerCase()}/${String(at(o, 'involvedObject.name') ?? '')}`,
    ],
    ['Message', (o) => String(o.message ?? '')],
  ],
  Deployment: [
    nameColumn,
    ['Ready', (o) => `${num(at(o, 'status.readyReplicas'))}/${num(at(o, 'spec.replicas'))}`],
    ['Up-to-date', (o) => num(at(o, 'status.updatedReplicas'))],
    ['Available', (o) => num(at(o, 'status.availableReplicas'))],
    ageColumn,
  ],
  StatefulSet: [
    nameColumn,
    ['Ready', (o) => `${num(at(o, 'status.readyReplicas'))}/${num(at(o, 'spec.replicas'))}`],
    ageColumn,
  ],
  ReplicaSet: [
    nameColumn,
    ['Desired', (o) => num(at(o, 'spec.replicas'))],
    ['Current', (o) => num(at(o, 'status.replicas'))],
    ['Ready', (o) => num(at(o, 'status.readyReplicas'))],
    ageColumn,
  ],
  Service: [
    nameColumn,
    ['Type', (o) => String(at(o, 'spec.type') ?? 'ClusterIP')],
    ['Cluster-IP', (o) => String(at(o, 'spec.clusterIP') ?? '<none>')],
    [
      'External-IP',
      (o) => {
        const ingress = list(at(o, 'status.loadBalancer.ingress'));
        if (ingress.length > 0) return ingress.map((i) => String(i.ip ?? i.hostname)).join(',');
        return at(o, 'spec.type') === 'LoadBalancer' ? '<pending>' : '<none>';
      },
    ],
    [
      'Port(s)',
      (o) =>
        list(at(o, 'spec.ports'))
          .map((p) => `${num(p.port)}/${String(p.protocol ?? 'TCP')}`)
          .join(','),
    ],
    ageColumn,
  ],
  Namespace: [nameColumn, ['Status', (o) => String(at(o, 'status.phase') ?? 'Active')], ageColumn],
  Secret: [
    nameColumn,
    ['Type', (o) => String(o.type ?? 'Opaque')],
    ['Data', (o) => Object.keys(isObject(o.data) ? o.data : {}).length],
    ageColumn,
  ],
  Job: [
    nameColumn,
    [
      'Status',
      (o) =>
        (list(at(o, 'status.conditions')).find((c) => c.status === 'True')?.type as
          string | undefined) ?? 'Running',
    ],
    [
      'Completions',
      (o) => `${num(at(o, 'status.succeeded'))}/${num(at(o, 'spec.completions')) || 1}`,
    ],
    ageColumn,
  ],
};

export function toTable(t: ResourceType, body: unknown): unknown {
  if (!isObject(body)) return body;
  const items = Array.isArray(body.items) ? (body.items as KObj[]) : [body as KObj];
  const columns = COLUMNS[t.kind] ?? [nameColumn, ageColumn];
  return {
    kind: 'Table',
    apiVersion: 'meta.k8s.io/v1',
    metadata: { resourceVersion: String(at(body, 'metadata.resourceVersion') ?? '') },
    columnDefinitions: columns.map(([name], i) => ({
      name,
      type: 'string',
      format: i === 0 && name === 'Name' ? 'name' : '',
      description: name,
      priority: 0,
    })),
    rows: items.map((o) => ({ cells: columns.map(([, cell]) => cell(o)), object: o })),
  };
}
