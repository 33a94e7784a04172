/** apply-litellm's input and output names (kept equal to action.yml by a test) and parseInputs(). */
import {
  booleanInput,
  optional,
  parseEnum,
  parseList,
  pick,
  positiveInteger,
  type InputSource,
} from '../../lib/inputs/parse.js';
import { parseSecretLines } from '../../lib/inputs/secrets.js';
import type { PlatformConfig } from '../../lib/config/schema.js';
import { ConfigurationError } from '../../lib/errors.js';
import { readInputFile } from '../../lib/inputs/file.js';
import { isMapping, parseYamlDocument } from '../../lib/inputs/yaml.js';
import { checkResources, imageRef, type Resources } from '../../lib/validate/kubernetes.js';
import { checkSecretData } from '../../lib/k8s/secrets.js';
import { labelValue } from '../../lib/validate/label-value.js';
import * as rules from '../../lib/validate/rules.js';

export const Inputs = {
  Namespace: 'namespace',
  CreateNamespace: 'create-namespace',
  Manifests: 'manifests',
  Image: 'image',
  Replicas: 'replicas',
  ConfigFile: 'config-file',
  MasterKey: 'master-key',
  EnvSecrets: 'env-secrets',
  ServiceType: 'service-type',
  Resources: 'resources',
  Timeout: 'timeout',
  SmokeUrl: 'smoke-url',
  Config: 'config',
  AllowClusterScoped: 'allow-cluster-scoped',
  Prune: 'prune',
  ApplySet: 'apply-set',
  DryRun: 'dry-run',
} as const;

export const Outputs = {
  ServiceUrl: 'service-url',
  Changed: 'changed',
  Changes: 'changes',
} as const;

export const SERVICE_TYPES = ['ClusterIP', 'NodePort', 'LoadBalancer'] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];

export const DEFAULTS = {
  /** Keeps this action's objects apart from the other deploy action's in one namespace. */
  applySet: 'apply-litellm',
  namespace: 'model-serving',
  replicas: 1,
  serviceType: 'ClusterIP' as ServiceType,
  timeout: '10m',
  // LiteLLM's docs: production wants at least 4 CPU and 8 GB; these suit a small gateway.
  resources: { requests: { cpu: '500m', memory: '1Gi' }, limits: { memory: '2Gi' } } as Resources,
};

export interface RenderSettings {
  readonly image: string;
  readonly replicas: number;
  readonly configFile?: string;
  /** config.yaml's text, read and checked at parse time. */
  readonly configText?: string;
  readonly serviceType: ServiceType;
  readonly resources: Resources;
}

export interface LitellmInputs {
  readonly namespace: string;
  /** The gateway's namespace is its own (runbook phase 2 creates it), so it is created when missing. */
  readonly createNamespace: boolean;
  /** The user's manifests; when set, nothing is rendered but the Secrets. */
  readonly manifests?: readonly string[];
  readonly render?: RenderSettings;
  readonly masterKey?: string;
  readonly envSecrets: Readonly<Record<string, string>>;
  readonly timeoutMs: number;
  readonly smokeUrl?: string;
  /** Cluster-scoped objects in the manifests are refused unless this is true. */
  readonly allowClusterScoped: boolean;
  /** Delete what an earlier run of this apply set applied and the manifests no longer hold. */
  readonly prune: boolean;
  /** The `deploy.gke-data-platform.dev/apply-set` label value on everything this step applies. */
  readonly applySet: string;
  readonly dryRun: boolean;
  readonly warnings: readonly string[];
}

/** Tags that move under you: a pinned version makes a deploy repeatable. */
const FLOATING_TAG = /:(main-latest|main-stable|latest|lts)$/;

