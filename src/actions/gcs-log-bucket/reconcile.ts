/** gcs-log-bucket's observe, apply and verify: the I/O around the pure planner. */
import { CommandError, ConfigurationError, errorMessage } from '../../lib/errors.js';
import { isTransient, PROPAGATION_POLICY, withRetry } from '../../lib/exec/retry.js';
import { withTempFile } from '../../lib/fs.js';
import { Gcloud, hasBinding, type IamPolicy } from '../../lib/tools/gcloud.js';
import { ensureGrants } from '../../lib/tools/iam.js';
import type { ToolContext } from '../../lib/tools/tool.js';
import { argv } from './argv.js';
import { bucketUrlOf, Inputs, type GcsLogBucketInputs } from './inputs.js';
import {
  bucketDrift,
  takenGloballyError,
  updateArgs,
  type GcsLogBucketOp,
  type LifecycleRule,
  type Observed,
  type ObservedBucket,
  type PendingUpdate,
} from './plan.js';

/** The part of `gcloud storage buckets describe --raw --format=json` we read (API field names). */
export interface BucketJson {
  name?: string;
  location?: string;
  projectNumber?: string | number;
  labels?: Record<string, string>;
  lifecycle?: { rule?: LifecycleRule[] };
  iamConfiguration?: {
    uniformBucketLevelAccess?: { enabled?: boolean };
    publicAccessPrevention?: string;
  };
}

export function toObservedBucket(json: BucketJson): ObservedBucket {
  return {
    location: (json.location ?? '').toUpperCase(),
    projectNumber: json.projectNumber === undefined ? undefined : String(json.projectNumber),
    uniform: json.iamConfiguration?.uniformBucketLevelAccess?.enabled === true,
    publicAccessPrevention: json.iamConfiguration?.publicAccessPrevention,
    labels: json.labels ?? {},
    lifecycleRules: json.lifecycle?.rule ?? [],
  };
}

/** 409 on create: the name exists, ours (an earlier attempt) or someone else's. */
function isNameConflict(err: unknown): boolean {
  return (
    err instanceof CommandError &&
    /\b409\b|not available|already own|already exists/i.test(err.stderr)
  );
}

/** "Service account X does not exist": IAM has not caught up with a new GSA yet. */
function isUnknownServiceAccount(err: unknown): boolean {
  return err instanceof CommandError && /service account \S+ does not exist/i.test(err.stderr);
}

/**
 * 403 on describe. gcloud words it "... does not have permission to access b instance [NAME]
 * (or it may not exist): ... does not have storage.buckets.get access ...", without the code,
 * so the shared classifier does not see a permission error in it.
 */
function isForbidden(err: unknown): boolean {
  return (
    err instanceof CommandError &&
    (err.kind === 'permission' ||
      /does not have (?:permission to access|[\w.]+ access to)|\b403\b/i.test(err.stderr))
  );
}

/** Cloud Storage answers a stale IAM etag with 412 Precondition Failed, not IAM's 409. */
function isPreconditionFailed(err: unknown): boolean {
  return err instanceof CommandError && /\b412\b|precondition/i.test(err.stderr);
}

export class GcsLogBucketReconciler {
  private readonly gcloud: Gcloud;
  /** True when this run created the bucket (also when a retried create met its own 409). */
  created = false;
  private projectNumber: string | undefined;

  constructor(
    private readonly ctx: ToolContext,
    private readonly inputs: GcsLogBucketInputs,
  ) {
    this.gcloud = new Gcloud(ctx);
  }

  /** Fails before anything runs when gcloud is missing. */
  async preflight(): Promise<void> {
    await this.gcloud.ensureAvailable();
  }

  /** The bucket, or null when absent. A 403 means the name is someone else's (F25). */
  async describeBucket(): Promise<ObservedBucket | null> {
    try {
      const json = await this.gcloud.describe<BucketJson>(argv.describeBucket(this.inputs.bucket));
      return json ? toObservedBucket(json) : null;
    } catch (err) {
      if (isForbidden(err)) {
        throw takenGloballyError(
          this.inputs.bucket,
          'describe answered 403: it exists in a project this identity cannot read. If it is in fact yours, grant the deployer storage.buckets.get on it',
        );
      }
      throw err;
    }
  }

  /**
   * Our project's number, to check that an existing bucket is ours. A deployer may lack
   * resourcemanager.projects.get; then ownership is not verified and we say so.
   */
  async readProjectNumber(): Promise<string | undefined> {
    if (this.projectNumber !== undefined) return this.projectNumber;
    try {
      const json = await this.gcloud.json<{ projectNumber?: string | number }>(
        argv.describeProject(this.inputs.projectId),
      );
      this.projectNumber =
        json.projectNumber === undefined ? undefined : String(json.projectNumber);
    } catch (err) {
      this.ctx.logger.warning(
        `could not read the number of project ${this.inputs.projectId}, so the owner of ${bucketUrlOf(this.inputs.bucket)} is not verified: ${errorMessage(err).split('\n')[0]}`,
      );
    }
    return this.projectNumber;
  }

  async observe(): Promise<Observed> {
    const bucket = await this.describeBucket();
    if (!bucket) return { bucket, policy: this.inputs.member !== undefined ? {} : undefined };
    const projectNumber =
      bucket.projectNumber !== undefined ? await this.readProjectNumber() : undefined;
    const policy =
      this.inputs.member !== undefined
        ? await this.gcloud.json<IamPolicy>(argv.getPolicy(this.inputs.bucket))
        : undefined;
    return { bucket, projectNumber, policy };
  }

