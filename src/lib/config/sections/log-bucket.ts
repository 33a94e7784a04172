/** The platform file's `logBucket` section, read by gcs-log-bucket. */
import { z } from 'zod';
import { ConfigurationError } from '../../errors.js';
import { bucketLabels, bucketLocation, bucketMember, bucketName } from '../../validate/bucket.js';
import * as rules from '../../validate/rules.js';
import { ruleString } from '../zod-rules.js';

export const logBucketSection = z.strictObject({
  /** The bucket name, without `gs://`. */
  name: ruleString(bucketName),
  /** Defaults to the platform's `region`. */
  location: ruleString(bucketLocation).optional(),
  /** Defaults to roles/storage.objectUser (object read/write, no ACL or IAM control). */
  role: ruleString(rules.iamRole).optional(),
  /** Adds a lifecycle rule deleting objects older than this many days. */
  retentionDays: z.number().int().min(1).max(36500).optional(),
  labels: z
    .record(z.string(), z.string())
    .superRefine((labels, ctx) => {
      try {
        bucketLabels('', Object.entries(labels));
      } catch (err) {
        ctx.addIssue({
          code: 'custom',
          message: err instanceof ConfigurationError ? err.rule : String(err),
        });
      }
    })
    .optional(),
  /** The principal granted `role`; defaults to setup-wi's GSA in the CLI's plan. */
  member: ruleString(bucketMember).optional(),
});
