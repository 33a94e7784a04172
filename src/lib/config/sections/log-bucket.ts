/** The platform file's `logBucket` section, read by gcs-log-bucket. */
import { ConfigurationError } from '../../errors.js';
import { bucketLabels, bucketLocation, bucketMember, bucketName } from '../../validate/bucket.js';
import * as rules from '../../validate/rules.js';
import * as z from '../zod.js';
import { optionalRule, ruleString } from '../zod-rules.js';

export const logBucketSection = z.strictObject({
  /** The bucket name, without `gs://`. */
  name: ruleString(bucketName),
  /** Defaults to the platform's `region`. */
  location: optionalRule(bucketLocation),
  /** Defaults to roles/storage.objectUser (object read/write, no ACL or IAM control). */
  role: optionalRule(rules.iamRole),
  /** Adds a lifecycle rule deleting objects older than this many days. */
  retentionDays: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(36500))),
  labels: z.optional(
    z.record(z.string(), z.string()).check(
      z.superRefine((labels, ctx) => {
        try {
          bucketLabels('', Object.entries(labels));
        } catch (err) {
          ctx.addIssue({
            code: 'custom',
            message: err instanceof ConfigurationError ? err.rule : String(err),
          });
        }
      }),
    ),
  ),
  /** The principal granted `role`; defaults to setup-wi's GSA in the CLI's plan. */
  member: optionalRule(bucketMember),
});
