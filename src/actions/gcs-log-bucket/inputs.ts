/** gcs-log-bucket's input and output names (kept equal to action.yml by a test) and parseInputs(). */
import {
  booleanInput,
  optional,
  parseKeyValueLines,
  pick,
  positiveInteger,
  requiredFrom,
  type InputSource,
} from '../../lib/inputs/parse.js';
import type { PlatformConfig } from '../../lib/config/schema.js';
import {
  bucketLabels,
  bucketLocation,
  bucketMember,
  bucketName,
} from '../../lib/validate/bucket.js';
import * as rules from '../../lib/validate/rules.js';

export const Inputs = {
  ProjectId: 'project-id',
  Bucket: 'bucket',
  Location: 'location',
  Member: 'member',
  Role: 'role',
  RetentionDays: 'retention-days',
  Labels: 'labels',
  Config: 'config',
  DryRun: 'dry-run',
} as const;

export const Outputs = {
  BucketUrl: 'bucket-url',
  LogFolder: 'log-folder',
  Created: 'created',
  Changed: 'changed',
  Changes: 'changes',
} as const;

/**
 * Object read and write without ACL or IAM control: what Airflow's GCS task handler needs (it
 * lists, reads and rewrites log objects; rewriting needs delete, which objectCreator lacks).
 * https://cloud.google.com/storage/docs/access-control/iam-roles
 */
export const DEFAULT_ROLE = 'roles/storage.objectUser';
/**
 * The prefix inside the bucket that Airflow writes task logs under (its
 * `logging.remote_base_log_folder`). Fixed, so every run and the airflow action agree on it.
 */
export const LOG_PREFIX = 'logs';
/** A lifecycle age beyond a century is a typo, not a policy. */
export const MAX_RETENTION_DAYS = 36500;

export interface GcsLogBucketInputs {
  readonly projectId: string;
  readonly bucket: string;
  /** Upper-case, as the Storage API reports locations. */
  readonly location: string;
  /** An IAM member string (`serviceAccount:EMAIL`); absent: no binding is managed. */
  readonly member?: string;
  readonly role: string;
  readonly retentionDays?: number;
  /** Labels the bucket must carry; labels it has beyond these are left alone. */
  readonly labels: Readonly<Record<string, string>>;
  readonly dryRun: boolean;
}

export interface InputDefaults {
  /** The member to use when neither the input nor the file names one (the CLI's carried gsa-email). */
  readonly member?: string;
}

/** Reads, merges (explicit inputs win over the platform file) and validates every input. */
export function parseInputs(
  source: InputSource,
  config?: PlatformConfig,
  defaults: InputDefaults = {},
): GcsLogBucketInputs {
  const file = config?.logBucket;
  const projectId = rules.projectId(
    Inputs.ProjectId,
    requiredFrom(Inputs.ProjectId, optional(source, Inputs.ProjectId), config?.project),
  );
  const bucket = bucketName(
    Inputs.Bucket,
    requiredFrom(Inputs.Bucket, optional(source, Inputs.Bucket), file?.name),
  );
  const location = bucketLocation(
    Inputs.Location,
    requiredFrom(
      Inputs.Location,
      optional(source, Inputs.Location),
      file?.location ?? config?.region,
      "(it defaults to the platform file's region)",
    ),
  );
  const memberValue = pick(optional(source, Inputs.Member), file?.member, defaults.member);
  const role = rules.iamRole(
    Inputs.Role,
    pick(optional(source, Inputs.Role), file?.role, DEFAULT_ROLE) ?? DEFAULT_ROLE,
  );
  const retentionInput = optional(source, Inputs.RetentionDays);
  const retentionDays =
    retentionInput !== undefined
      ? positiveInteger(Inputs.RetentionDays, retentionInput, MAX_RETENTION_DAYS)
      : file?.retentionDays;
  const labelsInput = optional(source, Inputs.Labels);
  const labels = bucketLabels(
    Inputs.Labels,
    labelsInput !== undefined
      ? parseKeyValueLines(Inputs.Labels, labelsInput)
      : Object.entries(file?.labels ?? {}),
  );
  return {
    projectId,
    bucket,
    location,
    member: memberValue === undefined ? undefined : bucketMember(Inputs.Member, memberValue),
    role,
    retentionDays,
    labels,
    dryRun: booleanInput(source, Inputs.DryRun, false),
  };
}

export const bucketUrlOf = (bucket: string): string => `gs://${bucket}`;
export const logFolderOf = (bucket: string): string => `gs://${bucket}/${LOG_PREFIX}`;
