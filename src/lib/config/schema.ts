/**
 * The platform file: one YAML document describing the whole platform. Every action can read
 * it through its `config` input (explicit inputs win), and the CLI plans from it.
 */
import * as rules from '../validate/rules.js';
import * as z from './zod.js';
import { ruleString } from './zod-rules.js';
import {
  clusterSection,
  gsaSection,
  workloadIdentitySection,
} from './sections/workload-identity.js';
import { logBucketSection } from './sections/log-bucket.js';
import { imagesSection } from './sections/images.js';
import { airflowSection } from './sections/airflow.js';
import { litellmSection } from './sections/litellm.js';
import { appSection } from './sections/app.js';

export const platformSchema = z.strictObject({
  project: ruleString(rules.projectId),
  region: ruleString(rules.region),
  cluster: z.optional(clusterSection),
  gsa: z.optional(gsaSection),
  workloadIdentity: z.optional(workloadIdentitySection),
  logBucket: z.optional(logBucketSection),
  images: z.optional(imagesSection),
  airflow: z.optional(airflowSection),
  litellm: z.optional(litellmSection),
  app: z.optional(appSection),
});

export type PlatformConfig = z.infer<typeof platformSchema>;
