/**
 * The rendered default LiteLLM deployment: ConfigMap (config.yaml mounted outside /app, so the
 * image's own files are not shadowed), Secrets (master key, provider keys), Deployment with the
 * documented health probes on port 4000, and a Service. Pure: inputs in, objects out.
 */
import { createHash } from 'node:crypto';
import { MANAGED_BY_LABEL, type KubeObject } from '../../lib/tools/kubectl.js';
import { secretObject } from '../../lib/k8s/secrets.js';
import type { RenderSettings } from './inputs.js';

export const NAME = 'litellm';
export const PORT = 4000;
export const CONFIG_MAP = 'litellm-config';
export const MASTER_KEY_SECRET = 'litellm-master-key';
export const MASTER_KEY_KEY = 'master-key';
export const ENV_SECRET = 'litellm-env';
export const CONFIG_DIR = '/etc/litellm';

// Functions, not shared objects: a shared object would be written as a YAML anchor and alias.
const labels = (): Record<string, string> => ({
  'app.kubernetes.io/name': NAME,
  ...MANAGED_BY_LABEL,
});
const selector = (): Record<string, string> => ({ 'app.kubernetes.io/name': NAME });

const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The Secrets both modes apply: the master key and the provider keys. */
export function litellmSecrets(
  namespace: string,
  masterKey: string | undefined,
  envSecrets: Readonly<Record<string, string>>,
): KubeObject[] {
  const out: KubeObject[] = [];
  if (masterKey !== undefined)
    out.push(
      secretObject(MASTER_KEY_SECRET, namespace, { [MASTER_KEY_KEY]: masterKey }, selector()),
    );
  if (Object.keys(envSecrets).length > 0)
    out.push(secretObject(ENV_SECRET, namespace, envSecrets, selector()));
  return out;
}

export function renderLitellm(
  namespace: string,
  settings: RenderSettings,
  secrets: readonly KubeObject[],
): KubeObject[] {
  const hasEnvSecret = secrets.some((s) => s.metadata.name === ENV_SECRET);
  const configMap: KubeObject | undefined =
    settings.configText === undefined
      ? undefined
      : {
          apiVersion: 'v1',
          kind: 'ConfigMap',
          metadata: { name: CONFIG_MAP, namespace, labels: labels() },
          data: { 'config.yaml': settings.configText },
        };
  // A pod template annotation that changes with the config rolls the pods: they read it only at
  // start. (Secrets are not hashed here: deployObjects restarts the readers of a changed Secret.)
  const annotations: Record<string, string> = {};
  if (settings.configText !== undefined) annotations['checksum/config'] = sha(settings.configText);

  const probe = (path: string, extra: Record<string, number>): Record<string, unknown> => ({
    httpGet: { path, port: 'http' },
    timeoutSeconds: 10,
    ...extra,
  });
  const deployment: KubeObject = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: NAME, namespace, labels: labels() },
    spec: {
      replicas: settings.replicas,
      selector: { matchLabels: selector() },
      template: {
        metadata: { labels: labels(), ...(Object.keys(annotations).length ? { annotations } : {}) },
        spec: {
          securityContext: { seccompProfile: { type: 'RuntimeDefault' } },
          containers: [
            {
              name: NAME,
              image: settings.image,
              args: [
                ...(configMap ? ['--config', `${CONFIG_DIR}/config.yaml`] : []),
                '--port',
                String(PORT),
              ],
              ports: [{ name: 'http', containerPort: PORT, protocol: 'TCP' }],
              env: secrets.some((s) => s.metadata.name === MASTER_KEY_SECRET)
                ? [
                    {
                      name: 'LITELLM_MASTER_KEY',
                      valueFrom: { secretKeyRef: { name: MASTER_KEY_SECRET, key: MASTER_KEY_KEY } },
                    },
                  ]
                : [],
              ...(hasEnvSecret ? { envFrom: [{ secretRef: { name: ENV_SECRET } }] } : {}),
              ...(configMap
                ? { volumeMounts: [{ name: 'config', mountPath: CONFIG_DIR, readOnly: true }] }
                : {}),
              // https://docs.litellm.ai/docs/proxy/health: neither endpoint calls a model or needs auth.
              startupProbe: probe('/health/liveliness', {
                periodSeconds: 10,
                failureThreshold: 30,
              }),
              livenessProbe: probe('/health/liveliness', {
                periodSeconds: 15,
                failureThreshold: 3,
              }),
              readinessProbe: probe('/health/readiness', {
                periodSeconds: 10,
                failureThreshold: 3,
              }),
              resources: settings.resources,
              securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } },
            },
          ],
          ...(configMap ? { volumes: [{ name: 'config', configMap: { name: CONFIG_MAP } }] } : {}),
        },
      },
    },
  };
  const service: KubeObject = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: NAME, namespace, labels: labels() },
    spec: {
      type: settings.serviceType,
      selector: selector(),
      ports: [{ name: 'http', port: PORT, targetPort: 'http', protocol: 'TCP' }],
    },
  };
  return [...(configMap ? [configMap] : []), ...secrets, deployment, service];
}

/** The in-cluster URL of the first Service among the objects. */
export function serviceUrlOf(objects: readonly KubeObject[]): string | undefined {
  const svc = objects.find((o) => o.kind === 'Service');
  if (!svc) return undefined;
  const port = (svc.spec as { ports?: { port?: number }[] } | undefined)?.ports?.[0]?.port;
  const host = `${svc.metadata.name}.${svc.metadata.namespace ?? 'default'}.svc.cluster.local`;
  return `http://${host}${port && port !== 80 ? `:${port}` : ''}`;
}
