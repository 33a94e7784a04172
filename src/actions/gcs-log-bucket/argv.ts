/**
 * Every command gcs-log-bucket can run, as argv builders (pure; the conformance test feeds each
 * to the real CLI). `gcloud storage` only: gsutil is in maintenance
 * (https://cloud.google.com/storage/docs/gsutil-transition-to-gcloud).
 */
import { bucketUrlOf } from './inputs.js';

export interface BucketUpdate {
  readonly uniform?: boolean;
  readonly pap?: boolean;
  /** Labels to add or change (`--update-labels`); other labels stay as they are. */
  readonly labels?: Readonly<Record<string, string>>;
  /** Path of a lifecycle JSON file replacing the bucket's lifecycle configuration. */
  readonly lifecycleFile?: string;
}

/** `k=v,k2=v2`: safe because label rules exclude `,` and `=` (validate/bucket.ts). */
export const labelsArg = (labels: Readonly<Record<string, string>>): string =>
  Object.entries(labels)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');

export const argv = {
  /**
   * `--raw` prints the Storage API's own JSON (projectNumber, iamConfiguration, lifecycle)
   * instead of gcloud's renamed fields, which leave out the owning project number.
   */
  describeBucket: (bucket: string) => [
    'storage',
    'buckets',
    'describe',
    bucketUrlOf(bucket),
    '--raw',
  ],
  describeProject: (projectId: string) => ['projects', 'describe', projectId],
  createBucket: (projectId: string, bucket: string, location: string, lifecycleFile?: string) => [
    'storage',
    'buckets',
    'create',
    bucketUrlOf(bucket),
    `--project=${projectId}`,
    `--location=${location}`,
    '--uniform-bucket-level-access',
    '--public-access-prevention',
    ...(lifecycleFile ? [`--lifecycle-file=${lifecycleFile}`] : []),
  ],
  updateBucket: (bucket: string, update: BucketUpdate) => [
    'storage',
    'buckets',
    'update',
    bucketUrlOf(bucket),
    ...(update.uniform ? ['--uniform-bucket-level-access'] : []),
    ...(update.pap ? ['--public-access-prevention'] : []),
    ...(update.labels && Object.keys(update.labels).length > 0
      ? [`--update-labels=${labelsArg(update.labels)}`]
      : []),
    ...(update.lifecycleFile ? [`--lifecycle-file=${update.lifecycleFile}`] : []),
  ],
  getPolicy: (bucket: string) => ['storage', 'buckets', 'get-iam-policy', bucketUrlOf(bucket)],
  setPolicy: (bucket: string) => (file: string) => [
    'storage',
    'buckets',
    'set-iam-policy',
    bucketUrlOf(bucket),
    file,
  ],
} as const;
