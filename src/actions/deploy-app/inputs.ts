/** deploy-app's input and output names (kept equal to action.yml by a test) and parseInputs(). */
import {
  booleanInput,
  optional,
  parseList,
  pick,
  type InputSource,
} from '../../lib/inputs/parse.js';
import type { PlatformConfig } from '../../lib/config/schema.js';
import { ConfigurationError } from '../../lib/errors.js';
import { urlHasPassword } from '../../lib/k8s/cloud-sql.js';
import { isDigestRef, parseImages, type ImageOverride } from '../../lib/k8s/images.js';
import { parseRollbackTarget, type RollbackTarget } from '../../lib/k8s/rollout-history.js';
import { labelValue } from '../../lib/validate/label-value.js';
import { cloudSqlInstance, imageRef } from '../../lib/validate/kubernetes.js';
import * as rules from '../../lib/validate/rules.js';

export const Inputs = {
  Namespace: 'namespace',
  Manifests: 'manifests',
  Prune: 'prune',
  ApplySet: 'apply-set',
  Images: 'images',
  ServiceAccount: 'service-account',
  DatabaseUrl: 'database-url',
  CloudSqlInstance: 'cloud-sql-instance',
  AutoIamAuthn: 'auto-iam-authn',
  PrivateIp: 'private-ip',
  Backend: 'backend',
  Frontend: 'frontend',
  Service: 'service',
  WaitForAddress: 'wait-for-address',
  AddressTimeout: 'address-timeout',
  SmokePath: 'smoke-path',
  Timeout: 'timeout',
  Config: 'config',
  AllowClusterScoped: 'allow-cluster-scoped',
  RollbackToRevision: 'rollback-to-revision',
  DryRun: 'dry-run',
} as const;

export const Outputs = {
  ExternalIp: 'external-ip',
  Url: 'url',
  Changed: 'changed',
  Changes: 'changes',
  RolledBack: 'rolled-back',
} as const;

export const DEFAULTS = {
  /** Keeps this action's objects apart from the other deploy action's in one namespace. */
  applySet: 'deploy-app',
  namespace: 'application',
  serviceAccount: 'fastapi-backend-ksa',
  backend: 'fastapi-backend',
  frontend: 'react-frontend',
  service: 'react-frontend-service',
  timeout: '10m',
  addressTimeout: '10m',
} as const;

export interface AppInputs {
  readonly namespace: string;
  readonly manifests: readonly string[];
  readonly images: readonly ImageOverride[];
  /** Names given explicitly (input or file): each must match a container, or it is a typo. */
  readonly requiredImages: readonly string[];
  readonly serviceAccount: string;
  /** True when the KSA came from the input or file, not the default: then it overrides the manifest. */
  readonly serviceAccountExplicit: boolean;
  readonly databaseUrl?: string;
  readonly cloudSql?: {
    readonly instance: string;
    readonly autoIamAuthn: boolean;
    readonly privateIp: boolean;
  };
  readonly backend: string;
  readonly frontend: string;
  readonly service: string;
  readonly waitForAddress: boolean;
  readonly addressTimeoutMs: number;
  readonly smokePath?: string;
  readonly timeoutMs: number;
  /** Cluster-scoped objects in the manifests are refused unless this is true. */
  readonly allowClusterScoped: boolean;
  /** Delete what an earlier run of this apply set applied and the manifests no longer hold. */
  readonly prune: boolean;
  /** The `deploy.gke-data-platform.dev/apply-set` label value on everything this step applies. */
  readonly applySet: string;
  /** Deploy the images of this rollout revision instead (rollback.ts). */
  readonly rollback?: RollbackTarget;
  readonly dryRun: boolean;
  readonly warnings: readonly string[];
}

/**
 * `carried` are images from earlier steps (the CLI's `image-ref:NAME`); explicit `images`
 * lines and the platform file's map win over them.
 */
