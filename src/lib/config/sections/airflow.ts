/**
 * The platform file's `airflow` section, read by helm-airflow. Secrets (git SSH key, admin
 * password) are deliberately absent: they come from workflow secrets, never from a file.
 */
import { z } from 'zod';
import * as rules from '../../validate/rules.js';
import * as airflow from '../../validate/helm-airflow.js';
import { ruleString } from '../zod-rules.js';

export const airflowSection = z.strictObject({
  release: ruleString(rules.helmRelease).optional(),
  namespace: ruleString(rules.dnsLabel).optional(),
  /** Pinned chart version; defaults to the suite's tested version. */
  chartVersion: ruleString(airflow.chartVersion).optional(),
  chartRepo: ruleString(airflow.chartRepo).optional(),
  /** Values files, merged in order, paths relative to the working directory. */
  valuesFiles: z.array(ruleString(rules.safeValue)).optional(),
  /** Inline values merged after the files. */
  values: z.record(z.string(), z.unknown()).optional(),
  /** Image ref; the CLI plan falls back to build-push-image's `custom-airflow` output. */
  image: ruleString(airflow.imageRef).optional(),
  airflowVersion: ruleString(airflow.exactVersion).optional(),
  /** The Workload Identity KSA every Google-facing component runs as. */
  serviceAccount: ruleString(rules.dnsSubdomain).optional(),
  /** `gs://BUCKET/PATH`; the CLI plan falls back to gcs-log-bucket's `log-folder` output. */
  logFolder: ruleString(airflow.logFolder).optional(),
  gitSync: z
    .strictObject({
      repo: ruleString(airflow.gitRepo),
      branch: ruleString(airflow.gitBranch).optional(),
      subPath: z.string().optional(),
      knownHosts: z.string().optional(),
    })
    .optional(),
  admin: z
    .strictObject({
      username: ruleString(airflow.userName).optional(),
      email: ruleString(airflow.email).optional(),
    })
    .optional(),
  timeout: ruleString(rules.duration).optional(),
  helmVersion: ruleString(airflow.exactVersion).optional(),
});

export type AirflowSection = z.infer<typeof airflowSection>;
