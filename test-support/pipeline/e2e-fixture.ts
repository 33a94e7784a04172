/**
 * What the pipeline tests share: the platform repository's workspace, the variables and secrets
 * a user would set, the three service accounts and their identities, and the checks every run
 * must pass (every job succeeded; no secret value, or fragment of one, anywhere).
 */
import { expect } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { GcpEmulator } from '../gcp-emulator/index.js';
import type { HelmSim } from '../helm-sim/index.js';
import type { K8sEmulator } from '../k8s-emulator/index.js';
import type { ArgvShims } from './argv-shims.js';
import type { PipelineResult } from './workflow-runner.js';

export const PROJECT = 'alpine-figure-461007-i9';
export const GSA = `cloudsql-proxy-gsa@${PROJECT}.iam.gserviceaccount.com`;
export const ACCOUNTS = {
  deployer: `platform-deployer@${PROJECT}.iam.gserviceaccount.com`,
  planner: `platform-planner@${PROJECT}.iam.gserviceaccount.com`,
  appDeployer: `app-deployer@${PROJECT}.iam.gserviceaccount.com`,
};
export const SECRETS = {
  GIT_SYNC_SSH_KEY:
    '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA-e2e-only\n-----END OPENSSH PRIVATE KEY-----\n',
  AIRFLOW_ADMIN_PASSWORD: 'e2e-Adm1n-"p@ss\'word',
  LITELLM_MASTER_KEY: 'sk-e2e-master-key-0123456789',
  LITELLM_ENV_SECRETS: 'OPENAI_API_KEY=sk-openai-e2e-secret-value',
  DATABASE_URL: 'postgresql://postgres:e2e-db-P4ss$word@127.0.0.1:5432/job_db',
};
/** Staging's own secrets (environment secrets of `staging`, over the repository's). */
export const STAGING_SECRETS = {
  DATABASE_URL: 'postgresql://postgres:e2e-staging-Db-5ecret@127.0.0.1:5432/job_db',
};
/** The strings that must never leak: each secret, its base64, and its distinctive parts. */
export const LEAKS = [
  ...Object.values(SECRETS),
  ...Object.values(STAGING_SECRETS),
  ...[...Object.values(SECRETS), ...Object.values(STAGING_SECRETS)].map((s) =>
    Buffer.from(s).toString('base64'),
  ),
  'b3BlbnNzaC1rZXktdjEAAAAA-e2e-only',
  'e2e-Adm1n-',
  'sk-openai-e2e-secret-value',
  'e2e-db-P4ss$word',
  'e2e-staging-Db-5ecret',
];

export const VARS: Record<string, string> = {
  GCP_PROJECT_ID: PROJECT,
  GCP_REGION: 'asia-southeast1',
  GKE_LOCATION: 'asia-southeast1-a',
  GKE_CLUSTER: 'data-pipeline-cluster',
  GCP_WORKLOAD_IDENTITY_PROVIDER:
    'projects/461007/locations/global/workloadIdentityPools/github/providers/github',
  GCP_SERVICE_ACCOUNT: ACCOUNTS.deployer,
  GCP_PLAN_SERVICE_ACCOUNT: ACCOUNTS.planner,
  GSA_NAME: 'cloudsql-proxy-gsa',
  PLATFORM_CONFIG: 'platform.yaml',
  LOG_BUCKET: 'airflow-logs-e2e',
  ARTIFACT_REPOSITORY: 'data-platform',
  AIRFLOW_CHART_VERSION: '1.22.0',
  GIT_SYNC_REPO: 'git@github.com:example-org/airflow-dags.git',
  GIT_SYNC_KNOWN_HOSTS:
    'github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl',
  LITELLM_IMAGE: 'ghcr.io/berriai/litellm:main-v1.74.9-stable',
  LITELLM_CONFIG_FILE: 'litellm/config.yaml',
  CLOUD_SQL_INSTANCE: `${PROJECT}:asia-southeast1:job-db`,
};

/** Staging: its own project, cluster, identities, platform file and bucket (bucket names are global). */
export const STAGING_PROJECT = 'alpine-staging-461008';
export const STAGING_CLUSTER = 'data-pipeline-staging';
export const STAGING_ACCOUNTS = {
  deployer: `platform-deployer@${STAGING_PROJECT}.iam.gserviceaccount.com`,
  planner: `platform-planner@${STAGING_PROJECT}.iam.gserviceaccount.com`,
  appDeployer: `app-deployer@${STAGING_PROJECT}.iam.gserviceaccount.com`,
};
/** The variables each environment sets over the repository's (docs/wif-setup.md, section 7). */
export const STAGING_VARS: Record<string, string> = {
  GCP_PROJECT_ID: STAGING_PROJECT,
  GKE_CLUSTER: STAGING_CLUSTER,
  GCP_SERVICE_ACCOUNT: STAGING_ACCOUNTS.deployer,
  GCP_PLAN_SERVICE_ACCOUNT: STAGING_ACCOUNTS.planner,
  PLATFORM_CONFIG: 'platform.staging.yaml',
  LOG_BUCKET: 'airflow-logs-e2e-staging',
  CLOUD_SQL_INSTANCE: `${STAGING_PROJECT}:asia-southeast1:job-db`,
};
export const PRODUCTION_VARS: Record<string, string> = Object.fromEntries(
  Object.keys(STAGING_VARS).map((k) => [k, VARS[k] ?? '']),
);
export const ENVIRONMENTS = {
  staging: { vars: STAGING_VARS, secrets: STAGING_SECRETS },
  // production's required reviewers approve (docs/wif-setup.md, section 6)
  production: { vars: PRODUCTION_VARS, reviewers: 'approve' as const },
};

