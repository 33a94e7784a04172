/**
 * Google credentials, checked before any command (issue 15, class 11; cases F11-F13). The
 * token exchange belongs to google-github-actions/auth, but what a user meets when it did not
 * happen is ours: without this check the first gcloud call fails with gcloud's own "You do not
 * currently have an active account selected", which says neither what is missing nor where.
 *
 * What auth leaves behind (google-github-actions/auth src/main.ts): with its defaults it writes
 * a credentials file under RUNNER_TEMP and exports CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE,
 * GOOGLE_APPLICATION_CREDENTIALS and GOOGLE_GHA_CREDS_PATH; for Workload Identity Federation it
 * first needs ACTIONS_ID_TOKEN_REQUEST_URL and _TOKEN, which the runner only sets when the job
 * has `permissions: id-token: write`
 * (https://docs.github.com/actions/security-for-github-actions/security-hardening-your-deployments/about-security-hardening-with-openid-connect#adding-permissions-settings).
 * A reusable workflow cannot grant itself more than its caller's job allows, so the calling job
 * must grant it too.
 *
 * Only on GitHub-hosted runners (GITHUB_ACTIONS=true and RUNNER_ENVIRONMENT=github-hosted or
 * unset): a self-hosted runner on GCE or GKE has credentials from the metadata server, which no
 * variable shows, and the CLI on a laptop uses gcloud's own login. A dry run is checked too: it
 * still observes through gcloud and kubectl, so it needs the same credentials.
 */
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

export class MissingCredentialsError extends Error {
  override readonly name = 'MissingCredentialsError';
}

/** Variables that point gcloud (and the libraries) at credentials. */
const CREDENTIAL_FILES = [
  'GOOGLE_APPLICATION_CREDENTIALS',
  'CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE',
  'GOOGLE_GHA_CREDS_PATH',
  'CLOUDSDK_AUTH_ACCESS_TOKEN_FILE',
];

const AUTH_STEP =
  'add `- uses: google-github-actions/auth@<sha>` with `workload_identity_provider` and `service_account` to this job, before this step';

/** Whether gcloud has a login of its own (`gcloud auth login` / `activate-service-account`). */
function gcloudHasLogin(env: NodeJS.ProcessEnv): boolean {
  const config = env.CLOUDSDK_CONFIG || path.join(env.HOME || homedir(), '.config', 'gcloud');
  return existsSync(path.join(config, 'credentials.db'));
}

/** Why this step has no usable Google credentials, or undefined when it has them (or cannot tell). */
export function missingCredentials(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.GITHUB_ACTIONS !== 'true') return undefined;
  if (env.RUNNER_ENVIRONMENT && env.RUNNER_ENVIRONMENT !== 'github-hosted') return undefined;
  if (env.CLOUDSDK_AUTH_ACCESS_TOKEN) return undefined;
  const set = CREDENTIAL_FILES.filter((name) => Boolean(env[name]));
  const present = set.filter((name) => existsSync(env[name] ?? ''));
  if (present.length > 0 || gcloudHasLogin(env)) return undefined;
  const job = env.GITHUB_JOB ? `job "${env.GITHUB_JOB}"` : 'this job';
  if (set.length > 0) {
    return `no Google credentials: ${set.join(', ')} points to ${env[set[0] ?? ''] ?? ''}, which does not exist on this runner; credentials are per job, so google-github-actions/auth must run in ${job} (${AUTH_STEP})`;
  }
  if (!env.ACTIONS_ID_TOKEN_REQUEST_URL) {
    return `no Google credentials, and ${job} cannot get any: ACTIONS_ID_TOKEN_REQUEST_URL is unset, so the job lacks \`permissions: id-token: write\`. Add \`permissions: {contents: read, id-token: write}\` to ${job}; if it calls a reusable workflow, the calling job must grant \`id-token: write\` as well. Then ${AUTH_STEP}`;
  }
  return `no Google credentials: google-github-actions/auth has not run in ${job} (none of ${CREDENTIAL_FILES.slice(0, 3).join(', ')} is set); ${AUTH_STEP}`;
}

/** Whether the kubeconfig kubectl will use gets its token from Google (a GKE kubeconfig). */
export function kubeconfigUsesGoogle(env: NodeJS.ProcessEnv = process.env): boolean {
  const files = (env.KUBECONFIG || path.join(env.HOME || homedir(), '.kube', 'config'))
    .split(path.delimiter)
    .filter(Boolean);
  return files.some((file) => {
    try {
      return readFileSync(file, 'utf8').includes('gke-gcloud-auth-plugin');
    } catch {
      return false;
    }
  });
}

const ALWAYS_GOOGLE = new Set(['setup-wi', 'gcs-log-bucket']);
const KUBERNETES = new Set(['helm-airflow', 'deploy-app', 'apply-litellm']);

interface ImageInputs {
  readonly image: { readonly host: string };
  readonly createRepository?: boolean;
}
const isImageInputs = (v: unknown): v is ImageInputs =>
  typeof v === 'object' && v !== null && typeof (v as ImageInputs).image?.host === 'string';

/** Whether `action`, with these parsed inputs, talks to Google. */
export function needsGoogle(action: string, inputs: unknown, env = process.env): boolean {
  if (ALWAYS_GOOGLE.has(action)) return true;
  if (KUBERNETES.has(action)) return kubeconfigUsesGoogle(env);
  if (action === 'build-push-image' && isImageInputs(inputs)) {
    const host = inputs.image.host;
    return (
      inputs.createRepository === true || host.endsWith('.pkg.dev') || /(^|\.)gcr\.io$/.test(host)
    );
  }
  return false;
}

/** Fails before any command when `action` needs Google credentials and the step has none. */
export function checkCredentials(action: string, inputs: unknown, env = process.env): void {
  if (!needsGoogle(action, inputs, env)) return;
  const problem = missingCredentials(env);
  if (problem !== undefined) throw new MissingCredentialsError(problem);
}
