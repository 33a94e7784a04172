/** Every command setup-wi can run, as argv builders (pure; the conformance test feeds each to the real CLI). */
import type { SetupWiInputs } from './inputs.js';

export const workloadPoolOf = (projectId: string): string => `${projectId}.svc.id.goog`;
export const gsaEmailOf = (name: string, projectId: string): string =>
  `${name}@${projectId}.iam.gserviceaccount.com`;
export const wiMemberOf = (projectId: string, namespace: string, ksa: string): string =>
  `serviceAccount:${workloadPoolOf(projectId)}[${namespace}/${ksa}]`;

export const WI_USER_ROLE = 'roles/iam.workloadIdentityUser';
export const GSA_ANNOTATION = 'iam.gke.io/gcp-service-account';

type Cluster = NonNullable<SetupWiInputs['cluster']>;

/**
 * Moves a node pool to the GKE metadata server, which Workload Identity needs on every pool
 * (https://cloud.google.com/kubernetes-engine/docs/how-to/workload-identity, "Migrate existing
 * node pools"; the mode "can only be enabled if Workload Identity is enabled at the cluster
 * level":
 * https://cloud.google.com/python/docs/reference/container/latest/google.cloud.container_v1.types.WorkloadMetadataConfig).
 * It re-creates the pool's nodes. Without `--async`, gcloud waits for the node pool operation.
 */
function nodePoolMetadataArgs(p: string, c: Cluster, pool: string): string[] {
  return [
    'container',
    'node-pools',
    'update',
    pool,
    `--cluster=${c.name}`,
    ...where(p, c),
    '--workload-metadata=GKE_METADATA',
  ];
}

/** The cluster's location and project, as every `gcloud container` command names them. */
const where = (p: string, c: Cluster): string[] => [`--location=${c.location}`, `--project=${p}`];

/** `gcloud container clusters VERB NAME` in the cluster's location and project. */
const clusters = (verb: string, p: string, c: Cluster): string[] => [
  'container',
  'clusters',
  verb,
  c.name,
  ...where(p, c),
];

/** `gcloud iam service-accounts VERB EMAIL` in the project. */
const serviceAccounts = (verb: string, email: string, p: string): string[] => [
  'iam',
  'service-accounts',
  verb,
  email,
  `--project=${p}`,
];

export const argv = {
  describeCluster: (p: string, c: Cluster) => clusters('describe', p, c),
  enableWorkloadPool: (p: string, c: Cluster) => [
    ...clusters('update', p, c),
    `--workload-pool=${workloadPoolOf(p)}`,
    '--quiet',
  ],
  nodePoolMetadata: (p: string, c: Cluster, pool: string) => nodePoolMetadataArgs(p, c, pool),
  /** The same update as run by the action: `--quiet` so no prompt can hang the step. */
  updateNodePoolMetadata: (p: string, c: Cluster, pool: string) => [
    ...nodePoolMetadataArgs(p, c, pool),
    '--quiet',
  ],
  describeGsa: (p: string, email: string) => serviceAccounts('describe', email, p),
  createGsa: (p: string, name: string, displayName?: string) => [
    'iam',
    'service-accounts',
    'create',
    name,
    `--project=${p}`,
    ...(displayName ? [`--display-name=${displayName}`] : []),
    '--quiet',
  ],
  getProjectPolicy: (p: string) => ['projects', 'get-iam-policy', p],
  setProjectPolicy: (p: string) => (file: string) => ['projects', 'set-iam-policy', p, file],
  getGsaPolicy: (p: string, email: string) => serviceAccounts('get-iam-policy', email, p),
  setGsaPolicy: (p: string, email: string) => (file: string) => [
    'iam',
    'service-accounts',
    'set-iam-policy',
    email,
    file,
    `--project=${p}`,
  ],
} as const;
