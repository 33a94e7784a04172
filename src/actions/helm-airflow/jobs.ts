/**
 * The chart's migration and create-user Jobs (issue 12, item 3). This action turns their Helm
 * hooks off (values.ts: the chart's docs require it with --wait), so they are ordinary release
 * resources named RELEASE-run-airflow-migrations and RELEASE-create-user
 * (chart/templates/jobs/migrate-database-job.yaml, create-user-job.yaml). A Job's pod template
 * is immutable (kubernetes pkg/apis/batch/validation/validation.go ValidateJobSpecUpdate), so
 * an upgrade that changes one while the finished Job still exists (ttlSecondsAfterFinished: 300
 * in values.yaml) fails with "field is immutable" and --atomic rolls the release back
 * (apache/airflow#27561). Before an upgrade we delete our finished Jobs; helm recreates them
 * and, with --wait-for-jobs, waits for them. After the upgrade both must have succeeded.
 */
import type { Change } from '../../lib/reconcile/engine.js';
import { formatCommand } from '../../lib/exec/runner.js';
import type { Kubectl } from '../../lib/tools/kubectl.js';
import { parseJson } from '../../lib/tools/tool.js';
import type { Values } from './values.js';

export interface JobJson {
  readonly metadata: { readonly name: string; readonly annotations?: Record<string, string> };
  readonly status?: {
    readonly conditions?: readonly {
      type: string;
      status: string;
      reason?: string;
      message?: string;
    }[];
  };
}

export type JobState = 'absent' | 'running' | 'complete' | 'failed';

export interface ObservedJob {
  readonly name: string;
  readonly state: JobState;
  /** Created by this release (helm's meta.helm.sh/release-name annotation). */
  readonly ours: boolean;
  readonly reason?: string;
}

/** The Jobs the chart renders with these values (both can be disabled). */
export function chartJobNames(release: string, values: Values): string[] {
  const enabled = (key: string): boolean =>
    (values[key] as { enabled?: unknown } | undefined)?.enabled !== false;
  const names: string[] = [];
  if (enabled('migrateDatabaseJob')) names.push(`${release}-run-airflow-migrations`);
  if (enabled('createUserJob')) names.push(`${release}-create-user`);
  return names;
}

/** Complete / Failed conditions as the Job controller sets them (batch/v1 JobConditionType). */
export function jobState(job: JobJson | undefined): { state: JobState; reason?: string } {
  if (!job) return { state: 'absent' };
  const cond = (type: string) =>
    job.status?.conditions?.find((c) => c.type === type && c.status === 'True');
  const failed = cond('Failed');
  if (failed) return { state: 'failed', reason: failed.reason ?? failed.message };
  if (cond('Complete')) return { state: 'complete' };
  return { state: 'running' };
}

/**
 * One `kubectl get KIND A B ... --ignore-not-found -o json` for several names: kubectl prints
 * nothing when none exists, the object itself for one name, a List for several.
 */
export async function getNamed<T extends { metadata: { name: string } }>(
  kubectl: Kubectl,
  kind: string,
  names: readonly string[],
  namespace: string,
): Promise<Map<string, T>> {
  const found = new Map<string, T>();
  if (names.length === 0) return found;
  const { stdout } = await kubectl.read([
    'get',
    kind,
    ...names,
    '--namespace',
    namespace,
    '--ignore-not-found',
    '-o',
    'json',
  ]);
  if (!stdout.trim()) return found;
  const doc = parseJson<T | { kind: 'List'; items: T[] }>(stdout, `kubectl get ${kind}`);
  const items = 'items' in doc && Array.isArray(doc.items) ? doc.items : [doc as T];
  for (const item of items) found.set(item.metadata.name, item);
  return found;
}

export async function observeJobs(
  kubectl: Kubectl,
  namespace: string,
  release: string,
  names: readonly string[],
): Promise<ObservedJob[]> {
  const jobs = await getNamed<JobJson>(kubectl, 'job', names, namespace);
  return names.map((name) => {
    const job = jobs.get(name);
    return {
      name,
      ...jobState(job),
      ours: job?.metadata.annotations?.['meta.helm.sh/release-name'] === release,
    };
  });
}

export const deleteJobArgs = (namespace: string, names: readonly string[]): string[] => [
  'delete',
  'job',
  ...names,
  '--namespace',
  namespace,
  '--ignore-not-found',
];

export type DeleteJobsOp = { readonly type: 'delete-jobs'; readonly names: readonly string[] };

/** Only when an upgrade will run: finished Jobs of this release go first. */
export function planJobDeletion(
  namespace: string,
  jobs: readonly ObservedJob[] | undefined,
): { change?: Change<DeleteJobsOp>; warnings: string[] } {
  const finished = (jobs ?? []).filter(
    (j) => j.ours && (j.state === 'complete' || j.state === 'failed'),
  );
  const warnings = (jobs ?? [])
    .filter((j) => j.ours && j.state === 'running')
    .map(
      (j) =>
        `job ${namespace}/${j.name} is still running; it is left alone, and if the upgrade changes its pod template helm will fail with "field is immutable" (apache/airflow#27561)`,
    );
  if (finished.length === 0) return { warnings };
  const names = finished.map((j) => j.name);
  return {
    warnings,
    change: {
      resource: `job/${namespace}/${names.join(',')}`,
      action: 'update',
      reason: `delete the finished chart Job(s) before the upgrade: a Job's pod template is immutable, so helm could not change them (apache/airflow#27561); helm recreates and --wait-for-jobs waits for them`,
      commands: [formatCommand({ tool: 'kubectl', args: deleteJobArgs(namespace, names) })],
      op: { type: 'delete-jobs', names },
    },
  };
}

export async function deleteJobs(
  kubectl: Kubectl,
  namespace: string,
  names: readonly string[],
): Promise<string> {
  await kubectl.mutate(deleteJobArgs(namespace, names));
  return `deleted ${names.join(', ')}`;
}

export class JobFailedError extends Error {
  override readonly name = 'JobFailedError';
}

/**
 * After the upgrade: a chart Job that failed fails the step (it should already have failed
 * helm through --wait-for-jobs; this catches a helm that did not wait). An absent Job was
 * removed by its ttlSecondsAfterFinished, which only starts once it finished.
 */
export async function verifyJobs(
  kubectl: Kubectl,
  namespace: string,
  release: string,
  names: readonly string[],
): Promise<string[]> {
  const jobs = await observeJobs(kubectl, namespace, release, names);
  const failed = jobs.filter((j) => j.state === 'failed' || j.state === 'running');
  if (failed.length > 0) {
    throw new JobFailedError(
      `chart job(s) did not succeed: ${failed.map((j) => `${j.name} is ${j.state}${j.reason ? ` (${j.reason})` : ''}`).join('; ')}. ` +
        `Read their logs with: kubectl logs job/${failed[0]?.name ?? ''} --namespace ${namespace}`,
    );
  }
  return jobs.map(
    (j) => `${j.name}: ${j.state === 'absent' ? 'finished and removed' : 'succeeded'}`,
  );
}
