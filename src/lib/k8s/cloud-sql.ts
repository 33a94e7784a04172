/**
 * The Cloud SQL Auth Proxy v2 as a native sidecar (Kubernetes >= 1.29): an init container with
 * `restartPolicy: Always` starts before the app and does not block shutdown or Job completion.
 * Image, flags and non-root uid from the proxy's README and k8s-sidecar example (domain-facts 3).
 */
import type { Container, PodSpec } from './images.js';

export const PROXY_CONTAINER = 'cloud-sql-proxy';
export const PROXY_IMAGE = 'gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.25.3';
export const PROXY_PORT = 5432;
/** The distroless image's nonroot user. */
const NONROOT_UID = 65532;

export interface ProxyOptions {
  readonly instance: string;
  readonly autoIamAuthn: boolean;
  readonly privateIp: boolean;
  readonly image?: string;
}

export function proxyContainer(o: ProxyOptions): Container {
  return {
    name: PROXY_CONTAINER,
    image: o.image ?? PROXY_IMAGE,
    restartPolicy: 'Always',
    args: [
      `--port=${PROXY_PORT}`,
      '--structured-logs',
      ...(o.autoIamAuthn ? ['--auto-iam-authn'] : []),
      ...(o.privateIp ? ['--private-ip'] : []),
      '--health-check',
      '--http-address=0.0.0.0',
      '--http-port=9801',
      '--exit-zero-on-sigterm',
      o.instance,
    ],
    ports: [{ name: 'proxy-health', containerPort: 9801, protocol: 'TCP' }],
    startupProbe: {
      httpGet: { path: '/startup', port: 'proxy-health' },
      periodSeconds: 1,
      failureThreshold: 60,
    },
    livenessProbe: {
      httpGet: { path: '/liveness', port: 'proxy-health' },
      periodSeconds: 10,
      failureThreshold: 3,
    },
    securityContext: {
      runAsNonRoot: true,
      runAsUser: NONROOT_UID,
      runAsGroup: NONROOT_UID,
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ['ALL'] },
    },
    // The proxy's needs scale with connections and I/O; this is a floor, not a ceiling.
    resources: { requests: { cpu: '250m', memory: '256Mi' }, limits: { memory: '1Gi' } },
  };
}

/**
 * Adds (or replaces) the proxy as a native sidecar. Returns warnings, e.g. for a classic
 * sidecar in `containers` that it replaces.
 */
export function addProxySidecar(pod: PodSpec, o: ProxyOptions): string[] {
  const warnings: string[] = [];
  const classic = pod.containers.findIndex(
    (c) => c.name === PROXY_CONTAINER || /cloud-sql-proxy|gce-proxy/.test(c.image ?? ''),
  );
  if (classic >= 0) {
    warnings.push(
      `container ${pod.containers[classic]?.name ?? ''} (a Cloud SQL proxy in containers) was replaced by the native sidecar`,
    );
    pod.containers.splice(classic, 1);
  }
  const inits = (pod.initContainers ?? []).filter((c) => c.name !== PROXY_CONTAINER);
  // First, so the database is reachable before any other init container runs.
  pod.initContainers = [proxyContainer(o), ...inits];
  return warnings;
}

/** Whether a database URL carries a password (`scheme://user:password@host`). Never returns it. */
export function urlHasPassword(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\/[^/@:\s]*:[^/@\s]+@/i.test(url) || /[?&]password=/i.test(url);
}
