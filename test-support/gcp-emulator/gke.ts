/**
 * GKE (container.googleapis.com/v1): clusters get/list/update, node pool update, and the
 * long-running operations gcloud polls (shared path with Artifact Registry's operations).
 * https://cloud.google.com/kubernetes-engine/docs/reference/rest/v1/projects.locations.clusters
 */
import { asObject, googleError, ok, type Reply, type Route, type RouteContext } from './server.js';
import type { Cluster, GcpState } from './state.js';

function renderCluster(c: Cluster): Record<string, unknown> {
  const base = `https://container.googleapis.com/v1/projects/${c.project}/locations/${c.location}/clusters/${c.name}`;
  return {
    name: c.name,
    location: c.location,
    zone: c.location,
    status: c.status,
    selfLink: base,
    endpoint: '10.0.0.2',
    currentMasterVersion: '1.33.2-gke.1111000',
    currentNodeVersion: '1.33.2-gke.1111000',
    initialClusterVersion: '1.33.2-gke.1111000',
    network: 'default',
    subnetwork: 'default',
    createTime: '2026-01-01T00:00:00+00:00',
    ...(c.workloadIdentityConfig
      ? { workloadIdentityConfig: { ...c.workloadIdentityConfig } }
      : {}),
    ...(c.autopilot ? { autopilot: { ...c.autopilot } } : {}),
    nodePools: c.nodePools.map((np) => ({
      name: np.name,
      status: np.status,
      config: { machineType: 'e2-medium', diskSizeGb: 100, ...np.config },
      initialNodeCount: 1,
      selfLink: `${base}/nodePools/${np.name}`,
      version: '1.33.2-gke.1111000',
    })),
  };
}

function notFound(path: string): Reply {
  return googleError(404, `Not found: ${path}.`, 'NOT_FOUND');
}

function withCluster(ctx: RouteContext, then: (c: Cluster) => Reply): Reply {
  const [, project = '', location = '', name = ''] = ctx.match;
  const cluster = ctx.state.cluster(project, location, name);
  return cluster
    ? then(cluster)
    : notFound(`projects/${project}/locations/${location}/clusters/${name}`);
}

/** Starts an operation in GKE's shape; the change itself is already applied. */
function operation(state: GcpState, c: Cluster, type: string, target: string): Reply {
  const id = `operation-${Date.now()}-${state.nextId().slice(-8)}`;
  const self = `https://container.googleapis.com/v1/projects/${c.project}/locations/${c.location}/operations/${id}`;
  const op = state.addOperation({
    id,
    api: 'container',
    render: (done) => ({
      name: id,
      zone: c.location,
      operationType: type,
      status: done ? 'DONE' : 'RUNNING',
      selfLink: self,
      targetLink: target,
      startTime: state.now(),
      ...(done ? { endTime: state.now() } : {}),
    }),
  });
  return ok(op.render(op.pollsLeft === 0));
}

function updateCluster(ctx: RouteContext): Reply {
  return withCluster(ctx, (c) => {
    const update = asObject(asObject(ctx.body).update);
    const keys = Object.keys(update);
    if (keys.length === 0) return googleError(400, 'Update is empty.');
    if ('desiredWorkloadIdentityConfig' in update) {
      const pool = asObject(update.desiredWorkloadIdentityConfig).workloadPool;
      if (typeof pool === 'string' && pool !== '') {
        if (pool !== `${c.project}.svc.id.goog`) {
          return googleError(400, `Workload pool must be "${c.project}.svc.id.goog".`);
        }
        c.workloadIdentityConfig = { workloadPool: pool };
      } else {
        if (c.autopilot?.enabled) {
          return googleError(400, 'Workload Identity cannot be disabled on Autopilot clusters.');
        }
        delete c.workloadIdentityConfig;
      }
    } else {
      return googleError(400, `emulator: unsupported cluster update ${keys.join(', ')}`);
    }
    const target = String(renderCluster(c).selfLink);
    return operation(ctx.state, c, 'UPDATE_CLUSTER', target);
  });
}

function updateNodePool(ctx: RouteContext): Reply {
  return withCluster(ctx, (c) => {
    const poolName = ctx.match[4] ?? '';
    const pool = c.nodePools.find((np) => np.name === poolName);
    if (!pool)
      return notFound(
        `projects/${c.project}/locations/${c.location}/clusters/${c.name}/nodePools/${poolName}`,
      );
    const mode = asObject(asObject(ctx.body).workloadMetadataConfig).mode;
    // "This feature can only be enabled if Workload Identity is enabled at the cluster level":
    // https://cloud.google.com/python/docs/reference/container/latest/google.cloud.container_v1.types.WorkloadMetadataConfig
    if (mode === 'GKE_METADATA' && !c.workloadIdentityConfig) {
      return googleError(
        400,
        'Workload Identity must be enabled on the cluster to use the GKE metadata server (emulator wording).',
        'FAILED_PRECONDITION',
      );
    }
    if (typeof mode === 'string') pool.config.workloadMetadataConfig = { mode };
    const target = `${String(renderCluster(c).selfLink)}/nodePools/${poolName}`;
    return operation(ctx.state, c, 'UPDATE_NODE_POOL', target);
  });
}

const CLUSTER = '^/v1/projects/([^/]+)/locations/([^/]+)/clusters/([^/:]+)';

export const gkeRoutes: Route[] = [
  {
    method: 'GET',
    path: new RegExp(`${CLUSTER}$`),
    handle: (ctx) => withCluster(ctx, (c) => ok(renderCluster(c))),
  },
  {
    method: 'GET',
    path: /^\/v1\/projects\/([^/]+)\/locations\/([^/]+)\/clusters$/,
    handle: ({ state, match }) =>
      ok({
        clusters: [...state.clusters.values()]
          .filter((c) => c.project === match[1] && (match[2] === '-' || c.location === match[2]))
          .map(renderCluster),
      }),
  },
  { method: 'PUT', path: new RegExp(`${CLUSTER}$`), handle: updateCluster },
  {
    // gcloud reads the node pool back after its update operation is done.
    method: 'GET',
    path: new RegExp(`${CLUSTER}/nodePools/([^/:]+)$`),
    handle: (ctx) =>
      withCluster(ctx, (c) => {
        const pool = (renderCluster(c).nodePools as { name: string }[]).find(
          (np) => np.name === ctx.match[4],
        );
        return pool
          ? ok(pool)
          : notFound(
              `projects/${c.project}/locations/${c.location}/clusters/${c.name}/nodePools/${ctx.match[4] ?? ''}`,
            );
      }),
  },
  { method: 'PUT', path: new RegExp(`${CLUSTER}/nodePools/([^/:]+)$`), handle: updateNodePool },
  {
    // GKE and Artifact Registry share this path; the operation knows its own shape.
    method: 'GET',
    path: /^\/v1\/projects\/([^/]+)\/locations\/([^/]+)\/operations\/([^/:]+)$/,
    handle: ({ state, match }) => {
      const op = state.operations.get(match[3] ?? '');
      if (!op) return notFound(`projects/${match[1]}/locations/${match[2]}/operations/${match[3]}`);
      if (op.pollsLeft === 0) return ok(op.render(true));
      op.pollsLeft -= 1;
      return ok(op.render(false));
    },
  },
];