export function parseInputs(
  source: InputSource,
  config?: PlatformConfig,
  carried: readonly ImageOverride[] = [],
): AppInputs {
  const file = config?.app;
  const warnings: string[] = [];
  const namespace = rules.dnsLabel(
    Inputs.Namespace,
    pick(optional(source, Inputs.Namespace), file?.namespace, DEFAULTS.namespace) ?? '',
  );
  const listed = parseList(optional(source, Inputs.Manifests));
  const manifests = listed.length > 0 ? listed : (file?.manifests ?? []);
  if (manifests.length === 0) {
    throw new ConfigurationError(
      Inputs.Manifests,
      "is required (the app repo's deployments/*.yaml files or the folder)",
    );
  }

  const explicitImages = parseImages(Inputs.Images, source(Inputs.Images));
  const fileImages = Object.entries(file?.images ?? {}).map(([name, ref]) => ({
    name,
    ref: imageRef(Inputs.Images, ref),
  }));
  const byName = new Map<string, ImageOverride>();
  for (const o of [...carried, ...fileImages, ...explicitImages]) byName.set(o.name, o);
  const images = [...byName.values()];
  const floating = images.filter((o) => !isDigestRef(o.ref)).map((o) => o.name);
  if (floating.length > 0) {
    warnings.push(
      `images ${floating.join(', ')} are not pinned by digest; pass build-push-image's image@sha256 output so the deploy runs exactly what was built`,
    );
  }

  const saInput = pick(optional(source, Inputs.ServiceAccount), file?.serviceAccount);
  const databaseUrl = optional(source, Inputs.DatabaseUrl);
  const instance = pick(optional(source, Inputs.CloudSqlInstance), file?.cloudSqlInstance);
  const cloudSql =
    instance === undefined
      ? undefined
      : {
          instance: cloudSqlInstance(Inputs.CloudSqlInstance, instance),
          autoIamAuthn: booleanInput(source, Inputs.AutoIamAuthn, file?.autoIamAuthn ?? false),
          privateIp: booleanInput(source, Inputs.PrivateIp, file?.privateIp ?? false),
        };
  if (databaseUrl !== undefined && urlHasPassword(databaseUrl)) {
    warnings.push(
      cloudSql?.autoIamAuthn
        ? 'database-url carries a password although auto-iam-authn is on; with IAM database authentication the URL needs no password'
        : "database-url carries a password; with the Cloud SQL proxy's auto-iam-authn (an IAM database user for the GSA) the URL needs none and nothing can leak",
    );
  }
  const smokePath = pick(optional(source, Inputs.SmokePath), file?.smokePath);
  if (smokePath !== undefined && !/^\/[^\s]*$/.test(smokePath)) {
    throw new ConfigurationError(
      Inputs.SmokePath,
      `must be a path starting with / (got "${smokePath}")`,
    );
  }
  const waitForAddress = booleanInput(source, Inputs.WaitForAddress, file?.waitForAddress ?? true);
  if (smokePath !== undefined && !waitForAddress) {
    throw new ConfigurationError(
      Inputs.SmokePath,
      "needs wait-for-address: true (the check goes to the load balancer's address)",
    );
  }
  return {
    namespace,
    manifests,
    images,
    requiredImages: [...explicitImages, ...fileImages].map((o) => o.name),
    serviceAccount: rules.dnsSubdomain(Inputs.ServiceAccount, saInput ?? DEFAULTS.serviceAccount),
    serviceAccountExplicit: saInput !== undefined,
    databaseUrl,
    cloudSql,
    backend: rules.dnsSubdomain(
      Inputs.Backend,
      pick(optional(source, Inputs.Backend), file?.backend, DEFAULTS.backend) ?? '',
    ),
    frontend: rules.dnsSubdomain(
      Inputs.Frontend,
      pick(optional(source, Inputs.Frontend), file?.frontend, DEFAULTS.frontend) ?? '',
    ),
    service: rules.dnsLabel(
      Inputs.Service,
      pick(optional(source, Inputs.Service), file?.service, DEFAULTS.service) ?? '',
    ),
    waitForAddress,
    addressTimeoutMs: rules.duration(
      Inputs.AddressTimeout,
      pick(
        optional(source, Inputs.AddressTimeout),
        file?.addressTimeout,
        DEFAULTS.addressTimeout,
      ) ?? '',
    ),
    smokePath,
    timeoutMs: rules.duration(
      Inputs.Timeout,
      pick(optional(source, Inputs.Timeout), file?.timeout, DEFAULTS.timeout) ?? '',
    ),
    allowClusterScoped: booleanInput(source, Inputs.AllowClusterScoped, false),
    prune: booleanInput(source, Inputs.Prune, file?.prune ?? false),
    applySet: labelValue(
      Inputs.ApplySet,
      pick(optional(source, Inputs.ApplySet), file?.applySet, DEFAULTS.applySet) ?? '',
    ),
    rollback: parseRollbackTarget(Inputs.RollbackToRevision, source(Inputs.RollbackToRevision)),
    dryRun: booleanInput(source, Inputs.DryRun, false),
    warnings,
  };
}
