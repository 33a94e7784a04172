/**
 * The platform file's `airflow` section, read by helm-airflow. Secrets (git SSH key, admin
 * password) are deliberately absent: they come from workflow secrets, never from a file.
 */
import * as rules from '../../validate/rules.js';
import * as airflow from '../../validate/helm-airflow.js';
import * as z from '../zod.js';
import { optionalRule, ruleString } from '../zod-rules.js';

export const airflowSection = z.strictObject({
  release: optionalRule(rules.helmRelease),
  namespace: optionalRule(rules.dnsLabel),
  /** Pinned chart version; defaults to the suite's tested version. */
  chartVersion: optionalRule(airflow.chartVersion),
  chartRepo: optionalRule(airflow.chartRepo),
  /** Values files, merged in order, paths relative to the working directory. */
  valuesFiles: z.optional(z.array(ruleString(rules.safeValue))),
  /** Inline values merged after the files. */
  values: z.optional(z.record(z.string(), z.unknown())),
  /** Image ref; the CLI plan falls back to build-push-image's `custom-airflow` output. */
  image: optionalRule(airflow.imageRef),
  airflowVersion: optionalRule(airflow.exactVersion),
  /** The Workload Identity KSA every Google-facing component runs as. */
  serviceAccount: optionalRule(rules.dnsSubdomain),
  /** `gs://BUCKET/PATH`; the CLI plan falls back to gcs-log-bucket's `log-folder` output. */
  logFolder: optionalRule(airflow.logFolder),
  gitSync: z.optional(
    z.strictObject({
      repo: ruleString(airflow.gitRepo),
      branch: optionalRule(airflow.gitBranch),
      subPath: z.optional(z.string()),
      knownHosts: z.optional(z.string()),
    }),
  ),
  admin: z.optional(
    z.strictObject({
      username: optionalRule(airflow.userName),
      email: optionalRule(airflow.email),
    }),
  ),
  timeout: optionalRule(rules.duration),
  helmVersion: optionalRule(airflow.exactVersion),
});

export type AirflowSection = z.infer<typeof airflowSection>;