  /** Runs one planned operation; returns a short detail for the summary. */
  async apply(op: GcsLogBucketOp): Promise<string> {
    switch (op.type) {
      case 'create':
        return this.create(op.lifecycle);
      case 'update':
        await this.update(op.update);
        return 'updated';
      case 'grant': {
        const written = await this.grant(op.role, op.member);
        return written ? `granted ${op.role} to ${op.member}` : 'already granted';
      }
    }
  }

  private async create(lifecycle: readonly LifecycleRule[] | undefined): Promise<string> {
    const { projectId, bucket, location, labels } = this.inputs;
    let attempts = 0;
    const createOnce = async (file?: string): Promise<void> => {
      await withRetry(
        async () => {
          attempts += 1;
          await this.gcloud.execute(argv.createBucket(projectId, bucket, location, file), {
            mutating: true,
          });
        },
        {
          label: `create ${bucketUrlOf(bucket)}`,
          logger: this.ctx.logger,
          clock: this.ctx.clock,
          retryable: isTransient, // 429/503 (F27); a create is idempotent by name
        },
      );
    };
    try {
      if (lifecycle) {
        await withTempFile('lifecycle.json', JSON.stringify({ rule: lifecycle }), createOnce);
      } else {
        await createOnce();
      }
    } catch (err) {
      if (!isNameConflict(err)) throw err;
      // A retried create whose first attempt went through answers 409 too (F26): look again.
      return this.adoptAfterConflict(attempts > 1);
    }
    this.created = true;
    if (Object.keys(labels).length > 0) {
      await this.update({ uniform: false, pap: false, labels });
    }
    return `created in ${location}`;
  }

  private async adoptAfterConflict(retried: boolean): Promise<string> {
    const { bucket: name, location } = this.inputs;
    const bucket = await this.describeBucket();
    if (!bucket)
      throw takenGloballyError(name, 'create answered 409 and the bucket is not visible');
    const projectNumber = await this.readProjectNumber();
    if (bucket.projectNumber && projectNumber && bucket.projectNumber !== projectNumber) {
      throw takenGloballyError(
        name,
        `create answered 409; it belongs to project number ${bucket.projectNumber}`,
      );
    }
    if (bucket.location !== location) {
      throw new ConfigurationError(
        Inputs.Location,
        `${bucketUrlOf(name)} already exists in ${bucket.location}, not ${location}; a bucket's location cannot be changed`,
      );
    }
    this.created = retried;
    const drift = bucketDrift(this.inputs, bucket);
    for (const warning of drift.warnings) this.ctx.logger.warning(warning);
    if (drift.update) await this.update(drift.update);
    return `already existed in this project${retried ? ' (an earlier attempt created it)' : ''}; adopted${drift.update ? ` and updated: ${drift.reasons.join('; ')}` : ''}`;
  }

  private async update(update: PendingUpdate): Promise<void> {
    const run = (file?: string) =>
      this.gcloud.mutate(updateArgs(this.inputs.bucket, update, file), {
        retryable: isTransient,
      });
    if (update.lifecycle) {
      await withTempFile('lifecycle.json', JSON.stringify({ rule: update.lifecycle }), run);
    } else {
      await run();
    }
  }

  /** The binding, written only when missing, with setup-wi's retries; true when written. */
  private async grant(role: string, member: string): Promise<boolean> {
    const bucket = this.inputs.bucket;
    const written = await withRetry(
      () =>
        ensureGrants(
          {
            label: `bucket ${bucketUrlOf(bucket)}`,
            getArgs: argv.getPolicy(bucket),
            setArgs: argv.setPolicy(bucket),
          },
          [{ role, member }],
          { gcloud: this.gcloud, logger: this.ctx.logger, clock: this.ctx.clock },
        ),
      {
        label: `update IAM policy of bucket ${bucketUrlOf(bucket)}`,
        logger: this.ctx.logger,
        clock: this.ctx.clock,
        // The GSA usually comes from setup-wi a moment earlier and IAM may not know it yet
        // (F16): that is waited out, with IAM's propagation budget. A role that does not
        // exist (F20) is not retried.
        policy: PROPAGATION_POLICY,
        retryable: (err) => isPreconditionFailed(err) || isUnknownServiceAccount(err),
      },
    );
    return written.length > 0;
  }

  /** Reads back what this run changed and fails if it did not take. */
  async verify(ops: readonly GcsLogBucketOp[]): Promise<void> {
    const problems: string[] = [];
    const bucket = await this.describeBucket();
    if (!bucket)
      throw new Error(`verification failed: ${bucketUrlOf(this.inputs.bucket)} is not visible`);
    const drift = bucketDrift(this.inputs, bucket);
    if (drift.update) problems.push(`the bucket still needs: ${drift.reasons.join('; ')}`);
    for (const op of ops) {
      if (op.type !== 'grant') continue;
      const policy = await this.gcloud.json<IamPolicy>(argv.getPolicy(this.inputs.bucket));
      if (!hasBinding(policy, op.role, op.member)) {
        problems.push(`the bucket's IAM policy still lacks ${op.role} for ${op.member}`);
      }
    }
    if (problems.length) throw new Error(`verification failed: ${problems.join('; ')}`);
  }
}