export async function parseInputs(
  source: InputSource,
  config?: PlatformConfig,
): Promise<LitellmInputs> {
  const file = config?.litellm;
  const warnings: string[] = [];
  // Read first: a dry run (the plan on a pull request) runs without any secret (issue 13).
  const dryRun = booleanInput(source, Inputs.DryRun, false);
  const namespace = rules.dnsLabel(
    Inputs.Namespace,
    pick(optional(source, Inputs.Namespace), file?.namespace, DEFAULTS.namespace) ?? '',
  );
  const manifestList = parseList(optional(source, Inputs.Manifests));
  const manifests = manifestList.length > 0 ? manifestList : file?.manifests;
  const imageValue = pick(optional(source, Inputs.Image), file?.image);

  const masterKey = optional(source, Inputs.MasterKey);
  if (masterKey !== undefined && !masterKey.startsWith('sk-')) {
    // LiteLLM rejects admin keys without the prefix (domain-facts 2); never echo the value.
    throw new ConfigurationError(Inputs.MasterKey, 'must start with "sk-"');
  }
  const envSecrets = Object.fromEntries(
    parseSecretLines(Inputs.EnvSecrets, source(Inputs.EnvSecrets)),
  );
  checkSecretData(Inputs.EnvSecrets, envSecrets, true);
  if ('LITELLM_MASTER_KEY' in envSecrets) {
    throw new ConfigurationError(
      Inputs.EnvSecrets,
      'must not set LITELLM_MASTER_KEY; use the master-key input',
    );
  }

  let render: RenderSettings | undefined;
  if (manifests && manifests.length > 0) {
    if (imageValue !== undefined) {
      throw new ConfigurationError(
        Inputs.Image,
        'cannot be combined with manifests; set the image in your manifests',
      );
    }
  } else {
    const image = imageRef(Inputs.Image, imageValue ?? '');
    if (FLOATING_TAG.test(image) || !/[:@]/.test(image.split('/').pop() ?? '')) {
      throw new ConfigurationError(
        Inputs.Image,
        `must be pinned to a version tag or digest, not a floating tag (got "${image}")`,
      );
    }
    if (masterKey === undefined && !dryRun) {
      throw new ConfigurationError(
        Inputs.MasterKey,
        'is required for the rendered deployment: without it the proxy accepts every caller',
      );
    }
    if (masterKey === undefined) {
      warnings.push(
        `${Inputs.MasterKey} is not set: this dry run plans without the master-key Secret (a deploy requires it)`,
      );
    }
    const configFile = pick(optional(source, Inputs.ConfigFile), file?.configFile);
    const configText =
      configFile === undefined ? undefined : await readConfigFile(configFile, envSecrets, warnings);
    const resourcesText = optional(source, Inputs.Resources);
    render = {
      image,
      replicas: positiveInteger(
        Inputs.Replicas,
        optional(source, Inputs.Replicas) ?? String(file?.replicas ?? DEFAULTS.replicas),
        100,
      ),
      configFile,
      configText,
      serviceType: parseEnum(
        Inputs.ServiceType,
        pick(optional(source, Inputs.ServiceType), file?.serviceType, DEFAULTS.serviceType) ?? '',
        SERVICE_TYPES,
      ),
      resources: resourcesText
        ? checkResources(
            Inputs.Resources,
            await parseYamlDocument(resourcesText, {
              input: Inputs.Resources,
              where: 'the resources input',
            }),
          )
        : file?.resources !== undefined
          ? checkResources(Inputs.Resources, file.resources)
          : DEFAULTS.resources,
    };
    if (render.serviceType === 'LoadBalancer') {
      warnings.push(
        'service-type LoadBalancer exposes the LiteLLM gateway outside the cluster; keep the master key strong and prefer an internal load balancer or an Ingress with TLS',
      );
    }
  }

  const smokeUrl = pick(optional(source, Inputs.SmokeUrl), file?.smokeUrl);
  if (smokeUrl !== undefined && !/^https?:\/\/[^\s]+$/.test(smokeUrl)) {
    throw new ConfigurationError(Inputs.SmokeUrl, `must be an http(s) URL (got "${smokeUrl}")`);
  }
  return {
    namespace,
    manifests,
    render,
    masterKey,
    envSecrets,
    timeoutMs: rules.duration(
      Inputs.Timeout,
      pick(optional(source, Inputs.Timeout), file?.timeout, DEFAULTS.timeout) ?? '',
    ),
    smokeUrl,
    createNamespace: booleanInput(
      source,
      Inputs.CreateNamespace,
      config?.litellm?.createNamespace ?? true,
    ),
    allowClusterScoped: booleanInput(source, Inputs.AllowClusterScoped, false),
    prune: booleanInput(source, Inputs.Prune, file?.prune ?? false),
    applySet: labelValue(
      Inputs.ApplySet,
      pick(optional(source, Inputs.ApplySet), file?.applySet, DEFAULTS.applySet) ?? '',
    ),
    dryRun,
    warnings,
  };
}

/** Reads config.yaml, checks it is a mapping, and warns about inline secrets. */
async function readConfigFile(
  path: string,
  envSecrets: Readonly<Record<string, string>>,
  warnings: string[],
): Promise<string> {
  const text = await readInputFile(Inputs.ConfigFile, path);
  const doc = await parseYamlDocument(text, { input: Inputs.ConfigFile, where: path });
  if (!isMapping(doc)) {
    throw new ConfigurationError(
      Inputs.ConfigFile,
      `${path} must be a mapping (model_list, litellm_settings, general_settings)`,
    );
  }
  const inline = inlineSecretKeys(doc);
  if (inline.length > 0) {
    warnings.push(
      `${path} has inline ${[...new Set(inline)].join(', ')} values; a ConfigMap is not secret: use os.environ/NAME and pass the value in env-secrets`,
    );
  }
  const provided = new Set([...Object.keys(envSecrets), 'LITELLM_MASTER_KEY']);
  const missing = [
    ...new Set([...text.matchAll(/os\.environ\/([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1] ?? '')),
  ].filter((n) => !provided.has(n));
  if (missing.length > 0) {
    warnings.push(
      `${path} reads ${missing.join(', ')} from the environment, but env-secrets does not provide ${missing.length > 1 ? 'them' : 'it'}`,
    );
  }
  return text;
}

const SECRET_KEYS = new Set([
  'api_key',
  'master_key',
  'database_url',
  'salt_key',
  'aws_secret_access_key',
]);

/** Keys in config.yaml that hold a literal value where a secret belongs. */
function inlineSecretKeys(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(inlineSecretKeys);
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) =>
    SECRET_KEYS.has(key) && typeof value === 'string' && !value.startsWith('os.environ/')
      ? [key]
      : inlineSecretKeys(value),
  );
}
