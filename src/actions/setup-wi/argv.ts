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

export const argv = {
  describeCluster: (p: string, c: Cluster) => [
    'container',
    'clusters',
    'describe',
    c.name,
    `--location=${c.location}`,
    `--project=${p}`,
  ],
  enableWorkloadPool: (p: string, c: Cluster) => [
    'container',
    'clusters',
    'update',
    c.name,
    `--location=${c.location}`,
    `--project=${p}`,
    `--workload-pool=${workloadPoolOf(p)}`,
    '--quiet',
  ],
  /** Printed in a warning only: recreating nodes is disruptive, so we never run it ourselves. */
  nodePoolMetadata: (p: string, c: Cluster, pool: string) => [
    'container',
    'node-pools',
    'update',
    pool,
    `--cluster=${c.name}`,
    `--location=${c.location}`,
    `--project=${p}`,
    '--workload-metadata=GKE_METADATA',
  ],
  describeGsa: (p: string, email: string) => [
    'iam',
    'service-accounts',
    'describe',
    email,
    `--project=${p}`,
  ],
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
  getGsaPolicy: (p: string, email: string) => [
    'iam',
    'service-accounts',
    'get-iam-policy',
    email,
    `--project=${p}`,
  ],
  setGsaPolicy: (p: string, email: string) => (file: string) => [
    'iam',
    'service-accounts',
    'set-iam-policy',
    email,
    file,
    `--project=${p}`,
  ],
} as const;
