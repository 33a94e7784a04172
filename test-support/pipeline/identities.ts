/**
 * The three identities the templates sign in as, with the rights docs/wif-setup.md gives them,
 * enforced by both emulators: the Google API emulator by access token and IAM permission
 * (gcp-emulator/identities.ts), the Kubernetes emulator by RBAC verbs (k8s-emulator/rbac.ts).
 *
 * - deployer: everything (the emulators' default credentials).
 * - planner: read-only. Google: every get/list and IAM policy read (roles/viewer-like, plus
 *   roles/iam.securityReviewer for policies). Kubernetes: the built-in `view` ClusterRole,
 *   which "does not allow viewing Secrets, since this would allow privilege escalation"
 *   (https://kubernetes.io/docs/reference/access-authn-authz/rbac/#user-facing-roles).
 * - app-deployer: Artifact Registry push (roles/artifactregistry.writer) and the cluster
 *   read get-gke-credentials needs (container.clusters.get); in Kubernetes only the app's
 *   namespace, with what deploy-app writes and reads there.
 */
import type { GcpEmulator } from '../gcp-emulator/index.js';
import { READ_ONLY_PERMISSIONS } from '../gcp-emulator/index.js';
import type { K8sEmulator, PolicyRule } from '../k8s-emulator/index.js';
import type { Identity } from './step-runner.js';

const READ = ['get', 'list', 'watch'];

/** The `view` ClusterRole's resources (kubernetes/kubernetes plugin/pkg/auth/authorizer/rbac/bootstrappolicy/policy.go). */
export const VIEW_RULES: readonly PolicyRule[] = [
  {
    verbs: READ,
    apiGroups: [''],
    resources: [
      'configmaps',
      'endpoints',
      'persistentvolumeclaims',
      'persistentvolumeclaims/status',
      'pods',
      'pods/log',
      'pods/status',
      'replicationcontrollers',
      'services',
      'services/status',
      'serviceaccounts',
      'events',
      'limitranges',
      'resourcequotas',
      'namespaces',
      'namespaces/status',
    ],
  },
  {
    verbs: READ,
    apiGroups: ['apps'],
    resources: [
      'controllerrevisions',
      'daemonsets',
      'deployments',
      'deployments/scale',
      'deployments/status',
      'replicasets',
      'statefulsets',
    ],
  },
  { verbs: READ, apiGroups: ['batch'], resources: ['cronjobs', 'jobs'] },
  { verbs: READ, apiGroups: ['autoscaling'], resources: ['horizontalpodautoscalers'] },
  { verbs: READ, apiGroups: ['networking.k8s.io'], resources: ['ingresses', 'networkpolicies'] },
  { verbs: READ, apiGroups: ['policy'], resources: ['poddisruptionbudgets'] },
];

export const APP_GCP_PERMISSIONS: readonly string[] = [
  'artifactregistry.repositories.get',
  'artifactregistry.repositories.list',
  'artifactregistry.repositories.uploadArtifacts',
  'artifactregistry.repositories.downloadArtifacts',
  'container.clusters.get',
];

export function appRules(namespace: string): readonly PolicyRule[] {
  const write = ['get', 'list', 'watch', 'create', 'update', 'patch'];
  return [
    {
      verbs: write,
      apiGroups: [''],
      resources: ['services', 'secrets', 'configmaps'],
      namespaces: [namespace],
    },
    { verbs: write, apiGroups: ['apps'], resources: ['deployments'], namespaces: [namespace] },
    {
      verbs: READ,
      apiGroups: [''],
      resources: ['pods', 'pods/log', 'events', 'serviceaccounts'],
      namespaces: [namespace],
    },
    { verbs: READ, apiGroups: ['apps'], resources: ['replicasets'], namespaces: [namespace] },
    { verbs: ['get'], apiGroups: [''], resources: ['namespaces'], resourceNames: [namespace] },
  ];
}

/**
 * docs/app-repositories.md's `app-deployer-prune` role: delete on the kinds prune lists, in the
 * app's namespace, granted only where `prune: true` is used (the base app deployer cannot delete).
 */
export function appPruneRules(namespace: string): readonly PolicyRule[] {
  return [
    {
      verbs: ['delete'],
      apiGroups: [''],
      resources: ['services', 'secrets', 'configmaps'],
      namespaces: [namespace],
    },
    { verbs: ['delete'], apiGroups: ['apps'], resources: ['deployments'], namespaces: [namespace] },
  ];
}

export interface PipelineAccounts {
  readonly deployer: string;
  readonly planner: string;
  readonly appDeployer: string;
}

/** Which cluster a set of identities belongs to, when a test has more than one. */
export interface ClusterScope {
  /** Appended to each identity's name (`deployer@staging`). */
  readonly label: string;
  /** `project/location/name`: get-gke-credentials for any other cluster fails. */
  readonly cluster: string;
  /** More kubectl-side environment: the simulated helm's state for this cluster. */
  readonly kubeEnv?: Record<string, string>;
}

/** Identities by service account email, for PipelineOptions.identities. */
export async function pipelineIdentities(
  gcp: GcpEmulator,
  k8s: K8sEmulator,
  accounts: PipelineAccounts,
  appNamespace: string,
  scope?: ClusterScope,
): Promise<Record<string, Identity>> {
  const name = (n: string): string => (scope ? `${n}@${scope.label}` : n);
  const kube = (env: Record<string, string>): Record<string, string> => ({
    ...env,
    ...scope?.kubeEnv,
  });
  const cluster = scope?.cluster;
  return {
    [accounts.deployer]: { name: name('deployer'), gcloud: gcp.env, kube: kube(k8s.env), cluster },
    [accounts.planner]: {
      name: name('planner'),
      gcloud: await gcp.addIdentity(name('planner'), READ_ONLY_PERMISSIONS),
      kube: kube(await k8s.addUser('planner', VIEW_RULES)),
      cluster,
    },
    [accounts.appDeployer]: {
      name: name('app-deployer'),
      gcloud: await gcp.addIdentity(name('app-deployer'), APP_GCP_PERMISSIONS),
      kube: kube(await k8s.addUser('app-deployer', appRules(appNamespace))),
      cluster,
    },
  };
}
