/**
 * Turns the app repo's manifests into what deploy-app applies: namespace set, images replaced by
 * the built digests, the backend on its Workload Identity KSA with the Cloud SQL proxy as a
 * native sidecar, and the database URL in the `db-credentials` Secret. Pure.
 */
import { ConfigurationError } from '../../lib/errors.js';
import { addProxySidecar } from '../../lib/k8s/cloud-sql.js';
import {
  podSpecOf,
  substituteImages,
  type Container,
  type Substitution,
} from '../../lib/k8s/images.js';
import { assertUnique, inNamespace } from '../../lib/k8s/manifests.js';
import { secretObject } from '../../lib/k8s/secrets.js';
import type { KubeObject } from '../../lib/tools/kubectl.js';
import { DEFAULTS, Inputs, type AppInputs } from './inputs.js';

export const DB_SECRET = 'db-credentials';
export const DB_SECRET_KEY = 'database-url';

export interface PreparedApp {
  readonly objects: KubeObject[];
  readonly substitutions: readonly Substitution[];
  readonly warnings: readonly string[];
  /** The Service the address is read from, when it is among the manifests. */
  readonly service?: KubeObject;
}

export function prepareApp(inputs: AppInputs, userObjects: readonly KubeObject[]): PreparedApp {
  const warnings: string[] = [];
  const placed = inNamespace(
    Inputs.Manifests,
    userObjects,
    inputs.namespace,
    inputs.allowClusterScoped,
  );
  const { objects, substitutions, unused } = substituteImages(placed, inputs.images);
  const typos = unused.filter((name) => inputs.requiredImages.includes(name));
  if (typos.length > 0) {
    throw new ConfigurationError(
      Inputs.Images,
      `${typos.join(', ')} matched no container name or image in the manifests`,
    );
  }

  const backend = objects.find(
    (o) => o.kind === 'Deployment' && o.metadata.name === inputs.backend,
  );
  const needsBackend =
    inputs.cloudSql !== undefined ||
    inputs.databaseUrl !== undefined ||
    inputs.serviceAccountExplicit;
  if (!backend && needsBackend) {
    throw new ConfigurationError(
      Inputs.Backend,
      `no Deployment named "${inputs.backend}" in the manifests (it gets the service account, database secret and Cloud SQL proxy)`,
    );
  }
  if (
    !objects.some((o) => o.kind === 'Deployment' && o.metadata.name === inputs.frontend) &&
    inputs.frontend !== DEFAULTS.frontend
  ) {
    throw new ConfigurationError(
      Inputs.Frontend,
      `no Deployment named "${inputs.frontend}" in the manifests`,
    );
  }

  const secrets: KubeObject[] = [];
  const pod = backend ? podSpecOf(backend) : undefined;
  if (backend && pod) {
    if (inputs.serviceAccountExplicit || pod.serviceAccountName === undefined) {
      if (
        pod.serviceAccountName !== undefined &&
        pod.serviceAccountName !== inputs.serviceAccount
      ) {
        warnings.push(
          `${inputs.backend} ran as service account ${pod.serviceAccountName}; the service-account input sets ${inputs.serviceAccount}`,
        );
      }
      pod.serviceAccountName = inputs.serviceAccount;
    }
    if (inputs.databaseUrl !== undefined) {
      const secret = secretObject(DB_SECRET, inputs.namespace, {
        [DB_SECRET_KEY]: inputs.databaseUrl,
      });
      secrets.push(secret);
      wireDatabaseUrl(pod.containers[0], secret);
    }
    if (inputs.cloudSql) warnings.push(...addProxySidecar(pod, inputs.cloudSql));
  }

  // Secrets first: the pods that read them start right after the apply.
  const all = [
    ...secrets,
    ...objects.filter(
      (o) => !(o.kind === 'Secret' && o.metadata.name === DB_SECRET && secrets.length),
    ),
  ];
  assertUnique(Inputs.Manifests, all);
  const service = all.find((o) => o.kind === 'Service' && o.metadata.name === inputs.service);
  if (service) warnings.push(...serviceWarnings(service));
  return { objects: all, substitutions, warnings, service };
}

/** Adds DATABASE_URL from the Secret unless the container already reads db-credentials. */
function wireDatabaseUrl(container: Container | undefined, secret: KubeObject): void {
  if (!container) return;
  const env = ((container.env as unknown[] | undefined) ?? []) as {
    name?: string;
    valueFrom?: { secretKeyRef?: { name?: string } };
  }[];
  const reads = env.some(
    (e) => e.name === 'DATABASE_URL' || e.valueFrom?.secretKeyRef?.name === secret.metadata.name,
  );
  if (!reads) {
    container.env = [
      ...env,
      {
        name: 'DATABASE_URL',
        valueFrom: { secretKeyRef: { name: DB_SECRET, key: DB_SECRET_KEY } },
      },
    ];
  }
}

const INTERNAL_LB = ['networking.gke.io/load-balancer-type', 'cloud.google.com/load-balancer-type'];

/** A public LoadBalancer without TLS serves plain HTTP to the internet. */
export function serviceWarnings(service: KubeObject): string[] {
  const spec = service.spec as { type?: string; ports?: { port?: number }[] } | undefined;
  if (spec?.type !== 'LoadBalancer') return [];
  const annotations = service.metadata.annotations ?? {};
  if (INTERNAL_LB.some((k) => /internal/i.test(annotations[k] ?? ''))) return [];
  if ((spec.ports ?? []).some((p) => p.port === 443)) return [];
  return [
    `service ${service.metadata.name} is a public LoadBalancer serving plain HTTP; put TLS in front (a Gateway or Ingress with a Google-managed certificate) before real users arrive`,
  ];
}
