/**
 * gcs-log-bucket's planner: desired state (inputs) + observed state -> Changes. Pure: no I/O,
 * so every branch is a table test. `undefined` in Observed means "not observed" (offline
 * plan): such resources are planned as ensured, with their commands listed.
 */
import type { Change } from '../../lib/reconcile/engine.js';
import { ConfigurationError } from '../../lib/errors.js';
import { formatCommand } from '../../lib/exec/runner.js';
import { hasBinding, type IamPolicy } from '../../lib/tools/gcloud.js';
import { argv, type BucketUpdate } from './argv.js';
import { bucketUrlOf, Inputs, logFolderOf, type GcsLogBucketInputs } from './inputs.js';

/** One rule of a bucket's lifecycle, as the Storage API's JSON has it. */
export interface LifecycleRule {
  readonly action: { readonly type: string; readonly storageClass?: string };
  readonly condition?: Readonly<Record<string, unknown>>;
}

export interface ObservedBucket {
  /** Upper-case, as the API reports it. */
  readonly location: string;
  /** The owning project's number, when the describe output carries it. */
  readonly projectNumber?: string;
  readonly uniform: boolean;
  /** `enforced`, `inherited` (or the older `unspecified`). */
  readonly publicAccessPrevention?: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly lifecycleRules: readonly LifecycleRule[];
}

export interface Observed {
  /** null: the bucket does not exist. undefined: not observed. */
  readonly bucket?: ObservedBucket | null;
  /** Our project's number; undefined when it could not be read (then ownership is not checked). */
  readonly projectNumber?: string;
  /** The bucket's IAM policy (only observed when the bucket exists). */
  readonly policy?: IamPolicy;
}

/** What a bucket update must set; `lifecycle` is the whole new rule list. */
export interface PendingUpdate {
  readonly uniform: boolean;
  readonly pap: boolean;
  readonly labels: Readonly<Record<string, string>>;
  readonly lifecycle?: readonly LifecycleRule[];
}

export type GcsLogBucketOp =
  | { readonly type: 'create'; readonly lifecycle?: readonly LifecycleRule[] }
  | { readonly type: 'update'; readonly update: PendingUpdate }
  | { readonly type: 'grant'; readonly role: string; readonly member: string };

export interface GcsLogBucketPlan {
  readonly bucketUrl: string;
  readonly logFolder: string;
  readonly changes: Change<GcsLogBucketOp>[];
  readonly warnings: string[];
}

/** The message of cases F25: the same whichever way we learn the name is not ours. */
export function takenGloballyError(bucket: string, detail: string): ConfigurationError {
  return new ConfigurationError(
    Inputs.Bucket,
    `bucket name already taken globally; choose another \`bucket\` (gs://${bucket}: ${detail}). Bucket names are one namespace across all of Google Cloud.`,
  );
}

export const retentionRule = (days: number): LifecycleRule => ({
  action: { type: 'Delete' },
  condition: { age: days },
});

/** A Delete rule whose only condition is an age: what `retention-days` manages. */
function isAgeDelete(rule: LifecycleRule): boolean {
  const keys = Object.keys(rule.condition ?? {});
  return rule.action.type === 'Delete' && keys.length === 1 && keys[0] === 'age';
}

/**
 * The lifecycle rules the bucket should have, or undefined when it already has them. Other
 * rules (storage-class moves, conditional deletes) are kept; an age-only delete rule with
 * another age is replaced, since it is the retention this input manages.
 */
export function desiredLifecycle(
  retentionDays: number | undefined,
  current: readonly LifecycleRule[],
): readonly LifecycleRule[] | undefined {
  if (retentionDays === undefined) return undefined;
  const ageDeletes = current.filter(isAgeDelete);
  if (ageDeletes.length === 1 && ageDeletes[0]?.condition?.age === retentionDays) return undefined;
  return [...current.filter((r) => !isAgeDelete(r)), retentionRule(retentionDays)];
}

export interface Drift {
  readonly update?: PendingUpdate;
  readonly reasons: string[];
  readonly warnings: string[];
}