export const PUSH = {
  event_name: 'push',
  ref: 'refs/heads/main',
  ref_type: 'branch',
  ref_name: 'main',
  sha: '0123456789abcdef0123456789abcdef01234567',
  repository: 'example-org/platform',
  server_url: 'https://github.com',
  run_id: '9001',
};

/** A release: the tag vX.Y.Z pushed on the commit that is already on the default branch. */
export const TAG = {
  ...PUSH,
  ref: 'refs/tags/v1.0.0',
  ref_type: 'tag',
  ref_name: 'v1.0.0',
  run_id: '9002',
};

export function manifests(backendReplicas = 1): string {
  const deployment = (name: string, app: string, replicas: number): string => `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}}
spec:
  replicas: ${replicas}
  selector: {matchLabels: {app: ${app}}}
  template:
    metadata: {labels: {app: ${app}}}
    spec: {containers: [{name: ${name}, image: "example.invalid/${name}:v2"}]}
`;
  return `${deployment('fastapi-backend', 'backend', backendReplicas)}---
${deployment('react-frontend', 'frontend', 1)}---
apiVersion: v1
kind: Service
metadata: {name: react-frontend-service}
spec:
  type: LoadBalancer
  selector: {app: frontend}
  ports: [{port: 80, targetPort: 80}]
`;
}

export function writeWorkspace(dir: string): void {
  const file = (rel: string, text: string): void => {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  };
  const platform = (project: string, cluster: string): string =>
    [
      `project: ${project}`,
      'region: asia-southeast1',
      `cluster: {name: ${cluster}, location: asia-southeast1-a}`,
      'gsa: {name: cloudsql-proxy-gsa, displayName: Airflow and apps, projectRoles: [roles/cloudsql.client]}',
      'workloadIdentity: {bindings: [airflow/airflow-ksa, application/fastapi-backend-ksa]}',
      'airflow: {namespace: airflow, serviceAccount: airflow-ksa, airflowVersion: 3.2.2, timeout: 10m}',
      'litellm: {namespace: model-serving, replicas: 1}',
      'app: {namespace: application, serviceAccount: fastapi-backend-ksa, service: react-frontend-service, addressTimeout: 60s, timeout: 2m}',
      '',
    ].join('\n');
  file('platform.yaml', platform(PROJECT, 'data-pipeline-cluster'));
  file('platform.staging.yaml', platform(STAGING_PROJECT, STAGING_CLUSTER));
  for (const name of ['airflow', 'backend', 'frontend']) {
    file(`${name}/Dockerfile`, `FROM scratch\nCOPY app.txt /app.txt\n`);
    file(`${name}/app.txt`, `${name} v1\n`);
  }
  file(
    'litellm/config.yaml',
    'model_list:\n  - model_name: gpt-4o\n    litellm_params: {model: openai/gpt-4o, api_key: os.environ/OPENAI_API_KEY}\n',
  );
  file('deployments/app.yaml', manifests());
}

export function expectAllSucceeded(result: PipelineResult, jobs: string[]): void {
  for (const job of jobs) {
    const failed = result.steps.filter((s) => s.job === job && s.exitCode !== 0);
    expect([job, result.jobs[job]?.result, failed.map((s) => s.log.slice(-1500))]).toEqual([
      job,
      'success',
      [],
    ]);
  }
}

export interface Observed {
  readonly gcp: GcpEmulator;
  readonly k8s: K8sEmulator;
  readonly helm: HelmSim;
  readonly shims: ArgvShims;
}

export function expectNoLeaks(result: PipelineResult, o: Observed): void {
  const argv = o.shims.lines().join('\n') + JSON.stringify(o.helm.calls());
  const k8sRequests = JSON.stringify(o.k8s.requests().map((r) => [r.method, r.path, r.query]));
  const gcpRequests = JSON.stringify(
    o.gcp.requests().map((r) => [r.method, r.path, r.query, r.body]),
  );
  for (const step of result.steps) {
    // ::add-mask:: lines are how a secret is handed to the runner to hide; the runner consumes them.
    const log = step.log
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    const text = [log, JSON.stringify(step.outputs), step.summary].join('\n');
    for (const leak of LEAKS)
      expect([step.job, step.step, text.includes(leak)]).toEqual([step.job, step.step, false]);
  }
  const outputs = JSON.stringify(result.jobs);
  for (const leak of LEAKS) {
    expect(argv.includes(leak)).toBe(false);
    expect(k8sRequests.includes(leak)).toBe(false);
    expect(gcpRequests.includes(leak)).toBe(false);
    expect(outputs.includes(leak)).toBe(false);
  }
}

/** helm subcommands that read or write Helm's release records (Secrets in the release's namespace). */
export const HELM_RELEASE_COMMANDS = [
  'history',
  'get',
  'status',
  'list',
  'ls',
  'upgrade',
  'install',
  'rollback',
  'uninstall',
];
