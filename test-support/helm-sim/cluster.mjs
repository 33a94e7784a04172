// The cluster side of the simulated helm (see sim.mjs), for the Airflow chart's two Jobs only:
// with HELM_SIM_KUBE_JOBS=1 an upgrade applies RELEASE-run-airflow-migrations and
// RELEASE-create-user (when enabled and not hooks) to the Kubernetes API emulator through the
// REAL kubectl, so the API server's rules decide, not the simulator: a changed pod template of
// an existing Job is refused "field is immutable" (apache/airflow#27561). With --wait and
// --wait-for-jobs it then waits for them like Helm's waiter (pkg/kube/ready.go jobReady:
// "job %s failed: %s" on a Failed condition). Helm 3's --wait alone ignores Jobs.
import { spawnSync } from 'node:child_process';
import process from 'node:process';
import { stringify } from 'yaml';

const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function kubectl(args, input) {
  const r = spawnSync('kubectl', args, { input, encoding: 'utf8', env: process.env });
  return { code: r.status ?? 1, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

export const clusterJobsEnabled = () =>
  process.env.HELM_SIM_KUBE_JOBS === '1' && Boolean(process.env.KUBECONFIG);

function airflowImage(v) {
  const a = v.images?.airflow ?? {};
  const repo = a.repository ?? v.defaultAirflowRepository;
  const digest = a.digest ?? v.defaultAirflowDigest;
  return digest ? `${repo}@${digest}` : `${repo}:${a.tag ?? v.defaultAirflowTag}`;
}

/** The chart's non-hook Jobs (chart/templates/jobs/*.yaml), reduced to what matters here. */
export function chartJobs(name, ns, v) {
  const jobs = [];
  const job = (suffix, key, component) => {
    const spec = v[key] ?? {};
    if (spec.enabled === false || spec.useHelmHooks !== false) return;
    const sa =
      spec.serviceAccount?.create === false ? spec.serviceAccount.name : `${name}-${component}`;
    jobs.push({
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: {
        name: `${name}-${suffix}`,
        namespace: ns,
        labels: { tier: 'airflow', component, release: name, heritage: 'Helm' },
        annotations: { 'meta.helm.sh/release-name': name, 'meta.helm.sh/release-namespace': ns },
      },
      spec: {
        ...(spec.ttlSecondsAfterFinished == null
          ? {}
          : { ttlSecondsAfterFinished: spec.ttlSecondsAfterFinished }),
        template: {
          metadata: { labels: { tier: 'airflow', component, release: name } },
          spec: {
            restartPolicy: 'OnFailure',
            serviceAccountName: sa,
            containers: [{ name: suffix, image: airflowImage(v) }],
          },
        },
      },
    });
  };
  job('run-airflow-migrations', 'migrateDatabaseJob', 'run-airflow-migrations');
  job('create-user', 'createUserJob', 'create-user-job');
  return jobs;
}

/** Applies the Jobs; returns Helm's failure text, or undefined. */
export function applyJobs(name, ns, values, { createNamespace, waitForJobs }) {
  if (!clusterJobsEnabled()) return undefined;
  const jobs = chartJobs(name, ns, values);
  if (jobs.length === 0) return undefined;
  if (createNamespace)
    kubectl(
      ['apply', '--server-side', '--field-manager=helm', '--validate=false', '-f', '-'],
      stringify({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } }),
    );
  for (const job of jobs) {
    const r = kubectl(
      [
        'apply',
        '--server-side',
        '--field-manager=helm',
        '--force-conflicts',
        '--validate=false',
        '-f',
        '-',
      ],
      stringify(job),
    );
    if (r.code !== 0) {
      const reason = /is invalid: .*/.exec(r.stderr)?.[0] ?? r.stderr.trim();
      return `cannot patch "${job.metadata.name}" with kind Job: Job.batch "${job.metadata.name}" ${reason}`;
    }
  }
  if (!waitForJobs) return undefined;
  for (const job of jobs) {
    for (let i = 0; ; i += 1) {
      const r = kubectl(['get', 'job', job.metadata.name, '-n', ns, '-o', 'json']);
      const conditions = r.code === 0 ? (JSON.parse(r.stdout).status?.conditions ?? []) : [];
      const failed = conditions.find((c) => c.type === 'Failed' && c.status === 'True');
      if (failed) return `job ${job.metadata.name} failed: ${failed.reason}`;
      if (conditions.some((c) => c.type === 'Complete' && c.status === 'True')) break;
      if (i >= 100) return 'context deadline exceeded';
      sleep(100);
    }
  }
  return undefined;
}