/** What differs between an existing bucket and the inputs (the location is checked apart). */
export function bucketDrift(inputs: GcsLogBucketInputs, bucket: ObservedBucket): Drift {
  const url = bucketUrlOf(inputs.bucket);
  const reasons: string[] = [];
  const warnings: string[] = [];
  const uniform = !bucket.uniform;
  const pap = bucket.publicAccessPrevention !== 'enforced';
  if (uniform) {
    reasons.push('turn on uniform bucket-level access');
    warnings.push(
      `${url} had uniform bucket-level access off; this run turns it on, so object ACLs stop granting access and only IAM decides (it can be turned off again within 90 days).`,
    );
  }
  if (pap) {
    reasons.push('enforce public access prevention');
    warnings.push(
      `${url} had public access prevention "${bucket.publicAccessPrevention ?? 'unset'}"; this run enforces it, so nothing in the bucket can be made public.`,
    );
  }
  const labels = Object.fromEntries(
    Object.entries(inputs.labels).filter(([k, v]) => bucket.labels[k] !== v),
  );
  if (Object.keys(labels).length > 0) reasons.push(`set labels ${Object.keys(labels).join(', ')}`);
  const lifecycle = desiredLifecycle(inputs.retentionDays, bucket.lifecycleRules);
  if (lifecycle) reasons.push(`delete objects older than ${inputs.retentionDays} days`);
  if (reasons.length === 0) return { reasons, warnings };
  return { update: { uniform, pap, labels, lifecycle }, reasons, warnings };
}

const gcloudLine = (args: readonly string[]): string => formatCommand({ tool: 'gcloud', args });
const LIFECYCLE_FILE = 'LIFECYCLE.json';

export function updateArgs(
  bucket: string,
  update: PendingUpdate,
  lifecycleFile?: string,
): string[] {
  const spec: BucketUpdate = {
    uniform: update.uniform,
    pap: update.pap,
    labels: update.labels,
    lifecycleFile: update.lifecycle ? lifecycleFile : undefined,
  };
  return argv.updateBucket(bucket, spec);
}

export function planGcsLogBucket(inputs: GcsLogBucketInputs, observed: Observed): GcsLogBucketPlan {
  const { bucket: name, projectId: p } = inputs;
  const bucketUrl = bucketUrlOf(name);
  const changes: Change<GcsLogBucketOp>[] = [];
  const warnings: string[] = [];
  const resource = `bucket/${bucketUrl}`;
  const bucket = observed.bucket;

  if (bucket) {
    if (
      bucket.projectNumber !== undefined &&
      observed.projectNumber !== undefined &&
      bucket.projectNumber !== observed.projectNumber
    ) {
      throw takenGloballyError(
        name,
        `it belongs to project number ${bucket.projectNumber}, not ${p} (${observed.projectNumber})`,
      );
    }
    if (bucket.location !== inputs.location) {
      throw new ConfigurationError(
        Inputs.Location,
        `${bucketUrl} already exists in ${bucket.location}, not ${inputs.location}; a bucket's location cannot be changed. Set location to ${bucket.location} to keep this bucket, or choose another bucket name`,
      );
    }
    changes.push({
      resource,
      action: 'noop',
      reason: `exists in ${bucket.location}`,
      commands: [],
    });
    const drift = bucketDrift(inputs, bucket);
    warnings.push(...drift.warnings);
    changes.push(
      drift.update
        ? {
            resource: `${resource} settings`,
            action: 'update',
            reason: drift.reasons.join('; '),
            commands: [gcloudLine(updateArgs(name, drift.update, LIFECYCLE_FILE))],
            op: { type: 'update', update: drift.update },
          }
        : {
            resource: `${resource} settings`,
            action: 'noop',
            reason:
              'uniform access on, public access prevention enforced, labels and lifecycle as wanted',
            commands: [],
          },
    );
  } else {
    if (name.includes('.')) {
      warnings.push(
        `${bucketUrl} has dots in its name: Cloud Storage creates such a bucket only for an identity that has verified ownership of that domain (https://cloud.google.com/storage/docs/domain-name-verification); a name without dots avoids this.`,
      );
    }
    const lifecycle = desiredLifecycle(inputs.retentionDays, []);
    const labels = Object.keys(inputs.labels).length > 0;
    changes.push({
      resource,
      action: 'create',
      reason:
        bucket === null
          ? `does not exist; create in ${inputs.location} with uniform access and public access prevention`
          : 'not observed; created unless it exists',
      commands: [
        gcloudLine(
          argv.createBucket(p, name, inputs.location, lifecycle ? LIFECYCLE_FILE : undefined),
        ),
        ...(labels ? [gcloudLine(argv.updateBucket(name, { labels: inputs.labels }))] : []),
      ],
      op: { type: 'create', lifecycle },
    });
  }

  if (inputs.member !== undefined) {
    const { role, member } = inputs;
    const iamResource = `${resource} IAM`;
    changes.push(
      observed.policy && hasBinding(observed.policy, role, member)
        ? { resource: iamResource, action: 'noop', reason: `${member} has ${role}`, commands: [] }
        : {
            resource: iamResource,
            action: 'update',
            reason: `${observed.policy ? 'grant' : 'not observed; ensure'} ${role} to ${member}`,
            commands: [
              gcloudLine(argv.getPolicy(name)),
              gcloudLine(argv.setPolicy(name)('POLICY.json')),
            ],
            op: { type: 'grant', role, member },
          },
    );
  }

  return { bucketUrl, logFolder: logFolderOf(name), changes, warnings };
}
