/**
 * The environment each CLI is started with (issue 15, class 2): only what that tool reads, so
 * the step's `INPUT_*` variables (secret inputs included), the runner's tokens and whatever
 * else the job exported never reach a child process.
 *
 * What the tools read, from their documentation:
 * - gcloud: `CLOUDSDK_*` properties and config dir, `GOOGLE_APPLICATION_CREDENTIALS`
 *   (https://cloud.google.com/sdk/docs/properties, "Setting properties via environment
 *   variables"); it is Python, so `PYTHONPATH` too.
 * - kubectl: `KUBECONFIG`, `KUBECACHEDIR`, `KUBECTL_*`
 *   (https://kubernetes.io/docs/reference/kubectl/generated/kubectl/); GKE kubeconfigs run
 *   gke-gcloud-auth-plugin, which reads gcloud's settings and `USE_GKE_GCLOUD_AUTH_PLUGIN`.
 * - helm: `HELM_*` and `KUBECONFIG` (https://helm.sh/docs/helm/helm/, "Environment variables"),
 *   plus the GKE plugin's.
 * - docker: `DOCKER_*` (`DOCKER_CONFIG`, `DOCKER_HOST`...;
 *   https://docs.docker.com/reference/cli/docker/#environment-variables), `BUILDX_*`,
 *   `BUILDKIT_*`, `SOURCE_DATE_EPOCH`, and for buildx's `type=gha` cache `ACTIONS_CACHE_URL`,
 *   `ACTIONS_RESULTS_URL`, `ACTIONS_RUNTIME_TOKEN`
 *   (https://docs.docker.com/build/cache/backends/gha/); docker-credential-gcloud reads gcloud's.
 * Every tool also gets the basics: PATH, HOME, locale, temp folders, proxies and CA bundles.
 */
import path from 'node:path';

/** Extra variable names to pass to every child, comma- or space-separated (self-hosted needs). */
export const PASS_ENV_VARIABLE = 'GKE_DP_CHILD_ENV';

interface Allow {
  readonly names: readonly string[];
  readonly prefixes: readonly string[];
}

const BASIC: Allow = {
  names: [
    'PATH',
    'HOME',
    'USER',
    'LOGNAME',
    'LANG',
    'LANGUAGE',
    'TZ',
    'TMPDIR',
    'RUNNER_TEMP',
    'CI',
    'HTTP_PROXY',
    'HTTPS_PROXY',
    'NO_PROXY',
    'ALL_PROXY',
    'http_proxy',
    'https_proxy',
    'no_proxy',
    'all_proxy',
    'SSL_CERT_FILE',
    'SSL_CERT_DIR',
    'XDG_CONFIG_HOME',
    'XDG_CACHE_HOME',
    'XDG_DATA_HOME',
    'XDG_RUNTIME_DIR',
  ],
  prefixes: ['LC_'],
};

/** gcloud's own settings: also what gke-gcloud-auth-plugin and docker-credential-gcloud read. */
const GOOGLE: Allow = {
  names: ['GOOGLE_APPLICATION_CREDENTIALS', 'PYTHONPATH', 'USE_GKE_GCLOUD_AUTH_PLUGIN'],
  prefixes: ['CLOUDSDK_'],
};

const KUBE: Allow = { names: ['KUBECONFIG', 'KUBECACHEDIR'], prefixes: ['KUBECTL_'] };

const TOOLS: Readonly<Record<string, readonly Allow[]>> = {
  gcloud: [GOOGLE],
  kubectl: [KUBE, GOOGLE],
  helm: [KUBE, GOOGLE, { names: [], prefixes: ['HELM_'] }],
  docker: [
    GOOGLE,
    {
      names: [
        'SOURCE_DATE_EPOCH',
        'ACTIONS_CACHE_URL',
        'ACTIONS_RESULTS_URL',
        'ACTIONS_RUNTIME_TOKEN',
      ],
      prefixes: ['DOCKER_', 'BUILDX_', 'BUILDKIT_'],
    },
  ],
};

/** The environment for `tool`: the allowed part of `base`, then the command's own `extra`. */
export function childEnv(
  tool: string,
  base: NodeJS.ProcessEnv,
  extra: Readonly<Record<string, string>> = {},
): NodeJS.ProcessEnv {
  const allows = [BASIC, ...(TOOLS[path.basename(tool)] ?? [])];
  const passed = new Set((base[PASS_ENV_VARIABLE] ?? '').split(/[\s,]+/).filter(Boolean));
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(base)) {
    if (value === undefined || name.startsWith('INPUT_')) continue;
    const allowed =
      passed.has(name) ||
      allows.some((a) => a.names.includes(name) || a.prefixes.some((p) => name.startsWith(p)));
    if (allowed) env[name] = value;
  }
  return { ...env, ...extra };
}
